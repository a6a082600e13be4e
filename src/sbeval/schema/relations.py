"""Relations a report states between its figures; checks recompute them."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

from sbeval.schema.figures import Figure


class Term(BaseModel):
    model_config = ConfigDict(frozen=True)

    figure: Figure
    sign: int = 1


class SumRelation(BaseModel):
    """``total = Σ sign·part``.

    kind "sum": a total and its parts (其中/包括/分别为 …); ``closed`` False for a
    bare 其中 list that may omit items, which only claims Σ parts ≤ total.
    kind "balance": 收入 − 支出 = 本年收支结余, 上年结余 + 本年收支结余 = 年末滚存结余.
    """

    model_config = ConfigDict(frozen=True)

    kind: Literal["sum", "balance"]
    label: str
    total: Figure
    parts: list[Term]
    closed: bool = True
    cue: str = ""  # the words that made the relation (其中…合计), for the reader of a finding

    def figures(self) -> list[Figure]:
        """The total first, then the parts."""
        return [self.total, *(t.figure for t in self.parts)]


class RatioRelation(BaseModel):
    """``result ≈ numerator ÷ denominator × factor``, all taken in base units.

    kind "percent": completion against budget or target (完成预算的P%, 执行率);
    "share": A 占 B 的 P%; "rate": 参保缴费率 and the like; "per_capita": 人均 X;
    "months": 可支付月数 (factor 12 when ``denominator`` is annual spending).
    ``basis`` says where a months base came from: "stated" (按月均支出X) or
    "annual" (annual spending ÷ 12, a rougher estimate).
    """

    model_config = ConfigDict(frozen=True)

    kind: Literal["percent", "share", "rate", "per_capita", "months"]
    label: str
    result: Figure
    numerator: Figure
    denominator: Figure
    factor: Decimal = Decimal(100)
    basis: Literal["stated", "annual"] = "stated"
    cue: str = ""
    # Other denominators the text equally allows (年初预算 beside 调整预算 for a bare 执行率): the
    # result is wrong only when it fits none of them.
    alternatives: tuple[Figure, ...] = ()

    def figures(self) -> list[Figure]:
        """The result first, then numerator and denominator."""
        return [self.result, self.numerator, self.denominator]


class ChangeRelation(BaseModel):
    """A change between a prior and a current value: any of the four may be missing.

    kind "yoy": year on year (比上年增长 Y / P%); "difference": 由A提高至B，增加C.
    ``change`` is signed (减少 → negative); ``rate`` is the growth rate in %;
    ``points`` marks a 个百分点 change, a difference of two rates.
    """

    model_config = ConfigDict(frozen=True)

    kind: Literal["yoy", "difference"]
    label: str
    current: Figure | None = None
    prior: Figure | None = None
    change: Figure | None = None
    rate: Figure | None = None
    points: bool = False
    cue: str = ""

    def figures(self) -> list[Figure]:
        """The stated change (or else the rate) first, then the other figures present."""
        return [f for f in (self.change, self.rate, self.current, self.prior) if f is not None]


class PooledPart(BaseModel):
    """One item of a pooled rate: an amount and the rate it states of its own base."""

    model_config = ConfigDict(frozen=True)

    part: Figure
    rate: Figure


class PooledRate(BaseModel):
    """``result ≈ total ÷ Σ(part ÷ rate) × 100``: a total's rate of a base the text never states, each
    of its parts stating its own rate of its own base ("待遇支出X，支出全年预算的P%。其中A，支出全年预算的
    Q%；B，…"); the bases add up as the parts do. ``cue`` is the phrase every rate repeats."""

    model_config = ConfigDict(frozen=True)

    cue: str
    total: Figure
    result: Figure
    parts: list[PooledPart]


class ShareSplit(BaseModel):
    """"A和B分别占P%、Q%": the shares of one whole, named member by member. Shares of disjoint members
    add up to at most 100%; to 100% when the members are the whole's full set (``complete``)."""

    model_config = ConfigDict(frozen=True)

    whole: str
    names: list[str]
    shares: list[Figure]
    complete: bool = False
    cue: str = ""


class AverageGrowth(BaseModel):
    """"由2020年的A增加到2023年的B，年均增长P%": ``rate`` a year on average over ``years`` years,
    compound ((B ÷ A)^(1/years) − 1) as the genre means it, or simple ((B ÷ A − 1) ÷ years) as some write it."""

    model_config = ConfigDict(frozen=True)

    label: str
    first: Figure
    last: Figure
    years: int
    rate: Figure
    falling: bool = False  # 年均下降P%: a fall, whether or not the figure carries the sign
    cue: str = ""
