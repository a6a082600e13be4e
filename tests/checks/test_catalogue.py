"""The catalogue stays documented, unique and covered by case files."""

from __future__ import annotations

import re
from collections import Counter
from typing import get_args

import pytest

from sbeval.checks import ALL_CHECKS
from sbeval.checks import RETIRED_CODES
from sbeval.checks import Check
from sbeval.checks.base import Status
from sbeval.checks.cases import case_codes, cases_of, examples_of
from sbeval.checks.docs import rule_doc
from sbeval.output.rules import render_rule
from sbeval.findings import Kind, Severity


@pytest.mark.parametrize("check", ALL_CHECKS, ids=lambda c: c.code)
def test_check_is_documented(check: type[Check]) -> None:
    assert re.fullmatch(r"SB\d{3}", check.code)
    assert re.fullmatch(r"[a-z]+(-[a-z0-9]+)+", check.name)
    assert check.kind in get_args(Kind)
    assert isinstance(check.severity, Severity)
    assert check.status in get_args(Status)
    assert re.search(r"[\u4e00-\u9fff]", check.summary()), "the summary is Chinese"
    description = check.description()
    assert description.startswith("报告：") and "\n不报告：" in description, "Chinese first: 报告/不报告"
    assert "Flags::" not in description, "examples live in the case file, not the docstring"


@pytest.mark.parametrize("check", ALL_CHECKS, ids=lambda c: c.code)
def test_check_has_a_case_file_with_documented_examples(check: type[Check]) -> None:
    cases = cases_of(check.code)
    outcomes = Counter(c.outcome for c in cases)
    assert outcomes["flagged"] >= 3 and outcomes["accepted"] >= 3
    documented = Counter(c.outcome for c in examples_of(check.code))
    assert documented["flagged"] >= 1 and documented["accepted"] >= 1


@pytest.mark.parametrize("check", ALL_CHECKS, ids=lambda c: c.code)
def test_rules_command_shows_the_documented_examples(check: type[Check]) -> None:
    shown = render_rule(rule_doc(check))
    assert shown.startswith(f"{check.code} {check.name}\n{check.summary()}")
    for example in examples_of(check.code):
        assert example.text.strip().split("\n")[0] in shown
        for finding in example.findings:
            assert f"所述值 {finding.stated}" in shown


def test_every_case_file_belongs_to_a_rule() -> None:
    assert set(case_codes()) <= {c.code for c in ALL_CHECKS}


def test_codes_are_unique_and_never_reused() -> None:
    codes = [c.code for c in ALL_CHECKS]
    names = [c.name for c in ALL_CHECKS]
    assert len(codes) == len(set(codes)) and len(names) == len(set(names))
    assert not set(codes) & RETIRED_CODES
    assert codes == sorted(codes)


def test_families_follow_their_kind() -> None:
    families = {"1": {"sum", "balance"}, "2": {"percent"}, "3": {"yoy", "difference"}, "4": {"months"},
                "5": {"per_capita"}, "6": {"score_sum", "grade"},
                "9": {"sum", "duplicate", "other", "year", "unit", "cross_ref"}}
    families["7"] = {"sum", "balance", "percent", "cross_ref"}  # budget and fund tables
    families["8"] = {"target", "missing"}  # SB8xx: performance targets
    for check in ALL_CHECKS:
        assert check.kind in families[check.code[2]], check.code
