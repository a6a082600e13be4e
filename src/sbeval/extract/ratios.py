"""Completion against budget (完成预算的P%), shares (A占B的P%) and rates (参保缴费率) stated in prose."""

from __future__ import annotations

import re
from decimal import Decimal

from sbeval.extract.context import Context
from sbeval.extract.lookup import DOCUMENT, FigureIndex, Spot, compatible, is_prior, normalize
from sbeval.extract.rates import find_rate
from sbeval.schema.relations import RatioRelation

# 完成预算的61.42%, 为年度预算的95%, 完成征缴任务800万元的105% (the target may sit inside).
_COMPLETION = re.compile(
    r"(?:完成|为|达到?|占)了?(?:全年|年度|年初|调整后|全年度)?(?:预算|计划|目标|任务|[^，,。；;（）()]{0,8}?任务)"
    r"(?:数|数额|指标)?(?P<inside>(?:[^，,。；;（）()%]|(?<=\d),(?=\d{3})){0,20}?)的?(?:比例|进度)?(?:为|达到?)?$"
)
_EXECUTION = re.compile(r"(?P<kind>[^，,。；;（）()]*?)预算(?:执行率|执行进度|完成率|完成进度)$|执行进度$")
# 占全年支出的4.2%, 占个人账户基金结余的56%, 占比重为3.2%.
_SHARE = re.compile(r"(?:占|为|相当于)(?P<base>[^，,。；;：:、（）()%\d]{1,24}?)的?(?:比重|比例|份额)?(?:为|达到?|约)?$")
# "津贴12.84万元全年支出的17.6%": the 占 left out, the base right after the part.
_SHARE_NO_VERB = re.compile(r"^(?P<base>[\u4e00-\u9fff]{2,12})的$")
# "占全年支出72.92亿元的4.5%": the base written inside, its figure labelled 占全年支出.
_STATED_BASE = re.compile(r"^(?:占|相当于)(?P<base>[^，,。；;：:、（）()%\d]{1,24})$")
_STATED_BASE_GAP = re.compile(r"^的?(?:比重|比例|份额)?(?:为|达到?|约)?$")
_BUDGET_WORDS = re.compile(r"预算|计划|目标|任务")
_BUDGET_NOISE = re.compile(r"年初|调整后|调整|全年|年度|预算数?|计划|安排|编制")
_LOOKBACK = 48


def _prefix(spot: Spot) -> str:
    """The text of the figure's sentence up to the figure (at most a few clauses)."""
    text = spot.unit.text
    return text[max(spot.sentence, spot.figure.start - _LOOKBACK):spot.figure.start]


def _is_amount(spot: Spot) -> bool:
    return spot.figure.base_unit not in ("%", "个百分点", "月", "年", "天", "分")


def _budget_kind(label: str) -> str:
    return normalize(_BUDGET_NOISE.sub("", label))


def _actual_for(index: FigureIndex, budget: Spot, anchor: Spot) -> Spot | None:
    """The same-kind figure of the current period nearest before the budget (本年待遇支出 for 预算待遇支出)."""
    kind = _budget_kind(budget.figure.label)

    def accept(spot: Spot) -> bool:
        f = spot.figure
        if not _is_amount(spot) or not compatible(f, budget.figure) or _BUDGET_WORDS.search(f.label):
            return False
        if is_prior(f, index.year):
            return False
        return normalize(f.label) == kind if kind else spot.sentence == anchor.sentence

    return index.nearest(budget, accept, max_scope=1 if kind else 0, preceding=True)


def _stated_budget(index: FigureIndex, spot: Spot, named: str | None, phrase: bool) -> tuple[Spot, Spot] | None:
    """Budget and actual for 完成预算的P% (same paragraph) or 支出预算执行率P% (anywhere, if unique)."""
    kind = _budget_kind(named) if named else None

    def is_budget(s: Spot) -> bool:
        if not (_is_amount(s) and _BUDGET_WORDS.search(s.figure.label)):
            return False
        return kind is None or _budget_kind(s.figure.label) == kind

    scope = 1 if phrase else DOCUMENT if kind else 0
    budget = index.nearest(spot, is_budget, max_scope=scope, preceding=phrase, unique=True)
    if budget is None:
        return None
    if phrase:
        actual = _actual_for(index, budget, spot)
    else:
        # 支出预算执行率: the 支出 anywhere; a bare 预算执行率: the actual stated next to its budget.
        actual = index.nearest(spot, lambda s: _is_amount(s) and not _BUDGET_WORDS.search(s.figure.label)
                               and compatible(s.figure, budget.figure)
                               and (not kind or _budget_kind(s.figure.label) == kind)
                               and not is_prior(s.figure, index.year), max_scope=DOCUMENT if kind else 0,
                               unique=True)
    return (budget, actual) if actual is not None else None


