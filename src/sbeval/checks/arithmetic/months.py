"""SB4xx: months of payment (可支付月数) against the balance and the monthly spending."""

from __future__ import annotations

from decimal import Decimal

from sbeval.checks.arithmetic.ratio_base import RatioCheck, operand, widen_relative
from sbeval.findings import Severity
from sbeval.numbers import Interval
from sbeval.schema.relations import RatioRelation

# Without a stated monthly base, annual spending ÷ 12 only estimates the base a report used
# (待遇支出 or 统筹基金支出 are often 90–99% of 支出), so a wider margin keeps false alarms out.
ANNUAL_SHARE = Decimal("0.10")
ANNUAL_FLOOR = Decimal("0.1")


class MonthsOfPaymentMismatch(RatioCheck):
    """可支付月数与滚存结余÷月均支出不符。

    可支付月数（可支撑N个月、备付能力）= 滚存结余 ÷ 月均支出. The base is the one the
    text states (按月均支出X计算); when the report states none, annual spending ÷ 12
    is used with a 10% margin and a mismatch is only a warning.

    Flags::

        年末滚存结余1,200万元，按月均支出100万元计算，可支付月数为15个月。

    Accepts::

        累计结余17699万元，月均支出5000万元，可支付3.54个月。
    """

    code = "SB401"
    name = "months-of-payment-mismatch"
    kind = "months"
    severity = Severity.ERROR
    relation_kind = "months"
    template = "{label}{stated}，但{num}÷{den}＝{computed}"

    def slack(self, relation: RatioRelation, recomputed: Interval) -> Interval:
        if relation.basis == "annual":
            return widen_relative(recomputed, ANNUAL_SHARE, ANNUAL_FLOOR)
        return recomputed

    def severity_for(self, relation: RatioRelation) -> Severity:
        return Severity.WARNING if relation.basis == "annual" else self.severity

    def denominator_text(self, relation: RatioRelation) -> str:
        den = operand(relation.denominator.label, relation.denominator.text)
        return f"（{den}÷12）" if relation.factor == 12 else den
