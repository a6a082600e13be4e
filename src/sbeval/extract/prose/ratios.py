"""Completion against budget (完成预算的P%, 预算执行率) stated in prose; shares and named rates alongside."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from sbeval.extract.core import sentences
from sbeval.extract.core.context import Context
from sbeval.extract.core.lookup import (
    DOCUMENT,
    FigureIndex,
    Spot,
    approximate,
    compatible,
    is_amount,
    is_prior,
    label_key,
    prefix_start,
    sentence_prefix,
)
from sbeval.extract.prose.rates import find_rate
from sbeval.extract.prose.row_ratios import find_row_ratios
from sbeval.extract.prose.shares import find_share
from sbeval.schema.relations import RatioRelation

# 完成预算的61.42%, 为年度预算的95%, 完成征缴任务800万元的105% (the target may sit inside).
_COMPLETION = re.compile(
    r"(?:完成|为|达到?|占)了?(?P<which>全年度|全年|年度|年初|调整后|调整)?(?:预算|计划|目标|任务|[^，,。；;（）()]{0,8}?任务)"
    r"(?:数|数额|指标)?(?P<inside>(?:[^，,。；;（）()%]|(?<=\d),(?=\d{3})){0,20}?)的?(?:比例|进度)?(?:为|达到?)?$"
)
# 支出预算执行率, 预算完成率; a bare 执行率 / 执行进度 only with its budget and actual in its sentence.
_EXECUTION = re.compile(r"(?P<kind>[^，,。；;（）()]*?)(?:预算(?:执行率|执行进度|完成率|完成进度)|执行率|执行进度)$")
# 实际完成X, 累计执行X, 执行数X, 决算数X: the actual of whatever the budget next to it is of.
_GENERIC_ACTUAL = re.compile(r"^(?:实现|完成|执行|支出执行|累计执行|执行数|完成数|实际数|实际执行数|决算数|决算|实际)$")
_BUDGET_WORDS = re.compile(r"预算|计划|目标|任务")
_SUBJECT_GAP = re.compile(r"^[，,\s]*$")
_NAMED_ACTUAL = re.compile(r"^(?:实际|累计)(?:支付|支出|执行|拨付|使用|发放|完成)(?:资金|金额|数)?$")
_STAGE_WORDS = re.compile(r"调整|全年|变更|追加")  # a later stage of the same budget
_STAGES = {"年初": "年初", "调整": "调整", "调整后": "调整"}  # the stage a phrase names, as budgets label it
_BUDGET_NOISE = re.compile(r"年初|调整后|调整|全年|年度|预算数?|计划|安排|编制|目标(?:任务)?数?|任务数?")


def _budget_kind(label: str) -> str:
    return label_key(_BUDGET_NOISE.sub("", label))


def _actual_for(index: FigureIndex, budget: Spot, anchor: Spot) -> Spot | None:
    """The same-kind current figure nearest the budget and before the rate (本年待遇支出 for 预算待遇支出);
    a generic 实际完成 / 执行数 only in the rate's own sentence."""
    kind = _budget_kind(budget.figure.label)

    def accept(spot: Spot) -> bool:
        f = spot.figure
        if spot.order > anchor.order or not is_amount(spot) or not compatible(f, budget.figure):
            return False
        if _BUDGET_WORDS.search(f.label) or is_prior(f, index.year):
            return False
        key = label_key(f.label)
        generic = not key or _GENERIC_ACTUAL.match(key) or _GENERIC_ACTUAL.match(f.label)  # 决算数 keys as 数
        same_sentence = spot.sentence == anchor.sentence and spot.unit is anchor.unit
        if same_sentence and (generic or kind and key and kind.endswith(key)):
            return True  # "财政拨款支出年初预算为X，支出决算为Y": 支出 is the item's last word
        return key == kind if kind else spot.sentence == anchor.sentence and spot.unit is anchor.unit

    return index.nearest(budget, accept, max_scope=1 if kind else 0)


Pair = tuple[Spot, Spot, list[Spot]]  # budget, actual, other budgets the text equally allows


def _stated_budget(index: FigureIndex, spot: Spot, named: str | None, phrase: bool,
                   which: str | None = None) -> Pair | None:
    """Budget and actual for 完成预算的P% (same paragraph) or 支出预算执行率P% (anywhere, if unique);
    完成年初预算的 / 完成调整预算的 takes the budget of that stage when the text states several."""
    kind = _budget_kind(named) if named else None
    stage = _STAGES.get(which or "")

    def is_budget(s: Spot) -> bool:
        if not (is_amount(s) and _BUDGET_WORDS.search(s.figure.label)):
            return False
        return kind is None or _budget_kind(s.figure.label) == kind

    def of_stage(s: Spot) -> bool:
        return is_budget(s) and stage is not None and stage in s.figure.label

    scope = 1 if phrase else DOCUMENT if kind else 0
    budget = stage and index.nearest(spot, of_stage, max_scope=scope, preceding=phrase, unique=True) \
        or index.nearest(spot, is_budget, max_scope=scope, preceding=phrase, unique=True)
    if budget is None:
        return _stages(index, spot, is_budget) if not stage and (phrase or not kind) else None
    if phrase:
        actual = _actual_for(index, budget, spot)
    else:
        # 支出预算执行率: the 支出 anywhere; a bare 预算执行率: the actual stated next to its budget.
        actual = index.nearest(spot, lambda s: is_amount(s) and not _BUDGET_WORDS.search(s.figure.label)
                               and compatible(s.figure, budget.figure)
                               and (not kind or _budget_kind(s.figure.label) == kind)
                               and not is_prior(s.figure, index.year), max_scope=DOCUMENT if kind else 0,
                               unique=True)
    return (budget, actual, []) if actual is not None else None


