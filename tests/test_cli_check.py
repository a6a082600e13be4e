"""`sbeval check` and `sbeval rules` through click's CliRunner: output and exit codes."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from sbeval import runner
from sbeval.checks import ALL_CHECKS
from sbeval.cli import cli
from sbeval.output import FORMATS
from sbeval.schema.document import Location
from sbeval.schema.figures import Figure
from sbeval.schema.relations import RatioRelation, SumRelation, Term
from sbeval.schema.report import Report


def wan(text: str, label: str, line: int = 1) -> Figure:
    value = Decimal(text)
    return Figure(text=f"{text}万元", value=value, decimals=0, unit="万元", base_unit="元", scale=Decimal(10000),
                  label=label, location=Location(file="x", line=line), excerpt=label + text)


def fake_report(path: Path) -> Report:
    """bad.txt: one SB101 error; warn.txt: one truncated share (warning); clean.txt: nothing."""
    report = Report(path=str(path), format="txt")
    if path.name == "bad.txt":
        report.sums.append(SumRelation(kind="sum", label="基金支出", total=wan("37977", "基金支出"), parts=[
            Term(figure=wan(v, k)) for v, k in (("33628", "待遇支出"), ("10", "其他支出"), ("530", "转移支出"))]))
    if path.name == "warn.txt":
        share = Figure(text="66%", value=Decimal(66), decimals=0, unit="%", base_unit="%",
                       location=Location(file="x", line=2))
        people = [Figure(text=f"{n}人", value=Decimal(n), decimals=0, unit="人", base_unit="人", exact=True,
                         label=label, location=Location(file="x", line=2)) for n, label in ((2, "缴费人数"), (3, "参保人数"))]
        # 2 ÷ 3 = 66.67%: 66% is its truncation
        report.ratios.append(RatioRelation(kind="share", label="", result=share,
                                           numerator=people[0], denominator=people[1]))
    return report


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(runner, "extract_report", fake_report)
    for name in ("bad.txt", "warn.txt", "clean.txt"):
        (tmp_path / name).write_text("报告\n", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    return tmp_path


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_clean_file_exits_0(files: Path) -> None:
    result = invoke("check", str(files / "clean.txt"))
    assert result.exit_code == 0
    assert "未发现问题。" in result.output


def test_findings_exit_1_and_name_the_figures(files: Path) -> None:
    result = invoke("check", str(files / "bad.txt"))
    assert result.exit_code == 1
    assert "SB101" in result.output and "第1行" in result.output
    assert "共检查1个文件：错误1个，警告0个，提示0个，无法读取0个。" in result.output


@pytest.mark.parametrize(("fail_on", "code"), [("error", 0), ("warning", 1), ("note", 1), ("never", 0)])
def test_fail_on_threshold(files: Path, fail_on: str, code: int) -> None:
    assert invoke("check", "--fail-on", fail_on, str(files / "warn.txt")).exit_code == code


def test_fail_on_never_still_reports_unreadable(files: Path) -> None:
    assert invoke("check", "--fail-on", "never", str(files / "gone.txt")).exit_code == 2


def test_missing_file_among_good_ones_exits_2_and_prints_the_rest(files: Path) -> None:
    result = invoke("check", "--format", "json", str(files / "bad.txt"), str(files / "gone.txt"))
    assert result.exit_code == 2
    data = json.loads(result.output)
    assert [(f["status"], len(f["findings"])) for f in data["files"]] == [("ok", 1), ("error", 0)]
    assert data["files"][1]["error"].endswith("gone.txt：文件不存在或不是文件")
    assert data["summary"] == {"files": 2, "error": 1, "warning": 0, "note": 0, "unreadable": 1}


def test_reader_failure_becomes_a_chinese_error(files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: Path) -> Report:
        raise ValueError("坏的表格")

    monkeypatch.setattr(runner, "extract_report", broken)
    result = invoke("check", "--format", "json", str(files / "clean.txt"))
    assert result.exit_code == 2
    error = json.loads(result.output)["files"][0]["error"]
    assert "分析时发生内部错误（ValueError: 坏的表格）" in error and "不是文件的问题" in error


def test_directory_is_walked_sorted(files: Path) -> None:
    data = json.loads(invoke("check", "-f", "json", "--fail-on", "never", str(files)).output)
    assert [Path(f["path"]).name for f in data["files"]] == ["bad.txt", "clean.txt", "warn.txt"]


def test_select_and_ignore(files: Path) -> None:
    assert invoke("check", "--ignore", "SB1", str(files / "bad.txt")).exit_code == 0
    assert invoke("check", "--select", "SB2,SB101", str(files / "bad.txt")).exit_code == 1
    result = invoke("check", "--select", "SB0", str(files / "bad.txt"))
    assert result.exit_code == 2 and "没有剩下任何规则" in result.output


def test_output_file_and_sarif(files: Path) -> None:
    out = files / "out.sarif"
    result = invoke("check", "-f", "sarif", "-o", str(out), str(files / "bad.txt"))
    assert result.exit_code == 1 and result.output == ""
    log = json.loads(out.read_text(encoding="utf-8"))
    assert log["runs"][0]["results"][0]["ruleId"] == "SB101"


def test_usage_error_exits_2() -> None:
    assert invoke("check").exit_code == 2
    assert invoke("check", "--format", "xml", "a.txt").exit_code == 2


def test_format_choices_are_the_renderers() -> None:
    from sbeval.cli import check

    choice = next(p for p in check.params if p.name == "formats").type
    assert sorted(choice.choices) == sorted(FORMATS)


def test_rules_catalogue_and_one_rule() -> None:
    listing = invoke("rules")
    assert listing.exit_code == 0
    assert listing.output.splitlines()[0].split()[:2] == ["SB101", "total-not-sum-of-parts"]
    one = invoke("rules", "sb401")
    assert one.exit_code == 0 and "示例（会报告）：" in one.output and "可支付月数" in one.output
    assert "Flags::" not in one.output and "months" not in one.output.split("\n")[2]
    family = invoke("rules", "SB1")
    assert family.exit_code == 0 and [line.split()[0] for line in family.output.splitlines()] == [
        "SB101", "SB102", "SB103", "SB104"]
    tools = json.loads(invoke("rules", "--format", "json").output)
    assert {rule["code"] for rule in tools} == {c.code for c in ALL_CHECKS}
    assert all(rule["status"] in {"stable", "preview"} and rule["examples"] for rule in tools)
    assert invoke("rules", "SB999").exit_code == 2
