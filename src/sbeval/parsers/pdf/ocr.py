"""Pages without a text layer read by OCR (the optional extra ``sbeval[ocr]``: rapidocr_onnxruntime, whose
PP-OCR models ship inside the wheel, so nothing is downloaded at run time).

The page is rendered with PDFium and each recognised text line becomes characters in pdfplumber's shape,
spread over the line's box by their widths (a CJK glyph one em, a digit or Latin letter half), so that the
lines and paragraphs are rebuilt by the same code as a born-digital page. Every character carries the
confidence of its line (``ocr``), which the paragraphs and their figures keep in their locations.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from functools import cache
from typing import Any

import pypdfium2 as pdfium

from sbeval.parsers.pdf.pdfium import FastPage
from sbeval.parsers.pdf.tables import Char

EXTRA = "sbeval[ocr]"
SCALE = 2.0  # 144 dpi: 3–5 s a page on 2 cores, and the confidences of 200 dpi on 小四 body text
MAX_PIXELS = 25_000_000  # a rendered page beyond this (a poster-sized page) is read at a lower scale


def available() -> bool:
    """Whether the OCR extra is installed."""
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


@cache
def _engine() -> Any:
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def read_scanned(document: pdfium.PdfDocument, index: int, width: float, height: float, doctop: float) -> FastPage:
    """Page ``index`` (``width`` × ``height`` points) as the characters OCR reads on its rendering."""
    scale = min(SCALE, (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
    page = document[index]
    try:
        image = page.render(scale=scale).to_numpy()
    finally:
        page.close()
    found, _ = _engine()(image)
    body = _body_height([box for box, _, _ in found or []], scale)
    chars: list[Char] = []
    for box, text, confidence in found or []:
        chars += _line_chars(box, str(text), float(confidence), scale, doctop, body)
    return FastPage(width=width, height=height, chars=chars, edges=[], images=[])


def _body_height(boxes: list[list[list[float]]], scale: float) -> float:
    """The median height of the recognised lines: the body text's size."""
    heights = sorted((max(p[1] for p in box) - min(p[1] for p in box)) / scale for box in boxes)
    return heights[len(heights) // 2] if heights else 0.0


def _line_chars(box: list[list[float]], text: str, confidence: float, scale: float, doctop: float,
                body: float) -> list[Char]:
    """The characters of one recognised line, spread over its box by their widths; a line whose box is
    within a fifth of the body height is body text (OCR boxes vary by a point or two where type does not)."""
    x0 = min(point[0] for point in box) / scale
    x1 = max(point[0] for point in box) / scale
    top = min(point[1] for point in box) / scale
    bottom = max(point[1] for point in box) / scale
    text = text.strip()
    weights = [_width(char) for char in text]
    if not text or x1 <= x0:
        return []
    unit = (x1 - x0) / sum(weights)
    size = body if abs((bottom - top) - body) <= 0.2 * body else bottom - top
    chars: list[Char] = []
    at = x0
    for char, weight in zip(text, weights):
        end = at + weight * unit
        chars.append({"text": char, "x0": at, "x1": end, "top": top, "bottom": bottom, "doctop": doctop + top,
                      "size": size, "baseline": bottom, "fontname": "OCR", "upright": True, "ocr": confidence})
        at = end
    return chars


def _width(char: str) -> float:
    return 1.0 if unicodedata.east_asian_width(char) in ("W", "F") else 0.5
