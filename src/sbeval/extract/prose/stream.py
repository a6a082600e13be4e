"""A section's paragraphs as one stream of events: figures, list markers, enumerators, brackets, breaks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sbeval.extract.core.context import Section
from sbeval.extract.lexicon.vocabulary import FULL_STOPS, SEMICOLONS
from sbeval.schema.figures import Figure

_EVENTS = re.compile(
    r"(?P<marker>其\n?中|(?:主要)?包括|包含|分别为|具体为"
    r"|按[\u4e00-\u9fff]{1,6}分(?=[，,：:])|分(?:险种|项目|来源)看(?=[，,：:]))[：:]?"  # 按收入来源分，
    r"|(?<=[（(])(?P<incl>含)"
    r"|(?P<colon>[：:])"
    r"|(?:(?<=^)|(?<=[\n：:；;。，,]))(?P<enum>\d{1,2}[、.．](?!\d)|[①-⑳]|[（(]\d{1,2}[）)]|[一二三四五六七八九十]{1,3}[、是])"
    r"|(?<=其中|包括|包含)(?P<enum2>\d{1,2}[、.．](?!\d)|[①-⑳])"
    r"|(?P<open>[（(])|(?P<close>[）)])"
    rf"|(?P<stop>[{FULL_STOPS}{SEMICOLONS}])|(?P<para>\n)"
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CN = "一二三四五六七八九十"
STRONG_MARKERS = {"包括", "包含", "分别为", "具体为"}


@dataclass(frozen=True)
class Event:
    pos: int
    kind: str  # figure | marker | incl | colon | enum | open | close | stop | para
    text: str = ""
    figure: Figure | None = None
    number: int = 0
    style: str = ""


def section_stream(section: Section) -> tuple[str, list[Event]]:
    """The section's body paragraphs joined by newlines, and their events in reading order."""
    parts: list[str] = []
    events: list[Event] = []
    offset = 0
    for unit in section.units:
        if unit.in_table or unit.is_heading:
            continue
        if parts:
            offset += 1  # the joining newline
        events.extend(Event(offset + f.start, "figure", f.text, f) for f in unit.figures)
        parts.append(unit.text)
        offset += len(unit.text)
    text = "\n".join(parts)
    for match in _EVENTS.finditer(text):
        kind = match.lastgroup or ""
        token = match.group(0)
        if kind in {"enum", "enum2"}:
            number, style = _enumerator(token.strip())
            if number:
                events.append(Event(match.start(), "enum", token, number=number, style=style))
            continue
        if kind == "marker":
            token = match.group("marker").replace("\n", "")
        events.append(Event(match.start(), kind, token))
    order = {"para": 0, "stop": 0, "close": 1, "open": 2, "enum": 3, "marker": 4, "incl": 4, "colon": 4, "figure": 5}
    events.sort(key=lambda e: (e.pos, order[e.kind]))
    return text, events


def _enumerator(token: str) -> tuple[int, str]:
    if token[0] in _CIRCLED:
        return _CIRCLED.index(token[0]) + 1, "circled"
    if token[0] in "（(":
        return int(token[1:-1]), "paren"
    if token[0] in _CN:
        digits, style = token[:-1], "shi" if token.endswith("是") else "chinese"
        if len(digits) == 1:
            return _CN.index(digits) + 1, style
        if digits.startswith("十"):
            return 10 + (_CN.index(digits[1]) + 1 if len(digits) > 1 else 0), style
        return 0, ""
    return int(token[:-1]), "digit"
