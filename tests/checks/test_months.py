"""SB401 on models: months of payment with a stated monthly base or annual spending ÷ 12."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sbeval.checks import run_checks
from sbeval.findings import Severity
from sbeval.schema.relations import RatioRelation
from sbeval.schema.report import Report


def months(fig, result: str, balance: str, base: str, basis: str = "stated") -> RatioRelation:
    factor = Decimal(12) if basis == "annual" else Decimal(1)
    return RatioRelation(kind="months", label="可支付月数", result=fig(result, "可支付月数"),
                         numerator=fig(balance, "滚存结余"), denominator=fig(base, "基金支出" if factor == 12 else "月均支出"),
                         factor=factor, basis=basis)


def run(*relations: RatioRelation) -> list:
    return run_checks(Report(path="t.txt", format="txt", ratios=list(relations)))


def test_golden_path_stated_base(fig) -> None:
    (finding,) = run(months(fig, "15个月", "1,200万元", "100万元"))
    assert (finding.code, finding.severity, finding.kind) == ("SB401", Severity.ERROR, "months")
    assert finding.message == "可支付月数15个月，但滚存结余1,200万元÷月均支出100万元＝12.0个月"


@pytest.mark.parametrize(
    ("result", "flagged"),
    [("3.54个月", False), ("3.5个月", False), ("3.6个月", True), ("4个月", False)],
)
def test_stated_base_edges(fig, result: str, flagged: bool) -> None:
    # 17699 ÷ 5000 = 3.5398
    assert [f.code for f in run(months(fig, result, "17699万元", "5000万元"))] == (["SB401"] if flagged else [])


def test_annual_basis_is_wider_and_a_warning(fig) -> None:
    # 1200 ÷ (1200 ÷ 12) = 12 months; a 10% margin accepts 13, not 14
    assert run(months(fig, "13个月", "1200万元", "1200万元", "annual")) == []
    (finding,) = run(months(fig, "14个月", "1200万元", "1200万元", "annual"))
    assert finding.severity == Severity.WARNING
    assert "（基金支出1200万元÷12）" in finding.message


def test_no_spending_gives_no_finding(fig) -> None:
    assert run(months(fig, "0个月", "0万元", "0万元")) == []
