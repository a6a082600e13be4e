"""What a figure measures in a list of parts: its kind of quantity, its class (收入/支出/结余) and its role."""

from __future__ import annotations

import re

from sbeval.extract.core.sentences import clause_start, start_of
from sbeval.extract.lexicon.units import COUNT_BASES
from sbeval.extract.lexicon.vocabulary import CLOSING_LEADS, CLOSING_SUMS, COMPLETE_SETS, NAME_JOINERS
from sbeval.schema.figures import Figure

_CHANGE = re.compile(
    r"增加|减少|增长|下降|提高|降低|减支|增支|减收|增收|上升|回落|比上年|较上年|比去年|较去年|同比|上年同期|相比|增幅|降幅|变动"
)
_PER_UNIT = re.compile(r"人均|每人|户均|月均|每月|每年|平均|标准|单价")
_STRONG_BREAK = re.compile(r"[，,。；;：:（()）\n]")
_REMAINDER = re.compile(r"^(?:其他|其它|其余)")
_REDUCTION = re.compile(r"^(?:年中|年内)?(?:调减|核减|扣减|减少|收回|退回|冲减)")
# Income and spending categories of a fund (社会保险基金财务制度).
_CATEGORY = re.compile(
    r"(?:转移|上解上级|补助下级|其他|上级补助|下级上解|利息|财政补贴|政府补贴|委托投资|保险费|保费|待遇)(?:收入|支出|收益)$"
)
_MAIN = re.compile(r"(?:待遇|保险金|保险费|保费)(?:收入|支出)$")
_STRUCTURAL = re.compile(r"(?:转移|上解上级|补助下级|上级补助|下级上解)(?:收入|支出)$")
_TOTAL_WORD = re.compile(r"合计|总计|小计|总额|共计|总收入|总支出")
_BALANCE = re.compile(r"结余|结存|余额|赤字|缺口|收不抵支")
_CLOSING = re.compile(rf"(?:{'|'.join(CLOSING_LEADS)})?(?:{'|'.join(CLOSING_SUMS)})(?:为|达)?")
_ALLOCATION = re.compile(r"预算|安排|下达|到位|筹集")
_ACTUAL = re.compile(r"实际|执行|决算|支付|兑付|发放")
_YEAR_OPENING = re.compile(r"((?:19|20)\d{2})年")
# A member may follow the period its item is dated by: "2023年结转", "全年职工…收入".
_SETS = [[re.compile(rf"^(?:(?:19|20)\d{{2}}年度?|全年|本年度?|当年)?(?:{member})") for member in members]
         for members in COMPLETE_SETS]
_JOINER = f"(?:{'|'.join(NAME_JOINERS)})"


def measure(figure: Figure) -> str | None:
    """The kind of quantity a figure adds up with: "元" for money (a bare 万/亿 too), a count unit, or None."""
    if figure.base_unit in {"元", ""}:
        return "元"
    if figure.base_unit in COUNT_BASES:
        return "人" if figure.base_unit in {"人", "名", "位"} else figure.base_unit
    return None


def item_class(label: str) -> str | None:
    """"balance", "income" or "spending" from the last word of that kind in a label; None when it names none."""
    if _BALANCE.search(label):
        return "balance"
    income, spending = label.rfind("收入"), max(label.rfind("支出"), label.rfind("支付"))
    if income < 0 and spending < 0:
        return None
    return "income" if income > spending else "spending"


def classes_fit(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def is_change_or_rate(text: str, start: int) -> bool:
    """True when the figure at ``start`` states a change (较上年增加X) or a per-unit amount (人均X)."""
    left = start
    while left > 0 and not _STRONG_BREAK.match(text, left - 1):
        left -= 1
    before = text[left:start]
    return bool(_CHANGE.search(before) or _PER_UNIT.search(before))


def is_remainder(label: str) -> bool:
    return bool(_REMAINDER.match(label))


def is_reduction(label: str) -> bool:
    return bool(_REDUCTION.match(label))


def is_category(label: str) -> bool:
    return bool(_CATEGORY.search(label))


def covers_fund_categories(labels: list[str]) -> bool:
    """The full set of a fund's categories: its main item (待遇/保险费) with its structural items (转移/上解/补助),
    or 职工医保's 统筹基金 with its 个人账户."""
    if any(x.startswith("统筹") for x in labels) and any(x.startswith("个人账户") for x in labels):
        return True
    return any(_MAIN.search(x) for x in labels) and any(_STRUCTURAL.search(x) for x in labels)


def complete_set(labels: list[str]) -> bool:
    """One item for each member of a breakdown that exhausts its total (在职 + 离退休, 中央 + 省 + 市 + 县)."""
    for members in _SETS:
        if len(labels) != len(members):
            continue
        hits = [{i for i, m in enumerate(members) if m.match(label)} for label in labels]
        if all(len(h) == 1 for h in hits) and len(set().union(*hits)) == len(members):
            return True
    return False


def named_before(text: str, start: int, labels: list[str]) -> bool:
    """The total's own statement names its parts, in their order, before it: "中央、省级、县级预算共安排X，
    其中：中央A，省级B，县级C" (each part by the start of its label)."""
    if len(labels) < 2 or any(len(x) < 2 for x in labels):
        return False
    heads = ["(?:" + "|".join(re.escape(x[:k]) for k in range(len(x), 1, -1)) + ")" for x in labels]
    return bool(re.search(_JOINER.join(heads), text[start_of(text, start):start]))


def exhausts(labels: list[str], text: str, total_pos: int) -> bool:
    """Parts that are the whole of their total: a fund's full set of categories, a complete breakdown,
    or the very items the total's statement names."""
    return covers_fund_categories(labels) or complete_set(labels) or named_before(text, total_pos, labels)


def names_total(label: str) -> bool:
    return bool(_TOTAL_WORD.search(label))


def is_budget(label: str) -> bool:
    return "预算" in label


def is_allocation(label: str) -> bool:
    """Money made available (预算安排/下达/到位), as against money spent."""
    return bool(_ALLOCATION.search(label)) and not is_actual(label)


def is_actual(label: str) -> bool:
    """Money actually spent or paid (实际支付, 执行数, 决算, 兑付, 已发放)."""
    return bool(_ACTUAL.search(label))


def eligible(figure: Figure, text: str, start: int) -> bool:
    """A figure that can be a total or a part: an amount or a count, not a change, a rate or a per-unit amount."""
    return measure(figure) is not None and not is_change_or_rate(text, start)


def restarts_period(text: str, start: int, total: Figure) -> bool:
    """A clause after ；/。 that opens with the total's own year (…；2024年应支付X万元) states something new."""
    begin = clause_start(text, start)
    match = _YEAR_OPENING.match(text, begin)
    return bool(match and begin and text[begin - 1] in "；;。" and match.group(1) == total.period)


def foreign_item(figure: Figure, total: Figure) -> bool:
    """A list item in another kind of quantity (scores, counts) than its total: the list is not the total's."""
    return figure.unit not in {None, "%"} and measure(figure) != measure(total)


def closes_list(text: str, start: int) -> bool:
    """The figure's clause is only a closing sum word: "…，合计1170.00万元" restates the list's total."""
    return bool(_CLOSING.fullmatch(clause_text(text, start).strip()))


def clause_text(text: str, start: int) -> str:
    return text[clause_start(text, start):start]
