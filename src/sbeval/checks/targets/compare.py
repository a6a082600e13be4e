"""Whether an actual value meets a target's bounds, read with the rounding of the written actual."""

from __future__ import annotations

from dataclasses import dataclass

from sbeval.checks.base import plain
from sbeval.findings import Expected
from sbeval.schema.figures import Figure
from sbeval.schema.indicators import Bound, Indicator, IndicatorTable

_QUIET = ("", "无", "/", "-", "—", "——", "无偏差", "不存在偏差", "未发生偏差")


@dataclass
class Miss:
    """An indicator whose actual meets none of the values one of its bounds allows."""

    table: IndicatorTable
    indicator: Indicator
    actual: Figure
    bound: Bound

    @property
    def explained(self) -> bool:
        """The row gives a reason for the deviation (偏差原因), or the text admits the shortfall."""
        return self.indicator.acknowledged or self.indicator.deviation not in _QUIET


def bound_text(bound: Bound) -> str:
    return f"{bound.comparator}{plain(bound.value.value)}{bound.value.unit or ''}"


def target_text(indicator: Indicator) -> str:
    assert indicator.target is not None
    return "且".join(bound_text(b) for b in indicator.target.bounds)


def comparable(actual: Figure, bound: Bound) -> Figure | None:
    """The actual in the target's unit; a side written without a unit takes the other's when it is unscaled."""
    target = bound.value
    if actual.base_unit == target.base_unit:
        return actual
    if actual.unit is None and target.scale == 1:
        return actual.model_copy(update={"unit": target.unit, "base_unit": target.base_unit})
    if target.unit is None and actual.scale == 1:
        return actual  # ≥2000 against 1860人: the column's one unit, written on one side only
    if actual.unit is None and actual.value == 0:
        return actual.model_copy(update={"unit": target.unit, "base_unit": target.base_unit, "scale": target.scale})
    return None


def misses(actual: Figure, bound: Bound) -> bool:
    """True when no value the written actual stands for satisfies the bound."""
    span = actual.base_interval()
    limit = bound.value.value * bound.value.scale
    return {
        "≥": span.high < limit, ">": span.high <= limit, "≤": span.low > limit,
        "<": span.low >= limit, "=": not span.contains(limit),
    }[bound.comparator]


def checked(table: IndicatorTable) -> list[tuple[Indicator, Figure, list[Bound]]]:
    """Indicators with an explicit numeric target and a plain actual in a comparable unit."""
    out: list[tuple[Indicator, Figure, list[Bound]]] = []
    if not table.has_actuals:
        return out
    for indicator in table.indicators:
        target, actual = indicator.target, indicator.actual
        if target is None or not target.explicit or actual is None or actual.value is None:
            continue
        figures = [comparable(actual.value, bound) for bound in target.bounds]
        if all(f is not None for f in figures):
            out.append((indicator, figures[0] or actual.value, target.bounds))
    return out


def missed(tables: list[IndicatorTable]) -> list[Miss]:
    found = []
    for table in tables:
        for indicator, actual, bounds in checked(table):
            bound = next((b for b in bounds if misses(comparable(actual, b) or actual, b)), None)
            if bound is not None:
                found.append(Miss(table, indicator, comparable(actual, bound) or actual, bound))
    return found


def expected_of(indicator: Indicator) -> Expected:
    """The values the target allows: its bounds, one-sided ones given as their limit."""
    assert indicator.target is not None
    values = [b.value.value for b in indicator.target.bounds]
    return Expected(low=plain(min(values)), high=plain(max(values)), text=target_text(indicator))
