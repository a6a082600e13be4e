"""Every case of every rule's case file through the whole pipeline (text → document → report → checks).

A case pins the findings of its own rule; every other rule must stay silent on it (notes aside),
so a documented example behaves exactly as documented. ``relations`` pins what extraction found.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from sbeval.checks import run_checks
from sbeval.checks.cases import RuleCase
from sbeval.extract import extract
from sbeval.findings import Finding, Severity
from sbeval.parsers import read


def pinned(finding: Finding) -> dict[str, Any]:
    return {
        "code": finding.code,
        "stated": finding.stated.value if finding.stated else None,
        "expected": (finding.expected.low, finding.expected.high) if finding.expected else None,
        "line": finding.location.line,
    }


def test_case(case: RuleCase, tmp_path: Path) -> None:
    path = tmp_path / f"{case.name}.txt"
    path.write_text(case.text, encoding="utf-8")
    report = extract(read(path))
    findings = run_checks(report)
    assert [pinned(f) for f in findings if f.code == case.code] == [f.model_dump() for f in case.findings]
    others = [(f.code, f.message) for f in findings if f.code != case.code and f.severity != Severity.NOTE]
    assert others == []
    if case.relations is not None:
        found = [r.kind for r in report.ratios] + [c.kind for c in report.changes]
        assert Counter(found) == Counter(case.relations)
