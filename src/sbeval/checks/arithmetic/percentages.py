"""SB2xx: completion rates against budget, shares of a base, and rates such as 参保缴费率."""

from __future__ import annotations

from collections.abc import Iterator

from sbeval.checks.base import compatible, divide
from sbeval.checks.arithmetic.ratio_base import RatioCheck
from sbeval.findings import Severity
from sbeval.messages import Message, msg
from sbeval.schema.figures import Figure
from sbeval.schema.relations import RatioRelation
from sbeval.schema.report import Report


class CompletionRateMismatch(RatioCheck):
    """完成预算（目标）的百分比与实际数÷预算数不符。

    报告：完成预算的 P%、预算执行率、执行进度 与 实际数 ÷ 预算数 × 100% 不符；
    写成截断而非四舍五入的百分比只作警告。
    不报告：两个零值之比写成 100%；找不到明确的预算数或实际数。

    English: a completion or execution rate must equal actual ÷ budget × 100%.
    """

    code = "SB201"
    name = "completion-rate-mismatch"
    kind = "percent"
    severity = Severity.ERROR
    relation_kind = "percent"


def _place(figure: Figure) -> tuple[int | None, ...]:
    location = figure.location
    return (location.block, location.table, location.row, location.line)


_by_place: list[tuple[Report, dict[tuple[int | None, ...], list[Figure]]]] = []


def _figures_at(report: Report, figure: Figure) -> list[Figure]:
    """The report's figures at ``figure``'s place, in order (grouped once per report: a long report
    has many shares, and looking through all its figures for each grows with the square of its size)."""
    if not _by_place or _by_place[0][0] is not report:
        grouped: dict[tuple[int | None, ...], list[Figure]] = {}
        for each in report.figures:
            grouped.setdefault(_place(each), []).append(each)
        _by_place[:] = [(report, grouped)]
    return _by_place[0][1].get(_place(figure), [])


def _alternative_bases(report: Report, relation: RatioRelation) -> Iterator[Figure]:
    """Figures near the share that give the stated share when used as its base."""
    num, den, result = relation.numerator, relation.denominator, relation.result
    for figure in _figures_at(report, result):
        if figure in (num, den, result):
            continue
        if not compatible([figure, den]):
            continue
        ratio = divide(num.base_interval(), figure.base_interval())
        if ratio is not None and (ratio * relation.factor).meets(result.base_interval()):
            yield figure


class ShareMismatch(RatioCheck):
    """“A占B的P%”与A÷B不符。

    报告：A 占 B 的 P%（占比、比重）与 A ÷ B × 100% 不符；基数 B 取文中点名的数
    （占全年支出的 → 全年支出）；若所述比例恰好符合同句中另一个数，提示可能用错了基数。
    不报告：基数无法确定；截断的百分比只作警告。

    English: a share A of B stated as P% must equal A ÷ B; the message names a likely wrong base.
    """

    code = "SB202"
    name = "share-mismatch"
    kind = "percent"
    severity = Severity.ERROR
    relation_kind = "share"
    template = "finding.share"

    def extra(self, report: Report, relation: RatioRelation) -> Message | None:
        for figure in _alternative_bases(report, relation):
            return msg("finding.share.base", base=f"{figure.label}{figure.text}")
        return None


class RateMismatch(RatioCheck):
    """比率（如参保缴费率）与分子÷分母不符。

    报告：参保缴费率（缴费人数 ÷ 参保人数）、基金收支结存率等定义固定的比率，
    在分子、分母都写明时与所述百分比不符。
    不报告：分子或分母未写明；名称不在定义固定的比率之列。

    English: named rates with a fixed definition, recomputed from their stated counts.
    """

    code = "SB203"
    name = "rate-mismatch"
    kind = "percent"
    severity = Severity.ERROR
    relation_kind = "rate"

