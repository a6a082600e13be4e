"""A table that runs onto the next page, stitched back into one grid."""

from __future__ import annotations

import re
from dataclasses import replace
from statistics import median

from sbeval.parsers.grid import GridCell
from sbeval.parsers.pdf.tables import PageGrid, boundaries, nearest

EDGE_MATCH = 3.0  # points: the two parts' left and right edges agree this closely
KEY_COLUMN_SHARE = 0.7
MAX_HEADER_ROWS = 3
# A cell holding only a quantity (≥95%, 107人, 4.8) is complete on its own: a row that starts with one is a new row.
_QUANTITY = re.compile(r"[<>≤≥=＜＞]?\s*-?\d[\d,.]*\s*(?:%|‰|[^\d\s]{1,2})?")


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def same_frame(upper: PageGrid, lower: PageGrid) -> bool:
    """Both parts share their left and right edges (the layout test for a continuation)."""
    return abs(upper.bbox[0] - lower.bbox[0]) <= EDGE_MATCH and abs(upper.bbox[2] - lower.bbox[2]) <= EDGE_MATCH


def regrid(grid: PageGrid, xs: list[float]) -> PageGrid:
    """The same table on finer column boundaries ``xs`` (a superset of its own)."""
    cells = []
    for cell in grid.cells:
        start = nearest(xs, grid.xs[cell.col])
        end = nearest(xs, grid.xs[cell.col + cell.col_span])
        cells.append(replace(cell, col=start, col_span=max(end - start, 1)))
    return PageGrid(n_rows=grid.n_rows, n_cols=len(xs) - 1, cells=cells, bbox=grid.bbox, xs=xs, pages=list(grid.pages))


def _signature(grid: PageGrid, rows: int) -> set[tuple[int, int, int, int, str]]:
    return {(c.row, c.col, c.row_span, c.col_span, _compact(c.raw)) for c in grid.cells if c.row < rows}


def _header_rows(upper: PageGrid, lower: PageGrid) -> int:
    """How many leading rows of ``lower`` repeat the header of ``upper`` (0 when none).

    A header may take several rows (a spanning title over sub-headings); the repeat is
    the longest run of leading rows, up to ``MAX_HEADER_ROWS``, equal on both parts.
    """
    if not any(c.raw.strip() for c in upper.row_cells(0)):
        return 0
    found = 0
    for rows in range(1, min(MAX_HEADER_ROWS, upper.n_rows - 1, lower.n_rows) + 1):
        if any(c.row < rows < c.row + c.row_span for c in upper.cells):
            continue  # a cell runs over this boundary: the header cannot end here
        if _signature(upper, rows) != _signature(lower, rows):
            break
        found = rows
    return found


def _drop_rows(grid: PageGrid, rows: int) -> PageGrid:
    """``grid`` without its first ``rows`` rows (cells reaching below them are cut, not lost)."""
    cells = []
    for cell in grid.cells:
        end = cell.row + cell.row_span
        if end > rows:
            start = max(cell.row, rows)
            cells.append(replace(cell, row=start - rows, row_span=end - start))
    return PageGrid(n_rows=grid.n_rows - rows, n_cols=grid.n_cols, cells=cells, bbox=grid.bbox, xs=grid.xs, pages=list(grid.pages))


def _filled(grid: PageGrid) -> list[set[int]]:
    rows: list[set[int]] = [set() for _ in range(grid.n_rows)]
    for cell in grid.cells:
        if cell.raw.strip():
            rows[cell.row].add(cell.col)
    return rows


def is_fragment(upper: PageGrid, lower: PageGrid) -> bool:
    """Whether the first row of ``lower`` is the rest of ``upper``'s last row, cut by the page break.

    The fragment has fewer filled cells than the table's typical row, is empty in a
    column that nearly every row fills, spans no rows with text of its own, holds no
    cell that is just a quantity, and each of its filled cells continues a filled cell
    that starts in the last row above (only that row was cut).
    """
    cells = lower.row_cells(0)
    filled_rows = _filled(upper) + _filled(lower)
    own = filled_rows[upper.n_rows]
    if not own or any(c.row_span > 1 and c.raw.strip() for c in cells):
        return False
    if len(own) >= median(len(r) for r in filled_rows):
        return False
    n_cols = len(upper.xs) - 1
    keys = [c for c in range(n_cols) if sum(c in r for r in filled_rows) >= KEY_COLUMN_SHARE * len(filled_rows)]
    if not any(k not in own for k in keys):
        return False
    last = upper.n_rows - 1
    for cell in cells:
        if cell.raw.strip():
            above = upper.covering(last, cell.col)
            if above is None or above.row != last or not above.raw.strip():
                return False
            if _QUANTITY.fullmatch(_compact(cell.raw)):
                return False
    return True


def _absorb_fragment(upper: PageGrid, cell: GridCell) -> bool:
    """Append a split-row fragment cell to the cell above it; False when no cell lies above."""
    above = upper.covering(upper.n_rows - 1, cell.col)
    if above is None:
        return False
    if cell.raw.strip():
        above.raw = f"{above.raw}\n{cell.raw}" if above.raw.strip() else cell.raw
    if above.col == cell.col and above.col_span == cell.col_span:
        above.row_span += cell.row_span - 1
    return True


def _continues_merge(upper: PageGrid, cell: GridCell) -> bool:
    """Extend the cell above over an empty restarted cell of the same columns; False when they differ."""
    above = upper.covering(upper.n_rows - 1, cell.col)
    if cell.raw.strip() or above is None or above.col != cell.col or above.col_span != cell.col_span:
        return False
    above.row_span += cell.row_span
    return True


def stitch(upper: PageGrid, lower: PageGrid) -> PageGrid:
    """One grid from a table and its continuation on the next page.

    The repeated header row is dropped, a row cut by the page break is joined to
    its first half, and leading empty cells of the first continued row extend the
    vertical merges above them.
    """
    xs = boundaries(upper.xs + lower.xs)
    upper, lower = regrid(upper, xs), regrid(lower, xs)
    header = _header_rows(upper, lower)
    if header:
        lower = _drop_rows(lower, header)
    first = lower.row_cells(0)
    if first and is_fragment(upper, lower):
        absorbed = {id(c) for c in first if _absorb_fragment(upper, c)}
        offset = upper.n_rows - 1
    else:
        absorbed = set()
        for cell in first:
            if not _continues_merge(upper, cell):
                break
            absorbed.add(id(cell))
        offset = upper.n_rows
    moved = [replace(c, row=c.row + offset) for c in lower.cells if id(c) not in absorbed]
    cells = sorted(upper.cells + moved, key=lambda c: (c.row, c.col))
    pages = upper.pages + [p for p in lower.pages if p not in upper.pages]
    bbox = (upper.bbox[0], upper.bbox[1], upper.bbox[2], lower.bbox[3])
    return PageGrid(n_rows=offset + lower.n_rows, n_cols=len(xs) - 1, cells=cells, bbox=bbox, xs=xs, pages=pages)
