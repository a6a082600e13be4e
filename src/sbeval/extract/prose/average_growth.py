"""A yearly average over several years: "基金收入由2020年的A增加到2023年的B，年均增长P%"."""

from __future__ import annotations

import re

from sbeval.extract.core.lookup import FigureIndex, Spot, approximate, is_amount, prefix_start, sentence_prefix
from sbeval.extract.core.sentences import clause_start
from sbeval.schema.relations import AverageGrowth

_AVERAGE = re.compile(
    r"年(?:平)?均(?P<way>增长|增幅|递增|增速|增加|提高|上升|下降|降幅|减少|递减)率?(?:为|达到?)?$"
)
_FALLING = {"下降", "降幅", "减少", "递减"}
# 由A增加到B, 从A增至B, 由A提高至B: the two ends of the period, in this order.
_FROM = re.compile(r"[由从](?:[^，,。；;]{0,16})$")
_TO = re.compile(r"^[^，,。；;\d]{0,12}?(?:到|至)[^，,。；;\d]{0,12}$")
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年(?:底|末)?")
_RIDER = re.compile(r"^[^。；;]{0,20}$")
_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:至|到|—|–|-|~|～)\s*((?:19|20)\d{2})\s*年")
_MAX_YEARS = 30


def _years(first: Spot, last: Spot, sentence_text: str) -> int | None:
    """The years between the two ends: from their own years (2020年的A … 2023年的B), else from a span the
    sentence states (2021年至2023年，…由A增至B)."""
    a, b = first.figure.period, last.figure.period
    if a and b and a.isdigit() and b.isdigit() and a != b:
        return int(b) - int(a)
    spans = _SPAN.findall(sentence_text)
    if len(spans) == 1:
        return int(spans[0][1]) - int(spans[0][0])
    return None


def _growth(index: FigureIndex, spot: Spot) -> AverageGrowth | None:
    match = _AVERAGE.search(sentence_prefix(spot))
    if match is None or approximate(spot):
        return None
    text = spot.unit.text
    amounts = [s for s in index.sentence_of(spot) if is_amount(s) and s.figure.end <= spot.figure.start]
    if len(amounts) < 2:
        return None
    first, last = amounts[-2], amounts[-1]
    if first.figure.base_unit != last.figure.base_unit or not _RIDER.match(text[last.figure.end:spot.figure.start]):
        return None
    if not _TO.match(_YEAR.sub("", text[first.figure.end:last.figure.start])) \
            or not _FROM.search(text[clause_start(text, first.figure.start):first.figure.start]):
        return None
    years = _years(first, last, text[spot.sentence:spot.figure.start])
    if years is None or not 2 <= years <= _MAX_YEARS:
        return None  # one year is a plain year-on-year change; a reversed or absurd span is no period
    cue = text[prefix_start(spot) + match.start():spot.figure.start]
    label = text[clause_start(text, first.figure.start):first.figure.start]
    return AverageGrowth(label=_FROM.sub("", label) or label, first=first.figure, last=last.figure, years=years,
                         rate=spot.figure, falling=match.group("way") in _FALLING, cue=cue)


def find_average_growths(index: FigureIndex) -> list[AverageGrowth]:
    """Every 年均增长P% whose two ends and their years the sentence states, in reading order."""
    found = []
    for spot in index.spots:
        growth = _growth(index, spot) if spot.figure.base_unit == "%" and not spot.unit.in_table else None
        if growth is not None:
            found.append(growth)
    return found
