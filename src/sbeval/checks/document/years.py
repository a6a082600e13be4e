"""SB905: a heading about another year than the report's, or a report dated inside the year it reviews."""

from __future__ import annotations

from collections.abc import Iterator

from sbeval.checks.base import Check
from sbeval.findings import Finding, FindingLocation, Severity, Stated
from sbeval.messages import msg
from sbeval.schema.report import Report


class YearMismatchCheck(Check):
    """标题或填报时间的年份与报告年度不符。

    报告：报告标题写明年度（2024年度部门决算、（2019年度））时，正文中的标题又把另一年度
    作为所述期间（“2023年度部门决算情况说明”“2022年度收支情况”）；
    填报时间早于所报年度结束（2019年度的报告填于2019年6月）；正文以“截至另一年度12月31日（年底）”
    说明资产、车辆、人员等状况（2024年度决算写“截至2023年12月31日，共有车辆3辆”）。
    不报告：预算（预算讲下一年度，引用本年度数）；含“比、较、上年、同比、以来、至”的标题；
    正文句子中的年份（政策文件、上年数）；“截至…”句中有比较、结转结余、年初或累计；标题没有写明年度。

    English: a heading naming another year as the period under review, or a filing date inside it (warning).
    """

    code = "SB905"
    name = "year-mismatch"
    kind = "year"
    severity = Severity.WARNING

    def run(self, report: Report) -> Iterator[Finding]:
        for item in report.years:
            if item.kind == "heading":
                message = msg("finding.year.heading", year=item.report_year, title=item.title, text=item.text,
                              written=item.year)
            elif item.kind == "as_of":
                message = msg("finding.year.as_of", year=item.report_year, title=item.title, text=item.text)
            else:
                message = msg("finding.year.early", year=item.report_year, title=item.title, text=item.text)
            yield Finding(
                code=self.code, rule=self.name, kind=self.kind, severity=self.severity,
                message=message.text(), template=message,
                stated=Stated(text=f"{item.year}年", value=str(item.year)),
                location=FindingLocation.of(item.location, item.text),
            )
