"""Per-capita amounts (人均X元) with the total and the head count stated next to them."""

from __future__ import annotations

import re
from decimal import Decimal

from sbeval.extract.core.context import Context
from sbeval.extract.core.lookup import FigureIndex, Spot, label_key
from sbeval.extract.core.sentences import clause_start
from sbeval.extract.lexicon.units import unit_info
from sbeval.extract.lexicon.vocabulary import CLOSING_SUMS
from sbeval.schema.relations import RatioRelation

_PER_CAPITA = re.compile(r"人均|平均每人|每人平均")
# A change of a per-capita amount (人均退休费较上年增加229元) or a monthly one is another quantity.
_NOT_LEVEL = re.compile(r"增加|减少|提高|降低|增长|下降|较|比|上调|月人均|人均月|每月|月均|每人每月|标准")
_NOT_TOTAL = re.compile(r"人均|平均|标准|每人|预算|计划")
_SUMMED = re.compile("|".join((*CLOSING_SUMS, "累计")))


def _is_count(spot: Spot) -> bool:
    info = unit_info(spot.figure.unit)
    return bool(info and info.is_count) or spot.figure.unit in ("万人", "万人次", "万户")


def _is_money(spot: Spot) -> bool:
    return spot.figure.base_unit == "元"


def _is_total(spot: Spot) -> bool:
    return _is_money(spot) and not _NOT_TOTAL.search(spot.figure.label)


def _is_level(spot: Spot) -> bool:
    """人均7560元 is a per-capita level; 人均退休费较上年增加229元 and 每人每月145元 are not."""
    label = spot.figure.label
    return _is_money(spot) and bool(_PER_CAPITA.search(label)) and not _NOT_LEVEL.search(label)


def _closing_total(index: FigureIndex, spot: Spot) -> Spot | None:
    """The total a sentence states after its per-capita amount as a sum (…人均1500元，共发放2000万元)."""
    after = [s for s in index.sentence_of(spot) if s.figure.start > spot.figure.end and _is_total(s)]
    if len(after) != 1:
        return None
    text, start = spot.unit.text, after[0].figure.start
    return after[0] if _SUMMED.match(text[clause_start(text, start):start].strip()) else None  # 共 is cut from labels


def find_per_capita(ctx: Context, index: FigureIndex | None = None) -> list[RatioRelation]:
    """Every 人均 amount whose total and head count are stated, unambiguously, in its paragraph.

    人均待遇 takes the total named 待遇 when the paragraph has several; else the only one there is.
    """
    index = index or FigureIndex(ctx)
    found: list[RatioRelation] = []
    for spot in index.spots:
        if spot.unit.in_table or not _is_level(spot):
            continue
        count = index.nearest(spot, _is_count, max_scope=1, preceding=True, unique=True)
        core = label_key(_PER_CAPITA.split(spot.figure.label)[-1])
        named = core and index.nearest(
            spot, lambda s: _is_total(s) and core in label_key(s.figure.label),
            max_scope=1, preceding=True, unique=True,
        )
        total = named or index.nearest(spot, _is_total, max_scope=1, preceding=True, unique=True) \
            or _closing_total(index, spot)
        if count is None or total is None:
            continue
        found.append(RatioRelation(kind="per_capita", label=spot.figure.label, result=spot.figure,
                                   numerator=total.figure, denominator=count.figure, factor=Decimal(1)))
    return found
