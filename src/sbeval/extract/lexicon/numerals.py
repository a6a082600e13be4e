"""Chinese numerals in isolated spans (三千二百万元, 百分之五点二) to Decimal."""

from __future__ import annotations

from decimal import Decimal

_DIGITS = {"零": "0", "〇": "0", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4",
           "五": "5", "六": "6", "七": "7", "八": "8", "九": "9"}
NUMERAL_CHARS = "零〇一二两三四五六七八九十百千万亿点"


def parse_chinese_number(text: str) -> tuple[Decimal, int] | None:
    """The value and the written decimals of a Chinese numeral, or None when it is not one."""
    import cn2an  # lazy: ~100 ms to import, and most reports never need it

    integer, _, fraction = text.partition("点")
    if fraction and not all(ch in _DIGITS for ch in fraction):
        return None
    try:
        whole = int(cn2an.cn2an(integer, "smart")) if integer else 0
    except (ValueError, KeyError, IndexError):
        return None
    digits = "".join(_DIGITS[ch] for ch in fraction)
    return Decimal(f"{whole}.{digits}" if digits else str(whole)), len(digits)
