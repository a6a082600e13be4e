"""Named rates whose definition the genre fixes: 参保缴费率 = 缴费人数 ÷ 参保人数, 基金收支结存率 = 结余 ÷ 收入."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from sbeval.extract.core.lookup import FigureIndex, Spot, compatible, label_key, words_after
from sbeval.schema.relations import RatioRelation


class Rate(NamedTuple):
    name: re.Pattern[str]
    numerator: re.Pattern[str]
    denominator: re.Pattern[str]
    # words that disqualify a denominator (征缴收入 is only part of 收入)
    not_denominator: re.Pattern[str] = re.compile(r"(?!)")
    not_numerator: re.Pattern[str] = re.compile(r"(?!)")
    heads: bool = False  # both operands count people: an amount (个人缴费70556万元) is neither


_PREMIUM = r"(?:[\u4e00-\u9fff]{0,8}?保险费|基金|费)?"  # 征缴工伤保险费 keys as 征缴费
_RATES: tuple[Rate, ...] = (
    # 符合参保条件的居民N人，已有M人参保缴费: those eligible are the base, the count that paid the part.
    Rate(re.compile(r"参保缴费率$"), re.compile(r"缴费(?:人数|人员)?$"),
         re.compile(r"参保(?:人数|人员)$|符合参保(?:缴费)?条件的?[\u4e00-\u9fff]{0,12}$"),
         re.compile(r"应参保|未"), heads=True),
    Rate(re.compile(r"(?:收支)?(?:结存|结余)率$"), re.compile(r"(?:收支|当期|当年|本年)结余$|^结余$"),
         re.compile(r"收入$"),
         re.compile(r"保险费|征缴|缴费|利息|补贴|补助|转移|预算|其他|他收入|上解|下级|上级")),
    # 应参保人数5,000人，实际参保4,650人 (label_key drops 实际).
    Rate(re.compile(r"(?<!缴费)参保率$"), re.compile(r"(?<!应)参保(?:人数|人员)?$"), re.compile(r"应参保(?:人数|人员)?$"),
         not_numerator=re.compile(r"应参保|未参保")),
    # 应征数 / 应征缴收入 against 实征数 / 实际征缴收入 / 已征缴金额.
    # 应征缴养老保险费X，实际征缴Y: the premium may be named after the verb.
    Rate(re.compile(r"(?:征缴|收缴)率$"), re.compile(rf"(?:征缴|收缴|征收|征|缴|收){_PREMIUM}(?:收入|金额|数|额)?$"),
         re.compile(rf"应(?:征缴|收缴|征收|征|缴|收){_PREMIUM}(?:收入|金额|数|额)?$"),
         not_numerator=re.compile(r"应(?:征缴|收缴|征收|征|缴|收)|欠|未")),
)
_RATE_NOISE = re.compile(r"^(?:全市|全县|全省|全区)")
_BARE_SUBJECT = re.compile(r"^(?:已有|已|有|实有|共有)$")


def _operand(index: FigureIndex, anchor: Spot, pattern: re.Pattern[str], exclude: re.Pattern[str],
             others: tuple[Spot, ...] = (), heads: bool = False) -> Spot | None:
    def accept(spot: Spot) -> bool:
        f = spot.figure
        if f.base_unit in ("%", "个百分点") or spot in others:
            return False
        if heads and f.base_unit not in (None, "", "人", "人次"):
            return False
        key = label_key(_RATE_NOISE.sub("", f.label)) or f.label
        if _BARE_SUBJECT.match(key):
            key = words_after(spot)  # 已有4181131人参保缴费: the count is named after it
        return bool(key and pattern.search(key)) and not exclude.search(f.label)

    return index.nearest(anchor, accept, max_scope=1, unique=True)


def find_rate(index: FigureIndex, spot: Spot) -> RatioRelation | None:
    """The rate named by the label of a percentage, when both operands are stated in its paragraph."""
    label = spot.figure.label
    for rate in _RATES:
        if not rate.name.search(label):
            continue
        num = _operand(index, spot, rate.numerator, rate.not_numerator, heads=rate.heads)
        den = _operand(index, spot, rate.denominator, rate.not_denominator, (num,) if num else (), rate.heads)
        if num is None or den is None or not compatible(num.figure, den.figure):
            return None
        return RatioRelation(kind="rate", label=label, result=spot.figure,
                             numerator=num.figure, denominator=den.figure, factor=Decimal(100))
    return None
