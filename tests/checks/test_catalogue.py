"""The catalogue stays documented, unique and covered by case files."""

from __future__ import annotations

import re
from typing import get_args

import pytest

from sbeval.checks import ALL_CHECKS
from sbeval.checks import RETIRED_CODES
from sbeval.checks import Check
from sbeval.findings import Kind, Severity


@pytest.mark.parametrize("check", ALL_CHECKS, ids=lambda c: c.code)
def test_check_is_documented(check: type[Check]) -> None:
    assert re.fullmatch(r"SB\d{3}", check.code)
    assert re.fullmatch(r"[a-z]+(-[a-z0-9]+)+", check.name)
    assert check.kind in get_args(Kind)
    assert isinstance(check.severity, Severity)
    doc = check.__doc__ or ""
    assert "Flags::" in doc and "Accepts::" in doc
    assert re.search(r"[\u4e00-\u9fff]", check.summary()), "the summary is Chinese"


@pytest.mark.parametrize("check", ALL_CHECKS, ids=lambda c: c.code)
def test_check_has_a_case_file(check: type[Check], cases_of) -> None:
    cases = cases_of(check.code)
    flagged = [c for c in cases if c.findings]
    accepted = [c for c in cases if not c.findings]
    assert len(flagged) >= 3 and len(accepted) >= 3
    assert all(f["code"] == check.code for c in flagged for f in c.findings)


def test_codes_are_unique_and_never_reused() -> None:
    codes = [c.code for c in ALL_CHECKS]
    names = [c.name for c in ALL_CHECKS]
    assert len(codes) == len(set(codes)) and len(names) == len(set(names))
    assert not set(codes) & RETIRED_CODES
    assert codes == sorted(codes)


def test_families_follow_their_kind() -> None:
    families = {"1": {"sum", "balance"}, "2": {"percent"}, "3": {"yoy", "difference"}, "4": {"months"},
                "5": {"per_capita"}, "6": {"score_sum", "grade"}}
    for check in ALL_CHECKS:
        assert check.kind in families[check.code[2]], check.code
