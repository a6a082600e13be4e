"""Amounts with no unit where the amounts around them have one ("期末基金滚存结余达2243.67。")."""

from __future__ import annotations

import re

from sbeval.extract.core.context import Context
from sbeval.schema.document_checks import UnitlessAmount
from sbeval.schema.figures import Figure

# A label that names an amount of money by its last word.
_MONEY_LABEL = re.compile(
    r"(?:结余|结存|收入|支出|资金|金额|经费|补贴|补助|费用|保费|拨款|预算数?|决算数?|余额|总额|基金)$"
)
# The figure must end its clause: a number cut off at the end of a text is not a missing unit.
_CLAUSE_END = re.compile(r"[。；;，,、）)！？]")


def find_unitless(ctx: Context) -> list[UnitlessAmount]:
    """Every prose amount with a money label, no unit, and a clause end after it, beside an amount with a unit."""
    found: list[UnitlessAmount] = []
    for unit in ctx.units:
        if unit.in_table or unit.is_heading:
            continue
        with_unit = [f for f in unit.figures if f.unit and f.base_unit == "元"]
        if not with_unit:
            continue
        for figure in unit.figures:
            if figure.unit is None and _MONEY_LABEL.search(figure.label) and _CLAUSE_END.match(unit.text, figure.end):
                found.append(UnitlessAmount(figure=figure, neighbour=_nearest(with_unit, figure)))
    return found


def _nearest(figures: list[Figure], figure: Figure) -> Figure:
    return min(figures, key=lambda f: abs(f.start - figure.start))
