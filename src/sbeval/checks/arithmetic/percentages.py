"""SB2xx: completion rates against budget, shares of a base, and rates such as 参保缴费率."""

from __future__ import annotations

from collections.abc import Iterator

from sbeval.checks.base import compatible, divide
from sbeval.checks.arithmetic.ratio_base import RatioCheck
from sbeval.findings import Severity
from sbeval.schema.figures import Figure
from sbeval.schema.relations import RatioRelation
from sbeval.schema.report import Report


class CompletionRateMismatch(RatioCheck):
    """完成预算（目标）的百分比与实际数÷预算数不符。

    完成预算的 P%、预算执行率、执行进度 = 实际数 ÷ 预算数 × 100%. A ratio of
    two zero figures printed as 100% is not flagged.

    Flags::

        基金收入419.93万元，为预算683.70万元的64.42%。

    Accepts::

        基金收入419.93万元，完成预算683.70万元的61.42%。
    """

    code = "SB201"
    name = "completion-rate-mismatch"
    kind = "percent"
    severity = Severity.ERROR
    relation_kind = "percent"


def _same_place(a: Figure, b: Figure) -> bool:
    la, lb = a.location, b.location
    return (la.block, la.table, la.row, la.line) == (lb.block, lb.table, lb.row, lb.line)


def _alternative_bases(report: Report, relation: RatioRelation) -> Iterator[Figure]:
    """Figures near the share that give the stated share when used as its base."""
    num, den, result = relation.numerator, relation.denominator, relation.result
    for figure in report.figures:
        if figure in (num, den, result) or not _same_place(figure, result):
            continue
        if not compatible([figure, den]):
            continue
        ratio = divide(num.base_interval(), figure.base_interval())
        if ratio is not None and (ratio * relation.factor).meets(result.base_interval()):
            yield figure


class ShareMismatch(RatioCheck):
    """“A占B的P%”与A÷B不符。

    The base B is the figure the text names (占全年支出的 → 全年支出). When the
    stated share fits another figure of the same sentence instead, the message
    says which: the share was likely taken of the wrong base.

    Flags::

        其中基础养老金支出3.12亿元，占全年支出72.92亿元的4.5%。

    Accepts::

        个人账户养老金支出2.65亿元，占全年支出72.92亿元的3.6%。
    """

    code = "SB202"
    name = "share-mismatch"
    kind = "percent"
    severity = Severity.ERROR
    relation_kind = "share"
    template = "{num}占{den}的{stated}，但按所列数字计算为{computed}"

    def extra(self, report: Report, relation: RatioRelation) -> str:
        for figure in _alternative_bases(report, relation):
            return f"；所列比例与以{figure.label}{figure.text}为基数相符，疑基数有误"
        return ""


class RateMismatch(RatioCheck):
    """比率（如参保缴费率）与分子÷分母不符。

    参保缴费率 = 缴费人数 ÷ 参保人数 and similar rates stated with both counts.

    Flags::

        参保人数12,000人，缴费人数11,400人，参保缴费率96.5%。

    Accepts::

        参保人数12,000人，其中缴费人数11,400人，参保缴费率95%。
    """

    code = "SB203"
    name = "rate-mismatch"
    kind = "percent"
    severity = Severity.ERROR
    relation_kind = "rate"

