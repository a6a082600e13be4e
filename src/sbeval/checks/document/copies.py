"""SB902: two sections about different funds or years that repeat the same money figures."""

from __future__ import annotations

from collections.abc import Iterator

from sbeval.checks.base import Check, listing
from sbeval.findings import Finding, Severity
from sbeval.messages import msg
from sbeval.schema.report import Report


class RepeatedSection(Check):
    """两个不同基金（或不同年度）的章节重复同一串金额，疑为复制粘贴。

    报告：两节的标题各点名不同的基金或年度，两节正文的金额（不计0、人均、增减额）
    按顺序至少有两个相同、占较短一节的一半以上，且其中有三位以上有效数字的金额。
    不报告：表格中的数字；只有零或整数小额相同；同一基金或同一年度的两节。

    English: two sections on different funds or years repeating the same amounts in order (warning).
    """

    code = "SB902"
    name = "repeated-section"
    kind = "duplicate"
    severity = Severity.WARNING

    def run(self, report: Report) -> Iterator[Finding]:
        for repeat in report.repeats:
            shown = listing(f"{f.label}{f.text}" for f in repeat.second)
            message = msg("finding.copy", second=repeat.second_title, first=repeat.first_title, amounts=shown)
            yield self.finding(message, repeat.second[0], None, repeat.first)
