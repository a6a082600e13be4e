"""Builders for figures and relations, so that check tests read like the sentences they model."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

import pytest

from sbeval.checks.cases import case_codes, cases_of
from sbeval.schema.document import Location
from sbeval.schema.figures import Figure

UNITS: dict[str, tuple[str, Decimal, bool]] = {
    "亿元": ("元", Decimal("1e8"), False),
    "万元": ("元", Decimal("1e4"), False),
    "元": ("元", Decimal(1), False),
    "%": ("%", Decimal(1), False),
    "个百分点": ("个百分点", Decimal(1), False),
    "个月": ("月", Decimal(1), False),
    "万人": ("人", Decimal("1e4"), False),
    "人": ("人", Decimal(1), True),
}
NUMBER = re.compile(r"(-?[\d,]+(?:\.(\d+))?)(.*)")

FigureMaker = Callable[..., Figure]


def make_figure(text: str, label: str = "", line: int = 1, block: int = 0, sign: int = 1) -> Figure:
    match = NUMBER.fullmatch(text)
    assert match, text
    number, fraction, unit = match.groups()
    base, scale, exact = UNITS[unit]
    return Figure(
        text=text, value=Decimal(number.replace(",", "")) * sign, decimals=len(fraction or ""),
        unit=unit, base_unit=base, scale=scale, exact=exact, label=label,
        location=Location(file="t.txt", block=block, line=line), excerpt=f"{label}{text}",
    )


@pytest.fixture
def fig() -> FigureMaker:
    return make_figure


# Case files: src/sbeval/checks/cases/SB101.yaml …, one per check code, run through the whole pipeline.
def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "case" in metafunc.fixturenames:
        cases = [case for code in case_codes() for case in cases_of(code)]
        metafunc.parametrize("case", cases, ids=[f"{c.code}::{c.name}" for c in cases])
