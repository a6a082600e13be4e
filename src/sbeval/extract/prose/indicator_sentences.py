"""Indicators stated in a sentence: "培训合格率目标值≥90%，实际完成值88%" (a 自评报告's 指标完成情况)."""

from __future__ import annotations

import re

from sbeval.extract.core.context import Context, TextPiece
from sbeval.extract.core.targets import parse_actual, parse_target
from sbeval.extract.lexicon.vocabulary import SHORTFALLS
from sbeval.schema.figures import Figure
from sbeval.schema.indicators import Indicator, IndicatorTable

_NUMBER = r"\d+(?:\.\d+)?\s*(?:%|％|万人次|万人|人次|人|个|项|户|家|次|天|日|个月|分|倍|万元|元)?"
_SENTENCE = re.compile(
    r"(?P<label>[\u4e00-\u9fff（）()“”]{2,24}?)的?(?:年度)?(?:目标值|指标值|预期值|预期目标)(?:为|是|[:：])?\s*"
    rf"(?P<target>(?:≥|≤|＞|＜|>|<|不低于|不少于|不高于|不超过|不大于|不小于|大于等于|小于等于)?\s*{_NUMBER})"
    r"\s*[，,；;]\s*(?:实际)?(?:完成值|完成|实现值|实现|实际值)(?:为|是|达到?|[:：])?\s*"
    rf"(?P<actual>{_NUMBER})(?![\d.])"
)
_LABEL_NOISE = re.compile(r"^(?:[一二三四五六七八九十\d]+[、.．]|[（(][一二三四五六七八九十\d]+[）)])?"
                          r"(?:[\u4e00-\u9fff]{2,4}指标[：:])?")
_SHORTFALL = re.compile("|".join(SHORTFALLS))
_NO_NAME = {"年度", "绩效", "本年", "全年", "指标", "目标"}


def _figure_at(unit: TextPiece, start: int, end: int) -> Figure | None:
    return next((f for f in unit.figures if start <= f.start < end), None)


def _indicator(unit: TextPiece, match: re.Match[str]) -> Indicator | None:
    target = parse_target(match.group("target"), unit.location)
    actual = parse_actual(match.group("actual"), unit.location)
    if not target.explicit or actual.value is None:
        return None
    label = _LABEL_NOISE.sub("", match.group("label"))
    if label in _NO_NAME:
        label = ""  # "年度指标值≥90%": the indicator is named elsewhere
    stated_target = _figure_at(unit, match.start("target"), match.end("target"))
    stated_actual = _figure_at(unit, match.start("actual"), match.end("actual"))
    if stated_target is not None:  # the bound points at the figure where the text states it
        target = target.model_copy(update={"bounds": [b.model_copy(update={"value": stated_target}) for b in target.bounds]})
    if stated_actual is not None:
        actual = actual.model_copy(update={"value": stated_actual})
    sentence_end = unit.text.find("。", match.end())
    said = unit.text[match.end():sentence_end if sentence_end >= 0 else len(unit.text)]
    return Indicator(path=[label] if label else [], target=target, actual=actual, location=unit.location,
                     acknowledged=bool(_SHORTFALL.search(said)))


def indicator_sentences(ctx: Context) -> list[IndicatorTable]:
    """One table per paragraph of such sentences."""
    found = []
    for unit in ctx.units:
        if unit.in_table or unit.is_heading or "值" not in unit.text:
            continue
        rows = [row for row in (_indicator(unit, m) for m in _SENTENCE.finditer(unit.text)) if row is not None]
        if rows:
            found.append(IndicatorTable(source="text", has_actuals=True, indicators=rows, location=unit.location))
    return found
