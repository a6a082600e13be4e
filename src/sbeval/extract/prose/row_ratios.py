"""Ratios in tables flattened into one line of text, read only where the layout leaves one reading:

- an indicator row under a header that ends in 完成率: "≥500人1700人340%" is target, actual and
  actual ÷ target, run straight on;
- a share column closed by its total row: "基本支出 356.80 97.27% … 项目支出 10 2.73% … 合计 366.80 100%"
  makes each row's share its amount ÷ the 合计.
"""

from __future__ import annotations

import re
from decimal import Decimal

from sbeval.extract.core.context import Context, TextPiece
from sbeval.extract.lexicon.comparators import PREFIXES
from sbeval.schema.figures import Figure
from sbeval.schema.relations import RatioRelation

_RATE_HEADER = re.compile(r"(?:指标值|目标值|预期值)[\u4e00-\u9fff]{0,6}?(?:实际完成值|完成值|实际值)[\u4e00-\u9fff]{0,4}?完成率")
_FLOOR = {"≥", ">"}
_NAME_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,24}$")
# "基本支出356.80 97.27%" (the readers drop the blank after a label): a row label, its amount and its
# share, the two numbers blank-separated.
_SHARE_ROW = re.compile(r"[\u4e00-\u9fff]{2,12}$")
_TOTAL_ROW = re.compile(r"(?:合计|总计)$")


def _floor_before(text: str, pos: int) -> bool:
    return any(text.endswith(word, 0, pos) and symbol in _FLOOR for word, symbol in PREFIXES)


def _comparator_length(text: str, pos: int) -> int:
    return next((len(word) for word, _ in PREFIXES if text.endswith(word, 0, pos)), 0)


def completion_rows(unit: TextPiece) -> list[RatioRelation]:
    """Indicator rows "≥A B C%" after a header naming a 完成率 column: C = B ÷ A for a floor target.
    A stated 100% is left alone, as many reports cap the rate of a target exceeded."""
    header = _RATE_HEADER.search(unit.text)
    if header is None:
        return []
    text, figures = unit.text, [f for f in unit.figures if f.start >= header.end()]
    found = []
    for target, actual, rate in zip(figures, figures[1:], figures[2:]):
        if target.end != actual.start or actual.end != rate.start or not _floor_before(text, target.start):
            continue
        if not target.unit or target.unit != actual.unit or rate.unit != "%" or rate.value == 100:
            continue
        column = "累计完成率" if "累计" in header.group() else "完成率"
        name = _NAME_BEFORE.search(text, 0, target.start - _comparator_length(text, target.start))
        found.append(RatioRelation(
            kind="percent", label=f"{name.group() if name else ''}{column}", result=rate,
            numerator=actual.model_copy(update={"label": "实际完成值"}),
            denominator=target.model_copy(update={"label": "目标值"}), factor=Decimal(100)))
    return found


def share_columns(unit: TextPiece) -> list[RatioRelation]:
    """Rows "label A P%" closed by "合计 T 100%": each P = A ÷ T (rows since the previous total row)."""
    text, figures = unit.text, unit.figures
    found: list[RatioRelation] = []
    rows: list[tuple[Figure, Figure]] = []
    for amount, share in zip(figures, figures[1:]):
        if share.unit != "%" or amount.unit == "%" or text[amount.end:share.start] != " ":
            continue
        if _TOTAL_ROW.search(text, 0, amount.start):
            if share.value == 100:
                total = amount.model_copy(update={"label": "合计"})
                found.extend(RatioRelation(kind="share", label="占比", result=p, numerator=a, denominator=total,
                                           factor=Decimal(100)) for a, p in rows)
            rows = []
        elif _SHARE_ROW.search(text, 0, amount.start):
            rows.append((amount, share))
    return found


def find_row_ratios(ctx: Context) -> list[RatioRelation]:
    found: list[RatioRelation] = []
    for unit in ctx.units:
        if not unit.in_table and not unit.is_heading:
            found += completion_rows(unit) + share_columns(unit)
    return found
