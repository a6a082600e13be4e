"""SB903: template placeholders left in a filled report."""

from __future__ import annotations

from collections.abc import Iterator

from sbeval.checks.base import Check, listing
from sbeval.findings import Finding, FindingLocation, Severity, Stated
from sbeval.messages import msg
from sbeval.schema.report import Report


class PlaceholderLeft(Check):
    """模板占位符未替换（XX局、XXX万元、XX%、20XX年、××）。

    报告：正文、标题或表格单元格中残留两个以上连写的 X、Ｘ 或 ×（XX局、XXX万元、XX%、
    20XX年），或单位、机关名前的 xx（xx局）。
    不报告：拉丁字母单词或型号中的 X（MAXX、XX-200、A1XX）；单个 X 或 ×（乘号）。

    English: template placeholders (XX局, XXX万元, XX%, 20XX年, ××) left unfilled (warning).
    """

    code = "SB903"
    name = "placeholder-left"
    kind = "other"
    severity = Severity.WARNING

    def run(self, report: Report) -> Iterator[Finding]:
        for placeholder in report.placeholders:
            message = msg("finding.placeholder", forms=listing(placeholder.forms))
            yield Finding(
                code=self.code, rule=self.name, kind=self.kind, severity=self.severity,
                message=message.text(), template=message,
                stated=Stated(text=placeholder.forms[0], value=placeholder.forms[0]),
                location=FindingLocation.of(placeholder.location, placeholder.excerpt),
            )
