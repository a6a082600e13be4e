"""Shares of a base stated in prose: A占B的P%, A占B X的P%, 其中A，占比P%, 分别占B的P%、Q%."""

from __future__ import annotations

import re
from decimal import Decimal

from sbeval.extract.core.labels import ENUMERATOR
from sbeval.extract.core.sentences import clause_start, ends_at
from sbeval.extract.lexicon.vocabulary import LIST_OPENERS, NAME_JOINERS
from sbeval.extract.prose.items import is_change_or_rate
from sbeval.extract.core.lookup import (
    DOCUMENT,
    FigureIndex,
    Spot,
    compatible,
    is_amount,
    is_prior,
    label_key,
    prefix_start,
    sentence_prefix,
)
from sbeval.schema.relations import RatioRelation

_BASE_WORDS = r"[^，,。；;：:、（）()%\d]"
# 占全年支出的4.2%, 占个人账户基金结余的56%, 占基金总支出的比重为3.2%.
_SHARE = re.compile(rf"(?:占|为|相当于)(?P<base>{_BASE_WORDS}{{1,24}}?)的?(?:比重|比例|份额)?(?:为|达到?)?$")
# "津贴12.84万元全年支出的17.6%": the 占 left out, the base right after the part.
_SHARE_NO_VERB = re.compile(r"^(?P<base>[\u4e00-\u9fff]{2,12})的$")
# "占全年支出72.92亿元的4.5%", "为上年支出9,002万元的108.2%": the base written inside.
_STATED_BASE = re.compile(rf"^(?:占|相当于|为)(?P<base>{_BASE_WORDS}{{1,24}})$")
_STATED_BASE_GAP = re.compile(r"^的?(?:比重|比例|份额)?(?:为|达到?)?$")
# 占比32.9%, 占93.8%: the base is the total the 其中 list is of.
_BARE = re.compile(r"(?:^|[，,、\s])占(?:比|比重|比例)?(?:为|达到?)?$")
# 分别占基金支出的92.3%和2.7%; 分别占比92.3%、2.7%.
_RESPECTIVELY = re.compile(rf"分别(?:占|为|相当于)(?P<base>{_BASE_WORDS}{{0,24}}?)的?(?:比重|比例|份额)?(?:为|达到?)?$")
_SERIES_GAP = re.compile(r"^\s*(?:[、，,和及与]|以及)\s*$")
_TOTAL_GAP = re.compile(r"^[\s，,。；;：:（(]*$")
_LIST_OPENER = re.compile("|".join(sorted(LIST_OPENERS, key=len, reverse=True)))
_BUDGET_WORDS = re.compile(r"预算|计划|目标|任务")
_PRIOR_BASE = re.compile(r"上年|去年|上一年|同期")
_TOTAL_WORDS = re.compile(r"合计|总计|总额|总数")
_HEAD_NOISE = re.compile(r"(?:参保)?(?:人员|人数)$")
_NAME_LIST = re.compile("|".join(NAME_JOINERS))


def _relation(spot: Spot, part: Spot, base: Spot, label: str) -> RatioRelation | None:
    if part is base or not compatible(part.figure, base.figure):
        return None
    return RatioRelation(kind="share", label=label, result=spot.figure,
                         numerator=part.figure, denominator=base.figure, factor=Decimal(100))


def _list_total(index: FigureIndex, part: Spot) -> Spot | None:
    """The total a 其中 list is of, when ``part`` is in that list: 基金支出X。其中，待遇支出Y; 支出X万元，
    主要用于以下方面：A Y万元，占P%."""
    text = part.unit.text
    openers = list(_LIST_OPENER.finditer(text, 0, part.figure.start))
    if not openers or "。" in text[openers[-1].start():part.figure.start]:
        return None
    marker = openers[-1].start()
    before = [s for s in index.by_unit[part.unit.index] if s.figure.end <= marker and is_amount(s)
              and not is_change_or_rate(text, s.figure.start)]  # 较上年增加X。其中… breaks down no change
    if not before:
        return None
    if _TOTAL_GAP.match(text[before[-1].figure.end:marker]):
        return before[-1]
    if ends_at(text, marker):
        # 支出合计X万元，较上年…。其中：基本支出Y万元，占P%: a sentence opening with 其中 breaks down
        # the subject of the sentence before, when the parts are of its kind.
        previous = [s for s in before if s.sentence == before[-1].sentence]
        subject = previous[0]
        kind = label_key(subject.figure.label)
        named = text[clause_start(text, subject.figure.start):subject.figure.start]
        if kind and label_key(part.figure.label).endswith(kind) and _TOTAL_WORDS.search(named):
            return subject
    return None


def _named_base(index: FigureIndex, spot: Spot, part: Spot, base_label: str) -> Spot | None:
    """The figure a share names as its base, of the part's period unless it names a prior one."""
    want_prior = is_prior(part.figure, index.year) or bool(_PRIOR_BASE.search(base_label))
    base = index.by_label(spot, base_label, like=part.figure, accept=lambda s: is_amount(s) and s is not part
                          and is_prior(s.figure, index.year) == want_prior)
    if base is None and not _PRIOR_BASE.search(base_label):
        # a period the labeller could not tell is no reason to drop the base
        base = index.by_label(spot, base_label, like=part.figure, accept=lambda s: is_amount(s) and s is not part)
    if base is not None and index.scope(spot, base) >= 2 and _magnitude(base) < _magnitude(part):
        return None  # a whole found beyond the paragraph that is smaller than its part is some other figure
    if base is not None and index.scope(spot, base) == DOCUMENT and base.unit.index != spot.unit.index - 1:
        # "占总支出的25%" with no 总支出 in its paragraph, its section or the paragraph just before it:
        # some other 支出 of the document is no base
        return None
    return base


