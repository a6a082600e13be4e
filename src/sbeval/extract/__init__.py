"""Extraction: a Document's paragraphs and tables → figures and the relations between them."""

from __future__ import annotations

from sbeval.extract.prose.balance import find_balances
from sbeval.extract.prose.changes import find_changes
from sbeval.extract.prose.savings import find_savings
from sbeval.extract.core.context import build_context
from sbeval.extract.core.cues import with_cues
from sbeval.extract.core.lookup import FigureIndex
from sbeval.extract.prose.months import find_months
from sbeval.extract.prose.per_capita import find_per_capita
from sbeval.extract.prose.ratios import find_ratios
from sbeval.extract.document.indicators import find_indicator_tables
from sbeval.extract.document.scores import find_score_tables
from sbeval.extract.document.claims import find_claims
from sbeval.extract.document.copies import find_repeats
from sbeval.extract.document.placeholders import find_placeholders
from sbeval.extract.document.rollups import find_rollups
from sbeval.extract.document.summaries import build_summaries
from sbeval.extract.document.units import find_unitless
from sbeval.extract.document.completions import find_completion_pairs
from sbeval.extract.document.restatements import find_restatements
from sbeval.extract.document.years import find_year_mismatches
from sbeval.extract.prose.sums import find_sums
from sbeval.extract.prose.pooled import find_pooled_rates
from sbeval.extract.prose.share_splits import find_share_splits
from sbeval.extract.prose.average_growth import find_average_growths
from sbeval.extract.prose.target_claims import find_target_claims
from sbeval.extract.tables.budget import find_budget_tables
from sbeval.numbers import safe_decimals
from sbeval.schema.document import Document, Table
from sbeval.schema.report import Report

__all__ = ["extract"]


def extract(document: Document) -> Report:
    """Every figure of ``document`` and the relations its prose states between them."""
    with safe_decimals():
        return _extract(document)


def _extract(document: Document) -> Report:
    ctx = build_context(document)
    sums = find_sums(ctx)
    sums += find_balances(ctx, sums)
    index = FigureIndex(ctx)
    ratios = find_ratios(ctx, index) + find_months(ctx, index) + find_per_capita(ctx, index)
    changes = find_changes(ctx, index) + find_savings(ctx)
    funds = build_summaries(ctx, sums, ratios, changes)
    indicator_tables = find_indicator_tables(ctx)
    title = next((b.text for b in document.blocks if not isinstance(b, Table) and b.text.strip()), "")
    return Report(
        path=document.path,
        format=document.format,
        title=title,
        figures=ctx.figures,
        sums=with_cues(ctx, sums),
        ratios=with_cues(ctx, ratios),
        changes=with_cues(ctx, changes),
        funds=funds,
        score_tables=find_score_tables(ctx),
        indicator_tables=indicator_tables,
        target_claims=find_target_claims(ctx),
        budget_tables=find_budget_tables(document.blocks, ctx.figures),
        rollups=find_rollups(ctx, funds),
        repeats=find_repeats(ctx),
        placeholders=find_placeholders(ctx),
        claims=find_claims(ctx, changes),
        unitless=find_unitless(ctx),
        years=find_year_mismatches(ctx),
        completion_pairs=find_completion_pairs(ctx, indicator_tables),
        pooled_rates=find_pooled_rates(index, sums, ratios),
        restatements=find_restatements(ctx, index),
        share_splits=find_share_splits(index),
        average_growths=find_average_growths(index),
    )
