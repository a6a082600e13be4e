"""A finding on a prose relation names the words that made the relation (issue 8: precision you can see)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sbeval.checks import run_checks
from sbeval.extract import extract
from sbeval.parsers import read


@pytest.mark.parametrize(("text", "code", "cue"), [
    ("基金支出1000万元，其中：待遇支出700万元，其他支出200万元。", "SB101", "其中"),
    ("项目支出包括：培训费40万元、宣传费30万元、设备购置费20万元，合计95万元。", "SB101", "合计"),
    ("年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的96.20%。", "SB201", "完成年初预算的"),
    ("本年支出8088亿元，比上年增加702亿元，增长12.5%。", "SB302", "比上年…增加…增长"),
    ("该项目预算安排120万元，实际支出135万元，超出预算25万元。", "SB301", "超出"),
])
def test_finding_names_its_cue(tmp_path: Path, text: str, code: str, cue: str) -> None:
    path = tmp_path / "report.txt"
    path.write_text("一、基金收支情况\n" + text + "\n", encoding="utf-8")
    findings = [f for f in run_checks(extract(read(path))) if f.code == code]
    assert findings, text
    assert findings[0].cue == cue


def test_table_and_document_findings_carry_no_prose_cue(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text("一、评价结论\n经评价，项目决策18分，项目过程19分，项目产出38分，项目效益22分，总得分95分。\n",
                    encoding="utf-8")
    findings = run_checks(extract(read(path)))
    assert [f.code for f in findings] == ["SB601"] and findings[0].cue is None
