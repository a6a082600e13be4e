"""Paragraphs rebuilt from PDF lines, and the page furniture (page numbers, running heads) set apart."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from sbeval.parsers.pdf.page import Line, PageContent

INDENT_EM = 0.8  # a first-line indent is 2 em in Chinese reports; 0.8 em tells it from jitter
SHORT_EM = 1.5  # a wrapped CJK line stops less than this short of the margin (kinsoku can push one glyph down)
TOP_ZONE, BOTTOM_ZONE = 0.10, 0.12  # share of the page height where running heads and page numbers sit
RUNNING_SHARE = 0.6  # a line repeated on this share of pages (at least two) is a running head or foot

_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－~·\s]*\d{1,4}[-—–－~·\s]*"
    r"|第\s*\d{1,4}\s*页\s*(?:[,，/、]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$",
    re.IGNORECASE,
)


@dataclass
class Layout:
    """The body text frame shared by the pages: left margin and right edge, in points."""

    left: float
    right: float
    body_size: float = 0.0


@dataclass
class Para:
    page: int
    lines: list[Line]

    @property
    def raw(self) -> str:
        return "\n".join(line.raw for line in self.lines)


def estimate_layout(pages: list[PageContent]) -> Layout:
    lines = [line for page in pages for line in page.lines]
    if not lines:
        return Layout(0.0, 0.0, 0.0)
    # the margin is where continuation lines start: the leftmost start shared by several lines
    # (not the commonest, which is the indent when most paragraphs are one line long)
    starts = Counter(round(line.x0) for line in lines)
    enough = max(2, len(lines) // 20)
    left = min((x for x, n in starts.items() if n >= enough), default=starts.most_common(1)[0][0])
    ends = sorted(line.x1 for line in lines)
    right = Counter(round(x) for x in ends[len(ends) // 2 :]).most_common(1)[0][0]
    body_size = Counter(round(line.size, 1) for line in lines).most_common(1)[0][0]
    return Layout(float(left), float(right), float(body_size))


def is_indented(line: Line, layout: Layout) -> bool:
    return line.x0 > layout.left + INDENT_EM * line.size


def stops_short(prev: Line, following: Line, layout: Layout) -> bool:
    """The previous line ended before the margin by more than a line wrap explains.

    A wrap moves a unit down only when it does not fit: if the first unit of the following
    line (a glyph with the closing punctuation it drags along, or an ASCII word) had room,
    the break was the writer's.
    """
    room = max(SHORT_EM * prev.size, following.lead_width + 0.5 * prev.size)
    return layout.right - prev.x1 > room


def _centred_wrap(prev: Line, line: Line, layout: Layout) -> bool:
    """A display line (a title, larger than body text) that filled the measure, and its centred rest."""
    centre = (prev.x0 + prev.x1) / 2
    return prev.size > layout.body_size + 0.5 and abs((line.x0 + line.x1) / 2 - centre) <= 0.5 * line.size


def starts_paragraph(prev: Line, line: Line, layout: Layout) -> bool:
    if abs(prev.size - line.size) > 0.5 or stops_short(prev, line, layout):
        return True
    return is_indented(line, layout) and not _centred_wrap(prev, line, layout)


def _mask(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def strip_running(pages: list[PageContent]) -> tuple[list[tuple[int, Line]], list[tuple[int, Line]]]:
    """Remove page numbers and running heads/feet from ``pages``; return (headers, footers) with their pages."""

    def zone(page: PageContent, line: Line) -> str | None:
        if line.bottom <= page.height * TOP_ZONE:
            return "head"
        if line.top >= page.height * (1 - BOTTOM_ZONE):
            return "foot"
        return None

    seen: Counter[tuple[str, str]] = Counter()
    for page in pages:
        keys = {(z, _mask(line.raw)) for line in page.lines if (z := zone(page, line))}
        seen.update(keys)
    threshold = max(2.0, RUNNING_SHARE * len(pages))
    headers: list[tuple[int, Line]] = []
    footers: list[tuple[int, Line]] = []
    for page in pages:
        kept = []
        for line in page.lines:
            where = zone(page, line)
            running = where and (_PAGE_NUMBER.match(line.raw.strip()) or seen[(where, _mask(line.raw))] >= threshold)
            if running:
                (headers if where == "head" else footers).append((page.number, line))
            else:
                kept.append(line)
        page.lines = kept
    return headers, footers
