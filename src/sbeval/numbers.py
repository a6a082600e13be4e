"""Interval arithmetic on Decimal: a written figure stands for every value its decimals allow."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from decimal import ROUND_CEILING, ROUND_FLOOR, Context, Decimal, localcontext

from pydantic import BaseModel, ConfigDict

INF = Decimal("Infinity")
# Reports write amounts to the yuan or cent and rates to a few decimals: a run of more digits is an
# account number, an OCR accident or an attack, never a figure.
MAX_DIGITS = 18
# Python's default precision and range, but nothing traps: an overflow or an invalid operation gives an
# infinite or NaN end, which no check fires on.
SAFE_CONTEXT = Context(prec=28, Emax=999_999, Emin=-999_999, traps=[])
# An interval's ends are rounded outwards (low down, high up), so that it holds every exact result
# even where a quotient or a long sum needs more than 28 digits.
_DOWN = Context(prec=28, Emax=999_999, Emin=-999_999, traps=[], rounding=ROUND_FLOOR)
_UP = Context(prec=28, Emax=999_999, Emin=-999_999, traps=[], rounding=ROUND_CEILING)


def _add_down(a: Decimal, b: Decimal) -> Decimal:
    """``a + b`` rounded down; an exact zero keeps the sign ordinary rounding gives it (5 - 5 is 0, not -0)."""
    total = _DOWN.add(a, b)
    return total if not total.is_zero() or (a.is_signed() and b.is_signed()) else total.copy_abs()


def _subtract_down(a: Decimal, b: Decimal) -> Decimal:
    return _add_down(a, Decimal(b).copy_negate())


def safe_decimals() -> AbstractContextManager[Context]:
    """A block in which no Decimal operation raises (``with safe_decimals(): ...``)."""
    return localcontext(SAFE_CONTEXT)


def within_digits(value: Decimal, decimals: int) -> bool:
    """True when ``value`` written with ``decimals`` places has at most ``MAX_DIGITS`` significant
    digits and places: a number the genre writes."""
    if not value.is_finite() or decimals > MAX_DIGITS:
        return False
    return value.is_zero() or value.adjusted() + 1 + decimals <= MAX_DIGITS


def half_ulp(decimals: int) -> Decimal:
    """Half a unit in the last written place: 2 decimals → 0.005, 0 decimals → 0.5."""
    return Decimal(5).scaleb(-decimals - 1)


class Interval(BaseModel):
    """A closed interval [low, high]; infinite ends stand for "anything" (a division by a range holding zero)."""

    model_config = ConfigDict(frozen=True, allow_inf_nan=True)

    low: Decimal
    high: Decimal

    @classmethod
    def exact(cls, value: Decimal | int) -> Interval:
        value = Decimal(value)
        return cls(low=value, high=value)

    @classmethod
    def written(cls, value: Decimal, decimals: int) -> Interval:
        """The values that round to ``value`` at ``decimals`` places (419.93 → [419.925, 419.935])."""
        half = half_ulp(decimals)
        return cls(low=_subtract_down(value, half), high=_UP.add(value, half))

    @classmethod
    def truncated(cls, value: Decimal, decimals: int) -> Interval:
        """The values that truncate to ``value`` at ``decimals`` places (toward zero)."""
        ulp = Decimal(1).scaleb(-decimals)
        return cls(low=value, high=_UP.add(value, ulp)) if value >= 0 else cls(low=_subtract_down(value, ulp), high=value)

    @classmethod
    def sum(cls, items: Iterable[Interval]) -> Interval:
        total = cls.exact(0)
        for item in items:
            total = total + item
        return total

    @property
    def bounded(self) -> bool:
        return self.low.is_finite() and self.high.is_finite()

    @property
    def mid(self) -> Decimal:
        return (self.low + self.high) / 2 if self.bounded else Decimal("NaN")

    def __add__(self, other: Interval) -> Interval:
        if not (self.bounded and other.bounded):
            return Interval(low=-INF, high=INF)
        return Interval(low=_add_down(self.low, other.low), high=_UP.add(self.high, other.high))

    def __neg__(self) -> Interval:
        return Interval(low=-self.high, high=-self.low)

    def __sub__(self, other: Interval) -> Interval:
        return self + (-other)

    def __mul__(self, other: Interval | Decimal | int) -> Interval:
        if not isinstance(other, Interval):
            other = Interval.exact(Decimal(other))
        if not (self.bounded and other.bounded):
            return Interval(low=-INF, high=INF)
        pairs = [(a, b) for a in (self.low, self.high) for b in (other.low, other.high)]
        return Interval(low=min(_DOWN.multiply(a, b) for a, b in pairs), high=max(_UP.multiply(a, b) for a, b in pairs))

    def __truediv__(self, other: Interval | Decimal | int) -> Interval:
        if not isinstance(other, Interval):
            other = Interval.exact(Decimal(other))
        if not (self.bounded and other.bounded) or other.low <= 0 <= other.high:
            return Interval(low=-INF, high=INF)
        pairs = [(a, b) for a in (self.low, self.high) for b in (other.low, other.high)]
        return Interval(low=min(_DOWN.divide(a, b) for a, b in pairs), high=max(_UP.divide(a, b) for a, b in pairs))

    def root(self, n: int) -> Interval:
        """The n-th root of a positive interval, widened outward by its last digit (Decimal's power is
        correctly rounded only almost always)."""
        exponent = Decimal(1) / Decimal(n)
        low, high = _DOWN.power(self.low, exponent), _UP.power(self.high, exponent)
        return Interval(low=_DOWN.next_minus(low), high=_UP.next_plus(high))

    def scale(self, factor: Decimal | int) -> Interval:
        return self * Decimal(factor)

    def meets(self, other: Interval) -> bool:
        """True when some value lies in both intervals."""
        return self.low <= other.high and other.low <= self.high

    def contains(self, value: Decimal) -> bool:
        return self.low <= value <= self.high

    def widen(self, amount: Decimal) -> Interval:
        return Interval(low=_subtract_down(self.low, amount), high=_UP.add(self.high, amount))

    def display(self, decimals: int = 2) -> str:
        """The interval as a person reads it: one number when narrow, else "low～high"."""
        if not self.bounded:
            return "不定"
        q = Decimal(1).scaleb(-decimals)
        low, high = self.low.quantize(q), self.high.quantize(q)
        return str(low) if low == high else f"{low}～{high}"


class Tolerance(BaseModel):
    """Materiality above the rounding interval: a gap at or under ``absolute`` (in the stated figure's unit)
    or under ``relative`` × the stated magnitude is not worth a finding. Zero, the default, keeps every one."""

    model_config = ConfigDict(frozen=True)

    absolute: Decimal = Decimal(0)
    relative: Decimal = Decimal(0)

    @property
    def zero(self) -> bool:
        return not self.absolute and not self.relative

    def exceeded(self, stated: Interval, recomputed: Interval) -> bool:
        """True when the gap between the two intervals is larger than the tolerance for ``stated``'s magnitude."""
        if self.zero or not (stated.bounded and recomputed.bounded):
            return True
        gap = max(stated.low - recomputed.high, recomputed.low - stated.high, Decimal(0))
        magnitude = max(abs(stated.low), abs(stated.high))
        return gap > max(self.absolute, self.relative * magnitude)
