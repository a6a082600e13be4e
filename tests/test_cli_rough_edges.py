"""What a new user meets first: outputs to missing folders, no inputs, the terminal width, parse -o."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sbeval.cli import cli
from sbeval.output.wrap import wrap

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "sample01_county_funds.txt"


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_output_to_a_missing_folder_is_one_chinese_line_exit_2(tmp_path: Path) -> None:
    result = invoke("check", str(SAMPLE), "-o", str(tmp_path / "nope" / "x.json"))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.stderr.splitlines() == [f"错误：无法写入 {tmp_path / 'nope' / 'x.json'}：文件夹 {tmp_path / 'nope'} 不存在。"]


def test_parse_output_to_a_missing_folder(tmp_path: Path) -> None:
    result = invoke("parse", str(SAMPLE), "-o", str(tmp_path / "nope" / "x.json"))
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1


def test_a_folder_without_reports_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("说明", encoding="utf-8")
    (tmp_path / "~$draft.docx").write_bytes(b"lock")
    result = invoke("check", str(tmp_path))
    assert result.exit_code == 2
    assert "没有找到报告" in result.stderr and str(tmp_path) in result.stderr


def test_no_paths_is_exit_2_with_a_chinese_message() -> None:
    result = invoke("check")
    assert result.exit_code == 2 and result.stderr.startswith("错误：请给出")


def test_wrap_never_splits_a_number_from_its_unit() -> None:
    message = "基金支出37977万元，但所列分项之和为34168万元（待遇支出33628.25万元＋其他支出10万元），增长3.88%。"
    for width in range(8, 40):
        lines = wrap(message, width)
        assert "".join(lines) == message
        for figure in ("37977万元，", "34168万元", "33628.25万元", "3.88%。"):
            assert any(figure in line for line in lines), (width, lines)


def test_parse_writes_a_file_without_null_fields(tmp_path: Path) -> None:
    out = tmp_path / "doc.json"
    result = invoke("parse", str(SAMPLE), "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    text = out.read_text(encoding="utf-8")
    assert "null" not in text
    data = json.loads(text)
    assert data["document"]["blocks"][0]["location"]["line"] == 1
