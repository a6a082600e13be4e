"""Budget and fund tables (预算/决算/基金收支表, 部门决算九张表) as typed models, with the relations they state."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from sbeval.schema.document import Location
from sbeval.schema.figures import Figure

TableKind = Literal[
    "收支总表", "收入表", "支出表", "功能分类表", "经济分类表", "三公经费表", "预算执行表", "基金收支表", "其他",
]
Measure = Literal[
    "年初预算数", "调整预算数", "预算数", "执行数", "决算数", "上年同期", "本年累计", "执行率", "增长率", "金额",
]
ColumnRole = Literal["code", "label", "value"]
RowRole = Literal["item", "total", "breakdown", "balance", "heading"]
RelationKind = Literal["row_total", "column_total", "outline", "code", "equal_totals", "balance", "rate", "growth",
                       "text_total"]


class BudgetColumn(BaseModel):
    """One grid column: its header path (上级表头/本级表头), role, and the measure it holds (预算数, 执行率 …)."""

    index: int
    panel: int
    header: str
    role: ColumnRole
    measure: Measure | None = None
    is_total: bool = False


class BudgetRow(BaseModel):
    """One body row of a panel: label, 科目编码 (digits, 类/款/项 joined), outline level and role.

    ``level`` is 0 for a plain label, 1 for 一、, 2 for （一）, 3 for 1./1、, 4 for （1）.
    ``values`` maps a column index to the figure in that cell; empty cells are absent. ``merged`` rows
    (an amount merged across columns, or read into a label column) take part in no relation.
    """

    row: int
    panel: int
    label: str
    code: str | None = None
    level: int = 0
    role: RowRole = "item"
    values: dict[int, Figure] = Field(default_factory=dict)
    merged: bool = False  # an amount spans columns or sits in a label column: the row is not summed


class Term(BaseModel):
    sign: int = 1
    figure: Figure


class TableRelation(BaseModel):
    """A relation the table's structure states: ``stated`` = Σ sign·term (sums), or a rate from its columns.

    ``text_total``: ``stated`` is a figure of the prose naming the table's total (the name in
    ``description``), the one term that total.
    For ``rate``/``growth`` the terms are (numerator, denominator) pairs flattened: each alternative base
    is one pair, so ``terms`` holds 2·n figures; the relation holds when one alternative agrees.
    """

    kind: RelationKind
    stated: Figure
    terms: list[Term] = Field(default_factory=list)
    description: str = ""


class BudgetTable(BaseModel):
    kind: TableKind
    title: str = ""
    unit: str | None = None
    scale: Decimal = Decimal(1)
    location: Location
    header_rows: int = 0
    columns: list[BudgetColumn] = Field(default_factory=list)
    rows: list[BudgetRow] = Field(default_factory=list)
    relations: list[TableRelation] = Field(default_factory=list)
