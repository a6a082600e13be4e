"""Figures: units and scales, signs, labels, periods, and what is not a figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sbeval.extract.core.figures import find_figures
from sbeval.schema.document import Location

LOC = Location(file="t.txt")


def figures(text: str) -> list[tuple[str, Decimal, str | None]]:
    return [(f.text, f.value, f.unit) for f in find_figures(text, LOC)]


@pytest.mark.parametrize(
    ("text", "unit", "scale"),
    [
        ("收入12元。", "元", Decimal(1)),
        ("收入12千元。", "千元", Decimal(1000)),
        ("收入12万元。", "万元", Decimal(10000)),
        ("收入12亿元。", "亿元", Decimal("1e8")),
        ("收入12万亿元。", "万亿元", Decimal("1e12")),
        ("参保12万人。", "万人", Decimal(10000)),
    ],
)
def test_money_and_scaled_units(text: str, unit: str, scale: Decimal) -> None:
    (figure,) = find_figures(text, LOC)
    assert (figure.value, figure.unit, figure.scale) == (Decimal(12), unit, scale)
    assert figure.base_interval().low == Decimal("11.5") * scale


def test_bare_wan_and_yi_fit_any_base() -> None:
    wan, yi = find_figures("结余3万，储备2.5亿", LOC)
    assert (wan.unit, wan.scale, wan.base_unit) == ("万", Decimal(10000), "")
    assert (yi.unit, yi.scale, yi.decimals) == ("亿", Decimal("1e8"), 1)


def test_percent_points_months_and_exact_counts() -> None:
    pct, points, months, people = find_figures("完成预算的61.42%，提高1.5个百分点，可支付0.62个月，参保6831人", LOC)
    assert (pct.value, pct.unit, pct.decimals) == (Decimal("61.42"), "%", 2)
    assert (points.unit, points.base_unit) == ("个百分点", "个百分点")
    assert (months.unit, months.base_unit) == ("个月", "月")
    assert people.exact and people.interval().low == Decimal(6831)
    assert not find_figures("参保1.2万人", LOC)[0].exact


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("当期赤字2445万元", Decimal(-2445)),
        ("比上年减少44.38万元", Decimal("-44.38")),
        ("较上年下降3.5%", Decimal("-3.5")),
        ("本年收支结余-113万元", Decimal(-113)),
        ("增幅为-20.26%", Decimal("-20.26")),
        ("比上年增加25元", Decimal(25)),
    ],
)
def test_sign(text: str, value: Decimal) -> None:
    assert find_figures(text, LOC)[-1].value == value


def test_range_dash_is_not_a_minus() -> None:
    assert [f.value for f in find_figures("1-12月支出95%-105%", LOC)] == [Decimal(95), Decimal(105)]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("基金收入为419.93万元", "基金收入"),
        ("待遇支出达33628万元", "待遇支出"),
        ("共计支出72.92万元", "支出"),
        ("转移支出约17万元", "转移支出"),
        ("基金收入累计总额为419.93万元", "基金收入"),
        ("其中：保费收入243.83万元", "保费收入"),
        ("其他支出10万元", "其他支出"),
        ("和静县基金总支出91796万元", "和静县基金总支出"),
    ],
)
def test_label_without_connectors(text: str, label: str) -> None:
    assert find_figures(text, LOC)[-1].label == label


def test_periods() -> None:
    current, prior, year = find_figures("本年收入72.88万元，上年收入60万元。2017年待遇支出219.02万元", LOC)
    assert (current.period, prior.period, year.period) == ("本年", "上年", "2017")


@pytest.mark.parametrize(
    "text",
    [
        "一、基本情况", "（一）项目概况", "1、加强宣传", "1.总体目标", "①项目按照规定的程序设立",
        "2019年度绩效评价", "填报时间：2020年9月10日", "2019年", "财社〔2017〕144号", "湘办发[2019]10号",
        "第3页", "自2018年1月1日起",
    ],
)
def test_not_figures(text: str) -> None:
    assert figures(text) == []


def test_list_number_after_a_list_word_is_not_a_figure() -> None:
    assert [f.text for f in find_figures("基本支出67.26万元，包含1、工资福利性支出57.15万元", LOC)] == [
        "67.26万元", "57.15万元",
    ]


def test_thousands_separators() -> None:
    (figure,) = find_figures("基金收入694,417,573.66元", LOC)
    assert (figure.value, figure.decimals) == (Decimal("694417573.66"), 2)


def test_chinese_numerals_only_as_isolated_spans() -> None:
    (amount,) = find_figures("支出三千二百万元", LOC)
    assert amount.value * amount.scale == Decimal(32000000) and amount.base_unit == "元"
    (pct,) = find_figures("增长百分之五点二", LOC)
    assert (pct.value, pct.unit, pct.decimals) == (Decimal("5.2"), "%", 1)
    assert figures("一是规范管理，二是加强学习，三大目录") == []
