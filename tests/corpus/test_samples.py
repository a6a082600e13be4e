"""The bundled samples: exactly the planted inconsistencies of samples/expected.json, from every format."""

from __future__ import annotations

import json
from collections import Counter
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest

from sbeval.checks.registry import run_checks
from sbeval.extract import extract
from sbeval.findings import Finding
from sbeval.parsers import read

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
EXPECTED: dict[str, list[dict[str, str]]] = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def findings_of(path: Path) -> tuple[Finding, ...]:
    return tuple(run_checks(extract(read(path))))


def significant(findings: tuple[Finding, ...]) -> Counter[tuple[str, str]]:
    return Counter(
        (f.kind, f.stated.value if f.stated else "")
        for f in findings
        if f.severity.value != "note"
    )


def planted(sample: str) -> list[dict[str, str]]:
    return EXPECTED[sample]


def reaches(finding: Finding, value: str) -> bool:
    """The recomputed interval, widened by one unit of the stated value's last place, holds ``value``."""
    assert finding.expected is not None
    low, high, target = Decimal(finding.expected.low), Decimal(finding.expected.high), Decimal(value)
    slack = Decimal(1).scaleb(target.as_tuple().exponent)
    return low - slack <= target <= high + slack


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("sample", sorted(EXPECTED))
def test_exactly_the_planted_findings(sample: str, fmt: str) -> None:
    findings = findings_of(SAMPLES / f"{sample}.{fmt}")
    expected = planted(sample)
    assert significant(findings) == Counter((e["kind"], e["stated"]) for e in expected), [
        (f.code, f.message) for f in findings if f.severity.value != "note"
    ]
    for entry in expected:
        matching = [f for f in findings if f.kind == entry["kind"] and f.stated and f.stated.value == entry["stated"]]
        assert all(reaches(f, entry["expected"]) for f in matching), [(f.message, f.expected) for f in matching]


@pytest.mark.parametrize("sample", sorted(EXPECTED))
def test_every_sample_has_a_planted_finding(sample: str) -> None:
    assert planted(sample), "each sample carries at least one real inconsistency"
