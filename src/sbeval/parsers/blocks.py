"""Building blocks every reader shares, so that the three formats give the same models."""

from __future__ import annotations

from sbeval.parsers.normalize import normalize
from sbeval.schema.document import Cell, Location


def origin_cell(row: int, col: int, row_span: int, col_span: int, raw: str, table_location: Location,
                *, wrapped: bool, **where: int | None) -> Cell:
    """An origin cell at 0-based grid position (row, col); its location counts from 1 like a person does.

    ``where`` adds what only some formats know (the cell's own ``page`` or ``line``).
    """
    location = table_location.model_copy(update={"row": row + 1, "column": col + 1, **where})
    return Cell(row=row, col=col, row_span=row_span, col_span=col_span,
                text=normalize(raw, wrapped=wrapped), raw=raw, location=location)
