"""`sbeval parse`: JSON on success; one Chinese line on stderr and exit 2 for every bad input."""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from sbeval.cli import cli

def run_parse(path: Path) -> tuple[int, bytes, str]:
    try:
        runner = CliRunner(mix_stderr=False)  # click 8.1; stderr is always apart from 8.2 on
    except TypeError:
        runner = CliRunner()
    result = runner.invoke(cli, ["parse", str(path)])
    return result.exit_code, result.stdout_bytes, result.stderr


def assert_bad_input(path: Path, *problems: str) -> str:
    code, out, err = run_parse(path)
    assert code == 2
    assert out == b""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"错误：{path}：")
    assert "Traceback" not in err
    for problem in problems:
        assert problem in lines[0]
    return lines[0]


def docx_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def test_seed000_parses_to_json(corpus: Path) -> None:
    code, out, err = run_parse(corpus / "seed000.txt")
    assert code == 0, err
    payload = json.loads(out)
    document = payload["document"]
    assert document["format"] == "txt"
    kinds = [b["kind"] for b in document["blocks"]]
    assert kinds.count("table") == 1 and kinds.count("heading") >= 10
    cells = [c["text"] for b in document["blocks"] if b["kind"] == "table" for c in b["cells"]]
    assert "7973人" in cells
    report = payload["report"]
    incomes = [s for s in report["sums"] if s["total"]["value"] == "419.93"]
    assert incomes and all(s["kind"] == "sum" for s in incomes)


def test_output_is_byte_identical_across_runs(corpus: Path) -> None:
    path = corpus / "seed004.txt"
    assert run_parse(path)[1] == run_parse(path)[1]


def test_missing_file(tmp_path: Path) -> None:
    assert_bad_input(tmp_path / "缺失的报告.docx", "文件不存在")


def test_directory(tmp_path: Path) -> None:
    assert_bad_input(tmp_path, "文件夹")


@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_old_word_formats(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"report{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8)
    line = assert_bad_input(path, suffix, "另存为 .docx")
    assert "Word 或 WPS" in line


def test_encrypted_office_file(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le"))
    assert_bad_input(path, "密码")


@pytest.mark.parametrize("suffix", [".pptx", ".png", ".zip"])
def test_unsupported_type(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"table{suffix}"
    path.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    assert_bad_input(path, f"不支持的文件类型 {suffix}", ".docx、.pdf、.xlsx、.txt、.md")


def test_an_empty_zip_named_xlsx_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "table.xlsx"
    path.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    assert_bad_input(path, "不是有效的Excel 表格（.xlsx）")


@pytest.mark.parametrize("data", [b"", b" \r\n\t\n"])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    assert_bad_input(path, "文件为空")


def test_pdf_saved_as_docx(tmp_path: Path, corpus: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes((corpus / "seed000.pdf").read_bytes())
    assert_bad_input(path, "扩展名为 .docx", "PDF 文档", "请改正扩展名")


def test_docx_saved_as_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(docx_bytes())
    assert_bad_input(path, "扩展名为 .pdf", "Word 文档（.docx）", "请改正扩展名")


def test_text_saved_as_docx(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_text("一、基金收支情况\n", encoding="utf-8")
    assert_bad_input(path, "扩展名为 .docx", "纯文本")


def test_truncated_docx(tmp_path: Path, corpus: Path) -> None:
    data = (corpus / "seed000.docx").read_bytes()
    path = tmp_path / "truncated.docx"
    path.write_bytes(data[: len(data) // 2])
    assert_bad_input(path, "损坏")


def test_truncated_pdf(tmp_path: Path, corpus: Path) -> None:
    data = (corpus / "seed000.pdf").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 2])
    assert_bad_input(path, "不完整")


def test_corrupt_pdf_body(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.pdf"
    path.write_bytes(b"%PDF-1.7\n" + random.Random(1).randbytes(4000) + b"\n%%EOF\n")
    assert_bad_input(path)


def test_random_bytes_as_txt(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(random.Random(0).randbytes(3000))
    assert_bad_input(path, "文本")
