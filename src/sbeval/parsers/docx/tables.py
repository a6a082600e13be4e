"""Word tables as grids of origin cells, spans read from gridSpan, vMerge, hMerge and gridBefore/After."""

from __future__ import annotations

from lxml import etree

from sbeval.parsers.grid import Grid, GridCell
from sbeval.parsers.docx.body import TXBX_CONTENT, W, W_P, W_TBL, W_TC, W_TR, W_VAL, children, paragraph_text

_TC_PR = f"{W}tcPr"
_TR_PR = f"{W}trPr"
_GRID_SPAN = f"{W}gridSpan"
_V_MERGE = f"{W}vMerge"
_H_MERGE = f"{W}hMerge"
_GRID_BEFORE = f"{W}gridBefore"
_GRID_AFTER = f"{W}gridAfter"
_GRID_COL = f"{W}tblGrid/{W}gridCol"


def _int_val(parent: etree._Element | None, tag: str, default: int) -> int:
    element = parent.find(tag) if parent is not None else None
    if element is None:
        return default
    try:
        return max(int(element.get(W_VAL, default)), 0)
    except ValueError:
        return default


def content_lines(container: etree._Element) -> list[str]:
    """Raw text lines of a cell or text box: one per paragraph, nested tables flattened in place."""
    lines: list[str] = []
    for child in children(container):
        if child.tag == W_P:
            text, boxes = paragraph_text(child)
            lines.append(text)
            for box in boxes:
                lines.extend(content_lines(box))
        elif child.tag == W_TBL:
            lines.append(grid_text(table_grid(child)))
        elif child.tag == TXBX_CONTENT:
            lines.extend(content_lines(child))
    return lines


def grid_text(grid: Grid) -> str:
    """A table's text: cells joined by tabs, rows by newlines (used for nested tables)."""
    rows: list[list[str]] = [[] for _ in range(grid.n_rows)]
    for cell in grid.cells:
        rows[cell.row].append(cell.raw)
    return "\n".join("\t".join(row) for row in rows)


def table_grid(tbl: etree._Element) -> Grid:
    """Origin cells of ``tbl`` in row-then-column order; a merged cell appears once."""
    cells: list[GridCell] = []
    open_merges: dict[int, GridCell] = {}  # grid column → origin of a vertical merge still open
    width = 0
    rows = [tr for tr in children(tbl) if tr.tag == W_TR]
    most = _widest(tbl, rows)
    for r, tr in enumerate(rows):
        tr_pr = tr.find(_TR_PR)
        col = min(_int_val(tr_pr, _GRID_BEFORE, 0), most)
        last: GridCell | None = None
        for tc in children(tr):
            if tc.tag != W_TC:
                continue
            tc_pr = tc.find(_TC_PR)
            span = min(max(_int_val(tc_pr, _GRID_SPAN, 1), 1), most)
            lines = content_lines(tc)
            v_merge = tc_pr.find(_V_MERGE) if tc_pr is not None else None
            h_merge = tc_pr.find(_H_MERGE) if tc_pr is not None else None
            origin = open_merges.get(col)
            if v_merge is not None and v_merge.get(W_VAL, "continue") == "continue" and origin is not None:
                origin.row_span = r - origin.row + 1
                _absorb(origin, lines)
                last = origin
            elif h_merge is not None and h_merge.get(W_VAL, "continue") == "continue" and last is not None:
                last.col_span += span
                _absorb(last, lines)
            else:
                last = GridCell(r, col, 1, span, "\n".join(lines))
                cells.append(last)
                if v_merge is not None:
                    open_merges[col] = last
            col += span
        width = max(width, col + min(_int_val(tr_pr, _GRID_AFTER, 0), most))
        # A vertical merge ends at the first row that does not continue it.
        open_merges = {c: cell for c, cell in open_merges.items() if cell.row + cell.row_span - 1 == r}
    n_cols = max(width, len(tbl.findall(_GRID_COL)))
    cells.sort(key=lambda cell: (cell.row, cell.col))
    return Grid(len(rows), n_cols, cells)


def _widest(tbl: etree._Element, rows: list[etree._Element]) -> int:
    """The most grid columns a span, gridBefore or gridAfter can stand for: the table's declared grid or
    its widest row of cells (a span of 10⁹ would otherwise become a grid of 10⁹ positions)."""
    cells = max((sum(1 for tc in children(tr) if tc.tag == W_TC) for tr in rows), default=0)
    return max(len(tbl.findall(_GRID_COL)), cells, 1)


def _absorb(origin: GridCell, lines: list[str]) -> None:
    """Keep text that a continuation cell still holds, rather than lose it."""
    if any(line.strip() for line in lines):
        origin.raw = "\n".join([origin.raw, *lines])
