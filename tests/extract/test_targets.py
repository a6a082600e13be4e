"""The target grammar and the indicator-table reader, on the forms the genre writes."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from sbeval.extract import extract
from sbeval.extract.core.targets import parse_actual, parse_target
from sbeval.parsers import read
from sbeval.schema.document import Location

HERE = Location(file="t.txt")


@pytest.mark.parametrize(("text", "bounds"), [
    ("≥99%", [("≥", "99", "%")]),
    ("≥ 11144 人", [("≥", "11144", "人")]),
    ("＞90%", [(">", "90", "%")]),
    (">=2個", [("≥", "2", "个")]),
    ("不低于95%", [("≥", "95", "%")]),
    ("不少于3次", [("≥", "3", "次")]),
    ("95%以上", [("≥", "95", "%")]),
    ("不超过20日", [("≤", "20", "日")]),
    ("30日内完成审核拨付", [("≤", "30", "日")]),
    ("5个工作日以内", [("≤", "5", "个工作日")]),
    ("超过100人", [(">", "100", "人")]),
    ("≤0", [("≤", "0", None)]),
    ("≥95%或≤105%", [("≥", "95", "%"), ("≤", "105", "%")]),
    ("95%-105%", [("≥", "95", "%"), ("≤", "105", "%")]),
    ("90-110%", [("≥", "90", "%"), ("≤", "110", "%")]),
    ("≥1.2万人", [("≥", "1.2", "万人")]),
])
def test_targets_with_a_comparator(text: str, bounds: list[tuple[str, str, str | None]]) -> None:
    target = parse_target(text, HERE)
    assert target.explicit
    assert [(b.comparator, str(b.value.value), b.value.unit) for b in target.bounds] == bounds


def test_scaled_units_reach_their_base() -> None:
    bound = parse_target("≥1.2万人", HERE).bounds[0]
    assert bound.value.value * bound.value.scale == Decimal(12000) and bound.value.base_unit == "人"


@pytest.mark.parametrize("text", ["6831人", "100%", "10935元"])
def test_bare_values_have_no_direction(text: str) -> None:
    target = parse_target(text, HERE)
    assert target.numeric and not target.explicit


@pytest.mark.parametrize("text", ["按时足额发放", "基金运行平稳", "2023年年底前", "≥10%或≤5%", "下降5%", "≥上年水平"])
def test_qualitative_or_contradictory_targets_have_no_bounds(text: str) -> None:
    assert not parse_target(text, HERE).numeric


def test_column_unit_fills_a_bare_target() -> None:
    assert parse_target("≥90", HERE, "%").bounds[0].value.base_unit == "%"


@pytest.mark.parametrize(("text", "value", "missing"), [
    ("11074 人", "11074", False), ("98.70%", "98.70", False), ("0", "0", False),
    ("人", None, True), ("", None, True), ("<0.1%", None, False), ("30日内完成审核拨付", None, False),
    ("基金运行平稳", None, False),
])
def test_actuals(text: str, value: str | None, missing: bool) -> None:
    actual = parse_actual(text, HERE)
    assert (str(actual.value.value) if actual.value else None) == value
    assert actual.missing is missing


def test_indicator_table_levels_are_filled_down(corpus: Path) -> None:
    report = extract(read(corpus / "seed001.docx"))
    (table,) = report.indicator_tables
    by_label = {i.label: i for i in table.indicators}
    pension = by_label["保障企业职工基本养老保险退休待遇享受人数"]
    assert pension.path[:2] == ["项目完成指标", "数量指标"]
    assert pension.actual and pension.actual.value and pension.actual.value.value == 11074
    assert by_label["企业离退休人员满意度"].path[0] == "满意度指标"
    assert by_label["保障生育保险待遇享受人数"].actual.missing  # type: ignore[union-attr]


def test_seed000_targets_are_bare_and_met(corpus: Path) -> None:
    (table,) = extract(read(corpus / "seed000.pdf")).indicator_tables
    insured = next(i for i in table.indicators if i.label == "参保人数")
    assert insured.target and not insured.target.explicit and insured.target.bounds[0].value.value == 6831