def _stages(index: FigureIndex, spot: Spot, is_budget: Callable[[Spot], bool]) -> Pair | None:
    """A bare 完成预算的P% / 执行率P% after the budget's stages (年初预算A，调整预算B，执行数C): the one actual
    of all of them, against the latest stage, the others kept as alternatives."""
    budgets = index.candidates(spot, is_budget, max_scope=0, preceding=True)
    if not 2 <= len(budgets) <= 3 or not all(_STAGE_WORDS.search(b.figure.label) for b in budgets[1:]):
        return None
    actuals = {id(a): a for a in (_actual_for(index, b, spot) for b in budgets) if a is not None}
    if len(actuals) != 1:
        return None
    actual = next(iter(actuals.values()))
    if any(b.order > actual.order for b in budgets):
        return None
    return budgets[-1], actual, budgets[:-1]


def _bare_execution(index: FigureIndex, spot: Spot) -> tuple[Spot, Spot] | None:
    """A bare 执行率P% closing a sentence whose statements give the budget (预算共安排X；…) and the
    actual (实际支付Y，其中…): the one budget of the sentence and the last named actual after it."""
    text = spot.unit.text
    start = sentences.start_of(text, spot.figure.start, sentences.SENTENCE)
    spots = [s for s in index.by_unit[spot.unit.index] if start <= s.figure.start and s.order < spot.order
             and is_amount(s)]
    budgets = [s for s in spots if _BUDGET_WORDS.search(s.figure.label) and not is_prior(s.figure, index.year)]
    if len({s.figure.value * s.figure.scale for s in budgets}) != 1:
        return None
    actuals = [s for s in spots if s.order > budgets[-1].order and _NAMED_ACTUAL.match(s.figure.label)
               and compatible(s.figure, budgets[0].figure)]
    return (budgets[-1], actuals[-1]) if len(actuals) == 1 else None


def _other_subject(spot: Spot, before: list[Spot], phrase: int, pair: tuple[Spot, ...]) -> bool:
    """保险费收入700万元，完成全年预算的50%: the amount the phrase follows is its subject; when that is
    neither the budget nor the actual found, the rate is of a budget the text does not state."""
    direct = [s for s in before if s.figure.end <= phrase]
    if not direct or not _SUBJECT_GAP.match(spot.unit.text[direct[-1].figure.end:phrase]):
        return False
    return all(direct[-1] is not s for s in pair)


def _completion(index: FigureIndex, spot: Spot) -> RatioRelation | None:
    prefix = sentence_prefix(spot)
    match = _COMPLETION.search(prefix)
    execution = _EXECUTION.search(spot.figure.label) if not match else None
    if not match and not execution:
        return None
    if match and re.search(r"分别$", prefix[:match.start()]):
        return None  # 收入、支出分别完成预算的P%和Q%: which budget goes with which is not written
    before = index.amounts_before(spot)
    if match and match.group("inside") and any(ch.isdigit() for ch in match.group("inside")):
        # the target is written inside the phrase: 完成预算683.70万元的61.42%
        cut = prefix_start(spot) + match.start()
        inside = [s for s in before if s.figure.start >= cut]
        outside = [s for s in before if s.figure.start < cut]
        if len(inside) != 1 or not outside:
            return None
        others: list[Spot] = []
        budget, actual = inside[0], outside[-1]
        if not compatible(budget.figure, actual.figure):
            return None
    else:
        found = _stated_budget(index, spot, execution.group("kind") if execution else None, bool(match),
                               match.group("which") if match else None)
        if found is None and execution and not execution.group("kind"):
            bare = _bare_execution(index, spot)
            found = (*bare, []) if bare else None
        if found is None:
            return None
        budget, actual, others = found
        if match and _other_subject(spot, before, prefix_start(spot) + match.start(), (budget, actual, *others)):
            return None
    return RatioRelation(kind="percent", label=spot.figure.label or "完成预算", result=spot.figure,
                         numerator=actual.figure, denominator=budget.figure, factor=Decimal(100),
                         alternatives=tuple(o.figure for o in others))


def find_ratios(ctx: Context, index: FigureIndex | None = None) -> list[RatioRelation]:
    """Every completion rate, share and named rate whose operands the text states."""
    index = index or FigureIndex(ctx)
    found: list[RatioRelation] = []
    for spot in index.spots:
        if spot.figure.unit != "%" or spot.unit.in_table or spot.unit.is_heading or approximate(spot):
            continue
        relation = _completion(index, spot) or find_share(index, spot) or find_rate(index, spot)
        if relation is not None:
            found.append(relation)
    return found + find_row_ratios(ctx)
