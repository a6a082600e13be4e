"""Page furniture: page numbers and running heads and feet, set apart from the body text."""

from __future__ import annotations

import re
from collections import Counter

from sbeval.parsers.pdf.page import Line, PageContent

TOP_ZONE, BOTTOM_ZONE = 0.10, 0.12  # share of the page height where running heads and page numbers sit
RUNNING_SHARE = 0.6  # a line repeated on this share of pages (at least two) is a running head or foot

_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－~·\s]*\d{1,4}[-—–－~·\s]*"
    r"|第\s*\d{1,4}\s*页\s*(?:[,，/、]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$",
    re.IGNORECASE,
)


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
