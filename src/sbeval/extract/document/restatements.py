"""The same quantity stated twice in the prose: a headline's "基本医疗保险基金总支出1.76万亿元" and the body's
"基本医疗保险基金总收入21090.11亿元，总支出17607.65亿元", matched by what is measured (who: the subject of
the label, or of the figure before it in its sentence; which measure: 收入/支出/结余; which period), never by
the raw string. Only a pair is read: a third mention of the same key makes it ambiguous."""

from __future__ import annotations

import re
from collections import defaultdict

from sbeval.extract.core.context import Context
from sbeval.extract.core.lookup import FigureIndex, Spot, approximate
from sbeval.extract.prose import items
from sbeval.schema.document_checks import Restatement

_MEASURED = re.compile(r"^(?P<subject>.*?)(?:基金)?总?(?P<measure>收入|支出|滚存结余|累计结余|累计结存|结余)$")
_PLACE = re.compile(r"^(?:截至[^，,]*?末)?(?:我国|全国|我[省市县区州旗]|全[省市县区州旗]|全年)+")
_FILLER = re.compile(r"保险|基金|的|总")
_MEASURES = {"累计结存": "累计结余"}
# A planned figure is another quantity than the actual one, wherever in its sentence the plan is named.
_PLANNED = re.compile(r"预算|计划|目标|预计|指标|应(?:收|支|缴|付)")
Key = tuple[str, str, str]


def _subject(label: str) -> tuple[str, str] | None:
    """(who, measure) a money label names: 我国基本医疗保险基金总支出 → (基本医疗, 支出); 总支出 → ("", 支出)."""
    match = _MEASURED.match(label)
    if match is None:
        return None
    subject = _FILLER.sub("", _PLACE.sub("", match.group("subject")))
    return subject, _MEASURES.get(match.group("measure"), match.group("measure"))


def _keys(index: FigureIndex) -> dict[Key, list[Spot]]:
    found: dict[Key, list[Spot]] = defaultdict(list)
    for unit in index.ctx.units:
        if unit.in_table:
            continue
        subject_by_sentence: dict[int, str] = {}  # sentence start -> subject last named in it
        for spot in index.by_unit[unit.index]:
            figure = spot.figure
            named = _subject(figure.label) if figure.base_unit == "元" else None
            if named is None or not items.eligible(figure, unit.text, figure.start):
                continue
            subject, measure = named
            if subject:
                subject_by_sentence[spot.sentence] = subject
            else:  # "…基金总收入X亿元，总支出Y亿元": the sentence's subject carries over
                subject = subject_by_sentence.get(spot.sentence, "")
            if subject and figure.period and not approximate(spot):
                planned = "预算·" if _PLANNED.search(unit.text[spot.sentence:figure.start]) else ""
                found[(planned + subject, measure, figure.period)].append(spot)
    return found


def find_restatements(ctx: Context, index: FigureIndex) -> list[Restatement]:
    """Pairs of prose figures, in different sentences, that state one subject's measure for one period."""
    del ctx
    pairs: list[Restatement] = []
    for (subject, measure, period), spots in _keys(index).items():
        if len(spots) != 2 or spots[0].sentence == spots[1].sentence and spots[0].unit is spots[1].unit:
            continue
        first, second = spots
        pairs.append(Restatement(subject=subject, measure=measure, period=period,
                                 first=first.figure, second=second.figure))
    return pairs
