"""One PDF page: doubled glyphs removed, ruled tables as grids, the other characters as text lines."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

from pdfplumber.page import Page
from pdfplumber.utils import cluster_objects

from sbeval.parsers.pdf.lines import even_boxes, group_lines, line_text
from sbeval.parsers.pdf.pdfium import FastPage
from sbeval.parsers.pdf.tables import Char, PageGrid, build_grid

_ASCII_WORD = re.compile(r"[!-~]")  # a run of printable ASCII wraps as one word
_NO_LINE_END = set("（《「『【“‘([")  # opening brackets: carried down with the glyph after them
_NO_LINE_START = set("，。、；：？！）》」』】”’%,.;:?!)]")  # kinsoku: carried down with the glyph before them


@dataclass
class Line:
    """A visual line of body text (outside every table)."""

    raw: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    lead_width: float  # width of the line's first unbreakable unit (a CJK glyph or a Latin/number run)
    confidence: float | None = None  # the lowest OCR confidence of its characters; None for a text layer


@dataclass
class PageContent:
    number: int
    width: float
    height: float
    lines: list[Line]
    grids: list[PageGrid]
    has_text: bool
    has_images: bool


def dedupe(chars: list[Char], tolerance: float = 1) -> list[Char]:
    """pdfplumber's ``dedupe_chars`` (same glyph, font and size within ``tolerance``), in linear time.

    pdfplumber restores the order with ``list.index``, which is quadratic: it doubled the
    cost of reading a page.
    """
    if not _may_have_doubles(chars, tolerance):
        return chars
    key = itemgetter("upright", "text", "fontname", "size")
    kept: set[int] = set()
    for _, grouped in itertools.groupby(sorted(chars, key=key), key=key):
        group = list(grouped)
        if len(group) == 1:
            kept.add(id(group[0]))
            continue
        for row in cluster_objects(group, itemgetter("doctop"), tolerance):
            for cluster in cluster_objects(row, itemgetter("x0"), tolerance):
                kept.add(id(min(cluster, key=itemgetter("doctop", "x0"))))
    return [c for c in chars if id(c) in kept]


def _may_have_doubles(chars: list[Char], tolerance: float) -> bool:
    """Whether two equal glyphs lie within ``tolerance`` of each other: one pass over bins of that size.

    Two such glyphs always fall into the same or neighbouring bins, so a page that passes is clean;
    a page that does not is de-duplicated properly. Most pages are clean.
    """
    seen: set[tuple[Any, ...]] = set()
    for char in chars:
        glyph = (char["upright"], char["text"], char["fontname"], char["size"])
        row, col = int(char["doctop"] // tolerance), int(char["x0"] // tolerance)
        if any((glyph, row + dr, col + dc) in seen for dr in (-1, 0, 1) for dc in (-1, 0, 1)):
            return True
        seen.add((glyph, row, col))
    return False


def _lead_width(chars: list[Char]) -> float:
    """Width of the first unit a line wrap cannot split: opening brackets, a CJK glyph or an ASCII word,
    and the closing punctuation after it (kinsoku moves them down together: "（项）。")."""
    end = 0
    while end < len(chars) - 1 and chars[end]["text"] in _NO_LINE_END:
        end += 1
    if _ASCII_WORD.fullmatch(chars[end]["text"]):
        while end + 1 < len(chars) and _ASCII_WORD.fullmatch(chars[end + 1]["text"]):
            end += 1
    end += 1
    while end < len(chars) and chars[end]["text"] in _NO_LINE_START:
        end += 1
    return float(chars[end - 1]["x1"] - chars[0]["x0"])


def _trailing_space_end(x1: float, top: float, spaces: list[Char]) -> float:
    """Where the line really ends: typed spaces after its last glyph can carry it to the margin."""
    for space in spaces:
        if abs(space["top"] - top) <= 1 and abs(space["x0"] - x1) <= 1:
            x1 = space["x1"]
    return x1


def text_lines(chars: list[Char]) -> list[Line]:
    if not chars:
        return []
    spaces = sorted((c for c in chars if not c["text"].strip()), key=itemgetter("x0"))
    lines = []
    for found in group_lines(chars):
        own = [c for c in found if c["text"].strip()]
        if not own:
            continue
        sizes = sorted(c["size"] for c in own)
        top = min(c["top"] for c in own)
        x1 = max(c["x1"] for c in own)
        lines.append(
            Line(
                raw=line_text(found).strip(),
                x0=own[0]["x0"],
                x1=_trailing_space_end(x1, top, spaces),
                top=top,
                bottom=max(c["bottom"] for c in own),
                size=float(sizes[len(sizes) // 2]),
                lead_width=_lead_width(own),
                confidence=min((c["ocr"] for c in own if "ocr" in c), default=None),
            )
        )
    return lines


def read_page(page: Page | FastPage, number: int) -> PageContent:
    chars = even_boxes(dedupe(page.chars))
    tables = page.find_tables()  # ruling lines only: it never looks at the characters
    boxes = [t.bbox for t in tables]
    inside: list[list[Char]] = [[] for _ in boxes]
    outside: list[Char] = []
    for char in chars:
        cx, cy = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
        for i, (x0, top, x1, bottom) in enumerate(boxes):
            if x0 <= cx <= x1 and top <= cy <= bottom:
                inside[i].append(char)
                break
        else:
            outside.append(char)
    grids = []
    for table, members in zip(tables, inside):
        grid, stray = build_grid(table.cells, members, number)
        grids.append(grid)
        outside += stray
    return PageContent(
        number=number,
        width=float(page.width),
        height=float(page.height),
        lines=text_lines(outside),
        grids=grids,
        has_text=any(c["text"].strip() for c in chars),
        has_images=bool(page.images),
    )
