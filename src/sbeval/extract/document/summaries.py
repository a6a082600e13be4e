"""Per fund or section: its 收支余 (income, spending, balances) and the relations stated inside it."""

from __future__ import annotations

from sbeval.extract.prose.balance import role
from sbeval.extract.core.context import Context, Section
from sbeval.schema.figures import Figure
from sbeval.schema.relations import ChangeRelation, RatioRelation, SumRelation
from sbeval.schema.report import Aggregate, FundSummary


def _owner(ctx: Context, figure: Figure | None) -> Section | None:
    return ctx.section_of(figure) if figure is not None else None


def build_summaries(ctx: Context, sums: list[SumRelation], ratios: list[RatioRelation],
                    changes: list[ChangeRelation]) -> list[FundSummary]:
    """One summary per section that states income, spending or a balance, or holds any relation."""
    parts_of = {id(r.total): [t.figure for t in r.parts] for r in sums if r.kind == "sum"}
    summaries: dict[int, FundSummary] = {}

    def summary(section: Section) -> FundSummary:
        key = id(section)
        if key not in summaries:
            location = section.location or (section.units[0].location if section.units else None)
            assert location is not None
            summaries[key] = FundSummary(name=section.fund or section.title or "全文", location=location)
        return summaries[key]

    for section in ctx.sections:
        for unit in section.units:
            if unit.in_table or unit.is_heading:
                continue
            for figure in unit.figures:
                kind = role(figure)
                if kind is None:
                    continue
                target = summary(section)
                current = getattr(target, kind, None) if kind in {"income", "spending"} else None
                if kind in {"income", "spending"} and (current is None or not current.parts and id(figure) in parts_of):
                    setattr(target, kind, Aggregate(figure=figure, parts=parts_of.get(id(figure), [])))
                elif kind == "balance" and target.balance is None:
                    target.balance = figure
                elif kind == "prior" and target.prior_balance is None:
                    target.prior_balance = figure
                elif kind == "carried" and target.carried_balance is None:
                    target.carried_balance = figure
    for ratio in ratios:
        owner = _owner(ctx, ratio.result)
        if owner is None:
            continue
        field = {"percent": "completion", "months": "months"}.get(ratio.kind, "shares")
        getattr(summary(owner), field).append(ratio)
    for change in changes:
        owner = _owner(ctx, change.current or change.change or change.rate or change.prior)
        if owner is not None:
            summary(owner).changes.append(change)
    order = {id(s): i for i, s in enumerate(ctx.sections)}
    return [summaries[k] for k in sorted(summaries, key=order.__getitem__)]
