"""Months of payment (可支付月数、可支撑N个月、备付能力) with the balance and the spending they rest on."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

from sbeval.extract.core.context import Context
from sbeval.extract.core.sentences import clause_start
from sbeval.extract.core.lookup import DOCUMENT, FigureIndex, Spot, compatible, is_prior, label_key
from sbeval.schema.relations import RatioRelation

_MONTHS = re.compile(
    r"(?:可支付|可支撑|可保障支付|可供支付|可保障|备付能力|备付期限|支付能力|支撑能力|保障能力|平均支付水平)"
    r"(?:月数|时间|期限|能力)?(?:约|预计|达到?|为)*$"
)
_SUBJECT_NOISE = re.compile(r"(?:预计|能够|可以|还|仍|尚|约)+$")
# "控制在12个月左右平均支付水平": a norm, not this fund's figure.
_NORM_AFTER = re.compile(r"^\s*(?:左右|以上|以下|以内|至|到|-|—|～)")
_NORM_BEFORE = re.compile(r"控制在|原则上|正常规模|不低于|不少于|不超过|不得|应当|规定")
_BALANCE = re.compile(r"结余|结存")
# The parts of a fund that keep balances of their own; a fund's name (养老保险) is no part of it.
_COMPONENTS = re.compile(r"统筹|个人账户|基础养老金|调剂金|风险准备金")
# The months rest on the closing balance, never on the opening one or on the year's surplus.
_NOT_CLOSING = re.compile(r"上年|去年|上一年|期初|年初|收支|当期|(?:本|当)年度?(?:结余|结存)")
_MONTHLY = re.compile(r"月均|月平均|平均每月|每月平均|每月")
_SPENDING = re.compile(r"支出|支付|待遇")
_ANNUAL = re.compile(r"^支出额?$")
_NOT_ACTUAL = re.compile(r"预算|计划|目标|月均|月平均|每月")
# "可支撑18个月的待遇支出": the spending the months are counted in, named after the figure.
_BASE_AFTER = re.compile(r"的?(?P<base>[\u4e00-\u9fff]{0,8}?(?:待遇支出|待遇|支出))")
# "（按当年月均支出计算）" with no monthly figure: the year's spending ÷ 12, as the text itself says.
_MONTHLY_SAID = re.compile(r"按(?:照)?(?:当年|本年|全年)?(?:的)?月均(?P<base>[\u4e00-\u9fff]{0,6}?支出)(?:额|水平)?计算")


def _component(label: str) -> str:
    """What part of a fund a balance belongs to: 统筹基金结余 → 统筹, 年末滚存结余 or 养老保险基金结余 → ''."""
    found = _COMPONENTS.search(label_key(label))
    return found.group() if found else ""


def _is_money(spot: Spot) -> bool:
    return spot.figure.base_unit in ("元", "")


def _same_fund(anchor: Spot) -> Callable[[Spot], bool]:
    fund = anchor.unit.section.fund
    return lambda s: s.unit.section.fund == fund


def _denominator(index: FigureIndex, spot: Spot, balance: Spot, component: str) -> tuple[Spot, str] | None:
    """The monthly base the sentence states, else the fund's annual spending (``basis`` "said" when the text
    says 按当年月均支出计算)."""
    same_fund = _same_fund(spot)
    sentence = index.sentence_of(spot)
    for s in sentence:
        label = s.figure.label
        if s is not balance and _is_money(s) and _MONTHLY.search(label) and _SPENDING.search(label) \
                and compatible(s.figure, balance.figure) and (not component or component in label):
            return s, "stated"
    text = spot.unit.text
    after = _BASE_AFTER.match(text, spot.figure.end)
    said = _MONTHLY_SAID.search(text)
    base_said = after or said
    named = label_key(base_said.group("base")) if base_said else ""
    if named.endswith("待遇"):
        named += "支出"

    def annual(s: Spot) -> bool:
        key = label_key(s.figure.label)
        if not _is_money(s) or _NOT_ACTUAL.search(s.figure.label) or is_prior(s.figure, index.year):
            return False
        if component:
            return component in key and key.endswith("支出")
        if named and named != "支出":
            return key == named and same_fund(s)
        return bool(_ANNUAL.match(key)) and same_fund(s)

    found = index.nearest(spot, annual, max_scope=DOCUMENT if not component else 2)
    if found is not None and index.scope(spot, found) == DOCUMENT and spot.unit.section.fund is None \
            and not _states_balance(found, balance):
        # beyond the section, with no fund named by the sections, the year's spending is the fund's only
        # where the text states it with the same balance (收入X，支出Y，年末滚存结余Z): some other 支出
        # far away, a project's, is no base of a fund's months
        return None
    if found is None:
        return None
    # The text names the base (按当年月均支出计算, 可支撑N个月的待遇支出) and the paragraph states it: exact.
    named_here = (said or after and named != "支出") and found.unit is spot.unit
    return found, "said" if named_here else "annual"


def _states_balance(spending: Spot, balance: Spot) -> bool:
    value = balance.figure.value * balance.figure.scale
    return any(f.value * f.scale == value and _BALANCE.search(f.label) for f in spending.unit.figures)


def _balance(index: FigureIndex, spot: Spot, subject: str) -> tuple[Spot, str] | None:
    """The balance the months rest on; a component (统筹基金结余) when the subject names one."""
    component = _component(subject)

    def fits(s: Spot) -> bool:
        label = s.figure.label
        said = s.unit.text[clause_start(s.unit.text, s.figure.start):s.figure.start]  # 本年 is cut from labels
        return _is_money(s) and bool(_BALANCE.search(label)) and not _NOT_CLOSING.search(said) \
            and _component(label) == component and not is_prior(s.figure, index.year)

    found = index.nearest(spot, fits, max_scope=2)
    return (found, component) if found else None


def _months(index: FigureIndex, spot: Spot) -> RatioRelation | None:
    figure, text = spot.figure, spot.unit.text
    match = _MONTHS.search(figure.label)
    if not match or _NORM_AFTER.match(text, figure.end) or _NORM_BEFORE.search(figure.label):
        return None
    subject = _SUBJECT_NOISE.sub("", figure.label[:match.start()])
    balance = _balance(index, spot, subject)
    if balance is None:
        return None
    numerator, component = balance
    base = _denominator(index, spot, numerator, component)
    if base is None:
        return None
    denominator, basis = base
    factor = Decimal(1) if basis == "stated" else Decimal(12)
    return RatioRelation(kind="months", label=figure.label or "可支付月数", result=figure,
                         numerator=numerator.figure, denominator=denominator.figure,
                         factor=factor, basis="annual" if basis == "annual" else "stated")


def find_months(ctx: Context, index: FigureIndex | None = None) -> list[RatioRelation]:
    """Every months-of-payment figure whose balance and spending base the text states."""
    index = index or FigureIndex(ctx)
    found = []
    for spot in index.spots:
        if spot.figure.base_unit != "月" or spot.unit.in_table:
            continue
        relation = _months(index, spot)
        if relation is not None:
            found.append(relation)
    return found
