"""PDF limits counted from what the file holds, not what it claims, and checked before the expensive work."""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from built import pdf

from sbeval.parsers import ReadError
from sbeval.parsers.bounds import DEFAULT, Limits, limited
from sbeval.parsers.pdf import limits
from sbeval.parsers.pdf import reader as pdf_reader
from sbeval.parsers.pdf.reader import read_pdf


def _write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "built.pdf"
    path.write_bytes(data)
    return path


def _refused(path: Path, *words: str) -> None:
    with pytest.raises(ReadError) as caught:
        read_pdf(path)
    assert all(word in caught.value.problem for word in words), caught.value.problem


def test_a_count_claiming_more_pages_than_held_is_read(tmp_path: Path) -> None:
    document = read_pdf(_write(tmp_path, pdf(12, count=30_000)))
    assert document.pages == 12
    assert "Page 12:" in " ".join(b.text for b in document.blocks if b.kind != "table")


def test_a_count_claiming_fewer_pages_than_held_is_refused_before_any_page_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_reader, "read_page", lambda *a: pytest.fail("a page was read before the limit check"))
    _refused(_write(tmp_path, pdf(DEFAULT.pages + 100, count=12)), f"超过上限 {DEFAULT.pages} 页")


def test_a_stream_inflating_past_the_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_STREAM_BYTES", 1024 * 1024)
    bomb = b"BT /F1 12 Tf 72 720 Td (x) Tj ET" + b" " * (4 * 1024 * 1024)
    _refused(_write(tmp_path, pdf(1, content=bomb, flate=True)), "解压后过大")


def test_the_streams_of_one_file_share_one_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, pdf(8, flate=True))
    assert read_pdf(path).pages == 8
    monkeypatch.setattr(limits, "MAX_INFLATED_BYTES", 150)  # each page's stream is about 40 bytes
    _refused(path, "解压后过大")


def test_a_page_with_too_much_content_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_PAGE_CONTENT_BYTES", 1000)
    _refused(_write(tmp_path, pdf(1, content=b"BT /F1 12 Tf 72 720 Td (x) Tj ET" + b" " * 2000)), "第 1 页", "过大")


def test_a_page_with_too_many_characters_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, pdf(2, text="more than ten characters"))
    with limited(Limits(page_chars=10)):
        _refused(path, "第 1 页", "字符", "--limit page-chars=")
    with limited(Limits(page_chars=100)):
        assert read_pdf(path).pages == 2


def test_bounded_inflation_keeps_pdfminer_semantics() -> None:
    data = b"income and spending " * 1000
    packed = zlib.compress(data)
    assert limits._decompress(packed) == data
    damaged = packed[:-2] + bytes([packed[-2] ^ 0xFF, packed[-1] ^ 0xFF])  # a bad checksum only
    with pytest.raises(zlib.error):
        limits._decompress(damaged)
    assert limits._decompress_corrupted(damaged) == data
    with pytest.raises(zlib.error):
        limits._decompress(packed[: len(packed) // 2])
    assert data.startswith(limits._decompress_corrupted(packed[: len(packed) // 2]))
    with pytest.raises(zlib.error):
        limits._decompress_corrupted(b"\x78\x9c" + b"\xff" * 100)  # damage long before the checksum
