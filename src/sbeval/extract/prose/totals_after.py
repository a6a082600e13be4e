"""A total stated after its parts: "A X万元，B Y万元，本年待遇支出 Z万元" / "…，合计 Z万元"."""

from __future__ import annotations

import re

from sbeval.extract.prose import items
from sbeval.extract.core.context import Context
from sbeval.extract.core import sentences
from sbeval.schema.figures import Figure
from sbeval.schema.relations import SumRelation, Term

_SUM_WORD = re.compile(r"^(?:合计|共计|总计|小计|共|累计共?)")
_PERIOD_HEAD = re.compile(r"^(?:本年度?|全年|当年|本期)(?P<head>\S*?(?:支出|收入|人数|人次))(?:合计|共计|总计|为|达|共)?$")
_NAMED_SUM = re.compile(r"^(?P<head>\S*?(?:支出|收入|结余|人数|人次))(?:合计|共计|总计)(?:为|达)?$")
_MARKER = re.compile(r"其中|包括|包含|分别为|具体为")
_MADE_OF = re.compile(r"由(?P<parts>[^。；;由]*?)(?:构成|组成)")


def _head(clause: str) -> tuple[str, bool] | None:
    """The name a trailing total gives itself, and whether a sum word (合计…) marks it."""
    clause = clause.strip()
    if _SUM_WORD.match(clause):
        return _SUM_WORD.sub("", clause), True
    match = _NAMED_SUM.match(clause)
    if match:
        return match.group("head"), True
    match = _PERIOD_HEAD.match(clause)
    return (match.group("head"), False) if match else None


def totals_after_parts(ctx: Context, known: list[SumRelation]) -> list[SumRelation]:
    """Totals that follow their parts in one sentence, marked by 合计/共计 or by 本年/全年 and the parts' own name."""
    used = {id(f) for r in known for f in (r.total, *(t.figure for t in r.parts))}
    found: list[SumRelation] = []
    for unit in ctx.units:
        if unit.in_table or len(unit.figures) < 3:
            continue
        found.extend(_made_of(unit.text, unit.figures))
        for i, total in enumerate(unit.figures):
            head = _head(items.clause_text(unit.text, total.start))
            if head is None or id(total) in used or not items.eligible(total, unit.text, total.start):
                continue
            name, marked = head
            for start in _windows(unit.text, total.start, unit.figures, marked):
                parts = [f for f in unit.figures[:i] if f.start >= start]
                if len(parts) >= 2 and _fits(total, name, parts, unit.text, marked, used):
                    found.append(SumRelation(kind="sum", label=total.label, total=total,
                                             parts=[Term(figure=p) for p in parts], closed=True))
                    break
    return found


def _windows(text: str, pos: int, figures: list[Figure], marked: bool) -> list[int]:
    """Where the parts of a trailing total may start: its sentence, and for 合计/共计 the whole 。-sentence
    ("A X亿元；B Y亿元；两项合计 Z亿元"). A list marker that follows a figure belongs to that earlier total."""
    starts = [sentences.start_of(text, pos)]
    if marked:
        starts.append(sentences.start_of(text, pos, sentences.SENTENCE))
    windows = []
    for start in starts:
        marker = _MARKER.search(text, start, pos)
        if marker and any(start <= f.start < marker.start() for f in figures):
            break
        if start not in windows:
            windows.append(start)
    return windows


def _fits(total: Figure, name: str, parts: list[Figure], text: str, marked: bool, used: set[int]) -> bool:
    cls = items.item_class(name)
    if cls == "balance" or items.item_class(total.label) == "balance":
        return False
    for part in parts:
        if id(part) in used or not items.eligible(part, text, part.start):
            return False
        if items.measure(part) != items.measure(total) or not items.classes_fit(items.item_class(part.label), cls):
            return False
    return marked or any(name and name in part.label for part in parts)


def _made_of(text: str, figures: list[Figure]) -> list[SumRelation]:
    """"X由A、B和C构成": a closed list whose parts come before the marker."""
    found: list[SumRelation] = []
    for match in _MADE_OF.finditer(text):
        s_start = sentences.start_of(text, match.start())
        before = [f for f in figures if s_start <= f.start < match.start() and items.eligible(f, text, f.start)]
        if not before:
            continue
        total = before[-1]
        parts = [f for f in figures if match.start() < f.start < match.end()
                 and items.eligible(f, text, f.start) and items.measure(f) == items.measure(total)]
        if len(parts) >= 2:
            found.append(SumRelation(kind="sum", label=total.label, total=total,
                                     parts=[Term(figure=p) for p in parts], closed=True))
    return found
