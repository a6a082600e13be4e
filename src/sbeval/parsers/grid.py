"""The one grid every table reader builds: origin cells placed on rows and columns with their spans,
turned into the document's `Table` in one place so the three formats give the same cells."""

from __future__ import annotations

from dataclasses import dataclass

from sbeval.parsers.normalize import normalize
from sbeval.schema.document import Cell, Location, Table


@dataclass
class GridCell:
    """An origin cell at a 0-based grid position, its spans and raw text; ``page``, ``line`` and
    ``ref`` are known only to some formats (a PDF cell's page, a text cell's first line, a sheet's C7)."""

    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    raw: str = ""
    page: int | None = None
    line: int | None = None
    ref: str | None = None


@dataclass
class Grid:
    """A table as origin cells in row-then-column order; a merged cell appears once."""

    n_rows: int
    n_cols: int
    cells: list[GridCell]

    def row_cells(self, row: int) -> list[GridCell]:
        return sorted((c for c in self.cells if c.row == row), key=lambda c: c.col)

    def covering(self, row: int, col: int) -> GridCell | None:
        """The origin cell that covers the position (row, col), if any."""
        for cell in self.cells:
            if cell.row <= row < cell.row + cell.row_span and cell.col <= col < cell.col + cell.col_span:
                return cell
        return None


def to_table(grid: Grid, location: Location, *, wrapped: bool, pages: list[int] | None = None) -> Table:
    """The document's table: each cell located from 1 like a person counts, its text normalised once
    (``wrapped`` joins numbers a PDF cell broke over lines)."""
    cells = [_cell(c, location, wrapped) for c in sorted(grid.cells, key=lambda c: (c.row, c.col))]
    return Table(n_rows=grid.n_rows, n_cols=grid.n_cols, cells=cells, location=location, pages=pages or [])


def _cell(cell: GridCell, table_location: Location, wrapped: bool) -> Cell:
    known = (("page", cell.page), ("line", cell.line), ("ref", cell.ref))
    where = {key: value for key, value in known if value is not None}
    location = table_location.model_copy(update={"row": cell.row + 1, "column": cell.col + 1, **where})
    return Cell(row=cell.row, col=cell.col, row_span=cell.row_span, col_span=cell.col_span,
                text=normalize(cell.raw, wrapped=wrapped), raw=cell.raw, location=location)
