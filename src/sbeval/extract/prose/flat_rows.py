"""A table flattened into a paragraph: "基本支出 356.80 97.27% 项目支出 10 2.73% 合计 366.80 100%".

A row is a short name followed by figures with nothing between them; rows with the same number of
figures that end in a row named 合计/总计/小计 are items and their total, column by column (a named
total row closes the list).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sbeval.extract.core.context import Context
from sbeval.extract.prose import items
from sbeval.schema.figures import Figure
from sbeval.schema.relations import SumRelation, Term

_NAME = re.compile(r"\s*[\u4e00-\u9fff]{2,12}\s*")
_TAIL = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,12}\s*$")
_TOTAL_ROW = re.compile(r"\s*(?:合计|总计|小计)\s*")


@dataclass
class _Row:
    name: str
    cells: list[Figure]


def _rows(text: str, figures: list[Figure]) -> list[list[_Row]]:
    """Runs of adjacent rows: each row's name follows the previous row's last figure directly."""
    runs: list[list[_Row]] = []
    run: list[_Row] = []
    previous_end = 0
    for figure in figures:
        gap = text[previous_end:figure.start]
        if run and not gap.strip():
            run[-1].cells.append(figure)
        elif run and _NAME.fullmatch(gap):
            run.append(_Row(gap.strip(), [figure]))
        else:
            if run:
                runs.append(run)
            tail = _TAIL.search(gap)  # the first row's name ends whatever came before it
            run = [_Row(tail.group().strip(), [figure])] if tail else []
        previous_end = figure.end
    if run:
        runs.append(run)
    return runs


def _column_sums(rows: list[_Row], total: _Row) -> list[SumRelation]:
    found: list[SumRelation] = []
    for column, cell in enumerate(total.cells):
        parts = [row.cells[column] for row in rows]
        if any(items.measure(p) != items.measure(cell) or p.base_unit != cell.base_unit for p in parts):
            return []
        found.append(SumRelation(kind="sum", label=f"{total.name}（{'、'.join(r.name for r in rows)}）",
                                 total=cell, parts=[Term(figure=p) for p in parts], closed=True))
    return found


def flat_rows(ctx: Context) -> list[SumRelation]:
    """Column sums of the item rows and the 合计 row of tables run into prose."""
    found: list[SumRelation] = []
    for unit in ctx.units:
        if unit.in_table or len(unit.figures) < 6:
            continue
        for run in _rows(unit.text, unit.figures):
            items_since: list[_Row] = []
            for row in run:
                width = len(row.cells)
                if _TOTAL_ROW.fullmatch(row.name):
                    if len(items_since) >= 2 and width >= 2 and all(len(r.cells) == width for r in items_since):
                        found.extend(_column_sums(items_since, row))
                    items_since = []
                else:
                    items_since.append(row)
    return found
