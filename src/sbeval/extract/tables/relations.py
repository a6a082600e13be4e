"""The relations a budget table's structure states: total rows and columns, outline and 科目编码 hierarchies,
balance rows and the 收支总表 identity, and rate columns recomputed from their columns."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from sbeval.extract.tables.balances import balance_relations, equal_totals, rate_relations
from sbeval.extract.tables.cells import GRAND, TOTAL, compact, level_of, measure_of
from sbeval.extract.tables.kinds import Layout
from sbeval.schema.document import Cell, Table
from sbeval.schema.tables import BudgetRow, BudgetTable, RelationKind, TableRelation, Term

_RATES = ("执行率", "增长率")
_PERCENT_HEAD = re.compile(r"%|率|幅|进度")


def _sum(kind: RelationKind, total: BudgetRow, column: int, parts: Sequence[tuple[int, BudgetRow]],
         description: str) -> Iterator[TableRelation]:
    if total.merged or any(row.merged for _, row in parts):
        return
    stated = total.values.get(column)
    terms = [Term(sign=sign, figure=row.values[column]) for sign, row in parts if column in row.values]
    if stated is not None and terms:
        yield TableRelation(kind=kind, stated=stated, terms=terms, description=description)


def _top(rows: Sequence[BudgetRow]) -> list[BudgetRow] | None:
    """The top-level items of a run of rows: the shortest 科目编码, else the shallowest outline level."""
    items = [r for r in rows if r.role == "item"]
    if not items or any(r.merged for r in rows):
        return None
    coded = [r for r in items if r.code]
    if coded:
        if len(coded) != len(items):
            return None
        shortest = min(len(r.code or "") for r in coded)
        return [r for r in coded if len(r.code or "") == shortest]
    level = min(r.level for r in items)
    return [r for r in items if r.level == level]


def _children(rows: Sequence[BudgetRow], i: int) -> list[BudgetRow]:
    """The rows right below ``rows[i]`` that sit deeper in the outline, up to the next total."""
    parent, out = rows[i], []
    for row in rows[i + 1:]:
        if row.role == "breakdown":
            out.append(row)
            continue
        if row.role == "total" or row.code or row.level <= parent.level:
            break
        out.append(row)
    return out


def _total_items(rows: Sequence[BudgetRow], i: int) -> list[BudgetRow] | None:
    total = rows[i]
    if total.level >= 1:
        return _top(_children(rows, i))
    before = [k for k in range(i) if rows[k].role == "total"]
    above = [r for r in rows[(before[-1] + 1 if before else 0):i] if r.role != "heading"]
    if not before and not above:
        after = []
        for row in rows[i + 1:]:
            if row.role == "total":
                break
            after.append(row)
        return _top(after)
    if before and GRAND.fullmatch(level_of(total.label)[1]):
        if len(before) > 1 or rows[before[-1]].level:
            return None
        top = _top(above) if any(r.role == "item" for r in above) else []
        return None if top is None else [rows[before[-1]], *top]
    return _top(above) if above else None


def _row_relations(rows: list[BudgetRow], columns: list[int]) -> Iterator[TableRelation]:
    for i, row in enumerate(rows):
        if row.role == "total":
            items = _total_items(rows, i)
            what = f"“{row.label}”行＝其所列各项之和"
        elif row.role == "item" and row.code:
            run = []
            for r in rows[i + 1:]:
                if not (r.code and r.code.startswith(row.code) and len(r.code) > len(row.code)):
                    break
                run.append(r)
            items = _top(run)
            what = f"科目“{row.code} {row.label}”＝其下级科目之和"
        elif row.role == "item":
            items = _top(_children(rows, i))
            what = f"“{row.label}”行＝其下各分项之和"
        else:
            continue
        if not items:
            continue
        kind: RelationKind = "code" if row.code else ("row_total" if row.role == "total" else "outline")
        for column in columns:
            yield from _sum(kind, row, column, [(1, r) for r in items], what)


def _leaf(layout: Layout, column: int) -> Cell | None:
    heads = layout.headers[column]
    return heads[-1] if heads else None


def _siblings(table: Table, layout: Layout, column: int) -> list[int] | None:
    """The columns a total column adds up: its siblings under the same parent header, one column each."""
    heads = layout.headers[column]
    if not heads or not TOTAL.fullmatch(compact(heads[-1].text)):
        return None
    leaf, filled = heads[-1], table.filled_grid()
    panel = layout.panels[column]
    if len(heads) >= 2:
        span = range(heads[-2].col, heads[-2].col + heads[-2].col_span)
    else:
        span = range(len(layout.roles))
    cells: list[Cell] = []
    for c in span:
        if c == column or layout.panels[c] != panel or layout.roles[c] != "value":
            continue
        cell = filled[leaf.row][c]
        if cell is None or not compact(cell.text) or measure_of(cell.text):
            return None
        if cell is not leaf and all(cell is not o for o in cells):
            cells.append(cell)
    out: list[int] = []
    for cell in cells:
        cols = [c for c in range(cell.col, cell.col + cell.col_span) if layout.roles[c] == "value"]
        if len(cols) > 1:
            cols = [c for c in cols if (h := _leaf(layout, c)) is not None and h is not cell
                    and TOTAL.fullmatch(compact(h.text))]
        if len(cols) != 1:
            return None
        out += cols
    return out or None


def _column_relations(model: BudgetTable, table: Table, layout: Layout) -> Iterator[TableRelation]:
    for column in model.columns:
        if not column.is_total:
            continue
        siblings = _siblings(table, layout, column.index)
        if not siblings:
            continue
        what = f"“{column.header}”列＝其右各列之和"
        for row in model.rows:
            if row.role != "heading" and not row.merged:
                stated = row.values.get(column.index)
                terms = [Term(figure=row.values[c]) for c in siblings if c in row.values]
                if stated is not None and terms:
                    yield TableRelation(kind="column_total", stated=stated, terms=terms, description=what)


def relations_of(model: BudgetTable, table: Table, layout: Layout) -> list[TableRelation]:
    out: list[TableRelation] = []
    for panel in sorted({c.panel for c in model.columns}):
        rows = [r for r in model.rows if r.panel == panel and r.role != "heading"]
        amounts = [c.index for c in model.columns if c.panel == panel and c.role == "value"
                   and c.measure not in _RATES and not _PERCENT_HEAD.search(c.header)]
        out += _row_relations(rows, amounts)
        out += balance_relations(rows, amounts)
        out += rate_relations(rows, [c for c in model.columns if c.panel == panel and c.role == "value"])
    out += _column_relations(model, table, layout)
    out += equal_totals(model)
    return out
