"""GitLab Code Quality JSON: one issue per finding and per unreadable report, with a unique fingerprint.

GitLab shows ``description`` and ``location.path``/``lines.begin``; a .docx or .pdf has no lines, so
the place in the report (第3页 第42段, 表1 第2行第4列) is in the description and ``begin`` is the
text line when there is one, else 1.
"""

from __future__ import annotations

import json
from typing import Any

from sbeval.findings import CheckRun, Finding, Severity
from sbeval.output.fingerprints import fingerprinted, unreadable_fingerprint
from sbeval.messages import Lang, say
from sbeval.output.locations import describe

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.NOTE: "info"}
UNREADABLE = "sbeval-unreadable"


def _issue(path: str, finding: Finding, fingerprint: str, lang: Lang) -> dict[str, Any]:
    place = describe(finding.location, lang)
    return {
        "description": f"{finding.code} {say('ui.at', lang, message=finding.message, place=place)}",
        "check_name": finding.code,
        "fingerprint": fingerprint,
        "severity": SEVERITIES[finding.severity],
        "location": {"path": path, "lines": {"begin": finding.location.line or 1}},
    }


def render(run: CheckRun) -> str:
    issues = [_issue(result.path, finding, fp, run.lang) for result, finding, fp in fingerprinted(run)]
    issues += [
        {"description": result.error or "无法读取", "check_name": UNREADABLE,
         "fingerprint": unreadable_fingerprint(result.path), "severity": "critical",
         "location": {"path": result.path, "lines": {"begin": 1}}}
        for result in run.files if result.status == "error"
    ]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
