"""Fund names and their aliases, as the reports write them."""

from __future__ import annotations

import re

# (standard name, alias pattern); order matters: the more specific first.
FUNDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(pattern))
    for name, pattern in (
        ("企业职工基本养老保险基金", r"企业职工(?:基本)?养老|企业养老|城镇职工(?:基本)?养老"),
        ("城乡居民基本养老保险基金", r"城乡居民(?:基本)?(?:社会)?养老|城乡居保|居民(?:社会)?养老"),
        ("机关事业单位基本养老保险基金", r"机关事业(?:单位)?(?:基本)?养老"),
        ("城乡居民基本医疗保险基金", r"城乡居民(?:基本)?医疗|居民医保|城镇居民(?:基本)?医疗|新农合"),
        ("职工基本医疗保险基金", r"(?:城镇)?职工(?:基本)?医疗|职工医保"),
        ("工伤保险基金", r"工伤保险|工伤"),
        ("失业保险基金", r"失业保险|失业"),
        ("生育保险基金", r"生育保险|生育"),
    )
)


def fund_of(text: str) -> str | None:
    """The standard name of the fund a heading or sentence is about, or None."""
    for name, pattern in FUNDS:
        if pattern.search(text):
            return name
    return None

# Schemes whose own names hold an item word (补助, 救助): 公务员医疗补助收入 is the scheme's whole
# income, not a 补助收入 item.
SCHEMES_NAMED_LIKE_ITEMS = re.compile(
    r"公务员医疗补助|大额(?:医疗)?(?:费用)?补助|(?:城乡)?医疗救助|离休(?:人员|干部)?医疗(?:保障)?"
)
