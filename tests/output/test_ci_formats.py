"""JUnit, GitLab Code Quality and GitHub workflow commands, and the fingerprints they share with SARIF."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from sbeval.checks import ALL_CHECKS
from sbeval.cli import cli
from sbeval.findings import CheckRun, FileResult, FindingLocation, Stated
from sbeval.output import render
from sbeval.output.fingerprints import fingerprint, logical_location
from sbeval.output.github import command, escape_data, escape_property, step_summary

GOLDEN = Path(__file__).parent / "golden"
SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "sample01_county_funds.txt"


def test_step_summary_golden(run: CheckRun) -> None:
    assert step_summary(run) == (GOLDEN / "run.step-summary.md").read_text(encoding="utf-8")


def test_junit_one_suite_per_report_one_case_per_rule(run: CheckRun) -> None:
    root = ET.fromstring(render("junit", run))
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [f.path for f in run.files]
    first = suites[0]
    assert len(first.findall("testcase")) == len(ALL_CHECKS) == int(first.get("tests", ""))
    failing = {case.get("name", "").split()[0]: case.find("failure") for case in first if case.find("failure") is not None}
    assert set(failing) == {"SB101", "SB202"} and first.get("failures") == "2"
    assert "表1 第2行第4列" in (failing["SB202"].text or "") and failing["SB202"].get("type") == "SB202"
    unreadable = suites[2].find("testcase/error")
    assert unreadable is not None and unreadable.get("message") == run.files[2].error
    readable = sum(f.error is None for f in run.files)
    assert (root.get("tests"), root.get("failures"), root.get("errors")) == (str(readable * len(ALL_CHECKS) + 1), "3", "1")


def test_junit_cases_are_the_rules_that_ran(run: CheckRun) -> None:
    narrowed = run.model_copy(update={"rules": ["SB101", "SB401"]})
    root = ET.fromstring(render("junit", narrowed))
    names = [[c.get("name", "").split()[0] for c in s.findall("testcase")] for s in root.findall("testsuite")]
    assert names == [["SB101", "SB401", "SB202"], ["SB101", "SB401"], ["读取报告"], ["SB101", "SB401"]]


def test_gitlab_code_quality_fields_and_unique_fingerprints(run: CheckRun) -> None:
    twice = run.model_copy(update={"files": [run.files[0], run.files[0].model_copy(), *run.files[1:]]})
    issues = json.loads(render("gitlab", twice))
    assert all(set(i) == {"description", "check_name", "fingerprint", "severity", "location"} for i in issues)
    prints = [i["fingerprint"] for i in issues]
    assert len(prints) == len(set(prints)) == 6  # the repeated file's findings get their own
    assert [i["severity"] for i in issues] == ["major", "minor", "major", "minor", "info", "critical"]
    assert issues[4]["location"] == {"path": "reports/seed002.txt", "lines": {"begin": 17}}
    assert "表1 第2行第4列" in issues[1]["description"]


def test_sarif_partial_fingerprints_are_the_gitlab_ones(run: CheckRun) -> None:
    gitlab = {i["fingerprint"] for i in json.loads(render("gitlab", run)) if i["check_name"].startswith("SB")}
    results = json.loads(render("sarif", run))["runs"][0]["results"]
    assert {r["partialFingerprints"]["sbeval/v1"] for r in results} == gitlab
    cell = results[0]["locations"][0]["logicalLocations"]
    assert cell == [{"fullyQualifiedName": "表1/第2行/第4列", "kind": "element"}]


def test_a_fingerprint_survives_a_new_page_but_not_a_new_value(run: CheckRun) -> None:
    finding = run.files[0].findings[0]
    moved = finding.model_copy(update={"location": FindingLocation(page=4, block=42)})
    changed = finding.model_copy(update={"stated": Stated(text="37978万元", value="37978", unit="万元")})
    assert fingerprint("a.pdf", moved) == fingerprint("a.pdf", finding)
    assert fingerprint("a.pdf", changed) != fingerprint("a.pdf", finding)
    assert fingerprint("b.pdf", finding) != fingerprint("a.pdf", finding)
    assert logical_location(FindingLocation(line=17)) == "第17行" and logical_location(FindingLocation()) == ""


def test_github_escaping() -> None:
    assert escape_data("50%\r\n下一行") == "50%25%0D%0A下一行"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    line = command("error", "增长3%：\n见表1", file="报告,2023:终稿.docx", line=3, title="SB302 a,b")
    assert line == "::error file=报告%2C2023%3A终稿.docx,line=3,title=SB302 a%2Cb::增长3%25：%0A见表1"


def test_github_annotations_name_file_level_and_line(run: CheckRun) -> None:
    lines = render("github", run).splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::warning", "::notice", "::error"]
    assert lines[2].startswith("::notice file=reports/seed002.txt,line=17,title=SB401 ")
    assert "::" not in lines[0].split("::", 2)[2]


def test_several_formats_at_once_and_the_step_summary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("前一步\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    sarif, junit = tmp_path / "out.sarif", tmp_path / "out.xml"
    result = CliRunner().invoke(cli, ["check", str(SAMPLE), "-f", "github", "-o", f"sarif={sarif}",
                                      "-o", f"junit={junit}", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("::") and all(line.startswith("::") for line in result.stdout.splitlines())
    assert json.loads(sarif.read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert ET.parse(junit).getroot().tag == "testsuites"
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("前一步\n## sbeval") and "| 文件 | 位置 | 规则 | 级别 | 说明 |" in text


def test_one_plain_output_needs_one_format(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(SAMPLE), "-f", "text", "-f", "json", "-o", str(tmp_path / "x")])
    assert result.exit_code == 2 and "格式=文件" in result.stderr


def test_empty_results_render(tmp_path: Path) -> None:
    empty = CheckRun(sbeval="0.1.0", files=[FileResult(path="a.txt", status="ok")])
    assert json.loads(render("gitlab", empty)) == []
    assert render("github", empty) == ""
    assert ET.fromstring(render("junit", empty)).get("failures") == "0"
