"""SB3xx on models: differences, growth rates and percentage points."""

from __future__ import annotations

import pytest

from sbeval.checks import run_checks
from sbeval.findings import Severity
from sbeval.schema.relations import ChangeRelation
from sbeval.schema.report import Report


def run(*changes: ChangeRelation) -> list:
    return run_checks(Report(path="t.txt", format="txt", changes=list(changes)))


def test_golden_path_seed001_basic_pension(fig) -> None:
    relation = ChangeRelation(kind="difference", label="基础养老金", current=fig("175元"), prior=fig("145元"),
                              change=fig("25元"))
    (finding,) = run(relation)
    assert (finding.code, finding.kind, finding.severity) == ("SB301", "difference", Severity.ERROR)
    assert finding.message == "基础养老金增加25元，但175元－145元＝30元"
    assert finding.expected.low == "30"


def test_accepts_correct_difference(fig) -> None:
    relation = ChangeRelation(kind="difference", label="基础养老金", current=fig("175元"), prior=fig("145元"),
                              change=fig("30元"))
    assert run(relation) == []


@pytest.mark.parametrize(
    ("rate", "flagged"),
    [
        pytest.param("21.8%", False, id="rounded"),  # 512 ÷ 2350 = 21.787%
        pytest.param("21.78%", False, id="more-decimals"),
        pytest.param("21.9%", True, id="one-unit-beyond"),
    ],
)
def test_growth_rate_with_stated_prior(fig, rate: str, flagged: bool) -> None:
    relation = ChangeRelation(kind="yoy", label="基金支出", current=fig("2862万元"), prior=fig("2350万元"),
                              change=fig("512万元"), rate=fig(rate))
    assert [f.code for f in run(relation)] == (["SB302"] if flagged else [])


def test_growth_rate_with_implied_prior_seed000(fig) -> None:
    # 支出 174.64 比上年减少 44.38 → 上年 219.02; −44.38 ÷ 219.02 = −20.26%
    relation = ChangeRelation(kind="yoy", label="待遇支出", current=fig("174.64万元"),
                              change=fig("44.38万元", sign=-1), rate=fig("20.26%", sign=-1))
    assert run(relation) == []
    wrong = relation.model_copy(update={"rate": fig("20.26%")})
    (finding,) = run(wrong)
    assert finding.code == "SB302" and finding.expected.text == "-20.26%"


def test_truncated_growth_rate_is_a_warning(fig) -> None:
    # 2 ÷ 3 = 66.67%
    relation = ChangeRelation(kind="yoy", label="参保人数", prior=fig("3人"), change=fig("2人"), rate=fig("66.66%"))
    (finding,) = run(relation)
    assert finding.severity == Severity.WARNING and "截尾" in finding.message


def test_points_used_as_rate(fig) -> None:
    # (95.0 − 90.0) ÷ 90.0 = 5.56%, while 5.0 is the difference of the two rates
    relation = ChangeRelation(kind="yoy", label="参保率", current=fig("95.0%"), prior=fig("90.0%"), rate=fig("5.0%"))
    (finding,) = run(relation)
    assert (finding.code, finding.severity) == ("SB303", Severity.WARNING)
    assert finding.expected.text == "5.56%"
    assert finding.message == "参保率由90.0%变为95.0%，所述5.0%是两者之差（个百分点），按增长率计算应为5.56%"


def test_coarse_rates_leave_room_for_a_rate(fig) -> None:
    # 95% and 90% allow growth from 4.4% to 6.7%: 5% may be a true rate of change
    relation = ChangeRelation(kind="yoy", label="参保率", current=fig("95%"), prior=fig("90%"), rate=fig("5%"))
    assert run(relation) == []


def test_points_change_accepted(fig) -> None:
    relation = ChangeRelation(kind="yoy", label="参保率", current=fig("95.0%"), prior=fig("90.0%"),
                              change=fig("5个百分点"), points=True)
    assert run(relation) == []
    wrong = relation.model_copy(update={"change": fig("4.0个百分点")})
    assert [f.code for f in run(wrong)] == ["SB301"]


def test_zero_prior_never_flags_rate(fig) -> None:
    relation = ChangeRelation(kind="yoy", label="转移收入", prior=fig("0万元"), current=fig("12万元"),
                              rate=fig("100%"))
    assert run(relation) == []
