"""A bug of sbeval is reported as sbeval's, never as a damaged file; a library failing on a bad file is the file's."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from click.testing import CliRunner

from sbeval.cli import cli
from sbeval.parsers import InternalError, ReadError, read
from sbeval.parsers.errors import raised_in
from sbeval.parsers.pdf import reader as pdf_reader
from sbeval.parsers.text import reader as text_reader


def _explode(*_: object, **__: object) -> None:
    raise ZeroDivisionError("a bug in page reading")


def test_a_bug_in_pdf_page_reading_is_an_internal_error(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_reader, "read_page", _explode)
    with pytest.raises(InternalError) as caught:
        read(corpus / "seed000.pdf")
    message = str(caught.value)
    assert "ZeroDivisionError" in message and "sbeval 自身的错误" in message
    assert "已损坏" not in message and "重新导出" not in message


def test_a_bug_in_the_text_reader_is_an_internal_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "r.txt"
    path.write_text("基金收入100万元。\n", encoding="utf-8")
    monkeypatch.setattr(text_reader, "decode_text", _explode)
    with pytest.raises(InternalError):
        read(path)


def test_the_cli_reports_an_internal_error_with_exit_2(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_reader, "read_page", _explode)
    result = CliRunner().invoke(cli, ["check", str(corpus / "seed000.pdf"), str(corpus / "seed001.txt")])
    assert result.exit_code == 2
    assert "内部错误（ZeroDivisionError" in result.output and "报告给 sbeval 的维护者" in result.output
    assert "seed001.txt" in result.output  # the batch went on
    assert "Traceback" not in result.output


def test_damaged_pdfs_are_still_the_files_fault(tmp_path: Path, corpus: Path) -> None:
    """Byte flips that pdfminer fails on are ReadError (the file's), never InternalError."""
    original = (corpus / "seed000.pdf").read_bytes()
    outcomes = []
    for seed in range(6):
        rnd = random.Random(seed)
        data = bytearray(original)
        for _ in range(50):
            data[rnd.randrange(len(data))] = rnd.randrange(256)
        path = tmp_path / f"damaged{seed}.pdf"
        path.write_bytes(bytes(data))
        try:
            read(path)
            outcomes.append("read")
        except ReadError as err:
            assert "内部错误" not in str(err)
            outcomes.append("unreadable")
    assert "unreadable" in outcomes


def test_raised_in_looks_at_the_innermost_frame() -> None:
    import json

    try:
        json.loads("{")
    except ValueError as err:
        assert raised_in(err, ["json"]) and not raised_in(err, ["sbeval"])
    try:
        _explode()
    except ZeroDivisionError as err:
        assert not raised_in(err, ["json"])
