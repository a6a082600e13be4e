"""One page's table as a grid of origin cells, spans taken from pdfplumber's cell boxes."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Sequence

from pdfplumber.utils import cluster_list

from sbeval.parsers.grid import Grid, GridCell
from sbeval.parsers.pdf.lines import block_text

Bbox = tuple[float, float, float, float]
Char = dict[str, Any]

# Ruling lines snapped by pdfplumber still differ by fractions of a point between cells.
EDGE_TOLERANCE = 1.5


@dataclass
class PageGrid(Grid):
    """A table (or the part of one on a page): its box, column boundaries and the pages it spans."""

    bbox: Bbox = (0.0, 0.0, 0.0, 0.0)
    xs: list[float] = field(default_factory=list)
    pages: list[int] = field(default_factory=list)


def boundaries(values: Sequence[float], tolerance: float = EDGE_TOLERANCE) -> list[float]:
    """Distinct positions, values closer than ``tolerance`` merged into their mean."""
    return [sum(group) / len(group) for group in cluster_list(list(values), tolerance)]


def nearest(bounds: Sequence[float], value: float) -> int:
    """Index of the boundary closest to ``value``."""
    i = bisect_right(bounds, value)
    if i == len(bounds) or (i > 0 and value - bounds[i - 1] <= bounds[i] - value):
        return max(i - 1, 0)
    return i


def build_grid(cell_boxes: Sequence[Bbox], chars: Sequence[Char], page: int) -> tuple[PageGrid, list[Char]]:
    """Origin cells with row/column spans from the cell boxes, the text of the characters in each,
    and the characters that fall in no cell (body text in a gap of the table's outline).

    A box that reaches over several column (row) boundaries is a horizontal (vertical)
    merge; a box with no characters is a real empty cell (``""``).
    """
    xs = boundaries([b[0] for b in cell_boxes] + [b[2] for b in cell_boxes])
    ys = boundaries([b[1] for b in cell_boxes] + [b[3] for b in cell_boxes])
    owner: dict[tuple[int, int], int] = {}
    spans: list[tuple[int, int, int, int]] = []
    for box in cell_boxes:
        c0, c1 = nearest(xs, box[0]), nearest(xs, box[2])
        r0, r1 = nearest(ys, box[1]), nearest(ys, box[3])
        if c1 <= c0 or r1 <= r0:
            continue
        index = len(spans)
        spans.append((r0, c0, r1 - r0, c1 - c0))
        for r in range(r0, r1):
            for c in range(c0, c1):
                owner.setdefault((r, c), index)
    members: list[list[Char]] = [[] for _ in spans]
    stray: list[Char] = []
    for char in chars:
        col = bisect_right(xs, (char["x0"] + char["x1"]) / 2) - 1
        row = bisect_right(ys, (char["top"] + char["bottom"]) / 2) - 1
        member = owner.get((row, col))
        if member is None:
            stray.append(char)
        else:
            members[member].append(char)
    cells = [
        GridCell(row=r, col=c, row_span=rs, col_span=cs, raw=block_text(members[i]) if members[i] else "", page=page)
        for i, (r, c, rs, cs) in enumerate(spans)
    ]
    cells.sort(key=lambda cell: (cell.row, cell.col))
    bbox = (xs[0], ys[0], xs[-1], ys[-1])
    return PageGrid(n_rows=len(ys) - 1, n_cols=len(xs) - 1, cells=cells, bbox=bbox, xs=xs, pages=[page]), stray
