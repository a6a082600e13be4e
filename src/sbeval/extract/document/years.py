"""The year a report is about (its title) against the years its headings and its date give.

The report year comes from the title block: the first of the opening lines to state a year as
a 年度 or beside a report word (2024年度部门决算, （2019年度）, 2023年度整体支出绩效自评报告).
A 预算 (budget) is about the coming year and quotes the current one, so budgets are left alone.
A heading counts when it names a year and a review word (决算, 自评, 评价, 收支情况, 情况说明) with
no comparison (比, 较, 上年, 同比, 以来) in it.
"""

from __future__ import annotations

import re

from sbeval.extract.core import sentences
from sbeval.extract.core.context import Context, TextPiece
from sbeval.schema.document_checks import YearMismatch

_OPENING_LINES = 12
_HEADING_LENGTH = 40
_YEAR = r"((?:19|20)\d{2})\s*年"
_TITLE_YEAR = re.compile(_YEAR + r"(?:度|[^。；]{0,20}?(?:决算|自评|评价|报告|公开|情况))")
_BUDGET_TITLE = re.compile(r"预算(?!执行)")
_REVIEW_WORD = r"决算|自评|绩效评价|评价报告|收支情况|收支结余情况|执行情况|情况说明"
_HEADING_YEAR = re.compile(_YEAR + rf"度?[^。；，,]{{0,16}}?(?:{_REVIEW_WORD})")
_COMPARISON = re.compile(r"比|较|上年|去年|同比|以来|之前|以前|至|[—\-－~～]")
_FILED = re.compile(r"(?:填报|报告|编制|报送)(?:时间|日期)[:：]?\s*" + _YEAR + r"\s*(\d{1,2})\s*月")
_MONTHS = 12
# "截至2023年12月31日，本部门共有车辆3辆" in a 2024 report: last year's state of assets left in the text.
_AS_OF = re.compile(r"(?:截至|截止|截止到|截至到)\s*" + _YEAR + r"\s*(?:12\s*月\s*31\s*日|12\s*月底|底|末)")
_STATE = re.compile(r"资产|车辆|房屋|设备|仪器|土地|在职|编制|实有|占用|共有")
_NOT_STATE = re.compile(r"结转|结余|年初|上年|去年|比|较|同比|增加|减少|增长|下降|累计")
# A numbered heading (一、 （二） 3.) opens a section; a title has no number.
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d))")


def _heading_like(unit: TextPiece) -> bool:
    text = unit.text.strip()
    return unit.is_heading or (len(text) <= _HEADING_LENGTH and not text.endswith(("。", "；", ";")))


def _report_year(ctx: Context) -> tuple[int, TextPiece] | None:
    opening = [u for u in ctx.units if not u.in_table and u.text.strip()][:_OPENING_LINES]
    for unit in opening:
        if _FILED.search(unit.text) or not _heading_like(unit) or _NUMBERED.match(unit.text):
            continue
        match = _TITLE_YEAR.search(unit.text)
        if match:
            return int(match.group(1)), unit
    return None


def find_year_mismatches(ctx: Context) -> list[YearMismatch]:
    """Headings about another year than the title's, and a 填报时间 within the year reviewed."""
    found_year = _report_year(ctx)
    if found_year is None:
        return []
    year, title = found_year
    if _BUDGET_TITLE.search(title.text):
        return []
    found: list[YearMismatch] = []
    for unit in ctx.units:
        if unit.in_table or unit is title:
            continue
        filed = _FILED.search(unit.text)
        if filed:
            filed_year, month = int(filed.group(1)), int(filed.group(2))
            if filed_year < year or filed_year == year and month < _MONTHS:
                found.append(YearMismatch(kind="filed", report_year=year, title=title.text.strip(),
                                          year=filed_year, text=filed.group(), location=unit.location))
            continue
        found += _as_of_dates(unit, year, title)
        if not _heading_like(unit) or _COMPARISON.search(unit.text):
            continue
        match = _HEADING_YEAR.search(unit.text)
        if match and int(match.group(1)) != year:
            found.append(YearMismatch(kind="heading", report_year=year, title=title.text.strip(),
                                      year=int(match.group(1)), text=unit.text.strip(), location=unit.location))
    return found


def _as_of_dates(unit: TextPiece, year: int, title: TextPiece) -> list[YearMismatch]:
    """"截至Y年12月31日" for the state of assets or staff where Y is not the report year (comparisons aside)."""
    found: list[YearMismatch] = []
    for match in _AS_OF.finditer(unit.text):
        start, end = sentences.bounds(unit.text, match.start())
        sentence = unit.text[start:end]
        if int(match.group(1)) != year and _STATE.search(sentence) and not _NOT_STATE.search(sentence):
            found.append(YearMismatch(kind="as_of", report_year=year, title=title.text.strip(),
                                      year=int(match.group(1)), text=match.group(), location=unit.location))
    return found
