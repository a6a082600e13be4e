"""SB304: a yearly average growth rate against the two ends of its period."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

from sbeval.checks.base import Check, divide, expected_of, face_value, ratio_places
from sbeval.findings import Finding, Severity
from sbeval.messages import msg
from sbeval.numbers import Interval
from sbeval.schema.figures import Figure
from sbeval.schema.relations import AverageGrowth
from sbeval.schema.report import Report

_ONE = Interval.exact(1)


def _ways(growth: AverageGrowth, read: Callable[[Figure], Interval] = Figure.base_interval) -> list[Interval]:
    """The average rate in %, compound and simple, from the ends read by ``read`` (as written, or at face value)."""
    ratio = divide(read(growth.last), read(growth.first))
    if ratio is None or ratio.low <= 0:
        return []
    ways = []
    for years in (growth.years, growth.years + 1):  # 2019—2023 is four years apart, "five years" counted inclusively
        ways.append((ratio.root(years) - _ONE) * Decimal(100))
        ways.append((ratio - _ONE) / Decimal(years) * Decimal(100))
    return ways


class AverageGrowthMismatch(Check):
    """年均增长率与首末两年的数值不符。

    报告：“由2020年的A增加到2023年的B，年均增长P%”中，P% 既不等于复合增长率
    (B ÷ A)^(1/年数) − 1，也不等于简单平均 (B ÷ A − 1) ÷ 年数（各数按所写小数位取区间）；
    年数取两年之差，也取首尾都算的年数（2019—2023年算作5年），任一种算法吻合即不报告；
    “年均下降P%”按 −P% 计。
    不报告：首末两个数不在“由/从 A … 到/至 B”的同一句中；年份不明或只隔一年；约数。

    English: an average yearly growth must follow from the period's first and last values,
    compounded or, as some reports write it, averaged simply.
    """

    code = "SB304"
    name = "average-growth-mismatch"
    kind = "yoy"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for growth in report.average_growths:
            ways = _ways(growth)
            # 年均下降5% is read as −5% by the number grammar; a figure still positive is negated here
            sign = -1 if growth.falling and growth.rate.value > 0 else 1
            stated = growth.rate.base_interval() * sign
            if not ways or any(way.meets(stated) for way in ways):
                continue
            nominal = _ways(growth, face_value)[0] * sign
            expected = expected_of(growth.rate, nominal, ratio_places(growth.rate))
            message = msg("finding.average_growth", label=growth.label, first=growth.first.text,
                          last=growth.last.text, years=str(growth.years), cue=growth.cue, stated=growth.rate.text,
                          computed=expected.text)
            yield self.finding(message, growth.rate, expected, [growth.first, growth.last])
