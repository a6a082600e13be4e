"""Units a report writes after a number, with their scale to a base unit."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple


class Unit(NamedTuple):
    base: str
    scale: Decimal
    is_count: bool = False  # a head count: exact when written without a scaling prefix


_TABLE: dict[str, Unit] = {
    "万亿元": Unit("元", Decimal("1e12")),
    "亿元": Unit("元", Decimal("1e8")),
    "万元": Unit("元", Decimal("1e4")),
    "千元": Unit("元", Decimal("1e3")),
    "元": Unit("元", Decimal(1)),
    "亿": Unit("", Decimal("1e8")),
    "万": Unit("", Decimal("1e4")),
    "%": Unit("%", Decimal(1)),
    "‰": Unit("%", Decimal("0.1")),
    "个百分点": Unit("个百分点", Decimal(1)),
    "百分点": Unit("个百分点", Decimal(1)),
    "个月": Unit("月", Decimal(1)),
    "年": Unit("年", Decimal(1)),
    "天": Unit("天", Decimal(1)),
    "个工作日": Unit("天", Decimal(1)),
    "工作日": Unit("天", Decimal(1)),
    "日": Unit("天", Decimal(1)),
    "分": Unit("分", Decimal(1)),
    "倍": Unit("倍", Decimal(1)),
}
# Base units of head counts (人, 户 …): figures in them are counted, not measured.
COUNT_BASES: frozenset[str] = frozenset(("人次", "人", "户", "家", "个", "项", "场", "份", "起", "件", "次", "笔", "所", "名", "位",
                                       "辆", "台", "套", "批次"))
for _count in sorted(COUNT_BASES):
    _TABLE[_count] = Unit(_count, Decimal(1), is_count=True)
    _TABLE["万" + _count] = Unit(_count, Decimal("1e4"))

# Longest first, so that 万元 wins over 万 and 人次 over 人.
UNIT_NAMES: tuple[str, ...] = tuple(sorted(_TABLE, key=len, reverse=True))


def unit_info(name: str | None) -> Unit | None:
    return _TABLE.get(name) if name else None
