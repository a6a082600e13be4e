"""The whole-document rules (SB9xx) on the real PDFs: correct claims give nothing, the template only placeholders."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from sbeval.checks.registry import run_checks
from sbeval.extract import extract
from sbeval.parsers import read
from sbeval.schema.report import Report

PDF = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "real" / "pdf"


@lru_cache(maxsize=None)
def report_of(name: str) -> Report:
    path = PDF / name
    if not path.is_file():
        pytest.skip(f"{path} is not available")
    return extract(read(path))


@pytest.mark.parametrize("name, at_least", [
    ("putuo-caizhengju-2024-juesuan.pdf", 13),
    ("putuo-shehuigongzuobu-2024-juesuan.pdf", 9),
])
def test_juesuan_claims_are_read_and_hold(name: str, at_least: int) -> None:
    report = report_of(name)
    budget_claims = [c for c in report.claims if c.basis == "budget"]
    assert len(budget_claims) >= at_least
    assert {c.direction for c in budget_claims} >= {"less"}
    assert [f.message for f in run_checks(report, select=["SB9"])] == []


def test_budget_claims_pair_the_named_budget() -> None:
    report = report_of("putuo-shehuigongzuobu-2024-juesuan.pdf")
    # "年初预算为0万元，全年预算为321.02万元…决算数小于预算数": two budgets, the claim names neither.
    assert all(c.reference.text != "0万元" for c in report.claims)
    assert all("全年" in c.reference.label for c in report.claims)


def test_budget_2026_increase_over_a_mistyped_prior() -> None:
    # "2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%":
    # 17.62% fits 3269.3, so the prior has a stray digit and the stated increase contradicts the figures.
    report = report_of("putuo-dept-budget-2026.pdf")
    assert len([c for c in report.claims if c.basis == "prior"]) >= 12
    found = run_checks(report, select=["SB904"])
    assert [(f.stated.value if f.stated else None) for f in found] == ["3845.49"]


def test_template_gives_placeholders_and_nothing_else() -> None:
    findings = run_checks(report_of("juesuan-template-2024.pdf"))
    assert len(findings) >= 20
    assert {f.code for f in findings} == {"SB903"}
    assert any("XX局" in f.message for f in findings) and any("XXX万元" in f.message for f in findings)
