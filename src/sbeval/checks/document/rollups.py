"""SB901: a parent section's figure against the sum of the same figure in its fund sections."""

from __future__ import annotations

from collections.abc import Iterator

from sbeval.checks.base import Check, compatible, expected_of, expression, face_value, places_for
from sbeval.findings import Finding, Severity
from sbeval.messages import msg
from sbeval.numbers import Interval
from sbeval.schema.report import Report

class RollUpMismatch(Check):
    """上级章节的汇总数与各基金章节同名数之和不符。

    报告：一个不属任何基金的章节写明总支出、待遇支出、本年收支结余、年末滚存结余或总收入，
    其下各子章节各写一项基金（标题各自点名、互不重复，每节都写了同名数），
    而汇总数与各基金之和在舍入区间内不能吻合。
    不报告：子章节中有不属基金的、有基金重复的、有一节未写该数的（集合不完整）；
    预算数与决算数混用；汇总数与分项之和在区间内吻合。

    English: a figure of a parent section must equal the sum of the same figure over its fund sections.
    """

    code = "SB901"
    name = "roll-up-mismatch"
    kind = "sum"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for rollup in report.rollups:
            if not compatible([rollup.total, *rollup.parts]):
                continue
            allowed = Interval.sum(p.base_interval() for p in rollup.parts)
            if rollup.total.base_interval().meets(allowed):
                continue
            nominal = Interval.sum(face_value(p) for p in rollup.parts)
            expected = expected_of(rollup.total, nominal, places_for(rollup.total, rollup.parts))
            name = msg(f"finding.rollup.{rollup.measure}")
            parts = expression((1, msg("finding.words", text=_short(f) + p.text)) for f, p in zip(rollup.funds, rollup.parts))
            message = msg("finding.rollup", label=rollup.total.label or name, stated=rollup.total.text,
                          count=len(rollup.parts), name=name, computed=expected.text, parts=parts)
            yield self.finding(message, rollup.total, expected, rollup.parts)


def _short(fund: str) -> str:
    return fund.removesuffix("基金").removesuffix("保险")