def _magnitude(spot: Spot) -> Decimal:
    return abs(spot.figure.value * spot.figure.scale)


def percent_series(sentence: list[Spot], spot: Spot) -> list[Spot]:
    """The run of percentages ``spot`` belongs to (92.3%和2.7%), in order; only its neighbours are
    looked at, so a sentence of thousands of percentages costs each of them little."""
    at = sentence.index(spot)
    first = last = at
    text = spot.unit.text
    while first > 0 and sentence[first - 1].figure.unit == "%" and _SERIES_GAP.match(
            text[sentence[first - 1].figure.end:sentence[first].figure.start]):
        first -= 1
    while last + 1 < len(sentence) and sentence[last + 1].figure.unit == "%" and _SERIES_GAP.match(
            text[sentence[last].figure.end:sentence[last + 1].figure.start]):
        last += 1
    return sentence[first:last + 1]


def _respectively(index: FigureIndex, spot: Spot, series: list[Spot]) -> RatioRelation | None:
    """The k-th of 分别占B的P1、P2…: the k-th of the last n amounts before 分别, against B."""
    head = series[0]
    prefix = sentence_prefix(head)
    match = _RESPECTIVELY.search(prefix)
    if match is None:
        return None
    cut = prefix_start(head) + match.start()
    amounts = [s for s in index.sentence_of(head) if is_amount(s) and s.figure.end <= cut]
    if not amounts and match.group("base"):
        return _named_parts(index, spot, series, prefix[:match.start()], match.group("base"))
    if len(amounts) < len(series):
        return None
    part = amounts[len(amounts) - len(series) + series.index(spot)]
    base_label = match.group("base")
    base = _named_base(index, spot, part, base_label) if base_label else _list_total(index, part)
    return None if base is None else _relation(spot, part, base, f"占{base_label or '比'}")


def _head_key(label: str) -> str:
    """A label without the words that vary between mentions of one group: 在职参保人员 / 在职 / 在职人数."""
    return _HEAD_NOISE.sub("", label_key(label))


def _named_part(index: FigureIndex, name: str) -> Spot | None:
    """The one figure of the document named ``name`` (two different values make it ambiguous)."""
    want = _head_key(name)
    hits = [s for s in index.spots if want and is_amount(s) and not s.unit.is_heading
            and _head_key(s.figure.label) == want]
    return hits[0] if hits and len({s.figure.value * s.figure.scale for s in hits}) == 1 else None


def _named_parts(index: FigureIndex, spot: Spot, series: list[Spot], before: str, base_label: str
                 ) -> RatioRelation | None:
    """在职人员和离退休人员分别占参保总人数的P%、Q%, the parts stated earlier: each part is the one figure
    of its name, the parts share one sentence, and the base is named in that sentence too."""
    names = _NAME_LIST.split(ENUMERATOR.sub("", re.split(r"[，,；;：:。]", before)[-1]))
    if len(names) != len(series):
        return None
    parts = [_named_part(index, name) for name in names]
    if any(p is None for p in parts) or len({(p.unit.index, p.sentence) for p in parts if p}) != 1:
        return None
    part = parts[series.index(spot)]
    assert part is not None
    base = index.by_label(part, base_label, like=part.figure, max_scope=0,
                          accept=lambda s: is_amount(s) and s not in parts)
    return None if base is None else _relation(spot, part, base, f"分别占{base_label}")


def _stated_base(spot: Spot, before: list[Spot]) -> RatioRelation | None:
    """A share whose base figure is written inside the phrase: A，占B X的P%."""
    if len(before) < 2:
        return None
    base, part = before[-1], before[-2]
    named = _STATED_BASE.match(base.figure.label)
    if not named or not _STATED_BASE_GAP.match(spot.unit.text[base.figure.end:spot.figure.start]):
        return None
    if _BUDGET_WORDS.search(named.group("base")):
        return None
    return _relation(spot, part, base, f"占{named.group('base')}")


def find_share(index: FigureIndex, spot: Spot) -> RatioRelation | None:
    """The share a percentage states, when its part and its base are both identifiable."""
    sentence = index.sentence_of(spot)
    before = index.amounts_before(spot)
    series = percent_series(sentence, spot)
    if len(series) > 1 or _RESPECTIVELY.search(sentence_prefix(series[0])):
        # several shares after one phrase: matched in order, or not at all
        return _respectively(index, spot, series)
    if not before:
        return None
    stated = _stated_base(spot, before)
    if stated is not None:
        return stated
    prefix = sentence_prefix(spot)
    if _BARE.search(prefix):
        base = _list_total(index, before[-1])
        return None if base is None else _relation(spot, before[-1], base, "占比")
    match = _SHARE.search(prefix)
    if match:
        base_label = match.group("base")
        cut = prefix_start(spot) + match.start()
        parts = [s for s in before if s.figure.end <= cut]
        if not parts:
            return None
        part = parts[-1]
    else:
        part = before[-1]
        gap = _SHARE_NO_VERB.match(spot.unit.text[part.figure.end:spot.figure.start])
        if not gap:
            return None
        base_label = gap.group("base")
        if _BUDGET_WORDS.search(base_label):
            return None
    base = _named_base(index, spot, part, base_label)
    return None if base is None else _relation(spot, part, base, f"占{base_label}")
