"""SB1xx on models: totals, partial lists and balances, with rounding edge cases."""

from __future__ import annotations

import pytest

from sbeval.checks import run_checks
from sbeval.findings import Severity
from sbeval.schema.relations import SumRelation, Term
from sbeval.schema.report import Report


def report_of(*sums: SumRelation) -> Report:
    return Report(path="t.txt", format="txt", sums=list(sums))


def total(fig, text: str, parts: list[str], closed: bool = True, label: str = "基金支出") -> SumRelation:
    labels = ["待遇支出", "其他支出", "转移支出", "上解上级支出"]
    return SumRelation(
        kind="sum", label=label, total=fig(text, label), closed=closed,
        parts=[Term(figure=fig(p, labels[i % 4])) for i, p in enumerate(parts)],
    )


def test_golden_path_seed001_pension_spending(fig) -> None:
    findings = run_checks(report_of(total(fig, "37977万元", ["33628万元", "10万元", "530万元"])))
    assert len(findings) == 1
    finding = findings[0]
    assert (finding.code, finding.rule, finding.kind, finding.severity) == (
        "SB101", "total-not-sum-of-parts", "sum", Severity.ERROR)
    assert finding.message == (
        "基金支出37977万元，但所列分项之和为34168万元（待遇支出33628万元＋其他支出10万元＋转移支出530万元）")
    assert finding.stated.model_dump() == {"text": "37977万元", "value": "37977", "unit": "万元"}
    assert (finding.expected.low, finding.expected.high, finding.expected.text) == ("34168", "34168", "34168万元")
    assert [r.text for r in finding.related] == ["33628万元", "10万元", "530万元"]
    assert finding.location.line == 1 and finding.location.excerpt == "基金支出37977万元"


def test_accepts_seed001_institution_pension(fig) -> None:
    assert run_checks(report_of(total(fig, "19985万元", ["19976万元", "0万元", "9万元"]))) == []


@pytest.mark.parametrize(
    ("stated", "parts", "flagged"),
    [
        pytest.param("1000.00万元", ["333.33万元"] * 3, False, id="three-thirds-rounded"),
        # parts allow [999.975, 1000.005]; 1000.01 allows [1000.005, 1000.015]: they touch
        pytest.param("1000.01万元", ["333.33万元"] * 3, False, id="on-boundary"),
        pytest.param("1000.02万元", ["333.33万元"] * 3, True, id="one-unit-beyond"),
        pytest.param("1,234.56万元", ["1,000.00万元", "200.00万元"], True, id="off-by-34.56"),
        pytest.param("12.3亿元", ["123,000万元"], False, id="mixed-units"),
        pytest.param("12.3亿元", ["123,600万元"], True, id="mixed-units-off"),
    ],
)
def test_closed_sum_edges(fig, stated: str, parts: list[str], flagged: bool) -> None:
    codes = [f.code for f in run_checks(report_of(total(fig, stated, parts)))]
    assert codes == (["SB101"] if flagged else [])


def test_mixed_units_expected_in_stated_unit(fig) -> None:
    (finding,) = run_checks(report_of(total(fig, "12.3亿元", ["123,600万元", "5元"])))
    assert finding.expected.text == "12.36000005亿元"


def test_partial_list_short_of_total_is_accepted(fig) -> None:
    relation = total(fig, "101746万元", ["43842万元", "15290万元"], closed=False, label="预算总收入")
    assert run_checks(report_of(relation)) == []


def test_flags_partial_list_exceeding_total(fig) -> None:
    relation = total(fig, "10,174.6万元", ["8,384.2万元", "2,529.0万元"], closed=False, label="预算总收入")
    (finding,) = run_checks(report_of(relation))
    assert finding.code == "SB102"
    assert finding.expected.text == "10,913.2万元"
    assert finding.message.startswith("预算总收入10,174.6万元，但其中所列分项之和已达10,913.2万元")


@pytest.mark.parametrize(("stated", "flagged"), [("100.01万元", False), ("99.98万元", True)])
def test_partial_list_rounding_edge(fig, stated: str, flagged: bool) -> None:
    # parts 50.00 + 50.00 allow as little as 99.99; a total of 99.98 allows at most 99.985
    relation = total(fig, stated, ["50.00万元", "50.00万元"], closed=False)
    assert [f.code for f in run_checks(report_of(relation))] == (["SB102"] if flagged else [])


def balance(fig, stated: str, income: str, spending: str) -> SumRelation:
    return SumRelation(kind="balance", label="本年收支结余", total=fig(stated, "本年收支结余"), parts=[
        Term(figure=fig(income, "基金收入")), Term(figure=fig(spending, "基金支出"), sign=-1)])


def test_balance_accepts_seed000(fig) -> None:
    assert run_checks(report_of(balance(fig, "0万元", "419.93万元", "419.93万元"))) == []


def test_balance_flags_and_names_operands(fig) -> None:
    (finding,) = run_checks(report_of(balance(fig, "29.93万元", "419.93万元", "400.00万元")))
    assert finding.code == "SB103"
    assert finding.message == "本年收支结余29.93万元，但按基金收入419.93万元－基金支出400.00万元计算应为19.93万元"


def test_balance_deficit_is_negative(fig) -> None:
    deficit = SumRelation(kind="balance", label="本年收支结余", total=fig("45万元", "当期赤字", sign=-1), parts=[
        Term(figure=fig("955万元", "基金收入")), Term(figure=fig("1000万元", "基金支出"), sign=-1)])
    assert run_checks(report_of(deficit)) == []


def carried(fig, stated: str, prior: str, current: str) -> SumRelation:
    return SumRelation(kind="balance", label="年末滚存结余", total=fig(stated, "年末滚存结余"), parts=[
        Term(figure=fig(prior, "上年结余")), Term(figure=fig(current, "本年收支结余"))])


def test_carried_balance(fig) -> None:
    assert run_checks(report_of(carried(fig, "10720万元", "9937万元", "783万元"))) == []
    (finding,) = run_checks(report_of(carried(fig, "10,820万元", "9,937万元", "783万元")))
    assert (finding.code, finding.expected.low) == ("SB104", "10720")


def test_incompatible_units_are_left_alone(fig) -> None:
    assert run_checks(report_of(total(fig, "100万元", ["30人", "20人"]))) == []


def test_select_and_ignore_by_prefix(fig) -> None:
    report = report_of(total(fig, "37977万元", ["33628万元", "10万元", "530万元"]))
    assert run_checks(report, select=["SB2"]) == []
    assert run_checks(report, select=["SB1"], ignore=["SB101"]) == []
    assert [f.code for f in run_checks(report, select=["sb10"])] == ["SB101"]
