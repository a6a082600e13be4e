"""How indicator tables write a comparison: symbols in every width and the words that stand for them."""

from __future__ import annotations

from sbeval.schema.indicators import Comparator

# Written before the number (不低于95%, ≥95%); longest first so that 大于等于 wins over 大于.
PREFIXES: tuple[tuple[str, Comparator], ...] = (
    ("大于或等于", "≥"), ("大于等于", "≥"), ("小于或等于", "≤"), ("小于等于", "≤"),
    ("不低于", "≥"), ("不少于", "≥"), ("不小于", "≥"), ("不得低于", "≥"), ("至少", "≥"),
    ("不高于", "≤"), ("不超过", "≤"), ("不大于", "≤"), ("不多于", "≤"), ("不得超过", "≤"), ("最多", "≤"),
    ("控制在", "≤"), ("超过", ">"), ("大于", ">"), ("高于", ">"), ("多于", ">"), ("小于", "<"), ("低于", "<"),
    ("＞＝", "≥"), ("＜＝", "≤"), ("＞", ">"), ("＜", "<"), (">=", "≥"), ("=>", "≥"), ("<=", "≤"), ("=<", "≤"), ("≧", "≥"), ("⩾", "≥"), ("≦", "≤"), ("⩽", "≤"),
    ("≥", "≥"), ("≤", "≤"), (">", ">"), ("<", "<"), ("=", "="), ("＝", "="),
)
# Written after the number and its unit (95%以上, 30日内, 5个工作日以内).
SUFFIXES: tuple[tuple[str, Comparator], ...] = (
    ("及以上", "≥"), ("以上", "≥"), ("及以下", "≤"), ("以下", "≤"), ("以内", "≤"), ("之内", "≤"), ("内", "≤"),
)
# Between the two ends of a range (95%-105%, 95%至105%).
RANGE_DASHES = "-~～—至到"
# Between two bounds that together make one range (≥95%或≤105%, ≥90%且≤110%).
BOUND_JOINS = ("或", "且", "并且", "和", "及", "、", "，", ",", "；", ";", " ")
# Filler words that may stand before a value: 达到95%, 完成100%.
LEAD_WORDS = ("达到", "达", "完成", "实现", "保持", "为", "约")
