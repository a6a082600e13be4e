"""The PDFium path reads what the pdfplumber path reads, and hands pdfplumber the pages it cannot serve."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from built import serialise

from sbeval.parsers.pdf import reader as pdf_reader
from sbeval.parsers.pdf.pdfium import FastPage
from sbeval.schema.document import Document

_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Document, Document]:
    monkeypatch.setattr(pdf_reader, "FAST", False)
    old = pdf_reader.read_pdf(path)
    monkeypatch.setattr(pdf_reader, "FAST", True)
    return old, pdf_reader.read_pdf(path)


def _texts(document: Document) -> list[Any]:
    """Every block's text, a table as its cells' texts with their places and spans."""
    out: list[Any] = []
    for block in document.blocks:
        if block.kind == "table":
            out.append([(c.row, c.col, c.row_span, c.col_span, c.text) for c in block.cells])
        else:
            out.append((block.kind, block.text, block.location.page))
    return out


def _sources(monkeypatch: pytest.MonkeyPatch) -> list[type]:
    seen: list[type] = []
    original = pdf_reader.read_page

    def recording(page, number):  # type: ignore[no-untyped-def]
        seen.append(type(page))
        return original(page, number)

    monkeypatch.setattr(pdf_reader, "read_page", recording)
    return seen


@pytest.mark.parametrize("name", ["seed000.pdf", "seed001.pdf", "seed002.pdf", "seed003.pdf", "seed004.pdf",
                                  "real/pdf/putuo-dept-budget-2026.pdf"])
def test_pdfium_reads_every_page_as_pdfplumber_does(name: str, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old, new = _both(corpus / name, monkeypatch)
    assert _texts(new) == _texts(old)
    assert [h.text for h in new.headers] == [h.text for h in old.headers]
    assert [f.text for f in new.footers] == [f.text for f in old.footers]


def test_born_digital_pages_are_all_served_by_pdfium(corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _sources(monkeypatch)
    pdf_reader.read_pdf(corpus / "seed001.pdf")
    assert seen and set(seen) == {FastPage}


def _page(content: bytes, extra: bytes = b"") -> bytes:
    stream = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)
    return serialise([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        _FONT,
        stream,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] %s/Contents 4 0 R "
        b"/Resources << /Font << /F1 3 0 R >> >> >>" % extra,
    ])


def test_a_rotated_page_is_read_by_pdfplumber(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "rotated.pdf"
    path.write_bytes(_page(b"BT /F1 12 Tf 72 720 Td (Income 100) Tj ET", b"/Rotate 90 "))
    seen = _sources(monkeypatch)
    pdf_reader.read_pdf(path)
    assert seen == [pdf_reader.Page]


def test_turned_glyphs_are_read_by_pdfplumber(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "turned.pdf"
    path.write_bytes(_page(b"BT /F1 12 Tf 0 1 -1 0 300 400 Tm (Income 100) Tj ET"))
    seen = _sources(monkeypatch)
    pdf_reader.read_pdf(path)
    assert seen == [pdf_reader.Page]


def test_ruled_table_from_path_objects(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 2×2 table drawn with ``re`` (stroked) and ``m l`` lines: the same cells on both paths."""
    grid = b"0.5 w 72 600 200 100 re S 172 600 m 172 700 l S 72 650 m 272 650 l S "
    text = b"BT /F1 12 Tf 80 670 Td (Item) Tj ET BT /F1 12 Tf 180 670 Td (Amount) Tj ET " \
           b"BT /F1 12 Tf 80 620 Td (Fund) Tj ET BT /F1 12 Tf 180 620 Td (100.00) Tj ET"
    path = tmp_path / "table.pdf"
    path.write_bytes(_page(grid + text))
    old, new = _both(path, monkeypatch)
    assert _texts(new) == _texts(old)
    table = next(b for b in new.blocks if b.kind == "table")
    assert [c.text for c in table.cells] == ["Item", "Amount", "Fund", "100.00"]
