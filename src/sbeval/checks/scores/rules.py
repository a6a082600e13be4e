"""SB6xx: performance-evaluation scores: item scores against the total, against their 分值, and the grade."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from sbeval.checks.base import Check, plain, quantize
from sbeval.findings import Expected, Finding, Severity
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

    The item scores of a scoring table (or the per-indicator scores a report
    states in prose) must add up to the 总分/合计 row or the stated overall
    score; the 分值 of the items must add up to the total 分值, and at every
    level the items under an indicator add up to that indicator.

    Scores are treated as exact: they are assigned, not measured, and reading
    each 1-decimal score as ±0.05 (or each integer as ±0.5) would hide a real
    slip. Only a total written with fewer decimals than its items is read as
    their rounding (96 for 95.5–96.5); a total that is their truncation is a
    warning, anything else an error.

    Flags::

        总分 … 100 … 95.2, with the item scores 4.0, 3.0, 3.5 … adding up to 92.5

    Accepts::

        此项分值15分，得分14分。…此项分值25分，得分21.78分。…综合绩效评分结果为90分 (14+21.78+22.12+32.1)
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
            yield from self._compare(total, scores, "总分", "各项得分")
        weights = _complete(table.top_weighted(), "weight")
        if table.total_weight is not None and weights:
            yield from self._compare(table.total_weight, weights, "总分值", "各项分值")

    def _level(self, table: ScoreTable, parent: ScoreItem) -> Iterator[Finding]:
        children = table.children_of(parent)
        for attribute, noun in (("weight", "分值"), ("score", "得分")):
            stated = getattr(parent, attribute)
            figures = _complete(children, attribute)
            if stated is not None and figures:
                yield from self._compare(stated, figures, f"“{parent.label}”{noun}", f"其下各项{noun}")

    def _compare(self, total: Figure, parts: list[Figure], what: str, items: str) -> Iterator[Finding]:
        computed = sum((p.value for p in parts), Decimal(0))
        if _total_interval(total, parts).contains(computed):
            return
        truncated = _truncation_of(total, parts, computed)
        message = f"{what}{plain(total.value)}分，但{items}之和为{plain(computed)}分"
        if truncated:
            rounded = quantize(computed, total.decimals)
            message += f"（四舍五入应为{plain(rounded)}分，{what}似为截尾取整）"
        yield self.finding(message, total, _exact(computed), parts,
                           severity=Severity.WARNING if truncated else None)

    def _stated_vs_table(self, stated: Figure, table_total: Figure) -> Iterator[Finding]:
        if not _total_interval(stated, [table_total]).meets(_total_interval(table_total, [stated])):
            message = f"文中综合得分{plain(stated.value)}分，但评分表总分为{plain(table_total.value)}分"
            yield self.finding(message, stated, _exact(table_total.value), [table_total])


class ScoreExceedsWeight(Check):
    """指标得分超过其分值。

    A score never exceeds the 分值 of its indicator, and the total score never
    exceeds the total 分值. Scores and 分值 are compared as written.

    Flags::

        绩效目标合理性 | 4 | 4.5

    Accepts::

        绩效目标合理性 | 4 | 4
    """

    code = "SB602"
    name = "score-exceeds-weight"
    kind = "score_sum"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for table in report.score_tables:
            pairs = [(item.label, item.weight, item.score) for item in table.items]
            pairs += [("总分", table.total_weight, table.total_score or table.stated_score)]
            for label, weight, score in pairs:
                if weight is not None and score is not None and score.value > weight.value:
                    message = f"“{label}”得分{plain(score.value)}分，超过其分值{plain(weight.value)}分"
                    expected = Expected(low="0", high=plain(weight.value), text=f"不超过{plain(weight.value)}分")
                    yield self.finding(message, score, expected, [weight])


class GradeDoesNotMatchScore(Check):
    """评价等级与得分不符。

    The stated grade must be the band of the overall score (domain.md §6,
    财预〔2020〕10号): [90,100] 优, [80,90) 良, [60,80) 中, [0,60) 差; 优秀 and
    良好 are 优 and 良. The score is taken as written (89.9 is 良, 90 is 优).

    Flags::

        综合得分89.2分，评价等级为优。

    Accepts::

        综合绩效评分结果为90分，评价等级为优。
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
                message = (f"综合得分{plain(score.value)}分，应为“{expected}”，"
                           f"但评价等级为“{table.grade.text}”")
                yield self.finding(message, score, Expected(
                    low=plain(low), high=plain(high), text=f"“{table.grade.grade}”对应{plain(low)}～{plain(high)}分"))
