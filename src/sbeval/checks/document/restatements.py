"""SB908: the same quantity stated twice in the prose with values that cannot both hold."""

from __future__ import annotations

from collections.abc import Iterator

from sbeval.checks.base import Check, expected_of, face_value, places_for
from sbeval.findings import Finding, Severity
from sbeval.messages import msg
from sbeval.schema.report import Report


class RestatedFigureDiffers(Check):
    """同一数量在正文中出现两次，数值不一致。

    报告：正文两处写同一对象、同一口径、同一期间的金额（如标题“2018年基本医疗保险基金总支出
    1.76万亿元”与正文“2018年，基本医疗保险基金总收入21090.11亿元，总支出17607.65亿元”），
    两数换算到同一单位、按各自小数位取区间后无交集。对象取自标签（或同句前一个金额的标签），
    口径为收入/支出/结余等，期间为所属年份。
    不报告：对象、口径或期间有一项不同或不明；同一键出现三次及以上（有竞争的候选，不能确定
    哪两处说的是同一数）；预算、计划、目标与实际数；约数（约、超过、以上）；增减额、人均数；
    表格中的数；待遇支出与基金总支出（口径不同）。

    English: a quantity stated twice in the prose (same subject, measure and period) must agree within rounding.
    """

    code = "SB908"
    name = "restated-figure-differs"
    kind = "cross_ref"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for pair in report.restatements:
            first, second = pair.first, pair.second
            if first.base_interval().meets(second.base_interval()):
                continue
            expected = expected_of(second, face_value(first), places_for(second, [first]))
            period = msg("finding.period.year", year=pair.period) if pair.period.isdigit() else pair.period
            message = msg("finding.restated", period=period, subject=pair.subject, measure=pair.measure,
                          first=first.text, second=second.text)
            yield self.finding(message, second, expected, [first])
