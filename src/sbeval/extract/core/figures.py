"""Every number in a paragraph or cell becomes a Figure: value, decimals, unit, sign, label, period."""

from __future__ import annotations

import re
from decimal import Decimal

from sbeval.extract.lexicon.numerals import NUMERAL_CHARS, parse_chinese_number
from sbeval.extract.core import sentences
from sbeval.extract.core.labels import clause_label, period_of
from sbeval.extract.lexicon.units import UNIT_NAMES, unit_info
from sbeval.numbers import within_digits
from sbeval.schema.document import Location
from sbeval.schema.figures import Figure

_UNIT_RE = "|".join(re.escape(u) for u in UNIT_NAMES)
_NUMBER = re.compile(
    r"(?<![\d.A-Za-z_/〔\[［])"
    r"(?P<sign>[-+])?"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:，\d{3})+\.\d+|\d+(?:\.\d+)?)"
    rf"(?:(?P<unit>{_UNIT_RE})(?!(?<=项)目))?"  # 482.93项目支出: a word, not a unit
)
_CHINESE = re.compile(
    rf"(?P<pct>百分之)(?P<pnum>[{NUMERAL_CHARS}]+)"
    rf"|(?<![{NUMERAL_CHARS}第])(?P<num>[{NUMERAL_CHARS}]{{2,}}?)(?P<unit>万亿元|亿元|万元|千元|元|个月|万人|人次|人)"
)
_UNIT_NOTE = re.compile(r"单位[：:]\s*(万亿元|亿元|万元|千元|元)")
_ENUM_PREFIX = re.compile(r"(?:^|[。；;：:，,\s（(])$")
_ENUM_WORD = re.compile(r"(?:其中|包括|包含|含|分别为|具体为|如下|[：:])$")
# A decrease word signs the amount of a change (减少44.38万元, 降幅为5%, 赤字2445万元), not the level
# reached after it (下降至70.0%, 减少为9,870人).
_DECREASE = re.compile(r"(?:(?:减少|下降|降低|减支|减收|下滑|回落|缩减)了?|(?:降幅|减幅|赤字|缺口|收不抵支)(?:为|达)?)$")


_EXCERPT_REACH = 200  # characters either side of a figure in a sentence too long to quote whole


def _excerpt(text: str, s_start: int, s_end: int, start: int, end: int) -> str:
    """The figure's sentence, or around the figure when the sentence is a table run into prose: every
    figure carries its excerpt, and thousands of copies of one huge sentence would swamp the output."""
    if s_end - s_start <= 2 * _EXCERPT_REACH:
        return text[s_start:s_end].strip()
    left, right = max(s_start, start - _EXCERPT_REACH), min(s_end, end + _EXCERPT_REACH)
    return ("…" if left > s_start else "") + text[left:right].strip() + ("…" if right < s_end else "")


def _is_not_a_figure(text: str, start: int, end: int, num: str, unit: str | None) -> bool:
    before, after = text[max(0, start - 2):start], text[end:end + 2]
    if unit is None and re.match(r"[、.．)）]", after) and _ENUM_PREFIX.search(text[:start]) and "." not in num:
        return True  # section or list number: 1、 1. （1）
    if unit is None and re.match(r"、(?!\d)", after) and len(num) <= 2 and _ENUM_WORD.search(text[:start]):
        return True  # 包含1、工资福利性支出…
    if unit is None and after[:1] in set("号条款页期届版级") or before[-1:] == "第":
        return True  # 第3页, 144号, 第二条
    if unit == "年" and len(num) == 4 and "." not in num and 1900 <= int(num) <= 2100:
        return True  # a year is a period, not a value
    if unit is None and len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2100 and after[:1] in set("年-/."):
        return True
    if unit is None and (after[:1] == "月" or before[-1:] in set("年月/-") and after[:1] in set("日号-/")):
        return True  # 2月15日, 12月
    if unit is None and re.match(r"[-~～至到]\d{1,2}月", text[end:end + 4]):
        return True  # 1-12月: a range of months
    if unit == "日" and before[-1:] == "月":
        return True
    if before[-1:] in set("〕]］】") and unit is None:
        return True  # 〔2017〕144号
    return False


def _noted_unit(text: str, pos: int) -> str | None:
    """The money unit a 单位：万元 note earlier in the same paragraph gives to numbers written without one."""
    notes = [m.group(1) for m in _UNIT_NOTE.finditer(text, 0, pos)]
    return notes[-1] if notes else None


def find_figures(text: str, location: Location) -> list[Figure]:
    """All figures in the normalised text of one block or cell, in order."""
    figures: list[Figure] = []
    for match in _NUMBER.finditer(text):
        num, unit, sign = match.group("num"), match.group("unit"), match.group("sign")
        if _is_not_a_figure(text, match.start(), match.end(), num, unit):
            continue
        unit = unit or _noted_unit(text, match.start())
        if sign == "+" or (sign == "-" and match.start() > 0 and re.match(r"[\d%]", text[match.start() - 1])):
            sign = None  # "1-12月", "95%-105%": a range dash, not a minus
        plain = num.replace(",", "").replace("，", "")
        value = Decimal(plain)
        decimals = len(plain.partition(".")[2])
        if not within_digits(value, decimals):
            continue  # a digit run longer than any amount or rate: text, not a figure
        figures.append(_figure(text, location, match.start(), match.end(), value, decimals, unit, sign == "-"))
    for match in _CHINESE.finditer(text):
        numeral = match.group("pnum") or match.group("num")
        parsed = parse_chinese_number(numeral)
        if parsed is None or not within_digits(*parsed):
            continue
        unit = "%" if match.group("pct") else match.group("unit")
        figures.append(_figure(text, location, match.start(), match.end(), parsed[0], parsed[1], unit, False))
    figures.sort(key=lambda f: f.start)
    return figures


def _figure(text: str, location: Location, start: int, end: int, value: Decimal, decimals: int,
            unit: str | None, negative: bool) -> Figure:
    info = unit_info(unit)
    s_start, s_end = sentences.bounds(text, start)
    label_text = clause_label(text, start)
    if negative:
        value = -value
    elif _DECREASE.search(text[max(0, start - 6):start]) and value > 0:
        value = -value  # 减少44.38万元, 当期赤字2445万元: a fall or a deficit is negative
    return Figure(
        text=text[start:end],
        value=value,
        decimals=decimals,
        unit=unit,
        base_unit=info.base if info else None,
        scale=info.scale if info else Decimal(1),
        exact=bool(info and info.is_count and decimals == 0),
        label=label_text,
        period=period_of(text, s_start, start),
        location=location,
        excerpt=_excerpt(text, s_start, s_end, start, end),
        start=start,
        end=end,
    )
