"""Fingerprints of findings, shared by SARIF, GitLab and baselines.

A fingerprint is built from the file, the rule, the logical location (the place in the document's
structure: table cell, paragraph or line, not the page, which moves when a PDF is re-laid out) and
the stated value. Line hashes would mean nothing in a .docx or a .pdf.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator

from sbeval.findings import CheckRun, FileResult, Finding, FindingLocation

VERSION = "sbeval/v1"  # the key of SARIF's partialFingerprints; a new recipe gets a new key
_SEPARATOR = "\x1f"


def logical_location(location: FindingLocation) -> str:
    """"表1/第2行/第4列", "第42段", "第17行", or "" when the finding has no place."""
    if location.table is not None:
        parts = [f"表{location.table}"]
        parts += [f"第{location.row}行"] if location.row is not None else []
        parts += [f"第{location.column}列"] if location.column is not None else []
        return "/".join(parts)
    if location.block is not None:
        return f"第{location.block}段"
    return f"第{location.line}行" if location.line is not None else ""


def fingerprint(path: str, finding: Finding) -> str:
    stated = finding.stated
    value = f"{stated.value}{stated.unit or ''}" if stated is not None else finding.message
    key = _SEPARATOR.join((path, finding.code, logical_location(finding.location), value))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def fingerprinted(run: CheckRun) -> Iterator[tuple[FileResult, Finding, str]]:
    """Every finding of ``run`` in order with its fingerprint, unique in the run: a repeat gets "~2", "~3"."""
    seen: Counter[str] = Counter()
    for result in run.files:
        for finding in result.findings:
            base = fingerprint(result.path, finding)
            seen[base] += 1
            yield result, finding, base if seen[base] == 1 else f"{base}~{seen[base]}"


def unreadable_fingerprint(path: str) -> str:
    return hashlib.sha256(_SEPARATOR.join((path, "unreadable")).encode("utf-8")).hexdigest()[:32]
