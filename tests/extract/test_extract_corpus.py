"""The five seed reports through the real text reader: the relations the issue names, with their structure."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from sbeval.extract import extract
from sbeval.parsers.text.reader import read_text
from sbeval.schema.relations import SumRelation
from sbeval.schema.report import Report

D = Decimal


@pytest.fixture(scope="module")
def reports(corpus: Path) -> dict[str, Report]:
    return {name: extract(read_text(corpus / f"{name}.txt")) for name in ("seed000", "seed001", "seed002", "seed003")}


def shapes(report: Report, kind: str = "sum") -> list[tuple[Decimal, tuple[Decimal, ...], bool]]:
    return [
        (r.total.value, tuple(t.sign * t.figure.value for t in r.parts), r.closed)
        for r in report.sums if r.kind == kind
    ]


def holds(relation: SumRelation) -> bool:
    return relation.total.value * relation.total.scale == sum(
        t.sign * t.figure.value * t.figure.scale for t in relation.parts
    )


@pytest.mark.parametrize(
    "expected",
    [
        (D(37977), (D(33628), D(10), D(530)), True),
        (D(1858), (D(1313), D(0), D(175)), True),
        (D(19890), (D(7495), D(0), D(11)), True),
        (D(18184), (D(8661), D(0), D(0)), True),
        (D(19985), (D(19976), D(0), D(9)), True),
        (D(1751), (D(1734), D(17), D(0)), True),
        (D(10720), (D(783), D(9937)), False),
        (D(101746), (D(43842), D(15290)), False),
    ],
)
def test_seed001_fund_lists(reports: dict[str, Report], expected: tuple) -> None:
    assert expected in shapes(reports["seed001"])


def test_seed001_unemployment_and_maternity_are_two_lists(reports: dict[str, Report]) -> None:
    assert shapes(reports["seed001"]).count((D(2255), (D(1379), D(0), D(0)), True)) == 2


def test_seed001_budget_balance(reports: dict[str, Report]) -> None:
    assert shapes(reports["seed001"], "balance") == [(D(2924), (D(101746), D(-98822)), True)]


def test_seed001_no_change_or_count_among_parts(reports: dict[str, Report]) -> None:
    for relation in reports["seed001"].sums:
        for term in relation.parts:
            assert term.figure.base_unit == relation.total.base_unit
            assert "增加" not in term.figure.label and "增长" not in term.figure.label


def test_seed000_income_spending_and_balance(reports: dict[str, Report]) -> None:
    report = reports["seed000"]
    assert (D("419.93"), (D("243.83"), D("0.21"), D("1.25"), D("174.64")), True) in shapes(report)
    assert (D("419.93"), (D("174.2"), D("0.44"), D("245.29")), True) in shapes(report)
    assert (D("174.64"), (D("174.2"), D("0.44")), True) in shapes(report)
    assert shapes(report, "balance") == [(D(0), (D("419.93"), D("-419.93")), True)]
    (summary,) = [f for f in report.funds if f.income is not None]
    assert summary.income.figure.value == summary.spending.figure.value == D("419.93")
    assert len(summary.income.parts) == 4 and summary.balance.value == 0


def test_seed002_nested_lists_all_hold(reports: dict[str, Report]) -> None:
    report = reports["seed002"]
    found = shapes(report)
    assert (D("67.26"), (D("57.15"), D("7.64"), D("2.47")), True) in found
    assert (D("57.15"), (D("23.51"), D("12.84"), D("4.01"), D("7.63"), D("6.04"), D("3.12")), False) in found
    assert (D("7.64"), (D("2.83"), D("4.81")), True) in found
    assert (D("2.47"), (D("2.34"), D("0.13")), True) in found
    assert (D("5.66"), (D("1.25"), D("0.24"), D("2.86"), D("0.19"), D("0.32"), D("0.06"), D("0.44"), D("0.3")), True) in found
    money = [r for r in report.sums if r.total.base_unit == "元"]
    assert money and all(holds(r) or not r.closed for r in money)


def test_seed003_deficit_balance(reports: dict[str, Report]) -> None:
    (relation,) = [r for r in reports["seed003"].sums if r.kind == "balance"]
    assert relation.total.value == D("-0.45") and relation.total.unit == "亿元"
    assert holds(relation)
