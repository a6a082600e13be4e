"""The words that name a figure in its clause, and the period it belongs to."""

from __future__ import annotations

import re

from sbeval.extract.core.sentences import clause_start

_PREVIOUS_FIGURE = re.compile(r"^.*\d(?:[万亿千]?元|万?人次|万?人|个月|户|家|个百分点|%|分)?", re.S)
# 其他/其余 name a remainder item and 和静县 a place: only whole connector words are stripped.
_LEADING = re.compile(
    r"^(?:其中|主要包括|包括|包含|以及|分别为|分别|具体为|主要为|[一二三四五六七八九十]是|"
    r"(?:和|及|与)(?=其他|其它|其余|转移|上解|补助|利息|财政|政府|待遇|个人|统筹)|"
    r"含(?!量)|另(?!行)|即|共有|共计|共(?!同)|累计(?!结余|结存|滚存)|约)+"
)
_TRAILING = re.compile(
    r"(?:累计总额|总额为|分别为|共计|合计|总计|累计|达到|(?<![下送转传抵])达|为|共|计|约|是|有|了|的|金额|数额|合|至|到)+$"
)
# 4.城乡居民…参保人数: a list number opening the clause is not part of the figure's name.
ENUMERATOR = re.compile(r"^(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)]|[①-⑳])")
_LEADING_PERIOD = re.compile(r"^(?:截至)?(?:(?:19|20)\d{2}年度?(?:底|末)?|本年度?|当年|今年)")
_PERIOD_WORD = re.compile(r"(?<![比较与同])(上年度?|去年|上一年度?|本年度?|当年|今年|全年)(?!同期相比|相比)")
_PRIOR_WORDS = {"上年", "上年度", "去年", "上一年", "上一年度"}
_YEAR = re.compile(r"((?:19|20)\d{2})年")
# 较2022年的A: the compared year dates only the figure it introduces, not the rest of the sentence.
_COMPARED_YEAR = re.compile(r"[比较与同](?:19|20)\d{2}年(?:同期|末|底)?(?:的)?[^，,。；;]*?(?=\d|$)")
_PRIOR_BALANCE = re.compile(r"(?:上年度?|去年|上一年度?)(?:末|底)?(?:滚存|累计)?(?:结余|结存|余额)")


# 因公出国（境）费: a short aside inside a name, the name going on after it.
_ASIDE = re.compile(r"[（(][\u4e00-\u9fff]{1,6}[）)]$")
_NAME_TAIL = re.compile(r"[\u4e00-\u9fff]{1,4}")


def _start(text: str, pos: int) -> int:
    start = clause_start(text, pos)
    aside = _ASIDE.search(text, max(0, start - 8), start)
    if aside and _NAME_TAIL.fullmatch(text[start:pos].strip()) and aside.start() > 0 \
            and "\u4e00" <= text[aside.start() - 1] <= "\u9fff":
        return clause_start(text, aside.start())
    return start


def clause_label(text: str, pos: int) -> str:
    """The label of the figure at ``pos``: its clause up to the figure, without connectors and a leading date."""
    label = ENUMERATOR.sub("", text[_start(text, pos):pos].strip())
    years_stripped = re.sub(r"(?:19|20)\d{2}年度?", "", label)
    if re.search(r"\d", years_stripped):
        label = _PREVIOUS_FIGURE.sub("", label)  # keep only what follows an earlier figure in the clause
    label = _LEADING_PERIOD.sub("", label)
    label = _LEADING.sub("", label)
    label = _TRAILING.sub("", label)
    return label.strip(" -—")


_LOOK_BACK = 400  # characters; the genre's sentences are shorter


def _period_in(segment: str) -> str | None:
    words = _PERIOD_WORD.findall(segment)
    years = _YEAR.findall(segment)
    if words and words[-1] in _PRIOR_WORDS:
        return "上年"
    if years:
        return years[-1]
    if words:
        return "本年"
    return None


def period_of(text: str, sentence_start: int, pos: int) -> str | None:
    """The period of a figure: named in its own clause first, else earlier in its sentence."""
    own_text = text[clause_start(text, pos):pos]
    own = _period_in(own_text)
    if own:
        return own
    # 上年结余X，年末滚存结余Y: 上年 in 上年结余 names that one balance, not the rest of the sentence.
    # Only the nearest words can date it: a sentence running to thousands of characters (a table
    # flattened into prose) is looked back on over a window, so its cost stays linear.
    end = clause_start(text, pos)
    before = _COMPARED_YEAR.sub("", _PRIOR_BALANCE.sub("", text[max(sentence_start, end - _LOOK_BACK):end]))
    return _period_in(before)
