"""SB6xx on models: score totals, scores above their 分值, grades at the band edges."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sbeval.checks.scores.rules import GradeDoesNotMatchScore, ScoreExceedsWeight, ScoreTotalNotSumOfItems, grade_of
from sbeval.findings import Finding, Severity
from sbeval.schema.document import Location
from sbeval.schema.figures import Figure
from sbeval.schema.report import Report
from sbeval.schema.scores import ScoreItem, ScoreTable, StatedGrade

LOC = Location(file="t.txt", table=1, row=2, column=5)


def pts(text: str | None, label: str = "") -> Figure | None:
    if text is None:
        return None
    return Figure(text=text, value=Decimal(text), decimals=len(text.partition(".")[2]), unit="分",
                  base_unit="分", exact=True, label=label, location=LOC)


def item(path: str, weight: str | None, score: str | None, leaf: bool = True) -> ScoreItem:
    parts = path.split("/")
    return ScoreItem(path=parts, level=len(parts), leaf=leaf, weight=pts(weight), score=pts(score), location=LOC)


def table(items: list[ScoreItem], total_weight: str | None = None, total_score: str | None = None,
          stated: str | None = None, grade: str | None = None, source: str = "table") -> ScoreTable:
    stated_grade = None
    if grade:
        normal = {"优秀": "优", "良好": "良"}.get(grade, grade)
        stated_grade = StatedGrade(grade=normal, text=grade, location=LOC)
    return ScoreTable(source=source, items=items, total_weight=pts(total_weight), total_score=pts(total_score),
                      stated_score=pts(stated), grade=stated_grade, location=LOC)


def run(check: type, *tables: ScoreTable) -> list[Finding]:
    return list(check().run(Report(path="t.txt", format="txt", score_tables=list(tables))))


SAMPLE01 = [("4", "4.0"), ("3", "3.0"), ("4", "3.5"), ("4", "3.0"), ("6", "5.8"), ("5", "5.0"), ("4", "4.0"),
            ("5", "4.5"), ("10", "9.5"), ("10", "10.0"), ("10", "10.0"), ("10", "9.0"), ("10", "8.0"),
            ("5", "4.0"), ("10", "9.2")]


def test_sample01_total_flagged_with_the_sum() -> None:
    items = [item(f"指标{i}", w, s) for i, (w, s) in enumerate(SAMPLE01)]
    [finding] = run(ScoreTotalNotSumOfItems, table(items, "100", "95.2", stated="95.2"))
    assert (finding.code, finding.rule, finding.kind, finding.severity) == (
        "SB601", "score-total-not-sum-of-items", "score_sum", Severity.ERROR)
    assert finding.message == "总分95.2分，但各项得分之和为92.5分"
    assert finding.stated.value == "95.2" and finding.stated.unit == "分"
    assert (finding.expected.low, finding.expected.high) == ("92.5", "92.5")
    assert finding.location.row == 2 and finding.location.column == 5


def test_small_slip_is_not_hidden_by_rounding() -> None:
    # Integer scores read as ±0.5 each would let 0.8 pass; scores are exact.
    items = [item("a", "10", "9"), item("b", "10", "8"), item("c", "10", "7")]
    assert run(ScoreTotalNotSumOfItems, table(items, total_score="24.8"))


def test_sum_that_holds_and_prose_total() -> None:
    items = [item("决策", "15", "14"), item("过程", "25", "21.78"), item("产出", "25", "22.12"),
             item("效果", "35", "32.1")]
    assert run(ScoreTotalNotSumOfItems, table(items, "100", stated="90", source="text")) == []
    assert run(ScoreTotalNotSumOfItems, table(items, "100", stated="90.00", source="text")) == []


def test_integer_total_of_decimal_items_is_their_rounding() -> None:
    items = [item("a", "50", "45.4"), item("b", "50", "44.9")]  # 90.3
    assert run(ScoreTotalNotSumOfItems, table(items, "100", "90")) == []
    [truncated] = run(ScoreTotalNotSumOfItems, table([item("a", "50", "45.4"), item("b", "50", "45.2")], "100", "90"))
    assert truncated.severity == Severity.WARNING and "截尾" in truncated.message  # 90.6 written as 90
    [wrong] = run(ScoreTotalNotSumOfItems, table(items, "100", "92"))
    assert wrong.severity == Severity.ERROR


def test_weights_and_levels() -> None:
    items = [item("投入", "20", None, leaf=False), item("投入/立项", "10", None, leaf=False),
             item("投入/立项/a", "3", "3"), item("投入/立项/b", "4", "4"), item("投入/立项/c", "3", "3"),
             item("投入/资金", "10", None, leaf=False), item("投入/资金/d", "5", "5"), item("投入/资金/e", "6", "3"),
             item("过程", "80", None, leaf=False), item("过程/管理", "80", None, leaf=False),
             item("过程/管理/f", "80", "70")]
    messages = [f.message for f in run(ScoreTotalNotSumOfItems, table(items, "100", "88"))]
    assert messages == ["“资金”分值10分，但其下各项分值之和为11分"]
    items[7] = item("投入/资金/e", "5", "3")
    assert run(ScoreTotalNotSumOfItems, table(items, "100", "88")) == []


def test_missing_scores_are_not_summed() -> None:
    items = [item("a", "10", "9"), item("b", "10", None)]
    assert run(ScoreTotalNotSumOfItems, table(items, "20", "15")) == []


def test_stated_score_against_table_total() -> None:
    items = [item("a", "50", "45"), item("b", "50", "40")]
    [finding] = run(ScoreTotalNotSumOfItems, table(items, "100", "85", stated="58"))
    assert finding.message == "文中综合得分58分，但评分表总分为85分"


def test_score_above_its_weight() -> None:
    items = [item("绩效目标合理性", "4", "4.5"), item("资金到位率", "5", "5")]
    [finding] = run(ScoreExceedsWeight, table(items))
    assert finding.code == "SB602" and finding.message == "“绩效目标合理性”得分4.5分，超过其分值4分"
    assert (finding.expected.low, finding.expected.high) == ("0", "4")
    assert run(ScoreExceedsWeight, table([item("a", "4", "4"), item("b", "5", "0")], "9", "4")) == []
    [total] = run(ScoreExceedsWeight, table([], "100", stated="102", source="text"))
    assert "总分" in total.message


@pytest.mark.parametrize(("score", "grade"), [
    ("100", "优"), ("90", "优"), ("89.9", "良"), ("80", "良"), ("79.99", "中"), ("60", "中"), ("59.9", "差"), ("0", "差"),
])
def test_grade_bands(score: str, grade: str) -> None:
    assert grade_of(Decimal(score)) == grade
    assert run(GradeDoesNotMatchScore, table([], stated=score, grade=grade, source="text")) == []


def test_grade_mismatch_at_the_boundary() -> None:
    [finding] = run(GradeDoesNotMatchScore, table([], stated="89.9", grade="优秀", source="text"))
    assert (finding.code, finding.kind) == ("SB603", "grade")
    assert finding.message == "综合得分89.9分，应为“良”，但评价等级为“优秀”"
    assert (finding.expected.low, finding.expected.high) == ("90", "100")
    assert run(GradeDoesNotMatchScore, table([], stated="90", grade="优秀", source="text")) == []


def test_grade_uses_table_total_without_stated_score() -> None:
    [finding] = run(GradeDoesNotMatchScore, table([item("a", "100", "75")], "100", "75", grade="良好"))
    assert finding.stated.value == "75"
