"""Choosing a reader by content, and every failure as one ReadError."""

from __future__ import annotations

from pathlib import Path

import pytest

import sbeval.parsers.text.reader as text_reader
from sbeval.parsers import InternalError, ReadError
from sbeval.parsers import read
from sbeval.schema.document import Document


def test_reader_bug_becomes_internal_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: Path) -> Document:
        raise ValueError("boom\nsecond line")

    monkeypatch.setattr(text_reader, "read_text", broken)
    path = tmp_path / "report.txt"
    path.write_text("一、概况\n", encoding="utf-8")
    with pytest.raises(InternalError) as info:
        read(path)
    assert "读取时发生内部错误（ValueError: boom second line）" in str(info.value)
    assert "sbeval 自身的错误" in str(info.value)


def test_pdf_saved_as_txt(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n")
    with pytest.raises(ReadError) as info:
        read(path)
    assert info.value.problem == "扩展名为 .txt，但内容是PDF 文档；请改正扩展名"


def test_old_word_named_docx(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"WordDocument" * 10)
    with pytest.raises(ReadError) as info:
        read(path)
    assert "旧版" in info.value.problem and "另存为 .docx" in info.value.problem


def test_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "table.et"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x01" * 100)
    with pytest.raises(ReadError) as info:
        read(path)
    assert "电子表格" in info.value.problem


def test_markdown_and_uppercase_suffix_are_text(tmp_path: Path) -> None:
    for name in ("report.md", "REPORT.TXT"):
        path = tmp_path / name
        path.write_text("# 一、概况\n基金收入175万元。\n", encoding="utf-8")
        document = read(path)
        assert document.format == "txt" and [b.kind for b in document.blocks] == ["heading", "paragraph"]


def test_bom_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf\r\n")
    with pytest.raises(ReadError) as info:
        read(path)
    assert info.value.problem == "文件为空"
