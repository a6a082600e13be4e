"""JUnit XML for CI test reports (GitLab, Jenkins): a testsuite per report, a testcase per rule that ran.

A rule with findings in a report is a failing testcase that carries them; an unreadable report is a
testsuite with one erroring testcase. No timings, so that the same run gives the same bytes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from sbeval.checks.registry import ALL_CHECKS
from sbeval.findings import CheckRun, FileResult, Finding
from sbeval.output.locations import SEVERITY_NAMES, describe

_NAMES = {c.code: c.name for c in ALL_CHECKS}
READ_CASE = "读取报告"


def finding_line(finding: Finding) -> str:
    return f"[{SEVERITY_NAMES[finding.severity.value]}] {describe(finding.location)}：{finding.message}"


def _case(suite: ET.Element, result: FileResult, code: str, findings: list[Finding]) -> None:
    case = ET.SubElement(suite, "testcase", name=f"{code} {_NAMES.get(code, '')}".strip(), classname=result.path)
    if findings:
        message = findings[0].message if len(findings) == 1 else f"{len(findings)}个问题"
        failure = ET.SubElement(case, "failure", message=message, type=code)
        failure.text = "\n".join(finding_line(f) for f in findings)


def _suite(root: ET.Element, result: FileResult, codes: list[str]) -> tuple[int, int, int]:
    suite = ET.SubElement(root, "testsuite", name=result.path)
    if result.status == "error":
        case = ET.SubElement(suite, "testcase", name=READ_CASE, classname=result.path)
        ET.SubElement(case, "error", message=result.error or "无法读取", type="unreadable")
        counts = (1, 0, 1)
    else:
        ran = list(dict.fromkeys(codes + [f.code for f in result.findings]))
        for code in ran:
            _case(suite, result, code, [f for f in result.findings if f.code == code])
        counts = (len(ran), len({f.code for f in result.findings}), 0)
    suite.set("tests", str(counts[0]))
    suite.set("failures", str(counts[1]))
    suite.set("errors", str(counts[2]))
    return counts


def render(run: CheckRun) -> str:
    codes = run.rules or [c.code for c in ALL_CHECKS]
    root = ET.Element("testsuites", name="sbeval")
    totals = [_suite(root, result, codes) for result in run.files]
    for index, name in enumerate(("tests", "failures", "errors")):
        root.set(name, str(sum(t[index] for t in totals)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
