"""Year-on-year changes (比上年增加Y，增长P%) and differences (由A提高至B，增加C) stated in prose."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from sbeval.extract.core.context import Context
from sbeval.extract.core import sentences
from sbeval.extract.core.sentences import clause_start
from sbeval.extract.core.lookup import FigureIndex, Spot, approximate, compatible, is_prior, label_key
from sbeval.extract.lexicon.vocabulary import BUDGET_TYPES
from sbeval.extract.prose.items import is_change_or_rate
from sbeval.schema.relations import ChangeRelation

_COMPARATOR = re.compile(
    r"(?:比|较|与|同)(?:上年度?|去年|上一年度?|前一年|(?P<year>(?:19|20)\d\d)年度?)(?:末|底)?(?:同期)?(?:水平)?"
    r"(?:相比|比较)?|同比|比同期|较同期"
    r"|(?:比|较|与)(?P<budget>年初预算|调整后?预算|全年预算)数?(?:相比|比较)?"
)
# 与上年相比，收入总计增加…; 与2022年度相比，收、支总计各减少…: the subject named after the comparison.
_AFTER_COMPARED = re.compile(r"(?:相比|比较)$")
_NAMED_AFTER = re.compile(r"\s*[，,]\s*(?P<head>[\u4e00-\u9fff、]{2,16}?)各?(?=(?:同比)?(?:增加|减少|增长|下降))")
_BUDGET_TYPE = re.compile("|".join(BUDGET_TYPES))  # 一般公共预算财政拨款支出 names a source, not a budget
_BOTH = re.compile(r"^收入?[、和与及]?支出?(?P<rest>总计|合计|总额)$")
# 较上年的63,410万元增加…, 较2022年的11,645万元增加…: the prior value written after the comparator;
# 比上年决算数50.2万元减少…: the prior's own name (决算数, 实际数) may stand in for 的.
_INLINE_PRIOR = re.compile(r"^(?:的|(?:的)?(?:决算数?|实际数|执行数|实际支出数?|支出决算数?|收入决算数?)(?:为)?)\s*$")
_VERB = r"(?:增长|增加|减少|下降|降低|减支|增支|减收|增收|提高|提升|上升|下滑|回落|净增|净减|多|少)"
_RATE_WORD = r"(?:增幅|增长率|增速|降幅|减幅|下降率|增减率|变动率|增减幅度|幅度)"
# The text between the comparator (or the previous link) and the next figure of the chain.
_LINK = re.compile(rf"^[，,、\s]*(?:同比)?(?:{_VERB}了?|{_RATE_WORD})(?:了|为|达到?|约)*\s*$")
# 由每人每月145元, 由2018年的10,230人: a year may name the prior value's period.
_FROM = re.compile(r"(?:由|从)(?:(?:19|20)\d\d年(?:末|底|度)?)?[^，,。；;\d%（）()]{0,8}$")
_TO_VERB = r"(?:提高|增加|增长|上升|上调|提升|扩大|下降|降低|减少|下调|缩小|调整|调|升|降)"
# 提高至B, 增加到B, 调整为B (为 only after a verb: "由A为B" is no change).
_TO = re.compile(rf"^\s*(?:{_TO_VERB}?(?:到|至)|{_TO_VERB}为)\s*$")
_FROM_TAIL = re.compile(r"(?:由|从)[^由从]*$")
_PAREN_OPEN = re.compile(r"^\s*[（(]\s*$")
_PAREN_CLOSE = re.compile(r"\s*[）)]")
_HEAD_NOISE = re.compile(r"(?:19|20)\d\d年度?|本年度?|今年|当年|全年|与|和|[，,；;\s]")
# Where the words naming a clause's subject end: at its figure or at its verb.
_HEAD_END = re.compile(r"[\d+-]|完成|占|为|达到?|相当于|比|较|同比")
_BUDGET = re.compile(r"预算|计划|目标|任务")
_RATES = ("%",)
_POINTS = ("个百分点", "百分点")


def _is_rate(spot: Spot) -> bool:
    return spot.figure.unit in _RATES


def _is_points(spot: Spot) -> bool:
    return spot.figure.unit in _POINTS


def _chain(spots: list[Spot], text: str, start: int) -> list[Spot]:
    """The figures that follow ``start`` as a chain of 增加Y、增长P% links."""
    chain: list[Spot] = []
    position = start
    for spot in spots:
        if spot.figure.start < position:
            continue
        if not _LINK.match(text[position:spot.figure.start]):
            break
        chain.append(spot)
        position = spot.figure.end
    return chain


def _split(chain: list[Spot]) -> tuple[Spot | None, Spot | None, bool]:
    """The change amount (or 个百分点) and the growth rate of a chain."""
    change = next((s for s in chain if not _is_rate(s)), None)
    rate = next((s for s in chain if _is_rate(s)), None)
    points = change is not None and _is_points(change)
    return change, (None if points else rate), points


def _relation(kind: Literal["yoy", "difference"], label: str, current: Spot | None, prior: Spot | None, change: Spot | None,
              rate: Spot | None, points: bool) -> ChangeRelation | None:
    known = [s for s in (current, prior, change, rate) if s is not None]
    if len(known) < 3:
        return None  # two facts and no third to check them against
    if any(approximate(s) for s in known):
        return None  # 增长约8%, 增加超过300万元: a bound or a rough value checks nothing
    amounts = [s.figure for s in (current, prior, change) if s is not None]
    if not points and not all(compatible(a, b) for a in amounts for b in amounts):
        return None
    pick = lambda s: s.figure if s else None  # noqa: E731
    return ChangeRelation(kind=kind, label=label, current=pick(current), prior=pick(prior),
                          change=pick(change), rate=pick(rate), points=points)


def _subject(index: FigureIndex, spots: list[Spot], sentence: list[Spot], text: str, at: int,
             want_rate: bool, used: set[int]) -> Spot | None:
    """What a comparator speaks of: the label its clause names, else the topic of its clause chain."""
    own_start = clause_start(text, at)
    head = _HEAD_NOISE.sub("", text[own_start:at])
    anchor = next((s for s in sentence if s.figure.start >= at), None)
    if anchor is None:
        return None

    def fits(s: Spot) -> bool:
        return id(s) not in used and (_is_rate(s) if want_rate else not (_is_rate(s) or _is_points(s)))

    own = [s for s in sentence if own_start <= s.figure.start and s.figure.end <= at and fits(s)]
    if head and not own:
        return _named(index, anchor, head, fits)
    return own[-1] if own else _topic(index, spots, text, own_start, anchor, fits)


def _named(index: FigureIndex, anchor: Spot, head: str, fits: Callable[[Spot], bool]) -> Spot | None:
    return index.by_label(anchor, head, max_scope=1, preceding=True,
                          accept=lambda s: fits(s) and not is_prior(s.figure, index.year)
                          and not _BUDGET.search(s.figure.label))


def _topic(index: FigureIndex, spots: list[Spot], text: str, end: int, anchor: Spot,
           fits: Callable[[Spot], bool]) -> Spot | None:
    """The subject of a clause chain (基金收入完成预算的P%，较上年增加Y): the nearest earlier clause of the
    sentence, across ；, that states an amount or names one; a budget or target clause is passed over."""
    while end > 0 and not sentences.ends_at(text, end):
        start = clause_start(text, end - 1)
        clause = [s for s in spots if start <= s.figure.start < end]
        amounts = [s for s in clause if fits(s)]
        head = _HEAD_NOISE.sub("", _HEAD_END.split(text[start:end - 1], maxsplit=1)[0])
        end = start
        if any(_BUDGET.search(s.figure.label) for s in amounts) or _BUDGET.search(head):
            continue
        if amounts:
            return amounts[-1]
        if head and not clause:
            return None  # a clause of words (主要是…): the chain is broken
        if head:
            return _named(index, anchor, head, fits)
    return None


def _previous_subject(spots: list[Spot], text: str, at: int, used: set[int]) -> Spot | None:
    """The subject a sentence opening with 较年初预算数… continues: the first amount of the paragraph's
    previous sentence that states one (a sentence of reasons between them is passed over)."""
    end = at
    for _ in range(3):
        if end <= 0:
            return None
        start = sentences.start_of(text, end - 1, sentences.SENTENCE)
        amounts = [s for s in spots if start <= s.figure.start < end and not _is_rate(s) and not _is_points(s)]
        if amounts:
            first = amounts[0]
            label = _BUDGET_TYPE.sub("", first.figure.label)
            if id(first) in used or _BUDGET.search(label) or is_change_or_rate(text, first.figure.start):
                return None
            return first
        end = start
    return None


def _named_changes(index: FigureIndex, chain: list[Spot], head: str, used: set[int]) -> list[ChangeRelation]:
    """The change a chain states of the figure(s) ``head`` names before it: 收入总计, or 收、支总计 (both
    totals, one relation when they are equal, as a 决算's 收入总计 and 支出总计 are)."""
    change, rate, points = _split(chain)
    if not chain or points:
        return []
    both = _BOTH.match(head)
    anchor = chain[0]

    def fits(s: Spot) -> bool:
        return not (_is_rate(s) or _is_points(s)) and id(s) not in used and not is_prior(s.figure, index.year) \
            and not _BUDGET.search(_BUDGET_TYPE.sub("", s.figure.label))

    def current_of(name: str) -> Spot | None:
        found = index.by_label(anchor, name, like=change.figure if change else None, max_scope=1, preceding=True,
                               accept=fits)
        if found is None:  # "财政局2024年度收入支出总计X": the name ends the figure's longer label
            key = label_key(name)
            earlier = [s for s in index.by_unit[anchor.unit.index] if s.order < anchor.order and fits(s)
                       and key and label_key(s.figure.label).endswith(key)]
            found = earlier[-1] if earlier else None
        return found

    currents = [current_of(f"收入{both.group('rest')}"), current_of(f"支出{both.group('rest')}")] if both else []
    if not currents or any(c is None for c in currents):
        currents = [current_of(head)]  # 收入支出总计 may be one figure of that name
    if any(c is None for c in currents):
        return []
    if len({c.figure.value * c.figure.scale for c in currents if c}) == 1:
        currents = currents[:1]
    used.update(id(s) for s in chain)
    found = []
    for current in currents:
        assert current is not None
        label = head if len(currents) == 1 else current.figure.label
        relation = _relation("yoy", label, current, None, change, rate, points)
        if relation is not None:
            found.append(relation)
    return found


def _before_subject(year: str | None, subject: Spot, report_year: int | None) -> bool:
    """较2022年 compares with an earlier year: earlier than the subject's own year, else the report's."""
    if year is None:
        return True
    period = subject.figure.period
    own = int(period) if period and period.isdigit() else report_year
    return own is not None and int(year) < own


def _yoy(index: FigureIndex, spots: list[Spot], sentence: list[Spot], text: str,
         used: set[int]) -> list[ChangeRelation]:
    found = []
    start, end = (sentence[0].sentence, sentence[-1].figure.end) if sentence else (0, 0)
    for match in _COMPARATOR.finditer(text, start, end):
        position, prior = match.end(), None
        after = [s for s in sentence if s.figure.start >= position]
        close = _PAREN_CLOSE.match(text, after[0].figure.end) if after else None
        if close and _PAREN_OPEN.match(text[position:after[0].figure.start]):
            prior, position = after[0], close.end()  # 比去年同期（2350万元）增加512万元
        elif after and _INLINE_PRIOR.match(text[position:after[0].figure.start]):
            prior, position = after[0], after[0].figure.end
        chain = _chain(after, text, position)
        named = _NAMED_AFTER.match(text, position) if not chain and _AFTER_COMPARED.search(match.group()) else None
        if named:
            # "与2022年度相比，收入总计增加X，增长P%": the subject is named after the comparison
            chain = _chain(after, text, named.end())
            found.extend(_named_changes(index, chain, named.group("head"), used))
            continue
        if not chain:
            continue
        used.update(id(s) for s in chain)
        change, rate, points = _split(chain)
        subject = _subject(index, spots, sentence, text, match.start(), points, used)
        if subject is None and match.group("budget") and sentence[0].sentence == match.start():
            subject = _previous_subject(spots, text, match.start(), used)
        if subject is None or not _before_subject(match.group("year"), subject, index.year):
            continue
        current: Spot | None = subject
        if match.group("budget"):
            pass  # the budget compared with is current − change, never a prior year's figure
        elif prior is None and is_prior(subject.figure, index.year):
            prior, current = subject, index.by_label(
                subject, subject.figure.label, like=subject.figure, max_scope=1,
                accept=lambda s: not is_prior(s.figure, index.year) and id(s) not in used)
        elif prior is None:
            prior = index.by_label(subject, subject.figure.label, like=subject.figure, max_scope=1,
                                   accept=lambda s: is_prior(s.figure, index.year))
        cue = f"较{match.group('budget')}" if match.group("budget") else ""  # named, so a reader sees the base
        relation = _relation("yoy", subject.figure.label + cue, current, prior, change, rate, points)
        if relation is not None:
            found.append(relation)
    return found


def _differences(sentence: list[Spot], text: str, used: set[int]) -> list[ChangeRelation]:
    found = []
    for first, second in zip(sentence, sentence[1:]):
        before = text[max(first.sentence, first.figure.start - 12):first.figure.start]
        if not (_FROM.search(before) and _TO.match(text[first.figure.end:second.figure.start])):
            continue
        chain = _chain([s for s in sentence if s.order > second.order], text, second.figure.end)
        used.update(id(s) for s in chain)
        change, rate, points = _split(chain)
        points = points or (_is_rate(first) and _is_rate(second) and change is not None)
        label = _FROM_TAIL.sub("", first.figure.label) or second.figure.label
        relation = _relation("difference", label, second, first, change, rate, points)
        if relation is not None:
            found.append(relation)
    return found


def find_changes(ctx: Context, index: FigureIndex | None = None) -> list[ChangeRelation]:
    """Every change whose stated figures over-determine it (three of current, prior, change, rate)."""
    index = index or FigureIndex(ctx)
    found: list[ChangeRelation] = []
    for unit in ctx.units:
        if unit.in_table or not unit.figures:
            continue
        spots = index.by_unit[unit.index]
        for sentence_start in dict.fromkeys(s.sentence for s in spots):
            sentence = [s for s in spots if s.sentence == sentence_start]
            used: set[int] = set()
            found += _differences(sentence, unit.text, used)
            found += _yoy(index, spots, sentence, unit.text, used)
    return found
