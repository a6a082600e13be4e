"""The target grammar of indicator tables: "≥95%", "不低于11144人", "95%-105%", "30日内" → bounds."""

from __future__ import annotations

import re

from sbeval.extract.core.figures import find_figures
from sbeval.extract.lexicon.comparators import BOUND_JOINS, LEAD_WORDS, PREFIXES, RANGE_DASHES, SUFFIXES
from sbeval.extract.lexicon.variants import simplified
from sbeval.extract.lexicon.units import UNIT_NAMES, unit_info
from sbeval.schema.document import Location
from sbeval.schema.figures import Figure
from sbeval.schema.indicators import Actual, Bound, Comparator, Target

_BLANK = re.compile(r"\s+")
_LOWER = {"≥", ">"}
_UPPER = {"≤", "<"}


def _compact(text: str) -> str:
    return _BLANK.sub("", text)


def _prefix(before: str) -> tuple[Comparator | None, str]:
    """The comparator written just before a number, and the text before it."""
    for word in LEAD_WORDS:
        if before.endswith(word) and not any(before.endswith(p) for p, _ in PREFIXES):
            before = before[: -len(word)]
            break
    for word, symbol in PREFIXES:
        if before.endswith(word):
            return symbol, before[: -len(word)]
    return None, before


def _suffix(after: str) -> tuple[Comparator | None, str]:
    for word, symbol in SUFFIXES:
        if after.startswith(word):
            return symbol, after[len(word):]
    return None, after


def with_unit(figure: Figure, unit: str | None) -> Figure:
    """``figure`` given ``unit`` when it was written without one (the column's or the partner's)."""
    info = unit_info(unit)
    if figure.unit or info is None:
        return figure
    return figure.model_copy(update={
        "unit": unit, "base_unit": info.base, "scale": info.scale,
        "exact": info.is_count and figure.decimals == 0,
    })


def _numbers(text: str, location: Location, unit: str | None) -> list[Figure] | None:
    figures = find_figures(text, location)
    if any(f.value < 0 for f in figures):
        return None  # 下降5%: a signed change, not a level a target names
    return [with_unit(f, unit) for f in figures]


def parse_target(raw: str, location: Location, unit: str | None = None) -> Target:
    """The bounds of a target cell; none (qualitative) when its numbers cannot be read one way only."""
    text = simplified(_compact(raw))
    target = Target(text=text, location=location)
    figures = _numbers(text, location, unit)
    if not figures or len(figures) > 2:
        return target
    sides = []
    for index, figure in enumerate(figures):
        before = text[figures[index - 1].end if index else 0:figure.start]
        after = text[figure.end:figures[index + 1].start if index + 1 < len(figures) else len(text)]
        pre, _ = _prefix(before)
        post, _ = _suffix(after)
        if pre and post and pre != post:
            return target
        sides.append((pre or post, figure, before, after))
    if len(sides) == 1:
        comparator, figure, _, _ = sides[0]
        return target.model_copy(update={
            "bounds": [Bound(comparator=comparator or "=", value=figure)], "explicit": comparator is not None})
    return _pair(target, sides)


def _pair(target: Target, sides: list[tuple[Comparator | None, Figure, str, str]]) -> Target:
    (first_cmp, low, _, between), (second_cmp, high, _, _) = sides
    if not between and high.text[:1] in RANGE_DASHES:
        between, high = high.text[:1], high.model_copy(update={"text": high.text[1:]})  # "95%-105%"
    if first_cmp is None and second_cmp is None and len(between) == 1 and between in RANGE_DASHES:
        first_cmp, second_cmp = "≥", "≤"  # 95%-105%
        low = with_unit(low, high.unit)
    elif not (first_cmp and second_cmp):
        return target
    else:
        join = _prefix(between)[1]
        if join not in BOUND_JOINS and join:
            return target
    if first_cmp in _UPPER and second_cmp in _LOWER:
        (first_cmp, low), (second_cmp, high) = (second_cmp, high), (first_cmp, low)
    if first_cmp not in _LOWER or second_cmp not in _UPPER or low.base_unit != high.base_unit:
        return target
    if low.value * low.scale > high.value * high.scale:
        return target
    return target.model_copy(update={"explicit": True, "bounds": [
        Bound(comparator=first_cmp, value=low), Bound(comparator=second_cmp, value=high)]})


def parse_actual(raw: str, location: Location, unit: str | None = None) -> Actual:
    """An actual cell: one plain number (with the column's unit when it has none), or text, or nothing."""
    text = simplified(_compact(raw))
    actual = Actual(text=text, location=location)
    if not re.search(r"\d", text):
        return actual.model_copy(update={"missing": not text or text in UNIT_NAMES})
    figures = _numbers(text, location, unit)
    if not figures or len(figures) != 1:
        return actual
    figure = figures[0]
    before, after = text[:figure.start], text[figure.end:]
    if _prefix(before)[0] or _suffix(after)[0]:
        return actual  # "<0.1%", "30日内": a bound, not a value
    if _prefix(before)[1] or after:
        return actual
    return actual.model_copy(update={"value": figure})
