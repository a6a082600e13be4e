"""Cells of a budget table read as amounts, rates or 科目编码, and the words that name totals and measures."""

from __future__ import annotations

import re
from decimal import Decimal

from sbeval.schema.document import Cell
from sbeval.schema.figures import Figure

_BLANK = re.compile(r"[\s\u3000\xa0]+")
_AMOUNT = re.compile(r"(?P<sign>[-－−])?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<frac>\.\d+)?(?P<pct>%)?")
_DASH = re.compile(r"[-－—–/]+|无")
_CODE = re.compile(r"\d{2,7}")
ENUMERATORS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(r"[一二三四五六七八九十]+[、.．]")),
    (2, re.compile(r"[（(][一二三四五六七八九十]+[）)]")),
    (4, re.compile(r"[（(]\d+[）)]")),
    (3, re.compile(r"\d+[、.．](?!\d)")),
)
TOTAL = re.compile(r"(?:.{0,14}?)(?:合计|小计|总计)")
GRAND = re.compile(r".{0,10}总计")
BREAKDOWN = re.compile(r"其中[：:]?")
MEASURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("执行率", re.compile(r"执行率|执行进度|完成率|完成预算")),
    ("增长率", re.compile(r"增长|增减|增幅|比上年|同比")),
    ("上年同期", re.compile(r"上年|同期")),
    ("本年累计", re.compile(r"本年累计|累计")),
    ("年初预算数", re.compile(r"年初预算")),
    ("调整预算数", re.compile(r"调整预算|调整后预算|变动预算")),
    ("执行数", re.compile(r"执行数|实际执行|执行金额")),
    ("决算数", re.compile(r"决算")),
    ("预算数", re.compile(r"预算数|预算金额|^预算$")),
)
# Header words of tables that are not budget tables (indicator and score tables have their own readers).
NOT_BUDGET = re.compile(r"指标|分值|得分|评分|权重|满意度")


def compact(text: str) -> str:
    return _BLANK.sub("", text)


def is_dash(text: str) -> bool:
    return bool(_DASH.fullmatch(compact(text)))


def amount_match(text: str) -> re.Match[str] | None:
    return _AMOUNT.fullmatch(compact(text))


def is_amount(text: str) -> bool:
    return amount_match(text) is not None


def code_of(text: str) -> str | None:
    digits = compact(text)
    return digits if _CODE.fullmatch(digits) else None


def level_of(label: str) -> tuple[int, str]:
    """The outline level of a row label (一、 → 1 …) and the label without its enumerator."""
    for level, pattern in ENUMERATORS:
        m = pattern.match(label)
        if m and len(label) > m.end():
            return level, label[m.end():]
    return 0, label


def measure_of(header: str) -> str | None:
    text = compact(header)
    return next((name for name, pattern in MEASURES if pattern.search(text)), None)


def figure_of(cell: Cell, label: str, unit: str | None, scale: Decimal) -> Figure | None:
    """The cell as a figure in the table's unit (a % cell in %), or None when it holds no amount."""
    m = amount_match(cell.text)
    if m is None:
        return None
    digits = m["num"].replace(",", "") + (m["frac"] or "")
    value = Decimal(digits) * (-1 if m["sign"] else 1)
    decimals = len(m["frac"]) - 1 if m["frac"] else 0
    base: str | None = None
    if m["pct"]:
        unit, base, scale = "%", "%", Decimal(1)
    elif unit and unit.endswith("元"):
        base = "元"
    return Figure(
        text=compact(cell.text), value=value, decimals=decimals, unit=unit, base_unit=base, scale=scale,
        label=label, location=cell.location, excerpt=label,
    )
