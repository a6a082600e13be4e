"""Paragraphs rebuilt from PDF lines, on each page's own text frame."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from sbeval.parsers.pdf.page import Line, PageContent

INDENT_EM = 0.8  # a first-line indent is 2 em in Chinese reports; 0.8 em tells it from jitter
MIN_FRAME_LINES = 6  # a page with fewer body lines uses the document's frame
SHORT_EM = 1.5  # a wrapped CJK line stops less than this short of the margin (kinsoku can push one glyph down)

_CN_NUM = "一二三四五六七八九十百零〇两"
_MARKER = re.compile(
    rf"(?:[{_CN_NUM}]+[、．]|[（(][{_CN_NUM}]+[）)]|\d{{1,2}}(?:、|[.．](?!\d))|[（(]\d{{1,2}}[）)]"
    rf"|[①-⑳]|第[{_CN_NUM}\d]+(?:条|章|节|部分))"
)
_CLAUSE_END = ("。", "；", ";", "！", "!", "？", "?", "：", ":")
_PUNCTUATION = re.compile(r"[，。；：！？,;:!?]")
_CLOSERS = "”’）)」』】》"


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

    @property
    def confidence(self) -> float | None:
        """The lowest OCR confidence of its lines; None when it was read from a text layer."""
        return min((line.confidence for line in self.lines if line.confidence is not None), default=None)


def _right_edge(lines: list[Line]) -> tuple[float, int]:
    """The right edge most lines reach and how many reach it: the median end of the largest group
    of ends within 1 em among the longer half of the lines (the rightmost such group on a tie)."""
    ends = sorted(line.x1 for line in lines)
    ends = ends[len(ends) // 2 :]
    em = Counter(round(line.size, 1) for line in lines).most_common(1)[0][0]
    best, best_count = len(ends) - 1, 0
    for i, end in enumerate(ends):
        count = i + 1 - bisect_left(ends, end - em)
        if count >= best_count:
            best, best_count = i, count
    window = ends[best + 1 - best_count : best + 1]
    return window[len(window) // 2], best_count


def estimate_layout(lines: list[Line], fallback: Layout | None = None) -> Layout:
    """The text frame of ``lines``: left margin, right edge and body size.

    With a ``fallback`` (the document's frame) a page keeps it when it has too few lines or no
    edge that several of its lines reach (a cover, a page of short lines).
    """
    if not lines or (fallback is not None and len(lines) < MIN_FRAME_LINES):
        return fallback or Layout(0.0, 0.0, 0.0)
    # the margin is where continuation lines start: the leftmost start shared by several lines
    # (not the commonest, which is the indent when most paragraphs are one line long)
    starts = Counter(round(line.x0) for line in lines)
    enough = max(2, len(lines) // 20)
    left = min((x for x, n in starts.items() if n >= enough), default=starts.most_common(1)[0][0])
    right, reaching = _right_edge(lines)
    body_size = Counter(round(line.size, 1) for line in lines).most_common(1)[0][0]
    if fallback is not None:
        if reaching < max(3, len(lines) // 4):
            return fallback
        body_size = fallback.body_size
    return Layout(float(left), float(round(right)), float(body_size))


def page_layouts(pages: list[PageContent]) -> dict[int, Layout]:
    """Each page's own frame (a landscape page is wider), the document's frame where a page says too little."""
    document = estimate_layout([line for page in pages for line in page.lines])
    return {page.number: estimate_layout(page.lines, document) for page in pages}


def is_indented(line: Line, layout: Layout) -> bool:
    return line.x0 > layout.left + INDENT_EM * line.size


def stops_short(prev: Line, following: Line, layout: Layout) -> bool:
    """The previous line ended before the margin by more than a line wrap explains.

    A wrap moves a unit down only when it does not fit: if the first unit of the following
    line (a glyph with the brackets and closing punctuation it drags along, or an ASCII word)
    had room, the break was the writer's.
    """
    room = max(SHORT_EM * prev.size, following.lead_width + 0.5 * prev.size)
    return layout.right - prev.x1 > room


def _centred_wrap(prev: Line, line: Line, layout: Layout) -> bool:
    """A title that filled the measure and its rest centred under it: a display line (larger than
    body text) or a body-size line with no closing punctuation, its rest centred on the frame."""
    centre = (line.x0 + line.x1) / 2
    on_frame = abs(centre - (layout.left + layout.right) / 2) <= 0.5 * line.size
    if prev.size > layout.body_size + 0.5:
        return on_frame or abs(centre - (prev.x0 + prev.x1) / 2) <= 0.5 * line.size
    return on_frame and not _ends_clause(prev) and not _PUNCTUATION.search(line.raw)


def _ends_clause(line: Line) -> bool:
    return line.raw.rstrip().rstrip(_CLOSERS).endswith(_CLAUSE_END)


def opens_item(prev: Line, line: Line) -> bool:
    """A new numbering marker (（八）, 2、, 第三条) after a line that closed its clause or after a
    numbered heading (a marker and no punctuation): a new paragraph."""
    if _MARKER.match(line.raw.lstrip()) is None:
        return False
    heading = _MARKER.match(prev.raw.lstrip()) is not None and not _PUNCTUATION.search(prev.raw)
    return heading or _ends_clause(prev)


def _colon_carries_on(prev: Line, line: Line, layout: Layout) -> bool:
    """A line cut after ：, continued at the margin by unnumbered text: one sentence, not two paragraphs."""
    return prev.raw.rstrip().endswith(("：", ":")) and not is_indented(line, layout) and not _MARKER.match(line.raw.lstrip())


def starts_paragraph(prev: Line, line: Line, layout: Layout, line_layout: Layout | None = None) -> bool:
    """Whether ``line`` opens a paragraph after ``prev``; ``layout`` is the frame of ``prev``'s page,
    ``line_layout`` that of ``line``'s when the two lie on different pages."""
    own = line_layout or layout
    if abs(prev.size - line.size) > 0.5 or opens_item(prev, line):
        return True
    if stops_short(prev, line, layout):
        return not _colon_carries_on(prev, line, own)
    return is_indented(line, own) and not _centred_wrap(prev, line, own)
