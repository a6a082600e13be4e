"""A figure: one number as a report writes it, with unit, label, period and location."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from sbeval.numbers import Interval
from sbeval.schema.document import Location


class Figure(BaseModel):
    """One stated number.

    ``value`` is in the stated ``unit`` and carries the sign the text gives it
    (赤字 X → −X; 减少/下降 X as a change → −X). ``scale`` takes it to
    ``base_unit`` (万元 → 元: 10000). ``exact`` is set for counts written
    without a scaling suffix (6831人): they are not rounded.
    """

    model_config = ConfigDict(frozen=True)

    text: str
    value: Decimal
    decimals: int
    unit: str | None = None
    base_unit: str | None = None
    scale: Decimal = Decimal(1)
    exact: bool = False
    label: str = ""
    period: str | None = None
    location: Location
    excerpt: str = ""
    start: int = 0
    end: int = 0

    def interval(self) -> Interval:
        """The values the written figure stands for, in its stated unit."""
        if self.exact:
            return Interval.exact(self.value)
        return Interval.written(self.value, self.decimals)

    def base_interval(self) -> Interval:
        """The same interval in the base unit (元, 人, %, 月 …)."""
        return self.interval().scale(self.scale)
