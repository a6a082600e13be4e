"""SB2xx on models: completion rates, shares and rates, with rounding, truncation and 0/0."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sbeval.checks import run_checks
from sbeval.findings import Severity
from sbeval.schema.relations import RatioRelation
from sbeval.schema.report import Report


def ratio(fig, kind: str, result: str, num: str, den: str, label: str = "") -> RatioRelation:
    return RatioRelation(kind=kind, label=label, result=fig(result, label), numerator=fig(num, "基础养老金支出"),
                         denominator=fig(den, "全年支出"), factor=Decimal(100))


def run(*relations: RatioRelation, figures=()) -> list:
    return run_checks(Report(path="t.txt", format="txt", ratios=list(relations), figures=list(figures)))


def test_golden_path_seed002_share(fig) -> None:
    (finding,) = run(ratio(fig, "share", "4.2%", "3.12亿元", "72.92亿元"))
    assert (finding.code, finding.rule, finding.kind, finding.severity) == (
        "SB202", "share-mismatch", "percent", Severity.WARNING)
    # 4.28% truncated to one decimal is 4.2%: reported, as a warning
    assert finding.message == "基础养老金支出3.12亿元占全年支出72.92亿元的4.2%，但按所列数字计算为4.28%；所列数字疑为截尾而非四舍五入"
    assert (finding.expected.low, finding.expected.high) == ("4.28", "4.28")
    assert finding.stated.value == "4.2" and finding.stated.unit == "%"


def test_flags_share_beyond_truncation(fig) -> None:
    (finding,) = run(ratio(fig, "share", "4.1%", "3.12亿元", "72.92亿元"))
    assert finding.severity == Severity.ERROR and "截尾" not in finding.message


def test_accepts_seed000_completion(fig) -> None:
    assert run(ratio(fig, "percent", "61.42%", "419.93万元", "683.70万元", "完成预算")) == []


@pytest.mark.parametrize(
    ("result", "flagged"),
    [
        # 1 ÷ 3 = 33.333…%: 33.3% allows [33.25, 33.35]
        pytest.param("33.3%", False, id="rounded"),
        pytest.param("33.4%", True, id="one-unit-beyond"),
        pytest.param("33%", False, id="coarser"),
    ],
)
def test_completion_edges(fig, result: str, flagged: bool) -> None:
    findings = run(ratio(fig, "percent", result, "1人", "3人", "完成预算"))
    assert [f.code for f in findings] == (["SB201"] if flagged else [])


def test_exact_boundary_of_written_interval(fig) -> None:
    # 1 ÷ 8 = 12.5% exactly; 12.4% allows up to 12.45%, 12.5% holds it, 12.6% starts at 12.55%
    assert run(ratio(fig, "rate", "12.5%", "1人", "8人")) == []
    assert [f.code for f in run(ratio(fig, "rate", "12.6%", "1人", "8人"))] == ["SB203"]


def test_truncated_percentage_is_a_warning(fig) -> None:
    # 2 ÷ 3 = 66.67%; 66.66% is the truncation, not the rounding
    (finding,) = run(ratio(fig, "percent", "66.66%", "2人", "3人", "完成率"))
    assert finding.severity == Severity.WARNING
    assert "截尾" in finding.message


def test_zero_over_zero_as_100_percent_is_accepted(fig) -> None:
    assert run(ratio(fig, "percent", "100%", "0万元", "0万元", "执行进度")) == []


def test_share_names_the_base_that_fits(fig) -> None:
    relation = ratio(fig, "share", "56%", "6000万元", "9937万元")
    other = fig("10720万元", "个人账户基金累计结余")
    (finding,) = run(relation, figures=[relation.numerator, relation.denominator, relation.result, other])
    assert finding.expected.text == "60.38%"
    assert finding.message.endswith("所列比例与以个人账户基金累计结余10720万元为基数相符，疑基数有误")


def test_fund_ratios_are_checked_once(fig) -> None:
    from sbeval.schema.document import Location
    from sbeval.schema.report import FundSummary

    relation = ratio(fig, "share", "4.2%", "3.12亿元", "72.92亿元")
    fund = FundSummary(name="城乡居民养老", location=Location(file="t.txt"), shares=[relation])
    report = Report(path="t.txt", format="txt", ratios=[relation], funds=[fund])
    assert len(run_checks(report)) == 1
