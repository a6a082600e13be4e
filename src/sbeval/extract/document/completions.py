"""A fund's budget completion rate stated twice: in the fund's own section ("基金支出1858万元，完成预算
175%") and in an indicator table's row ("工伤保险基金支出预算完成率 | 100%"), matched by what it measures
(which fund, income or spending), never by raw string."""

from __future__ import annotations

import re

from sbeval.extract.core.context import Context
from sbeval.extract.lexicon.funds import fund_of
from sbeval.schema.document_checks import CompletionStatedTwice
from sbeval.schema.figures import Figure
from sbeval.schema.indicators import IndicatorTable

# The indicator names one fund's income or spending completion: 工伤保险基金支出预算完成率, …执行率.
_INDICATOR = re.compile(r"基金(?P<measure>收入|支出)预算(?:完成|执行)率")
# The prose: the fund's whole income or spending, then its completion right after it.
_TOTAL = re.compile(r"^(?:本年|当年|全年)?(?:[\u4e00-\u9fff]{0,12}保险)?基金(?:总)?(?P<measure>收入|支出)(?:合计)?$")
_COMPLETION_WORDS = r"(?:完成(?:年初|全年|年度|调整后?)?预算(?:数)?的?|预算完成率(?:为|达)?)"
# Between the amount and the rate: the amount's unit, a comma, the completion words and nothing else.
_GAP = re.compile(rf"[^，,。；;\d]*[，,]\s*{_COMPLETION_WORDS}\s*")
_MEASURES = {"收入": "income", "支出": "spending"}


def find_completion_pairs(ctx: Context, tables: list[IndicatorTable]) -> list[CompletionStatedTwice]:
    stated = _stated_in_prose(ctx)
    pairs: list[CompletionStatedTwice] = []
    for table in tables:
        for indicator in table.indicators:
            label = indicator.path[-1] if indicator.path else ""
            match = _INDICATOR.search(label)
            fund = fund_of(label)
            actual = indicator.actual.value if indicator.actual else None
            if match is None or fund is None or actual is None or actual.unit != "%":
                continue
            key = (fund, _MEASURES[match.group("measure")])
            if key in stated:
                pairs.append(CompletionStatedTwice(fund=fund, measure=key[1], text=stated[key], table=actual,  # type: ignore[arg-type]
                                                   indicator=label))
    return pairs


def _stated_in_prose(ctx: Context) -> dict[tuple[str, str], Figure]:
    """Per (fund, measure), the one completion rate the fund's sections state; a fund stated with two
    different rates, or in two sections, is ambiguous and left out."""
    found: dict[tuple[str, str], list[Figure]] = {}
    for unit in ctx.units:
        fund = unit.section.fund
        if unit.in_table or unit.is_heading or fund is None:
            continue
        for before, figure in zip(unit.figures, unit.figures[1:]):
            total = _TOTAL.match(before.label)
            if figure.unit == "%" and total and _GAP.fullmatch(unit.text[before.end:figure.start]):
                found.setdefault((fund, _MEASURES[total.group("measure")]), []).append(figure)
    return {key: figures[0] for key, figures in found.items() if len({f.value for f in figures}) == 1}
