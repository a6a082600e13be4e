"""A page's characters and ruling lines from PDFium (pypdfium2): what pdfplumber gives, without pdfminer's
interpreter, which is nine tenths of the cost of reading a PDF.

The characters come as pdfplumber's char dicts (same coordinates, top-down from the MediaBox) with their
baseline taken from the glyph origin; the ruling lines as pdfplumber's edges, built from the painted path
objects the way pdfminer classifies a path (line, rectangle, polyline). A page whose text PDFium would
not give as pdfminer does (rotated, offset boxes, turned glyphs, unmapped codes) is ``None``: the reader
reads that page with pdfplumber instead.
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from sbeval.parsers.pdf.tables import Char

Edge = dict[str, Any]
Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]

_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_UNMAPPED = {0, 0xFFFE, 0xFFFF, 0xFFFD}
_BOX_SLACK = 0.01
SPACE_WIDTH = 0.25  # a space's advance in ems, where nothing after it says how wide it was  # PDFium and pdfminer agree on page boxes to float32 precision


@dataclass
class FastPage:
    """One page as pdfplumber's ``Page`` presents it to ``read_page``: chars, edges, size, images."""

    width: float
    height: float
    chars: list[Char]
    edges: list[Edge]
    images: list[int] = field(default_factory=list)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (0.0, 0.0, self.width, self.height)

    def find_tables(self) -> list[Any]:
        """pdfplumber's own table finder (ruling lines only) on this page's edges."""
        if not self.edges:
            return []
        from pdfplumber.table import TableFinder  # only pages with ruling lines pay for it

        return list(TableFinder(self).tables)  # type: ignore[arg-type]

    def close(self) -> None:
        """Nothing to drop: PDFium's page is closed once read."""


def open_document(path: Path) -> pdfium.PdfDocument | None:
    """The document as PDFium reads it, or None when PDFium cannot open it (pdfplumber then reads it)."""
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return None


def read_fast(document: pdfium.PdfDocument, index: int, width: float, height: float, doctop: float) -> FastPage | None:
    """Page ``index`` of ``document`` (whose pdfplumber size is ``width`` × ``height``), or None when PDFium's
    view of it could differ from pdfminer's."""
    page = document[index]
    try:
        if page.get_rotation() % 360 or not _same_boxes(page, width, height):
            return None
        textpage = page.get_textpage()
        try:
            read = _chars(textpage, height, doctop)
        finally:
            textpage.close()
        if read is None:
            return None
        chars, seen = read
        edges: dict[str, list[Edge]] = {"line_edge": [], "rect_edge": [], "curve_edge": []}
        images: list[int] = []
        texts: list[tuple[int, Matrix, float]] = []
        _walk(page, height, doctop, edges, images, texts)
        chars = _with_spaces(chars, [(m, size) for key, m, size in texts if key not in seen], height, doctop)
        ordered = edges["line_edge"] + edges["rect_edge"] + edges["curve_edge"]  # pdfplumber's order
        return FastPage(width=width, height=height, chars=chars, edges=ordered, images=images)
    finally:
        page.close()


def _same_boxes(page: pdfium.PdfPage, width: float, height: float) -> bool:
    left, bottom, right, top = page.get_mediabox()
    if abs(left) > _BOX_SLACK or abs(bottom) > _BOX_SLACK:
        return False
    if abs(right - width) > _BOX_SLACK or abs(top - height) > _BOX_SLACK:
        return False
    return tuple(page.get_cropbox()) == (left, bottom, right, top)


def _chars(textpage: pdfium.PdfTextPage, height: float, doctop: float) -> tuple[list[Char], set[int]] | None:
    """The page's own characters (not the spaces and line breaks PDFium adds) as pdfplumber char dicts,
    and the text objects they come from."""
    handle = textpage.raw
    box = raw.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    styles: dict[int, tuple[str, float]] = {}  # per text object: font name, size on the page
    chars: list[Char] = []
    objects: list[int] = []  # each char's text object
    handles: dict[int, Any] = {}
    for i in range(raw.FPDFText_CountChars(handle)):
        if raw.FPDFText_IsGenerated(handle, i):
            continue
        code = raw.FPDFText_GetUnicode(handle, i)
        if code in _UNMAPPED or code < 0x20 or 0xD800 <= code <= 0xDFFF or raw.FPDFText_HasUnicodeMapError(handle, i):
            return None
        textobj = raw.FPDFText_GetTextObject(handle, i)
        key = ctypes.c_void_p.from_buffer(textobj).value or 0
        style = styles.get(key)
        if style is None:
            style = _style(handle, i)
            if style is None:
                return None
            styles[key], handles[key] = style, textobj
        raw.FPDFText_GetLooseCharBox(handle, i, box)
        raw.FPDFText_GetCharOrigin(handle, i, ox, oy)
        top, bottom = height - box.top, height - box.bottom
        chars.append({
            "text": chr(code), "fontname": style[0], "size": style[1], "upright": True,
            "x0": box.left, "x1": box.right, "top": top, "bottom": bottom, "doctop": doctop + top,
            "baseline": height - oy.value,
        })
        objects.append(key)
    return _with_trailing_spaces(chars, objects, handles), set(styles)


