"""SB4xx: months of payment (可支付月数) against the balance and the monthly spending."""

from __future__ import annotations

from decimal import Decimal

from sbeval.checks.arithmetic.ratio_base import RatioCheck, operand, widen_relative
from sbeval.findings import Severity
from sbeval.messages import Message, msg
from sbeval.numbers import Interval
from sbeval.schema.relations import RatioRelation

# Without a stated monthly base, annual spending ÷ 12 only estimates the base a report used
# (待遇支出 or 统筹基金支出 are often 90–99% of 支出), so a wider margin keeps false alarms out.
ANNUAL_SHARE = Decimal("0.10")
ANNUAL_FLOOR = Decimal("0.1")


class MonthsOfPaymentMismatch(RatioCheck):
    """可支付月数与滚存结余÷月均支出不符。

    报告：可支付月数（可支撑N个月、备付能力）与 滚存结余 ÷ 月均支出 不符，
    月均支出取文中写明的（按月均支出X计算）。
    不报告：未写明月均支出时按全年支出 ÷ 12 估算，留 10% 余量，不符也只作警告。

    English: months of payment = balance ÷ monthly spending (stated, or annual ÷ 12 as a warning).
    """

    code = "SB401"
    name = "months-of-payment-mismatch"
    kind = "months"
    severity = Severity.ERROR
    relation_kind = "months"
    template = "finding.ratio"

    def slack(self, relation: RatioRelation, recomputed: Interval) -> Interval:
        if relation.basis == "annual":
            return widen_relative(recomputed, ANNUAL_SHARE, ANNUAL_FLOOR)
        return recomputed

    def severity_for(self, relation: RatioRelation) -> Severity:
        return Severity.WARNING if relation.basis == "annual" else self.severity

    def denominator_text(self, relation: RatioRelation) -> str | Message:
        den = operand(relation.denominator.label, relation.denominator.text)
        return msg("finding.ratio.monthly", den=den) if relation.factor == 12 else den
