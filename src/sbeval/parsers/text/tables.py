"""Tables pasted as text: Word-to-text dumps (a TAB starts a cell), tab-separated rows, pipe rows."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sbeval.parsers.grid import Grid, GridCell

_FLAT_CELL = re.compile(r"^[ \u3000]*\t([^\t]*)$")  # exactly one TAB, at the line start
_MD_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_PIPE = re.compile(r"(?<!\\)\|")


@dataclass
class RawCell:
    """A cell as written: its lines joined with newlines, and the file line where it starts."""

    text: str
    line: int


@dataclass
class TextGrid(Grid):
    """A pasted table and the file line where it starts."""

    line: int = 0


def _placed(cell: RawCell, row: int, col: int, col_span: int = 1) -> GridCell:
    return GridCell(row, col, col_span=col_span, raw=cell.text, line=cell.line)


def _empty(text: str) -> bool:
    return not text.strip()  # str.strip() also removes U+3000, the usual "empty" cell filler


def is_flat_cell(line: str) -> bool:
    return _FLAT_CELL.match(line) is not None


def is_tsv_row(line: str) -> bool:
    return line.count("\t") >= 2


def is_pipe_row(line: str) -> bool:
    return "|" in line


def parse_flat(lines: list[str], start: int) -> tuple[int, TextGrid | None]:
    """Read a Word-to-text dump from ``lines[start]``; return the next line index and the table.

    A TAB at the start of a line starts a cell, a line without one continues the cell,
    a blank line ends the row. ``None`` when the rows have a single column (tab-indented text).
    """
    rows: list[list[list[str]]] = []
    firsts: list[list[int]] = []
    row_open, after_blank, i = False, False, start
    while i < len(lines):
        line = lines[i]
        match = _FLAT_CELL.match(line)
        if match:
            if not row_open:
                rows.append([])
                firsts.append([])
                row_open = True
            rows[-1].append([match.group(1)])
            firsts[-1].append(i + 1)
            after_blank = False
        elif _empty(line):
            row_open, after_blank = False, True
        elif after_blank or not rows:
            break  # text after the table
        else:
            rows[-1][-1].append(line)
        i += 1
    cells = [[RawCell("\n".join(c), n) for c, n in zip(r, f)] for r, f in zip(rows, firsts)]
    cells = [r for r in _rejoin_split_rows(cells) if any(not _empty(c.text) for c in r)]
    if not cells or max(len(r) for r in cells) < 2:
        return i, None
    return i, _layout_flat(cells)


def _rejoin_split_rows(rows: list[list[RawCell]]) -> list[list[RawCell]]:
    # A blank line inside a cell splits its row in two; re-join a short row when it and
    # the next one together have the width of the row before.
    joined: list[list[RawCell]] = []
    k = 0
    while k < len(rows):
        row = rows[k]
        if (
            joined
            and k + 1 < len(rows)
            and len(row) < len(joined[-1])
            and len(row) + len(rows[k + 1]) == len(joined[-1])
            and not _empty(rows[k + 1][0].text)
        ):
            row = row + rows[k + 1]
            k += 1
        joined.append(row)
        k += 1
    return joined


def _layout_flat(rows: list[list[RawCell]]) -> TextGrid:
    # A short row keeps its first cell one column wide; the others share the remaining columns.
    n_cols = max(len(r) for r in rows)
    placed: list[list[GridCell]] = []
    for r, row in enumerate(rows):
        if len(row) == 1:
            spans = [n_cols]
        else:
            base, extra = divmod(n_cols - 1, len(row) - 1)
            spans = [1] + [base + (1 if j < extra else 0) for j in range(len(row) - 1)]
        col, out = 0, []
        for cell, span in zip(row, spans):
            out.append(_placed(cell, r, col, span))
            col += span
        placed.append(out)
    return _finish(placed, n_cols)


def parse_delimited(lines: list[str], start: int, pipes: bool) -> TextGrid | None:
    """Tab-separated (``pipes=False``) or ``|``-separated rows; Markdown rule rows are skipped.

    ``None`` when no row has any text.
    """
    rows: list[list[RawCell]] = []
    markdown = False
    for n, line in enumerate(lines, start=start + 1):
        if pipes and _MD_RULE.match(line):
            markdown = True
            continue
        texts = _split_pipes(line) if pipes else line.split("\t")
        if any(not _empty(t) for t in texts):
            rows.append([RawCell(t, n) for t in texts])
    if not rows:
        return None
    n_cols = max(len(r) for r in rows)
    rows = [r + [RawCell("", r[0].line)] * (n_cols - len(r)) for r in rows]
    if markdown:  # Markdown cells are real cells: an empty one is empty, not merged
        return _finish([[_placed(c, r, j) for j, c in enumerate(row)] for r, row in enumerate(rows)], n_cols)
    rows = _realign(rows)
    placed: list[list[GridCell]] = []
    for r, row in enumerate(rows):
        out: list[GridCell] = []
        for j, cell in enumerate(row):
            if _empty(cell.text) and any(not _empty(p.raw) for p in out):
                out[-1].col_span += 1  # an empty cell after a filled one: horizontal merge
            else:
                out.append(_placed(cell, r, j))
        placed.append(out)
    return _finish(placed, n_cols)


def _split_pipes(line: str) -> list[str]:
    text = line.strip()
    text = text[1:] if text.startswith("|") else text
    text = text[:-1] if text.endswith("|") and not text.endswith("\\|") else text
    return [part.strip().replace("\\|", "|") for part in _PIPE.split(text)]


def _realign(rows: list[list[RawCell]]) -> list[list[RawCell]]:
    # A row that lost its leading empty cells (a PDF-to-text artefact) has the same filled
    # pattern as the row above, shifted left; shift it back while trailing empties allow.
    fixed: list[list[RawCell]] = []
    for row in rows:
        if fixed and not _empty(row[0].text):
            mine = [j for j, c in enumerate(row) if not _empty(c.text)]
            above = [j for j, c in enumerate(fixed[-1]) if not _empty(c.text)]
            shift = above[0] - mine[0] if above else 0
            trailing = len(row) - 1 - mine[-1]
            if len(mine) == len(above) and 0 < shift <= trailing and [j + shift for j in mine] == above:
                pad = [RawCell("", row[0].line)] * shift
                row = pad + row[: len(row) - shift]
        fixed.append(row)
    return fixed


def _finish(rows: list[list[GridCell]], n_cols: int) -> TextGrid:
    """Apply vertical merges (leading empty cells continue a filled cell above) and flatten."""
    owners: list[list[GridCell | None]] = []
    kept: list[GridCell] = []
    for r, row in enumerate(rows):
        cover: list[GridCell | None] = [None] * n_cols
        leading = True
        for cell in row:
            above = owners[r - 1][cell.col] if r else None
            if (
                leading
                and _empty(cell.raw)
                and cell.col_span == 1
                and above is not None
                and above.col == cell.col
                and above.col_span == 1
                and not _empty(above.raw)
            ):
                above.row_span += 1
                cover[cell.col] = above
                continue
            leading = False
            kept.append(cell)
            for c in range(cell.col, min(cell.col + cell.col_span, n_cols)):
                cover[c] = cell
        owners.append(cover)
    first_line = (rows[0][0].line or 0) if rows and rows[0] else 0
    return TextGrid(len(rows), n_cols, kept, line=first_line)
