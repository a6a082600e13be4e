"""The extracted report: figures, relations, and per-fund 收支余 summaries."""

from __future__ import annotations

from pydantic import BaseModel, Field

from sbeval.schema.document import Location
from sbeval.schema.document_checks import (
    CompletionStatedTwice, DirectionClaim, Placeholder, RepeatedFigures, RollUp, UnitlessAmount, YearMismatch,
    Restatement,
)
from sbeval.schema.figures import Figure
from sbeval.schema.relations import ChangeRelation, RatioRelation, SumRelation
from sbeval.schema.relations import AverageGrowth, PooledRate, ShareSplit
from sbeval.schema.indicators import IndicatorTable, TargetClaim
from sbeval.schema.scores import ScoreTable
from sbeval.schema.tables import BudgetTable


class Aggregate(BaseModel):
    """A headline figure (基金收入, 基金支出 …) with the parts the text lists for it."""

    figure: Figure
    parts: list[Figure] = Field(default_factory=list)


class FundSummary(BaseModel):
    """收支余 of one fund or section, as the text states it."""

    name: str
    location: Location
    income: Aggregate | None = None
    spending: Aggregate | None = None
    balance: Figure | None = None
    prior_balance: Figure | None = None
    carried_balance: Figure | None = None
    completion: list[RatioRelation] = Field(default_factory=list)
    shares: list[RatioRelation] = Field(default_factory=list)
    changes: list[ChangeRelation] = Field(default_factory=list)
    months: list[RatioRelation] = Field(default_factory=list)


class Report(BaseModel):
    """Everything extraction found in one document; checks read only this."""

    path: str
    format: str
    title: str = ""
    figures: list[Figure] = Field(default_factory=list)
    sums: list[SumRelation] = Field(default_factory=list)
    ratios: list[RatioRelation] = Field(default_factory=list)
    changes: list[ChangeRelation] = Field(default_factory=list)
    funds: list[FundSummary] = Field(default_factory=list)
    score_tables: list[ScoreTable] = Field(default_factory=list)
    indicator_tables: list[IndicatorTable] = Field(default_factory=list)
    target_claims: list[TargetClaim] = Field(default_factory=list)
    budget_tables: list[BudgetTable] = Field(default_factory=list)
    rollups: list[RollUp] = Field(default_factory=list)
    repeats: list[RepeatedFigures] = Field(default_factory=list)
    placeholders: list[Placeholder] = Field(default_factory=list)
    claims: list[DirectionClaim] = Field(default_factory=list)
    unitless: list[UnitlessAmount] = Field(default_factory=list)
    years: list[YearMismatch] = Field(default_factory=list)
    completion_pairs: list[CompletionStatedTwice] = Field(default_factory=list)
    pooled_rates: list[PooledRate] = Field(default_factory=list)
    restatements: list[Restatement] = Field(default_factory=list)
    share_splits: list[ShareSplit] = Field(default_factory=list)
    average_growths: list[AverageGrowth] = Field(default_factory=list)
