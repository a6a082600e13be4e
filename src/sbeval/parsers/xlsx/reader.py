"""Read an .xlsx workbook: each sheet one table of origin cells (merged ranges become spans), with
the sheet's title and notes above and below it as paragraphs, as a report pasted into Word reads."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils import get_column_letter

from sbeval.messages import msg
from sbeval.parsers.errors import ReadError
from sbeval.parsers.grid import Grid, GridCell, to_table
from sbeval.parsers.headings import numbering_level
from sbeval.parsers.normalize import normalize
from sbeval.parsers.xlsx.display import display
from sbeval.parsers.zipcheck import check_zip
from sbeval.schema.document import Block, Document, Heading, Location, Paragraph

CORRUPT = msg("reason.xlsx_corrupt")
MAX_CELLS = 200_000  # a 自评表 has a few hundred; a sheet far beyond that is not a report


def read_xlsx(path: Path) -> Document:
    """Read an .xlsx report into a ``Document`` (format ``xlsx``)."""
    check_zip(path, CORRUPT)
    try:
        book = openpyxl.load_workbook(path, data_only=True)  # merged ranges need the full (not read-only) mode
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as err:
        raise ReadError(str(path), CORRUPT) from err
    blocks: list[Block] = []
    n_tables = 0
    for sheet in book.worksheets:
        if (sheet.max_row or 0) * (sheet.max_column or 0) > MAX_CELLS:
            raise ReadError(str(path), f"工作表“{sheet.title}”超过 {MAX_CELLS} 个单元格，不像一份报告，已拒绝读取")
        rows = _rows(sheet)
        head, body, tail = _split(rows)
        blocks.extend(_paragraphs(path, sheet.title, head, len(blocks)))
        if body:
            n_tables += 1
            location = Location(file=str(path), block=len(blocks), table=n_tables, sheet=sheet.title)
            blocks.append(to_table(_grid(body), location, wrapped=False))
        blocks.extend(_paragraphs(path, sheet.title, tail, len(blocks)))
    return Document(path=str(path), format="xlsx", blocks=blocks)


Row = list[GridCell]


def _rows(sheet: Any) -> list[Row]:
    """Rows of origin cells that hold text (sheet coordinates, 1-based); a merged range is one cell
    at its top-left corner with its spans, the cells it covers skipped."""
    covered: set[tuple[int, int]] = set()
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for merged in sheet.merged_cells.ranges:
        spans[(merged.min_row, merged.min_col)] = (merged.max_row - merged.min_row + 1, merged.max_col - merged.min_col + 1)
        covered.update((r, c) for r in range(merged.min_row, merged.max_row + 1)
                       for c in range(merged.min_col, merged.max_col + 1) if (r, c) != (merged.min_row, merged.min_col))
    rows: list[Row] = []
    for cells in sheet.iter_rows():
        row: Row = []
        for cell in cells:
            at = (cell.row, cell.column)
            text = display(cell.value, cell.number_format)
            if at in covered or (not text.strip() and at not in spans):
                continue
            row_span, col_span = spans.get(at, (1, 1))
            row.append(GridCell(cell.row, cell.column, row_span, col_span, raw=text))
        if row:
            rows.append(row)
    return rows


def _split(rows: list[Row]) -> tuple[list[Row], list[Row], list[Row]]:
    """Title and caption rows (one cell) before the table and notes (one cell) after it."""
    start, end = 0, len(rows)
    while start < end and len(rows[start]) == 1:
        start += 1
    while end > start and len(rows[end - 1]) == 1:
        end -= 1
    return rows[:start], rows[start:end], rows[end:]


def _grid(rows: list[Row]) -> Grid:
    """The table's rows and columns counted from its own corner; each cell keeps its sheet reference."""
    first_row = rows[0][0].row
    first_col = min(c.col for row in rows for c in row)
    cells: list[GridCell] = []
    for row in rows:
        for c in row:
            ref = f"{get_column_letter(c.col)}{c.row}"
            cells.append(GridCell(c.row - first_row, c.col - first_col, c.row_span, c.col_span, raw=c.raw, ref=ref))
    n_rows = max(c.row + c.row_span for c in cells)
    n_cols = max(c.col + c.col_span for c in cells)
    return Grid(n_rows, n_cols, cells)


def _paragraphs(path: Path, sheet: str, rows: list[Row], start: int) -> list[Block]:
    blocks: list[Block] = []
    for row in rows:
        cell = row[0]
        ref = f"{get_column_letter(cell.col)}{cell.row}"
        location = Location(file=str(path), block=start + len(blocks), sheet=sheet, ref=ref)
        text = normalize(cell.raw)
        level = numbering_level(text)  # 一、/（一） rows above a table are its section's heading
        if level is not None:
            blocks.append(Heading(level=level, text=text, raw=cell.raw, location=location))
        else:
            blocks.append(Paragraph(text=text, raw=cell.raw, location=location))
    return blocks
