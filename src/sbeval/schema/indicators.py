"""Performance indicators (绩效指标表/自评表/绩效目标表): each indicator's target, actual, 分值 and 得分."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from sbeval.schema.document import Location
from sbeval.schema.figures import Figure

Comparator = Literal["≥", "≤", ">", "<", "="]


class Bound(BaseModel):
    """One side of a target: ≥ 11144人, ≤ 30天."""

    comparator: Comparator
    value: Figure


class Target(BaseModel):
    """A target cell as written, parsed into bounds that must all hold.

    ``bounds`` is empty for a qualitative target (按时足额发放, 基金运行平稳); a range
    ("95%-105%", "≥95%或≤105%") has two. ``explicit`` is False for a bare value
    (6831人): whether more, less or exactly that meets it is the reader's guess.
    """

    text: str
    bounds: list[Bound] = Field(default_factory=list)
    explicit: bool = False
    location: Location

    @property
    def numeric(self) -> bool:
        return bool(self.bounds)


class Actual(BaseModel):
    """An actual-value cell: ``value`` when it is one plain number, else None (text, or "<0.1%").

    ``missing`` is set when the cell holds no value at all (empty, or only a unit: "人").
    """

    text: str
    value: Figure | None = None
    missing: bool = False
    location: Location


class Indicator(BaseModel):
    """One row of an indicator table: its label path (一级/二级/三级指标) and its cells.

    ``acknowledged`` is set when the text names the actual beside a shortfall (完成18296人，未完成的原因…).
    """

    path: list[str]
    target: Target | None = None
    actual: Actual | None = None
    weight: Figure | None = None
    score: Figure | None = None
    deviation: str = ""
    acknowledged: bool = False
    location: Location

    @property
    def label(self) -> str:
        return self.path[-1] if self.path else ""


class IndicatorTable(BaseModel):
    """An indicator table; ``has_actuals`` says it has an actual-value column (a 自评表, not a 目标表)."""

    source: Literal["table", "text"] = "table"
    title: str = ""
    has_actuals: bool = False
    indicators: list[Indicator] = Field(default_factory=list)
    location: Location


class TargetClaim(BaseModel):
    """A sentence that says every target was met (绩效目标完成率100%, 各项指标均已完成, 偏差原因：无).

    ``figure`` is the rate it states, or 100% standing for the words.
    """

    text: str
    figure: Figure
    location: Location