def _style(handle: Any, index: int) -> tuple[str, float] | None:
    """Font name and size on the page of the text object holding char ``index``; None when its glyphs
    are turned, mirrored or vertical (pdfminer's boxes differ)."""
    matrix = raw.FS_MATRIX()
    raw.FPDFText_GetMatrix(handle, index, matrix)
    if abs(matrix.b) > 1e-6 or abs(matrix.c) > 1e-6 or matrix.a <= 0 or matrix.d <= 0:
        return None
    name, flags = ctypes.create_string_buffer(128), ctypes.c_int()
    raw.FPDFText_GetFontInfo(handle, index, name, len(name), flags)
    return name.value.decode("utf-8", "replace"), raw.FPDFText_GetFontSize(handle, index) * matrix.d


def _with_trailing_spaces(chars: list[Char], objects: list[int], handles: dict[int, Any]) -> list[Char]:
    """The spaces that end a line, as many as the file typed: PDFium keeps one of a run, and typed
    spaces can carry a line to the margin (where its paragraph goes on)."""
    out: list[Char] = []
    left, bottom, right, top = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    for i, char in enumerate(chars):
        out.append(char)
        last_of_object = i + 1 == len(chars) or objects[i + 1] != objects[i]
        width = char["x1"] - char["x0"]
        if char["text"] != " " or not last_of_object or width <= 0:
            continue
        if not raw.FPDFPageObj_GetBounds(handles[objects[i]], left, bottom, right, top):
            continue
        end = right.value + width  # the bounds end at the last space's origin
        if end - char["x1"] < width / 2 or _occupied(chars, char, end):
            continue
        for k in range(1, round((end - char["x1"]) / width) + 1):
            out.append({**char, "x0": char["x0"] + k * width, "x1": char["x1"] + k * width})
    return out


def _occupied(chars: list[Char], space: Char, end: float) -> bool:
    """Whether another glyph of the space's line lies between the space and ``end``: the run is not
    at the end of its line, and where the line ends is known from that glyph."""
    base, x1 = space["baseline"], space["x1"]
    return any(abs(c["baseline"] - base) < 1 and x1 - 0.5 < c["x0"] < end for c in chars if c is not space)


def _with_spaces(chars: list[Char], missing: list[tuple[Matrix, float]], height: float, doctop: float) -> list[Char]:
    """The typed spaces PDFium leaves out of its text: a text object that is one space (Word sets every
    glyph apart) has no character there, and without it "100 200" would read as one number."""
    added: list[Char] = []
    for (a, b, c, d, e, f), size in missing:
        if abs(b) > 1e-6 or abs(c) > 1e-6 or a <= 0 or d <= 0 or size <= 0:
            continue
        size, base = size * d, height - f
        following = [ch["x0"] for ch in chars if abs(ch["baseline"] - base) < 1 and e < ch["x0"] <= e + size]
        x1 = min(following, default=e + SPACE_WIDTH * size)
        top = base - size
        added.append({"text": " ", "fontname": "", "size": size, "upright": True, "x0": e, "x1": x1,
                      "top": top, "bottom": base, "doctop": doctop + top, "baseline": base})
    return chars + added


