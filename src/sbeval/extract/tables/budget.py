"""Budget and fund tables → BudgetTable models: columns by role and measure, rows by label, 科目编码 and outline level."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from sbeval.extract.lexicon.units import unit_info
from sbeval.extract.tables.cells import (
    BREAKDOWN, TOTAL, code_of, compact, figure_of, is_amount, is_dash, level_of, measure_of,
)
from sbeval.extract.tables.crossref import text_totals
from sbeval.extract.tables.kinds import Layout, kind_of, layout_of, unit_in
from sbeval.extract.tables.relations import relations_of
from sbeval.schema.document import Block, Cell, Heading, Paragraph, Table
from sbeval.schema.figures import Figure
from sbeval.schema.tables import BudgetColumn, BudgetRow, BudgetTable, RowRole

_LOOKBACK = 3
_NOT_TITLE = re.compile(r"[（(]?(?:金额)?单位[：:].*$|编制(?:部门|单位)[：:]\S*")
_TITLE_MAX = 40
_SPLIT_CODE = ("类", "款", "项")


def _caption(blocks: list[Block], index: int) -> tuple[str, str | None]:
    """The title and unit written in the paragraphs just before the table (收入决算表 / 单位：万元)."""
    title, unit = "", None
    for block in reversed(blocks[max(0, index - _LOOKBACK):index]):
        if isinstance(block, Table):
            break
        if not isinstance(block, (Paragraph, Heading)):
            continue
        found = unit_in(block.text)
        if found and unit is None:
            unit = found
            rest = compact(_NOT_TITLE.sub("", block.text))
            if rest and not title:
                title = rest
        elif not title and len(compact(block.text)) <= _TITLE_MAX:
            title = compact(block.text)
        if title:
            break
    return title, unit


def _columns(layout: Layout) -> list[BudgetColumn]:
    out = []
    for c, role in enumerate(layout.roles):
        header = layout.header_text(c)
        leaf = compact(layout.headers[c][-1].text) if layout.headers[c] else ""
        measure = measure_of(header) if role == "value" else None
        out.append(BudgetColumn(
            index=c, panel=layout.panels[c], header=header, role=role, measure=measure,  # type: ignore[arg-type]
            is_total=role == "value" and bool(TOTAL.fullmatch(leaf)),
        ))
    return out


def _label(cells: list[Cell | None]) -> str:
    seen: list[Cell] = []
    for cell in cells:
        if cell is not None and all(cell is not s for s in seen):
            seen.append(cell)
    return "".join(compact(c.text) for c in seen if compact(c.text) not in _SPLIT_CODE and not code_of(c.text))


def _code(cells: list[Cell | None]) -> str | None:
    parts = [compact(c.text) if c else "" for c in cells]
    codes = [code_of(p) for p in parts if p]
    if not codes or any(c is None for c in codes):
        return None
    return "".join(c for c in codes if c)


def _rows(table: Table, layout: Layout, columns: list[BudgetColumn], unit: str | None) -> list[BudgetRow]:
    filled, grid = table.filled_grid(), table.grid()
    info = unit_info(unit)
    scale = info.scale if info else Decimal(1)
    out: list[BudgetRow] = []
    for panel in sorted(set(layout.panels)):
        cols = [c for c in columns if c.panel == panel]
        in_breakdown = False
        for r in range(layout.header_rows, table.n_rows):
            codes = [filled[r][c.index] for c in cols if c.role == "code"]
            label = _label(codes + [filled[r][c.index] for c in cols if c.role == "label"])
            code = _code(codes)
            values, merged = {}, False
            for c in cols:
                cell = filled[r][c.index]
                if cell is not None and is_amount(cell.text) and (c.role == "label" or cell.col_span > 1):
                    merged = True
                cell = grid[r][c.index]
                if c.role != "value" or cell is None or cell.col_span > 1:
                    continue
                if is_dash(cell.text):
                    continue
                name = f"{label}·{c.header.rsplit('/', 1)[-1]}" if c.header else label
                figure = figure_of(cell, name, unit, scale)
                if figure is not None:
                    values[c.index] = figure
            if not label and not values:
                continue
            level, bare = level_of(label)
            role: RowRole = "item"
            if not values and not merged:
                role = "heading"
            elif BREAKDOWN.match(label):
                role, in_breakdown = "breakdown", True
            elif TOTAL.fullmatch(bare):
                role, in_breakdown = "total", False
            elif in_breakdown and level == 0 and code is None:
                role = "breakdown"
            else:
                in_breakdown = False
            out.append(BudgetRow(row=r, panel=panel, label=label, code=code, level=level, role=role, values=values,
                                 merged=merged))
    return out


def budget_table(blocks: list[Block], index: int) -> BudgetTable | None:
    table = blocks[index]
    assert isinstance(table, Table)
    layout = layout_of(table)
    if layout is None:
        return None
    title, unit = _caption(blocks, index)
    unit = unit or next((u for c in layout.headers for h in c if (u := unit_in(h.text))), None)
    columns = _columns(layout)
    rows = _rows(table, layout, columns, unit)
    info = unit_info(unit)
    model = BudgetTable(
        kind=kind_of(title, layout), title=title, unit=unit, scale=info.scale if info else Decimal(1),
        location=table.location, header_rows=layout.header_rows, columns=columns, rows=rows,
    )
    structured = any(r.code or r.role == "total" for r in rows) or any(c.is_total or c.measure for c in columns)
    if not structured or not rows:
        return None
    return model.model_copy(update={"relations": relations_of(model, table, layout)})


def find_budget_tables(blocks: list[Block], figures: Sequence[Figure] = ()) -> list[BudgetTable]:
    """The budget and fund tables of a document, each with its relations and the prose totals naming it."""
    tables = [t for i, b in enumerate(blocks) if isinstance(b, Table) and (t := budget_table(blocks, i)) is not None]
    for index, relation in text_totals(blocks, figures, tables):
        tables[index].relations.append(relation)
    return tables
