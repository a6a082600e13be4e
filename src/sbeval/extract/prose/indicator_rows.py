"""Indicator tables flattened into a paragraph: "…指标值完成值…回收率≥90%98.70%20%20…" read row by row.

A row is read only where it cannot be read another way: a comparator, the target with its unit and,
run straight on, the actual in the same unit (≥2个0个). Bare pairs (100%100%) carry no direction.
"""

from __future__ import annotations

import re

from sbeval.extract.core.context import Context, TextPiece
from sbeval.extract.core.targets import parse_actual, parse_target
from sbeval.extract.lexicon.comparators import PREFIXES
from sbeval.schema.indicators import Indicator, IndicatorTable

_HEADER = re.compile(r"(?:指标值|目标值|预期值)(?:及单位)?[\u4e00-\u9fff]{0,6}?(?:实际完成值|完成值|实际值)")
_LEVEL_WORDS = re.compile(r"^.*(?:指标|目标)(?=.)")
_LABEL_END = re.compile(r"[\u4e00-\u9fff（）()]{2,60}$")


def flattened_tables(ctx: Context) -> list[IndicatorTable]:
    """One table per paragraph that carries an indicator header and rows after it."""
    found = []
    for unit in ctx.units:
        if unit.in_table or unit.is_heading:
            continue
        header = _HEADER.search(unit.text)
        if header is None:
            continue
        indicators = _rows(unit, header.end())
        if indicators:
            found.append(IndicatorTable(source="text", has_actuals=True, indicators=indicators,
                                        location=unit.location))
    return found


def _comparator_before(text: str, pos: int) -> str | None:
    return next((word for word, _ in PREFIXES if text.endswith(word, 0, pos)), None)


def _rows(unit: TextPiece, start: int) -> list[Indicator]:
    text, figures = unit.text, [f for f in unit.figures if f.start >= start]
    rows: list[Indicator] = []
    previous_end = start
    for target, actual in zip(figures, figures[1:]):
        comparator = _comparator_before(text, target.start)
        if comparator is None or target.end != actual.start or not target.unit or target.unit != actual.unit:
            continue
        if _comparator_before(text, actual.start) is not None:
            continue
        lead = target.start - len(comparator)
        if lead == 0 or not re.match(r"[\u4e00-\u9fff）)]", text[lead - 1]):
            continue  # "满意度≥80%≥80%10%10": the second ≥80% is an actual written as a bound
        label_match = _LABEL_END.search(text, previous_end, target.start - len(comparator))
        label = _LEVEL_WORDS.sub("", label_match.group()) if label_match else ""
        previous_end = actual.end
        bound_text = comparator + target.text
        parsed = parse_target(bound_text, unit.location)
        value = parse_actual(actual.text, unit.location)
        if not parsed.explicit or value.value is None:
            continue
        bounds = [b.model_copy(update={"value": target.model_copy(update={"label": label})}) for b in parsed.bounds]
        rows.append(Indicator(
            path=[label] if label else [], location=unit.location,
            target=parsed.model_copy(update={"bounds": bounds}),
            actual=value.model_copy(update={"value": actual.model_copy(update={"label": label})})))
    return rows
