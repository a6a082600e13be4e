"""Budget and fund tables: recognised, modelled, and their relations recomputed — on the real PDFs without a false alarm."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest

from sbeval.checks.registry import run_checks
from sbeval.extract import extract
from sbeval.parsers import read
from sbeval.schema.report import Report

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
REAL = CORPUS / "real" / "pdf"
# Relations recomputed on each real PDF (measured 149 / 138 / 225): a floor, so a reader change that loses
# tables shows up here.
MIN_RELATIONS = {
    "putuo-caizhengju-2024-juesuan.pdf": 140,
    "putuo-shehuigongzuobu-2024-juesuan.pdf": 130,
    "putuo-dept-budget-2026.pdf": 200,
    "juesuan-template-2024.pdf": 0,
}
# The one table finding on the real PDFs: the prose's 财政拨款收入支出总计0.3万元 against the table's 2,961.68.
EXPECTED = {"putuo-caizhengju-2024-juesuan.pdf": [("SB705", "0.3", "2961.68")]}


@lru_cache(maxsize=None)
def _report(path: Path) -> Report:
    return extract(read(path))


def real(name: str) -> Report:
    if not (REAL / name).exists():
        pytest.skip(f"real corpus not found: {REAL / name}")
    return _report(REAL / name)


def write(tmp_path: Path, text: str) -> Report:
    path = tmp_path / "table.txt"
    path.write_text(text, encoding="utf-8")
    return extract(read(path))


@pytest.mark.parametrize("name", sorted(MIN_RELATIONS))
def test_real_tables_recomputed_without_findings(name: str) -> None:
    report = real(name)
    relations = [r for t in report.budget_tables for r in t.relations]
    assert len(relations) >= MIN_RELATIONS[name]
    findings = run_checks(report, select=["SB7"])
    assert [(f.code, f.stated.value if f.stated else "", f.expected.low if f.expected else "")
            for f in findings] == EXPECTED.get(name, [])


@pytest.mark.parametrize("name", ["putuo-caizhengju-2024-juesuan.pdf", "putuo-shehuigongzuobu-2024-juesuan.pdf"])
def test_juesuan_nine_tables_identities(name: str) -> None:
    report = real(name)
    kinds = Counter(t.kind for t in report.budget_tables)
    assert kinds["收支总表"] == 2 and kinds["支出表"] >= 2 and kinds["收入表"] == 1
    summary = next(t for t in report.budget_tables if t.kind == "收支总表")
    assert summary.unit == "万元" and summary.scale == Decimal(10000)
    grand = [r for r in summary.relations if r.kind == "row_total" and r.stated.label.startswith("总计")]
    assert len(grand) == 2  # 总计 = 本年收入合计 + 年初结转和结余, and the same on the 支出 side
    assert any(r.kind == "equal_totals" for r in summary.relations)
    coded = [r for t in report.budget_tables for r in t.relations if r.kind == "code"]
    assert len(coded) >= 50
    assert any(r.kind == "column_total" and "基本支出" in "".join(t.figure.label for t in r.terms)
               for t in report.budget_tables for r in t.relations)


def test_caizhengju_summary_totals() -> None:
    report = real("putuo-caizhengju-2024-juesuan.pdf")
    grant = next(t for t in report.budget_tables if t.title == "财政拨款收入支出决算总表")
    totals = {r.stated.text for r in grant.relations if r.stated.label.startswith("总计")}
    assert totals == {"2,961.68"}


@pytest.mark.parametrize("seed", [f"seed{n:03d}" for n in range(5)])
def test_seeds_have_no_table_findings_in_any_format(seed: str) -> None:
    paths = [CORPUS / f"{seed}.{fmt}" for fmt in ("txt", "docx", "pdf")]
    if not all(p.exists() for p in paths):
        pytest.skip("seed corpus not found")
    assert [[f.message for f in run_checks(_report(p), select=["SB7"])] for p in paths] == [[], [], []]


def test_rows_columns_and_codes_are_modelled(tmp_path: Path) -> None:
    report = write(tmp_path, (
        "支出决算表\n单位：万元\n"
        "| 类 | 款 | 项 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n|---|---|---|---|---|---|---|\n"
        "| 208 |  |  | 社会保障和就业支出 | 326.72 | 326.72 |  |\n"
        "| 208 | 05 |  | 行政事业单位养老支出 | 326.72 | 326.72 |  |\n"
        "| 208 | 05 | 01 | 行政单位离退休 | 84.65 | 84.65 |  |\n"
        "| 208 | 05 | 05 | 机关事业单位基本养老保险缴费支出 | 242.07 | 242.07 |  |\n"
    ))
    (table,) = report.budget_tables
    assert (table.kind, table.title, table.unit) == ("支出表", "支出决算表", "万元")
    assert [c.role for c in table.columns] == ["code", "code", "code", "label", "value", "value", "value"]
    assert [c.is_total for c in table.columns][4:] == [True, False, False]
    assert [r.code for r in table.rows] == ["208", "20805", "2080501", "2080505"]
    assert Counter(r.kind for r in table.relations) == Counter({"code": 4, "column_total": 4})


def test_breakdown_rows_are_not_addends(tmp_path: Path) -> None:
    report = write(tmp_path, (
        "| 项目 | 执行数 |\n|---|---|\n| 一、基金收入合计 | 1760 |\n| （一）保险费收入 | 1420 |\n"
        "| 其中：个人缴费 | 400 |\n| （二）财政补贴收入 | 340 |\n"
    ))
    (table,) = report.budget_tables
    assert [r.role for r in table.rows] == ["total", "item", "breakdown", "item"]
    (relation,) = table.relations
    assert [t.figure.text for t in relation.terms] == ["1420", "340"]


def test_amount_merged_across_columns_takes_part_in_no_relation(tmp_path: Path) -> None:
    # Without a Markdown rule line an empty cell continues the one before: 6.20 spans the 支出 side too.
    report = write(tmp_path, (
        "| 项目 | 决算数 | 项目 | 决算数 |\n"
        "| 一、财政拨款收入 | 2,940.05 | 一、一般公共服务支出 | 2,940.05 |\n"
        "| 二、其他收入 | 6.20 |  |  |\n"
        "| 本年收入合计 | 2,946.25 | 本年支出合计 | 2,940.05 |\n"
    ))
    (table,) = report.budget_tables
    assert any(r.merged for r in table.rows)
    assert not [r for r in table.relations if r.stated.label.startswith("本年收入合计")]
    assert run_checks(report, select=["SB7"]) == []
