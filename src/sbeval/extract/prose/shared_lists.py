"""One 其中 list for several totals: "基金收入X万元，基金支出Y万元。其中：A收入a，B收入b；C支出c，其他支出d".

Each item goes to the one total it measures like (收入 to the 收入 total, 个 to the count, 元 to the
amount); an item that could go to two totals makes the whole list ambiguous, so nothing is read.
"""

from __future__ import annotations

import re

from sbeval.extract.core import sentences
from sbeval.extract.prose import items
from sbeval.extract.prose.stream import Event
from sbeval.schema.figures import Figure
from sbeval.schema.relations import SumRelation, Term

_PRIOR = re.compile(r"上年|去年|上一年|上年同期")
Key = tuple[str | None, str | None]


def _key(figure: Figure) -> Key:
    return items.measure(figure), items.item_class(figure.label)


def _top_figures(text: str, events: list[Event], start: int, end: int) -> list[tuple[int, Figure]]:
    """The eligible figures between ``start`` and ``end`` outside brackets, with their offsets."""
    depth, found = 0, []
    for event in events:
        if event.pos < start or event.pos >= end:
            continue
        if event.kind == "open":
            depth += 1
        elif event.kind == "close":
            depth = max(0, depth - 1)
        elif event.kind == "figure" and depth == 0 and event.figure is not None:
            if items.eligible(event.figure, text, event.pos):
                found.append((event.pos, event.figure))
    return found


def _owner(figure: Figure, totals: list[Figure]) -> Figure | None:
    """The one total ``figure`` measures like; None when none or more than one does."""
    measure, cls = _key(figure)
    fits = [t for t in totals if _key(t)[0] == measure and items.classes_fit(cls, _key(t)[1])]
    return fits[0] if len(fits) == 1 else None


def _head_totals(text: str, events: list[Event], marker: int) -> list[Figure]:
    """The totals the list at ``marker`` may share: the figures of its sentence before it or, when it
    opens a sentence, of the sentence just before (possibly the paragraph before)."""
    start = sentences.start_of(text, marker, sentences.SENTENCE)
    if not text[start:marker].strip(" ，,：:"):
        back = start - 1  # the stop that ended the sentence before (a full stop and a line break count once)
        while back > 0 and text[back - 1] in sentences.SENTENCE:
            back -= 1
        start = sentences.start_of(text, back, sentences.SENTENCE)
    figures = [f for _, f in _top_figures(text, events, start, marker)]
    keys = [_key(f) for f in figures]
    if len(figures) < 2 or len(set(keys)) != len(keys) or any(k[0] is None for k in keys):
        return []
    # totals of different measures, or of different classes (收入 / 支出 / 结余): never two unnamed ones
    if len({k[0] for k in keys}) == 1 and any(k[1] is None for k in keys):
        return []
    return figures


def _distribute(text: str, events: list[Event], marker: int, totals: list[Figure]) -> dict[int, list[Figure]] | None:
    end = sentences.end_of(text, marker, sentences.SENTENCE)
    parts: dict[int, list[Figure]] = {id(t): [] for t in totals}
    for pos, figure in _top_figures(text, events, marker, end):
        if _PRIOR.search(items.clause_text(text, pos)):
            return None
        if items.measure(figure) is None and not any(items.measure(t) is None for t in totals):
            continue  # "A收入X，增长P%": an item's rate is no item of any total
        owner = _owner(figure, totals)
        if owner is None:
            if sentences.ends_at(text, sentences.clause_start(text, pos), sentences.STATEMENT):
                break  # "…；基金累计结余Z万元": a new statement about something else ends the list
            return None
        parts[id(owner)].append(figure)
    return parts if all(parts.values()) else None


def shared_lists(section_text: str, events: list[Event]) -> list[SumRelation]:
    """Every 其中 list of a section's stream that breaks down two or more totals at once."""
    found: list[SumRelation] = []
    for event in events:
        if event.kind != "marker" or event.text != "其中":
            continue
        totals = _head_totals(section_text, events, event.pos)
        parts = _distribute(section_text, events, event.pos, totals) if totals else None
        if not parts:
            continue
        closed = {id(t): _complete([p.label for p in parts[id(t)]]) for t in totals}
        if any(closed.values()) and len({len(p) for p in parts.values()}) == 1:
            # "A收入a，支出b；B收入c，支出d": one statement per member, so when the 收入 items are the
            # full set of members, the 支出 items, one in each of the same statements, are too
            closed = dict.fromkeys(closed, True)
        for total in totals:
            mine = parts[id(total)]
            found.append(SumRelation(kind="sum", label=total.label, total=total,
                                     parts=[Term(figure=p) for p in mine], closed=closed[id(total)]))
    return found


def _complete(labels: list[str]) -> bool:
    return len(labels) >= 2 and (any(items.is_remainder(x) for x in labels) or items.exhausts(labels, "", 0))

