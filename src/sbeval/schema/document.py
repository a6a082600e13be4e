"""The neutral document every reader produces: blocks in reading order, each with a location."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field


class Position(BaseModel):
    """A place in a report as a person counts it: 第3页, 表1, 第2行, 第4列, 第17行 (all from 1)."""

    model_config = ConfigDict(frozen=True)

    page: int | None = None
    block: int | None = None
    table: int | None = None
    row: int | None = None
    column: int | None = None
    line: int | None = None
    sheet: str | None = None  # a workbook's sheet name
    ref: str | None = None  # the cell's reference on that sheet (C7)
    # The confidence (0–1) of the OCR reading the text came from, for a scanned page; absent for a text layer.
    ocr: Decimal | None = Field(default=None, exclude_if=lambda value: value is None)


class Location(Position):
    """Where a piece of text sits in its file.

    ``block`` is the 0-based index into ``Document.blocks``; ``page``, ``table``
    (the table's ordinal in the document), ``row``, ``column`` and ``line`` are
    1-based, as a person counts them (第3页, 表1, 第2行, 第4列, 第17行).
    """

    file: str


class Heading(BaseModel):
    """A heading; ``level`` 1 for 一、, 2 for （一）, 3 for 1、/1., 4 for （1）, or the Word style level."""

    kind: Literal["heading"] = "heading"
    level: int
    text: str
    raw: str
    location: Location


class Paragraph(BaseModel):
    """A body paragraph; ``text`` is normalised, ``raw`` is as written."""

    kind: Literal["paragraph"] = "paragraph"
    text: str
    raw: str
    location: Location


class Cell(BaseModel):
    """An origin cell of a table grid: a merged cell appears once, with its spans.

    ``row`` and ``col`` are 0-based grid coordinates; ``location.row`` and
    ``location.column`` are the same position counted from 1.
    """

    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    text: str
    raw: str
    location: Location


class Table(BaseModel):
    """A table as a grid of origin cells, ordered by row then column."""

    kind: Literal["table"] = "table"
    n_rows: int
    n_cols: int
    cells: list[Cell]
    location: Location
    pages: list[int] = Field(default_factory=list)

    def grid(self) -> list[list[Cell | None]]:
        """Rows of origin cells, ``None`` where a position is covered by a merge or absent."""
        rows: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            rows[cell.row][cell.col] = cell
        return rows

    def filled_grid(self) -> list[list[Cell | None]]:
        """Rows where every position covered by a merged cell holds that cell (for reading labels)."""
        rows: list[list[Cell | None]] = [[None] * self.n_cols for _ in range(self.n_rows)]
        for cell in self.cells:
            for r in range(cell.row, min(cell.row + cell.row_span, self.n_rows)):
                for c in range(cell.col, min(cell.col + cell.col_span, self.n_cols)):
                    rows[r][c] = cell
        return rows


Block = Annotated[Union[Heading, Paragraph, Table], Field(discriminator="kind")]


class Document(BaseModel):
    """A whole report: body blocks in reading order; headers and footers kept apart."""

    path: str
    format: Literal["docx", "pdf", "xlsx", "txt"]
    pages: int | None = None
    blocks: list[Block] = Field(default_factory=list)
    headers: list[Paragraph] = Field(default_factory=list)
    footers: list[Paragraph] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]
