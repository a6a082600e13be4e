"""Scanned pages: an image-only PDF built from a seed's rendered pages is read by OCR (sbeval[ocr]) into the
same paragraphs and findings as the seed's text layer, each marked with its confidence; without the extra
a scan stays unreadable and the message names the extra."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from click.testing import CliRunner

from sbeval.cli import cli
from sbeval.parsers import read
from sbeval.parsers.errors import ReadError
from sbeval.parsers.pdf import ocr
from sbeval.schema.document import Paragraph

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seed001.pdf"
PAGES = (2, 3)  # 0-based: the seed's pages 3 and 4, prose on four funds
needs_ocr = pytest.mark.skipif(not ocr.available(), reason="the OCR extra (sbeval[ocr]) is not installed")


def _image_only(path: Path, pages: tuple[int, ...], blank: bool = False) -> Path:
    """A PDF whose pages are pictures of the seed's pages (or white ones): no text layer at all."""
    source = pdfium.PdfDocument(str(SEED))
    out = pdfium.PdfDocument.new()
    for index in pages:
        width, height = source[index].get_size()
        bitmap = source[index].render(scale=2.0)
        picture = bitmap.to_pil()
        if blank:
            picture.paste((255, 255, 255), (0, 0, *picture.size))
        page = out.new_page(width, height)
        image = pdfium.PdfImage.new(out)
        image.set_bitmap(pdfium.PdfBitmap.from_pil(picture))
        image.set_matrix(pdfium.PdfMatrix().scale(width, height))
        page.insert_obj(image)
        page.gen_content()
    out.save(str(path))
    return path


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _image_only(tmp_path_factory.mktemp("scan") / "scan.pdf", PAGES)


def _findings(path: Path) -> list[dict]:
    result = CliRunner().invoke(cli, ["check", "-q", "--format", "json", str(path)])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["files"][0]["findings"]


@needs_ocr
def test_a_scanned_page_becomes_whole_paragraphs_with_their_numbers(scan: Path) -> None:
    document = read(scan)
    texts = [b.text for b in document.blocks if isinstance(b, Paragraph)]
    assert any(t.startswith("基金支出1751万元，完成预算89%，较上年增长4%。其中：待遇支出1734万元，完成预算89%")
               for t in texts), texts
    assert any("年末滚存结余10720万元（其中：基础养老金结余783万元，个人账户结余9937万元）" in t for t in texts), texts
    confidences = [b.location.ocr for b in document.blocks]
    assert all(c is not None and 0 < c <= 1 for c in confidences)
    assert any("OCR" in w and "1、2" in w for w in document.warnings), document.warnings


@needs_ocr
def test_findings_on_a_scan_are_those_of_the_text_layer_at_most_warnings(scan: Path) -> None:
    on_scan = _findings(scan)
    layer = [f for f in _findings(SEED) if f["location"].get("page") in (3, 4) and f["code"] != "SB907"]
    assert sorted(f["code"] for f in on_scan) == sorted(f["code"] for f in layer)
    assert [f["stated"]["text"] for f in on_scan] == [f["stated"]["text"] for f in layer]
    assert all(f["severity"] != "error" for f in on_scan)
    assert all("OCR" in f["message"] and "置信度" in f["message"] for f in on_scan)
    assert all(0 < float(f["location"]["ocr"]) <= 1 for f in on_scan)


@needs_ocr
def test_a_scan_with_nothing_legible_is_unreadable(tmp_path: Path) -> None:
    blank = _image_only(tmp_path / "white.pdf", (0,), blank=True)
    with pytest.raises(ReadError, match="没有文本层"):
        read(blank)


def test_without_the_extra_a_scan_names_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "available", lambda: False)
    path = _image_only(tmp_path / "scan.pdf", (2,))
    with pytest.raises(ReadError, match=r"sbeval\[ocr\]"):
        read(path)


def test_a_line_is_spread_over_its_box_by_character_widths() -> None:
    box = [[0.0, 0.0], [60.0, 0.0], [60.0, 24.0], [0.0, 24.0]]
    chars = ocr._line_chars(box, "收入12万", 0.9, 2.0, 100.0, body=12.0)
    assert [c["text"] for c in chars] == list("收入12万")
    assert [round(c["x1"] - c["x0"], 3) for c in chars] == [7.5, 7.5, 3.75, 3.75, 7.5]
    assert chars[0]["x0"] == 0 and chars[-1]["x1"] == 30
    assert {c["ocr"] for c in chars} == {0.9} and {c["size"] for c in chars} == {12.0}
    assert chars[0]["doctop"] == 100.0
