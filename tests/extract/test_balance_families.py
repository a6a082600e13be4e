"""Balance families of real reports: a balance section after the income and spending section, and
schemes whose own names hold an item word; each with a case that must give nothing."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from sbeval.schema.report import Report

Build = Callable[[str], Report]
D = Decimal


def balances(report: Report) -> list[tuple[Decimal, list[tuple[int, Decimal]]]]:
    return [(r.total.value, [(t.sign, t.figure.value) for t in r.parts]) for r in report.sums if r.kind == "balance"]


def test_balance_section_rests_on_the_section_before(report_of: Build) -> None:
    report = report_of(
        "一、基金收支\n\n全县失业保险基金收入612.40万元，其中保险费收入580.10万元。\n\n"
        "基金支出701.55万元，其中失业保险金支出402.30万元。\n\n"
        "二、基金结余\n\n基金当期赤字89.15万元，累计结余1.02亿元。\n"
    )
    assert balances(report) == [(D("-89.15"), [(1, D("612.40")), (-1, D("701.55"))])]


def test_a_section_that_closed_its_own_balance_passes_nothing_on(report_of: Build) -> None:
    report = report_of(
        "一、基金收支\n\n基金收入612.40万元，基金支出701.55万元，当期赤字89.15万元。\n\n"
        "二、基金结余\n\n本年结余12.00万元，累计结余1.02亿元。\n"
    )
    assert balances(report) == [(D("-89.15"), [(1, D("612.40")), (-1, D("701.55"))])]


def test_only_spending_in_the_balance_section_gives_nothing(report_of: Build) -> None:
    # the balance section states its own spending: which income goes with it is not said
    report = report_of(
        "一、基金收支\n\n基金收入612.40万元，基金支出701.55万元。\n\n"
        "二、基金结余\n\n调整后基金支出690.00万元，当期赤字77.60万元。\n"
    )
    assert balances(report) == []


def test_scheme_named_with_an_item_word_is_a_whole_income(report_of: Build) -> None:
    report = report_of("全区公务员医疗补助收入310.20万元，其中：保费收入300.00万元，利息收入10.20万元，"
                       "支出25.05万元，本期结余285.15万元。")
    assert balances(report) == [(D("285.15"), [(1, D("310.20")), (-1, D("25.05"))])]


def test_subsidy_income_item_is_still_no_whole_income(report_of: Build) -> None:
    assert balances(report_of("财政补助收入310.20万元，支出25.05万元，本期结余285.15万元。")) == []
