"""Golden renderings of one fixed CheckRun; SBEVAL_UPDATE_GOLDEN=1 rewrites them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sbeval.checks import ALL_CHECKS
from sbeval.findings import CheckRun
from sbeval.output import render

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("SBEVAL_UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize(("fmt", "name"), [
    ("json", "run.json"), ("sarif", "run.sarif"), ("text", "run.txt"),
    ("junit", "run.junit.xml"), ("gitlab", "run.gitlab.json"), ("github", "run.github.txt"),
])
def test_golden(run: CheckRun, fmt: str, name: str) -> None:
    rendered = render(fmt, run)
    path = GOLDEN / name
    if UPDATE:
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")
    assert render(fmt, run) == rendered  # deterministic


def test_json_is_the_contract_and_round_trips(run: CheckRun) -> None:
    data = json.loads(render("json", run))
    assert list(data) == ["sbeval", "files", "summary", "lang"]
    finding = data["files"][0]["findings"][0]
    assert list(finding) == ["code", "rule", "kind", "severity", "message", "stated", "expected", "location", "related", "cue"]
    assert list(finding["location"]) == ["page", "block", "table", "row", "column", "line", "sheet", "ref", "excerpt"]
    assert finding["stated"] == {"text": "37977万元", "value": "37977", "unit": "万元"}
    assert data["files"][2] == {"path": "reports/missing.docx", "status": "error",
                                "error": "reports/missing.docx：文件不存在或不是文件", "findings": []}
    assert data["summary"] == {"files": 4, "error": 1, "warning": 1, "note": 1, "unreadable": 1}
    # Templates of the messages are not part of the contract: the round trip keeps everything else.
    assert CheckRun.model_validate(data).model_dump() == run.model_dump()
    assert data["lang"] == "zh"


def test_sarif_rules_and_results(run: CheckRun) -> None:
    log = json.loads(render("sarif", run))
    assert log["version"] == "2.1.0"
    driver = log["runs"][0]["tool"]["driver"]
    assert [r["id"] for r in driver["rules"]] == sorted(c.code for c in ALL_CHECKS)
    assert driver["rules"][0]["shortDescription"]["text"] == "合计数与所列分项之和不符。"
    assert "示例（会报告）：" in driver["rules"][0]["fullDescription"]["text"]
    results = log["runs"][0]["results"]
    # sorted by file, then location (a location without a page sorts first), then code
    assert [(r["ruleId"], r["level"]) for r in results] == [("SB202", "warning"), ("SB101", "error"), ("SB401", "note")]
    rules = driver["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    assert results[1]["properties"]["page"] == 3 and "region" not in results[1]["locations"][0]["physicalLocation"]
    assert results[0]["properties"]["table"] == 1 and results[0]["properties"]["column"] == 4
    assert results[2]["locations"][0]["physicalLocation"]["region"] == {"startLine": 17}
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "reports/missing.docx"}


def test_text_names_codes_severities_and_places(run: CheckRun) -> None:
    text = render("text", run)
    for expected in ("SB101", "错误", "警告", "提示", "第3页 第42段", "表1 第2行第4列", "第17行",
                     "错误：reports/missing.docx：文件不存在或不是文件", "未发现问题。",
                     "共检查4个文件：错误1个，警告1个，提示1个，无法读取1个。"):
        assert expected in text
