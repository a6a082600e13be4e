"""Balances: income − spending = 本年收支结余; 上年结余 + 本年收支结余 = 年末滚存结余."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from sbeval.schema.report import Report

Build = Callable[[str], Report]
D = Decimal


def balances(report: Report) -> list[tuple[Decimal, list[tuple[int, Decimal]]]]:
    return [
        (r.total.value, [(t.sign, t.figure.value) for t in r.parts]) for r in report.sums if r.kind == "balance"
    ]


def test_income_minus_spending(report_of: Build) -> None:
    report = report_of("本年基金收入1,200万元，基金支出1,150万元，当年收支结余50万元。")
    assert balances(report) == [(D(50), [(1, D(1200)), (-1, D(1150))])]


def test_deficit_is_negative(report_of: Build) -> None:
    report = report_of("项目决算收入3.09亿元，项目决算支出3.54亿元，当期赤字0.45亿元。")
    assert balances(report) == [(D("-0.45"), [(1, D("3.09")), (-1, D("3.54"))])]


def test_budget_with_budget(report_of: Build) -> None:
    report = report_of("预算总收入101746万元，其中：保险费收入43842万元。预算总支出98822万元。当年收支结余2924万元。")
    assert balances(report) == [(D(2924), [(1, D(101746)), (-1, D(98822))])]


def test_budget_income_never_with_actual_spending(report_of: Build) -> None:
    assert balances(report_of("预算收入2.58亿元，实际支出3.54亿元，当年收支结余-0.96亿元。")) == []


def test_premium_income_is_not_the_income(report_of: Build) -> None:
    assert balances(report_of("征缴收入800万元，基金支出900万元，本年收支结余-100万元。")) == []
    assert balances(report_of("保险费收入800元，基金支出900元，本年收支结余-100元。")) == []


def test_carried_balance(report_of: Build) -> None:
    report = report_of("上年滚存结余9,937元，本年收支结余783元，年末滚存结余10,720元。")
    assert balances(report) == [(D(10720), [(1, D(9937)), (1, D(783))])]
    report = report_of("期初余额20.5万元，本年基金收入10万元，基金支出8万元，本年结余2万元，期末累计结余22.5万元。")
    assert balances(report) == [
        (D(2), [(1, D(10)), (-1, D(8))]),
        (D("22.5"), [(1, D("20.5")), (1, D(2))]),
    ]


def test_no_balance_without_both_sides(report_of: Build) -> None:
    assert balances(report_of("基金支出37977万元。本年收支结余-2445万元，年末滚存结余0万元。")) == []
