"""SB6xx: performance-evaluation scores: item scores against the total, against their 分值, and the grade."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from sbeval.checks.base import Check, plain, quantize
from sbeval.findings import Expected, Finding, Severity
from sbeval.messages import Message, msg
from sbeval.numbers import Interval
from sbeval.schema.figures import Figure
from sbeval.schema.report import Report
from sbeval.schema.scores import Grade, ScoreItem, ScoreTable

# domain.md §6 (财预〔2020〕10号): [90,100] 优, [80,90) 良, [60,80) 中, [0,60) 差.
BANDS: tuple[tuple[Grade, Decimal, Decimal], ...] = (
    ("优", Decimal(90), Decimal(100)),
    ("良", Decimal(80), Decimal(90)),
    ("中", Decimal(60), Decimal(80)),
    ("差", Decimal(0), Decimal(60)),
)


def grade_of(score: Decimal) -> Grade:
    return next((grade for grade, low, _ in BANDS if score >= low), "差")


def _exact(value: Decimal) -> Expected:
    return Expected(low=plain(value), high=plain(value), text=f"{plain(value)}分")


def _total_interval(total: Figure, parts: Sequence[Figure]) -> Interval:
    """A total written as precisely as its items is exact; one written with fewer decimals is their rounding."""
    if total.decimals >= max((p.decimals for p in parts), default=0):
        return Interval.exact(total.value)
    return Interval.written(total.value, total.decimals)


def _truncation_of(total: Figure, parts: Sequence[Figure], computed: Decimal) -> bool:
    """True when ``total``, written with fewer decimals than ``parts``, is ``computed`` cut off rather than rounded."""
    if total.decimals >= max((p.decimals for p in parts), default=0):
        return False
    cut = Interval.truncated(total.value, total.decimals)
    return cut.low <= computed < cut.high  # scores are never negative


def _complete(items: Sequence[ScoreItem], attribute: str) -> list[Figure] | None:
    """The items' weights (or scores) when every item that should have one has one, else None."""
    figures = [getattr(item, attribute) for item in items]
    if len(figures) < 2 or any(f is None for f in figures):
        return None
    return figures


class ScoreTotalNotSumOfItems(Check):
    """总分与各项得分（或分值）之和不符。

    报告：评分表各项得分（或正文逐项写明的得分）之和与总分/合计行或综合得分不符；
    各项分值之和与总分值不符；每一级指标下各项之和与该指标不符。
    得分按写明的值精确计算（得分是评定的，不是测量的）；只有总分的小数位少于各项时
    才视为其舍入（96 对应 95.5–96.5），截断只作警告。
    不报告：未写得分的项目；各项之和在总分的舍入范围内。

    English: item scores (and weights) must add up to the stated total at every level.
    """

    code = "SB601"
    name = "score-total-not-sum-of-items"
    kind = "score_sum"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for table in report.score_tables:
            yield from self._totals(table)
            for parent in table.items:
                yield from self._level(table, parent)
            if table.source == "table" and table.total_score and table.stated_score:
                yield from self._stated_vs_table(table.stated_score, table.total_score)

    def _totals(self, table: ScoreTable) -> Iterator[Finding]:
        leaves = table.leaves()
        weighted = [item for item in leaves if item.weight is not None]
        scored = leaves if len(weighted) in (0, len(leaves)) else weighted
        total = table.total_score or table.stated_score
        scores = _complete(scored, "score")
        if total is not None and scores:
            yield from self._compare(total, scores, msg("finding.score.total"), msg("finding.score.items"))
        weights = _complete(table.top_weighted(), "weight")
        if table.total_weight is not None and weights:
            yield from self._compare(table.total_weight, weights, msg("finding.score.total_weight"),
                                     msg("finding.score.item_weights"))

    def _level(self, table: ScoreTable, parent: ScoreItem) -> Iterator[Finding]:
        children = table.children_of(parent)
        for attribute in ("weight", "score"):
            stated = getattr(parent, attribute)
            figures = _complete(children, attribute)
            if stated is not None and figures:
                yield from self._compare(stated, figures, msg(f"finding.score.parent_{attribute}", label=parent.label),
                                         msg(f"finding.score.child_{attribute}s"))

    def _compare(self, total: Figure, parts: list[Figure], what: Message, items: Message) -> Iterator[Finding]:
        computed = sum((p.value for p in parts), Decimal(0))
        if _total_interval(total, parts).contains(computed):
            return
        truncated = _truncation_of(total, parts, computed)
        message = msg("finding.score.sum", what=what, total=plain(total.value), items=items, computed=plain(computed))
        if truncated:
            rounded = quantize(computed, total.decimals)
            message = message.plus(msg("finding.score.truncated", rounded=plain(rounded), what=what))
        yield self.finding(message, total, _exact(computed), parts,
                           severity=Severity.WARNING if truncated else None)

    def _stated_vs_table(self, stated: Figure, table_total: Figure) -> Iterator[Finding]:
        if not _total_interval(stated, [table_total]).meets(_total_interval(table_total, [stated])):
            message = msg("finding.score.text_vs_table", stated=plain(stated.value), table=plain(table_total.value))
            yield self.finding(message, stated, _exact(table_total.value), [table_total])


class ScoreExceedsWeight(Check):
    """指标得分超过其分值。

    报告：某项得分大于该项分值；总得分大于总分值。按写明的值比较。
    不报告：得分等于或低于分值；评分标准文字中出现的分数。

    English: a score never exceeds its indicator's weight.
    """

    code = "SB602"
    name = "score-exceeds-weight"
    kind = "score_sum"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for table in report.score_tables:
            pairs: list[tuple[str | Message, Figure | None, Figure | None]] = [
                (item.label, item.weight, item.score) for item in table.items]
            pairs += [(msg("finding.score.total"), table.total_weight, table.total_score or table.stated_score)]
            for label, weight, score in pairs:
                if weight is not None and score is not None and score.value > weight.value:
                    message = msg("finding.score.over_weight", label=label, score=plain(score.value),
                                  weight=plain(weight.value))
                    expected = Expected(low="0", high=plain(weight.value), text=f"不超过{plain(weight.value)}分")
                    yield self.finding(message, score, expected, [weight])


class GradeDoesNotMatchScore(Check):
    """评价等级与得分不符。

    报告：所述等级不是综合得分所在的等级区间（财预〔2020〕10号）：[90,100] 优，
    [80,90) 良，[60,80) 中，[0,60) 差；优秀、良好 即 优、良。得分按写明的值（89.9 为良，90 为优）。
    不报告：未写等级或得分。

    English: the stated grade must be the band of the overall score.
    """

    code = "SB603"
    name = "grade-does-not-match-score"
    kind = "grade"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for table in report.score_tables:
            score = table.overall_score()
            if table.grade is None or score is None:
                continue
            expected = grade_of(score.value)
            if expected != table.grade.grade:
                _, low, high = next(band for band in BANDS if band[0] == table.grade.grade)
                message = msg("finding.score.grade", score=plain(score.value), expected=expected, grade=table.grade.text)
                yield self.finding(message, score, Expected(
                    low=plain(low), high=plain(high), text=f"“{table.grade.grade}”对应{plain(low)}～{plain(high)}分"))
