"""What the report states across its sections: roll-ups of fund sections into their parent."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from sbeval.schema.document import Location
from sbeval.schema.figures import Figure

Measure = Literal["income", "spending", "benefits", "balance", "carried"]


class RollUp(BaseModel):
    """A parent section's figure against the same measure in each of its fund sections.

    ``parts`` holds one figure per child section, in document order; ``funds`` names them.
    """

    model_config = ConfigDict(frozen=True)

    measure: Measure
    total: Figure
    parts: list[Figure]
    funds: list[str]


class RepeatedFigures(BaseModel):
    """Two sections about different funds or years whose money figures repeat in the same order."""

    model_config = ConfigDict(frozen=True)

    first_title: str
    second_title: str
    first: list[Figure]
    second: list[Figure]


class Placeholder(BaseModel):
    """Template text left unfilled (XX局, XXX万元, XX%, 20XX年) in one paragraph or cell."""

    model_config = ConfigDict(frozen=True)

    forms: list[str]
    location: Location
    excerpt: str


Direction = Literal["more", "less", "equal", "about"]


class DirectionClaim(BaseModel):
    """Words that compare two figures beside them: 决算数小于预算数, 比2025年增加, 基本持平.

    ``basis`` "budget": ``current`` is the 决算/执行数 and ``reference`` the 预算 it is compared with;
    "prior": ``current`` is this period's figure and ``reference`` the earlier period's.
    """

    model_config = ConfigDict(frozen=True)

    basis: Literal["budget", "prior"]
    direction: Direction
    words: str
    current: Figure
    reference: Figure
    location: Location


class UnitlessAmount(BaseModel):
    """A money amount written without a unit in a paragraph whose other amounts carry one."""

    model_config = ConfigDict(frozen=True)

    figure: Figure
    neighbour: Figure


class YearMismatch(BaseModel):
    """A heading or a 填报时间 whose year does not fit the year the report's title is about.

    ``kind`` "heading": a heading names another year as the period under review;
    "filed": the report was dated before the end of the year it reviews;
    "as_of": the body gives the state of assets or staff at the end of another year (截至2023年12月31日).
    """

    model_config = ConfigDict(frozen=True)

    kind: Literal["heading", "filed", "as_of"]
    report_year: int
    title: str
    year: int
    text: str
    location: Location


class CompletionStatedTwice(BaseModel):
    """One fund's budget completion rate stated in its prose section and in an indicator table row."""

    model_config = ConfigDict(frozen=True)

    fund: str
    measure: Literal["income", "spending"]
    text: Figure
    table: Figure
    indicator: str


class Restatement(BaseModel):
    """The same quantity stated twice in the prose ("总支出1.76万亿元" … "总支出17607.65亿元"): who it is about
    (``subject``), what it measures (``measure``) and its period, each the same for both mentions."""

    model_config = ConfigDict(frozen=True)

    subject: str
    measure: str
    period: str
    first: Figure
    second: Figure
