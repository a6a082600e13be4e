"""What a budget table is: where its header ends, what each column holds, its side-by-side panels, unit and kind."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sbeval.extract.tables.cells import NOT_BUDGET, compact, is_amount, measure_of
from sbeval.schema.document import Cell, Table
from sbeval.schema.tables import ColumnRole, TableKind

_CODE_HEAD = re.compile(r"编码|代码")
_LABEL_HEAD = re.compile(r"(?:.{0,10}科目|项目)?名称|项目|科目|类别|内容|摘要")
_UNIT = re.compile(r"单位[：:]\s*(万元|亿元|千元|元)|[（(](万元|亿元|千元|元)[）)]")
_COLUMN_NUMBERS = re.compile(r"栏次|行次")
_KINDS: tuple[tuple[TableKind, re.Pattern[str]], ...] = (
    ("三公经费表", re.compile(r"三公")),
    ("收支总表", re.compile(r"收支.{0,6}总表|收入支出.{0,4}总表")),
    ("经济分类表", re.compile(r"经济分类")),
    ("收入表", re.compile(r"收入(?:决算|预算)(?:总)?表")),
    ("支出表", re.compile(r"支出(?:决算|预算)(?:总)?表")),
    ("功能分类表", re.compile(r"功能分类|科目编码")),
    ("基金收支表", re.compile(r"基金")),
    ("预算执行表", re.compile(r"预算|执行|决算")),
)


@dataclass
class Layout:
    header_rows: int
    roles: list[ColumnRole]
    panels: list[int]
    headers: list[list[Cell]]  # per column: its distinct header cells, top to bottom

    def header_text(self, column: int) -> str:
        return "/".join(compact(c.text) for c in self.headers[column] if compact(c.text))


def unit_in(text: str) -> str | None:
    m = _UNIT.search(compact(text))
    return (m[1] or m[2]) if m else None


def _texts(row: list[Cell | None]) -> list[str]:
    return [compact(c.text) if c else "" for c in row]


def is_code_head(parts: list[str]) -> bool:
    return any(_CODE_HEAD.search(p) or p in ("类", "款", "项") for p in parts)


def _body_start(filled: list[list[Cell | None]]) -> int | None:
    """The first row with an amount outside the 科目编码 columns, or None for a table of words."""
    heads: list[list[str]] = [[] for _ in (filled[0] if filled else [])]
    for r, row in enumerate(filled):
        texts = _texts(row)
        numbering = any(_COLUMN_NUMBERS.search(t) for t in texts)
        if not numbering and any(is_amount(t) for c, t in enumerate(texts) if not is_code_head(heads[c])):
            return r
        for c, t in enumerate(texts):
            if t:
                heads[c].append(t)
    return None


def _distinct_heads(filled: list[list[Cell | None]], column: int, end: int) -> list[Cell]:
    out: list[Cell] = []
    for r in range(end):
        cell = filled[r][column]
        if cell is not None and compact(cell.text) and all(cell is not o for o in out):
            out.append(cell)
    return out


def _role(parts: list[str], body: list[str]) -> ColumnRole:
    heads = "|".join(parts)
    if is_code_head(parts):
        return "code"
    filled = [t for t in body if t]
    amounts = sum(1 for t in filled if is_amount(t))
    if filled and amounts * 2 < len(filled):
        return "label"
    if not amounts and parts and _LABEL_HEAD.fullmatch(parts[-1]):
        return "label"
    return "value"


def layout_of(table: Table) -> Layout | None:
    """The layout of a budget table, or None for a table of words or an indicator/score table."""
    filled = table.filled_grid()
    if not filled or any(NOT_BUDGET.search(t) for row in filled[:4] for t in _texts(row)):
        return None
    start = _body_start(filled)
    if start is None:
        return None
    headers = [_distinct_heads(filled, c, start) for c in range(table.n_cols)]
    roles: list[ColumnRole] = []
    for c in range(table.n_cols):
        parts = [compact(h.text) for h in headers[c]]
        body = [compact(cell.text) if (cell := row[c]) is not None else "" for row in filled[start:]]
        roles.append(_role(parts, body))
    panels, panel = [], 0
    for c, role in enumerate(roles):
        if c and role != "value" and roles[c - 1] == "value":
            panel += 1
        panels.append(panel)
    return Layout(header_rows=start, roles=roles, panels=panels, headers=headers)


def kind_of(title: str, layout: Layout) -> TableKind:
    heads = "|".join(layout.header_text(c) for c in range(len(layout.roles)))
    if "经济分类" in heads and not re.search(r"三公|收支.{0,6}总表|收入支出.{0,4}总表", title):
        return "经济分类表"
    for kind, pattern in _KINDS:
        if pattern.search(title):
            return kind
    if len(set(layout.panels)) > 1 and "收入" in heads and "支出" in heads:
        return "收支总表"
    return next((kind for kind, pattern in _KINDS if pattern.search(heads)), "其他")
