"""Balance rows (本年收支结余, 年末滚存结余), the 收支总表's 收入总计 = 支出总计, and 执行率/增长 columns."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from sbeval.extract.tables.cells import GRAND, level_of
from sbeval.schema.tables import BudgetColumn, BudgetRow, BudgetTable, TableRelation, Term

_INCOME = re.compile(r"(?:本年|本期|当年|全年)?(?:基金)?收入(?:合计|小计)?")
_SPENDING = re.compile(r"(?:本年|本期|当年|全年)?(?:基金)?支出(?:合计|小计)?")
_BALANCE = re.compile(r"(?:本年|本期|当年|全年)(?:基金)?收支(?:结余|差额)")
_OPENING = re.compile(r"(?:年初|期初|上年末?)(?:基金)?滚存结余|上年结余")
_CLOSING = re.compile(r"(?:年末|期末)(?:基金)?滚存结余")
_NUMERATORS = ("执行数", "决算数", "本年累计")
_BASES = ("预算数", "年初预算数", "调整预算数")
_CURRENT = ("执行数", "决算数", "本年累计", "预算数")
_PERCENT_HEAD = re.compile(r"%|率|幅")


def _one(rows: Sequence[BudgetRow], pattern: re.Pattern[str]) -> BudgetRow | None:
    found = [r for r in rows if r.role in ("item", "total") and pattern.fullmatch(level_of(r.label)[1])]
    return found[0] if len(found) == 1 else None


def _relation(stated: BudgetRow, column: int, parts: Sequence[tuple[int, BudgetRow | None]],
              what: str) -> Iterator[TableRelation]:
    figure = stated.values.get(column)
    if figure is None or stated.merged or any(row is None or row.merged or column not in row.values
                                              for _, row in parts):
        return
    terms = [Term(sign=sign, figure=row.values[column]) for sign, row in parts if row is not None]
    yield TableRelation(kind="balance", stated=figure, terms=terms, description=what)


def balance_relations(rows: Sequence[BudgetRow], columns: Sequence[int]) -> Iterator[TableRelation]:
    """本年收支结余 = 收入 − 支出; 年末滚存结余 = 年初滚存结余 + 本年收支结余 (each row named once)."""
    income, spending = _one(rows, _INCOME), _one(rows, _SPENDING)
    balance, opening, closing = _one(rows, _BALANCE), _one(rows, _OPENING), _one(rows, _CLOSING)
    for column in columns:
        if balance is not None:
            yield from _relation(balance, column, [(1, income), (-1, spending)], "本年收支结余＝收入－支出")
        if closing is not None and opening is not None:
            yield from _relation(closing, column, [(1, opening), (1, balance)], "年末滚存结余＝年初滚存结余＋本年收支结余")


def equal_totals(model: BudgetTable) -> Iterator[TableRelation]:
    """In a 收支总表 the 总计 of the 收入 side equals the 总计 of the 支出 side."""
    if model.kind != "收支总表":
        return
    totals = []
    for panel in sorted({c.panel for c in model.columns}):
        grand = [r for r in model.rows if r.panel == panel and r.role == "total" and GRAND.fullmatch(r.label)]
        first = next((c.index for c in model.columns if c.panel == panel and c.role == "value"), None)
        if len(grand) == 1 and not grand[0].merged and first is not None and first in grand[0].values:
            totals.append(grand[0].values[first])
    if len(totals) == 2:
        yield TableRelation(kind="equal_totals", stated=totals[1], terms=[Term(figure=totals[0])],
                            description="支出方总计应等于收入方总计")


def _pairs(row: BudgetRow, tops: Sequence[BudgetColumn], bottoms: Sequence[BudgetColumn]) -> list[Term]:
    out: list[Term] = []
    for top in tops:
        for bottom in bottoms:
            if top.index in row.values and bottom.index in row.values:
                out += [Term(figure=row.values[top.index]), Term(figure=row.values[bottom.index])]
    return out


def rate_relations(rows: Sequence[BudgetRow], columns: Sequence[BudgetColumn]) -> Iterator[TableRelation]:
    """执行率 = 执行数 ÷ 预算数 and 增长率 = 本年 ÷ 上年 − 1, with every base the table offers as an alternative."""
    amounts = [c for c in columns if c.measure not in ("执行率", "增长率")]
    for column in columns:
        percent = _PERCENT_HEAD.search(column.header) or any(
            row.values[column.index].unit == "%" for row in rows if column.index in row.values)
        if column.measure == "执行率" and percent:
            tops = [c for c in amounts if c.measure in _NUMERATORS]
            bottoms = [c for c in amounts if c.measure in _BASES]
            kind, what = "rate", f"“{column.header}”列＝执行数÷预算数"
        elif column.measure == "增长率" and percent:
            tops = [c for c in amounts if c.measure in _CURRENT]
            bottoms = [c for c in amounts if c.measure == "上年同期"]
            kind, what = "growth", f"“{column.header}”列＝（本年－上年）÷上年"
        else:
            continue
        for row in rows:
            stated = None if row.merged else row.values.get(column.index)
            terms = _pairs(row, tops, bottoms)
            if stated is not None and terms:
                yield TableRelation(kind=kind, stated=stated, terms=terms, description=what)  # type: ignore[arg-type]
