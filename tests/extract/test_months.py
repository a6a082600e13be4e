"""Months of payment: the balance, the stated monthly base or the fund's annual spending."""

from __future__ import annotations

from decimal import Decimal

from sbeval.extract.prose.months import find_months
from support import context

D = Decimal


def found(*blocks: str | tuple[int, str]) -> list[tuple[D, D, D, D, str]]:
    return [(r.result.value, r.numerator.value, r.denominator.value, r.factor, r.basis)
            for r in find_months(context(*blocks))]


def test_stated_monthly_base() -> None:
    assert found("本年收支结余-113万元，年末滚存结余1040万元，按月均支出1665万元计算，可支付月数0.62个月。") == [
        (D("0.62"), D(1040), D(1665), D(1), "stated")
    ]


def test_stated_base_after_the_months_in_parentheses() -> None:
    assert found("累计结余17,699万元，备付能力为3.5个月（按月均待遇支出5,000万元计算）。") == [
        (D("3.5"), D(17699), D(5000), D(1), "stated")
    ]


def test_annual_spending_of_the_fund_when_no_base_is_stated() -> None:
    relations = found(
        (1, "一、项目概况"),
        "2021年实际完成收入3.09亿元，其中工伤保险费收入2.70亿元；实际支出3.54亿元，其中工伤保险待遇支出3.47亿元，"
        "年末滚存结余5.93亿元。",
        (1, "二、效果分析"),
        "2021年全市工伤保险基金滚存结余为5.93亿元，根据上年度基金月平均支出额推算，"
        "2021年底工伤保险基金结余预计可支撑20个月，可支撑能力较强。",
    )
    assert relations == [(D(20), D("5.93"), D("3.54"), D(12), "annual")]


def test_a_component_balance_needs_its_own_spending() -> None:
    assert found(
        "基金支出1751万元。年末滚存结余10720万元（其中：基础养老金结余783万元，个人账户结余9937万元）。"
        "基础养老金结余可支付6个月。"
    ) == []
    assert found("统筹基金支出12,000万元，统筹基金累计结余6,000万元，统筹基金可支付6个月。") == [
        (D(6), D(6000), D(12000), D(12), "annual")
    ]


def test_norms_are_not_a_fund_figure() -> None:
    assert found(
        "基金支出3.54亿元，滚存结余5.93亿元。实行地市级统筹的地区，基金累计结存的正常规模原则上控制在12个月左右平均支付水平。"
    ) == []


def test_each_fund_section_uses_its_own_spending() -> None:
    relations = found(
        (2, "（一）企业职工基本养老保险基金"),
        "基金支出37,977万元，年末滚存结余0万元。",
        (2, "（二）失业保险基金"),
        "基金支出2,255万元，年末滚存结余45,100万元，可支付240个月。",
    )
    assert relations == [(D(240), D(45100), D(2255), D(12), "annual")]


def test_months_rest_on_the_closing_balance_not_the_opening_one_or_the_surplus() -> None:
    assert found("本年收支结余1250万元，上年结余18206万元，年末滚存结余19456万元，按月均支出548万元计算，可支付月数35.5个月。") == [
        (D("35.5"), D(19456), D(548), D(1), "stated")
    ]
    assert found("累计结余9,600万元（其中上年结余9,000万元），按月均支出800万元计算，可支付12个月。") == [
        (D(12), D(9600), D(800), D(1), "stated")
    ]


def test_closing_balance_named_with_the_year() -> None:
    assert found("本年结余500万元，基金本年末滚存结余6,000万元，按月均支出500万元计算，可支付月数12个月。") == [
        (D(12), D(6000), D(500), D(1), "stated")
    ]
