"""A cell's value as Excel displays it: the number format applied, so 0.9561 under 0.00% reads
95.61% and 1032849.44 under #,##0.00 reads 1,032,849.44 — the figure the report's author saw."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')  # literal text, colours/locales, padding
_DECIMALS = re.compile(r"\.([0#?]+)")
_DATE_CODES = re.compile(r"[ymdhs]", re.I)


def display(value: object, number_format: str | None) -> str:
    """The text a person sees in the cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return _number(value, number_format or "General")
    return str(value)


def _number(value: int | float, number_format: str) -> str:
    try:
        number = Decimal(format(value, ".15g")) if isinstance(value, float) else Decimal(value)
    except InvalidOperation:
        return str(value)  # inf, nan
    section = _section(number_format, number)
    bare = _QUOTED.sub("", section)
    if bare.strip().lower() in {"", "general", "@"} or (_DATE_CODES.search(bare) and "0" not in bare):
        return _plain(number)
    percent = "%" in bare
    if percent:
        number *= 100
    match = _DECIMALS.search(bare)
    places = len(match.group(1)) if match else 0
    rounded = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    grouped = "," in bare.split(".")[0]
    text = f"{abs(rounded):,.{places}f}" if grouped else f"{abs(rounded):.{places}f}"
    sign = "-" if rounded < 0 else ""  # also under a red or bracketed negative format: the sign is the figure's
    return f"{sign}{text}{'%' if percent else ''}"


def _section(number_format: str, number: Decimal) -> str:
    """The format section that applies: positive;negative;zero;text."""
    sections = number_format.split(";")
    if number < 0 and len(sections) > 1:
        return sections[1]
    if number == 0 and len(sections) > 2:
        return sections[2]
    return sections[0]


def _plain(number: Decimal) -> str:
    """General format: the number without float noise or trailing zeros, never in exponent form."""
    return format(number.normalize(), "f")
