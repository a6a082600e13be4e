"""Savings and overruns against a budget: "预算X万元，实际支出Y万元，节约Z万元" / "…，超出预算Z万元".

Read only when the sentence before the cue holds exactly one budget amount (预算/安排/计划) and
after it exactly one actual amount (决算/实际/执行/支出), so that Z = X − Y (节约) or Y − X (超出)
compares the two figures the sentence names. 结余 is left to the balance relations.
"""

from __future__ import annotations

import re

from sbeval.extract.core import sentences
from sbeval.extract.core.context import Context, TextPiece
from sbeval.extract.prose import items
from sbeval.schema.figures import Figure
from sbeval.schema.relations import ChangeRelation

_CUE = re.compile(
    r"(?:比|较|与)?(?:年初|调整后?|全年)?(?:预算(?:数)?)?(?:相比)?[，,]?\s*"
    r"(?P<verb>节约|节省|少支|超支|超出|多支)了?(?:预算)?(?:资金|经费|支出)?(?:为|达|共计)?\s*$"
)
_SAVED = {"节约", "节省", "少支"}
_BUDGET = re.compile(r"预算|安排|计划")
_ACTUAL = re.compile(r"决算|实际|执行|支出|支付|使用")
_LOOKBACK = 24


def _is_budget(figure: Figure) -> bool:
    return bool(_BUDGET.search(figure.label)) and not items.is_actual(figure.label)


def _is_actual(figure: Figure) -> bool:
    return bool(_ACTUAL.search(figure.label)) and not _BUDGET.search(figure.label)


def find_savings(ctx: Context) -> list[ChangeRelation]:
    found: list[ChangeRelation] = []
    for unit in ctx.units:
        if unit.in_table:
            continue
        money = [f for f in unit.figures if items.measure(f) == "元"]
        for index, figure in enumerate(money):
            relation = _relation(unit, money[:index], figure)
            if relation is not None:
                found.append(relation)
    return found


def _relation(unit: TextPiece, before: list[Figure], amount: Figure) -> ChangeRelation | None:
    cue = _CUE.search(unit.text, max(0, amount.start - _LOOKBACK), amount.start)
    if cue is None:
        return None
    start = sentences.start_of(unit.text, amount.start)
    earlier = [f for f in before if f.start >= start]
    budgets, actuals = [f for f in earlier if _is_budget(f)], [f for f in earlier if _is_actual(f)]
    if len(budgets) != 1 or len(actuals) != 1 or actuals[0].start < budgets[0].start:
        return None
    budget, actual = budgets[0], actuals[0]
    if any(budget.start < f.start < actual.start or f.start > actual.start for f in earlier if f not in (budget, actual)):
        return None  # another amount between or after: the difference may be of something else
    change = amount.model_copy(update={"value": -abs(amount.value) if cue.group("verb") in _SAVED else abs(amount.value)})
    return ChangeRelation(kind="difference", label="决算比预算", current=actual, prior=budget, change=change)
