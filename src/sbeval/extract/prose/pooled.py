"""Pooled rates: a total's rate of a base the text never states, each part stating its own rate.

"待遇支出3736.78万元，支出全年预算的21%。其中医疗待遇804.66万元，支出全年预算的19%；伤残待遇…，20%；
工亡待遇…，24%": no budget is written, but each part's rate gives its budget (part ÷ rate), and the
budgets add up as the parts do, so the total's rate is total ÷ Σ(part ÷ rate). Read only when the
parts are a complete breakdown (they add up to the total) and every rate repeats the same phrase
right after its own amount.
"""

from __future__ import annotations

import re

from sbeval.extract.core.lookup import FigureIndex, Spot, approximate, is_amount
from sbeval.numbers import Interval
from sbeval.schema.figures import Figure
from sbeval.schema.relations import PooledPart, PooledRate, RatioRelation, SumRelation

# ，支出全年预算的21%: the rate follows its amount, the budget named but never stated.
_RIGHT_AFTER = re.compile(
    r"^[，,]\s*(?:支出|完成|执行|实现|收入|为|占|达到?)了?(?P<cue>(?:全年|年度|年初|调整后|当年)?预算(?:数)?)的$"
)


def _key(figure: Figure) -> tuple[object, int]:
    return figure.location, figure.start


def _rates(index: FigureIndex, resolved: set[tuple[object, int]]) -> dict[tuple[object, int], tuple[Spot, str]]:
    """Amount → (its rate, the phrase), for every rate written right after its amount."""
    found: dict[tuple[object, int], tuple[Spot, str]] = {}
    for unit in index.ctx.units:
        if unit.in_table or unit.is_heading:
            continue
        spots = index.by_unit[unit.index]
        for amount, rate in zip(spots, spots[1:]):
            if rate.figure.unit != "%" or not is_amount(amount) or _key(rate.figure) in resolved or approximate(rate):
                continue
            match = _RIGHT_AFTER.match(unit.text[amount.figure.end:rate.figure.start])
            if match:
                found[_key(amount.figure)] = (rate, match.group("cue"))
    return found


def find_pooled_rates(index: FigureIndex, sums: list[SumRelation], ratios: list[RatioRelation]) -> list[PooledRate]:
    resolved = {_key(r.result) for r in ratios}
    rates = _rates(index, resolved)
    found: list[PooledRate] = []
    for relation in sums:
        if relation.kind != "sum" or len(relation.parts) < 2 or any(t.sign < 0 for t in relation.parts):
            continue
        head = rates.get(_key(relation.total))
        items = [rates.get(_key(t.figure)) for t in relation.parts]
        if head is None or any(i is None or i[1] != head[1] for i in items):
            continue
        whole = Interval.sum(t.figure.base_interval() for t in relation.parts)
        if not whole.meets(relation.total.base_interval()):
            continue  # a partial list: the budgets of the items left out are not known
        parts = [PooledPart(part=t.figure, rate=i[0].figure) for t, i in zip(relation.parts, items) if i]
        found.append(PooledRate(cue=f"{head[1]}的", total=relation.total, result=head[0].figure, parts=parts))
    return found
