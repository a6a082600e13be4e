"""Roll-ups across sections: a parent section's 总支出/待遇支出/结余 against its fund sections.

Only an unambiguous set counts: the parent names no fund, it has at least two child sections,
every child heading names a fund of its own, no fund twice, and every child states the measure.
"""

from __future__ import annotations

import re

from sbeval.extract.core.context import Context, Section
from sbeval.extract.lexicon.funds import fund_of
from sbeval.extract.prose import items
from sbeval.schema.document_checks import Measure, RollUp
from sbeval.schema.figures import Figure
from sbeval.schema.report import FundSummary

# A fund's benefit spending: 待遇支出, or the one benefit a fund pays (失业保险金支出, 基本养老金支出).
_BENEFITS = re.compile(r"待遇支出$|(?:保险金|养老金|失业金)支出$")
_MEASURES: tuple[Measure, ...] = ("income", "spending", "benefits", "balance", "carried")


def _benefits(summary: FundSummary) -> Figure | None:
    if summary.spending is None:
        return None
    return next((p for p in summary.spending.parts if _BENEFITS.search(p.label)), None)


def _measure(summary: FundSummary, measure: Measure) -> Figure | None:
    if measure == "benefits":
        return _benefits(summary)
    if measure in ("income", "spending"):
        aggregate = summary.income if measure == "income" else summary.spending
        return aggregate.figure if aggregate is not None else None
    return summary.balance if measure == "balance" else summary.carried_balance


def _fund_children(ctx: Context, parent: Section) -> list[tuple[str, Section]] | None:
    children = [s for s in ctx.sections if s.parent is parent]
    funds = [fund_of(child.title) for child in children]
    named = [f for f in funds if f is not None]
    if len(children) < 2 or len(named) != len(children) or len(set(named)) != len(named):
        return None
    return list(zip(named, children))


def find_rollups(ctx: Context, summaries: list[FundSummary]) -> list[RollUp]:
    """Every measure a fund-free parent states that each of its fund sections states too."""
    by_location = {s.location: s for s in summaries}
    found: list[RollUp] = []
    for parent in ctx.sections:
        if parent.fund is not None or parent.location is None or parent.location not in by_location:
            continue
        children = _fund_children(ctx, parent)
        if children is None:
            continue
        summaries_of = [by_location.get(child.location) if child.location else None for _, child in children]
        for measure in _MEASURES:
            total = _measure(by_location[parent.location], measure)
            parts = [_measure(s, measure) if s is not None else None for s in summaries_of]
            if total is None or any(p is None for p in parts):
                continue
            present = [p for p in parts if p is not None]
            if len({items.is_budget(f.label) for f in [total, *present]}) == 1:
                found.append(RollUp(measure=measure, total=total, parts=present,
                                    funds=[fund for fund, _ in children]))
    return found