def _completion(index: FigureIndex, spot: Spot) -> RatioRelation | None:
    prefix = _prefix(spot)
    match = _COMPLETION.search(prefix)
    execution = _EXECUTION.search(spot.figure.label) if not match else None
    if not match and not execution:
        return None
    sentence = index.sentence_of(spot)
    before = [s for s in sentence if s.order < spot.order and _is_amount(s)]
    if match and match.group("inside") and any(ch.isdigit() for ch in match.group("inside")):
        # the target is written inside the phrase: 完成预算683.70万元的61.42%
        cut = spot.figure.start - len(prefix) + match.start()
        inside = [s for s in before if s.figure.start >= cut]
        outside = [s for s in before if s.figure.start < cut]
        if len(inside) != 1 or not outside:
            return None
        budget, actual = inside[0], outside[-1]
        if not compatible(budget.figure, actual.figure):
            return None
    else:
        pair = _stated_budget(index, spot, execution.group("kind") if execution else None, bool(match))
        if pair is None:
            return None
        budget, actual = pair
    return RatioRelation(kind="percent", label=spot.figure.label or "完成预算", result=spot.figure,
                         numerator=actual.figure, denominator=budget.figure, factor=Decimal(100))


def _stated_base(spot: Spot, before: list[Spot]) -> RatioRelation | None:
    """A share whose base figure is written inside the phrase: A，占B X的P%."""
    if len(before) < 2:
        return None
    base, part = before[-1], before[-2]
    named = _STATED_BASE.match(base.figure.label)
    if not named or not _STATED_BASE_GAP.match(spot.unit.text[base.figure.end:spot.figure.start]):
        return None
    if not compatible(base.figure, part.figure):
        return None
    return RatioRelation(kind="share", label=f"占{named.group('base')}", result=spot.figure,
                         numerator=part.figure, denominator=base.figure, factor=Decimal(100))


def _share(index: FigureIndex, spot: Spot) -> RatioRelation | None:
    prefix = _prefix(spot)
    match = _SHARE.search(prefix)
    sentence = index.sentence_of(spot)
    before = [s for s in sentence if s.order < spot.order and _is_amount(s)]
    if not before:
        return None
    stated = _stated_base(spot, before)
    if stated is not None:
        return stated
    if match:
        base_label = match.group("base")
        cut = spot.figure.start - len(prefix) + match.start()
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
    if _BUDGET_WORDS.search(base_label) and not match:
        return None
    prior_part = is_prior(part.figure, index.year)
    base = index.by_label(spot, base_label, like=part.figure, accept=lambda s: _is_amount(s) and s is not part
                          and is_prior(s.figure, index.year) == prior_part)
    if base is None:  # a period the labeller could not tell is no reason to drop the base
        base = index.by_label(spot, base_label, like=part.figure, accept=lambda s: _is_amount(s) and s is not part)
    if base is None:
        return None
    return RatioRelation(kind="share", label=f"占{base_label}", result=spot.figure,
                         numerator=part.figure, denominator=base.figure, factor=Decimal(100))


def find_ratios(ctx: Context, index: FigureIndex | None = None) -> list[RatioRelation]:
    """Every completion rate, share and named rate whose operands the text states."""
    index = index or FigureIndex(ctx)
    found: list[RatioRelation] = []
    for spot in index.spots:
        if spot.figure.unit != "%" or spot.unit.in_table or spot.unit.is_heading:
            continue
        relation = _completion(index, spot) or _share(index, spot) or find_rate(index, spot)
        if relation is not None:
            found.append(relation)
    return found