def _walk(container: Any, height: float, doctop: float, edges: dict[str, list[Edge]], images: list[int],
          texts: list[tuple[int, Matrix, float]], form: Matrix = _IDENTITY, depth: int = 0) -> None:
    """Edges of every painted path, the images, and each text object's key, matrix and font size,
    forms (XObjects) included."""
    if isinstance(container, pdfium.PdfPage):
        count, get = raw.FPDFPage_CountObjects(container.raw), lambda i: raw.FPDFPage_GetObject(container.raw, i)
    else:
        count, get = raw.FPDFFormObj_CountObjects(container), lambda i: raw.FPDFFormObj_GetObject(container, i)
    for i in range(count):
        obj = get(i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            _path_edges(obj, _then(_matrix(obj), form), height, doctop, edges)
        elif kind == raw.FPDF_PAGEOBJ_TEXT:
            size = ctypes.c_float()
            raw.FPDFTextObj_GetFontSize(obj, size)
            texts.append((ctypes.c_void_p.from_buffer(obj).value or 0, _then(_matrix(obj), form), size.value))
        elif kind == raw.FPDF_PAGEOBJ_IMAGE:
            images.append(1)
        elif kind == raw.FPDF_PAGEOBJ_FORM and depth < 15:
            _walk(obj, height, doctop, edges, images, texts, _then(_matrix(obj), form), depth + 1)


def _matrix(obj: Any) -> Matrix:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, m):
        return _IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _then(inner: Matrix, outer: Matrix) -> Matrix:
    """``inner`` applied first, then ``outer`` (PDF row-vector convention)."""
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _path_edges(path: Any, m: Matrix, height: float, doctop: float, edges: dict[str, list[Edge]]) -> None:
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(path, fill, stroke) or not (fill.value or stroke.value):
        return
    x, y = ctypes.c_float(), ctypes.c_float()
    subpath: list[tuple[str, Point]] = []
    pending_curve = 0
    for i in range(raw.FPDFPath_CountSegments(path)):
        segment = raw.FPDFPath_GetPathSegment(path, i)
        kind = raw.FPDFPathSegment_GetType(segment)
        raw.FPDFPathSegment_GetPoint(segment, x, y)
        point = (m[0] * x.value + m[2] * y.value + m[4], height - (m[1] * x.value + m[3] * y.value + m[5]))
        if kind == raw.FPDF_SEGMENT_MOVETO:
            _subpath_edges(subpath, doctop, edges)
            subpath = [("m", point)]
        elif kind == raw.FPDF_SEGMENT_BEZIERTO:
            pending_curve += 1
            if pending_curve == 3:  # two control points, then the end point (pdfminer keeps only that)
                subpath.append(("c", point))
                pending_curve = 0
        else:
            subpath.append(("l", point))
        if raw.FPDFPathSegment_GetClose(segment) and subpath:
            subpath.append(("h", subpath[0][1]))
    _subpath_edges(subpath, doctop, edges)


def _subpath_edges(subpath: list[tuple[str, Point]], doctop: float, edges: dict[str, list[Edge]]) -> None:
    """pdfplumber's edges of one subpath, classified as pdfminer's ``paint_path`` does."""
    if not subpath or subpath[0][0] != "m":
        return
    shape = "".join(op for op, _ in subpath)
    pts = [p for _, p in subpath]
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts.pop()
    if shape in {"mlh", "ml"}:
        (x0, y0), (x1, y1) = pts[0], pts[1]
        edges["line_edge"].append(_edge("line_edge", x0, y0, x1, y1, doctop, "h" if y0 == y1 else "v"))
    elif shape in {"mlllh", "mllll"} and pts[0] == pts[4] and _square(pts):
        left, right = min(pts[0][0], pts[2][0]), max(pts[0][0], pts[2][0])
        top, bottom = min(pts[0][1], pts[2][1]), max(pts[0][1], pts[2][1])
        edges["rect_edge"].append(_edge("rect_edge", left, top, right, top, doctop, "h"))
        edges["rect_edge"].append(_edge("rect_edge", left, bottom, right, bottom, doctop, "h"))
        edges["rect_edge"].append(_edge("rect_edge", left, top, left, bottom, doctop, "v"))
        edges["rect_edge"].append(_edge("rect_edge", right, top, right, bottom, doctop, "v"))
    else:
        for (x0, y0), (x1, y1) in zip(pts, pts[1:]):
            orientation = "v" if x0 == x1 else ("h" if y0 == y1 else None)
            edges["curve_edge"].append(_edge("curve_edge", x0, y0, x1, y1, doctop, orientation))


def _square(pts: list[Point]) -> bool:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts[:4]
    return (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)


def _edge(kind: str, xa: float, ya: float, xb: float, yb: float, doctop: float, orientation: str | None) -> Edge:
    x0, x1, top, bottom = min(xa, xb), max(xa, xb), min(ya, yb), max(ya, yb)
    return {"object_type": kind, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "doctop": doctop + top,
            "width": x1 - x0, "height": bottom - top, "orientation": orientation}
