"""Sentences that claim every performance target was met."""

from __future__ import annotations

import re
from decimal import Decimal

from sbeval.extract.core.context import Context
from sbeval.extract.core import sentences
from sbeval.schema.figures import Figure
from sbeval.schema.indicators import TargetClaim

_SUBJECT = r"(?:绩效|年度|预期|各项|全部|所有|产出|效益|总体)*(?:目标|指标)"
# The rate of all targets: 绩效目标完成率, 总体目标完成率 (a bare 目标完成率 is one indicator's).
_RATE = re.compile(r"(?:绩效|年度|总体|整体|综合|各项|全部)+(?:目标|指标)(?:总体)?完成率(?:为|达到?|是)?(?P<rate>100(?:\.0+)?%)")
_ONE_INDICATOR = ("实际完成值", "完成值为", "目标值为", "目标值是")
_ALL = re.compile(
    rf"(?:(?:各项|全部|所有|各)(?:绩效|年度|预期|产出|效益)*(?:目标|指标)(?:值)?(?:均|全部|都|全面)?|"
    rf"{_SUBJECT}(?:均|全部|都|全面))(?:已|已经)?(?:按(?:要求|计划|期))?(?:顺利|圆满|如期|足额)?"
    r"(?:完成|达到|实现|达成|达标)"
)
_NONE = re.compile(r"偏差(?:原因|情况)(?:及(?:原因|改进措施))?(?:分析)?[：:]?(?:无|没有偏差|无偏差)(?![\u4e00-\u9fff])")
_DENIAL = re.compile(r"未|没有|尚未|基本|大部分|大多|部分|除|个别|少数|未能|不能|能否|是否|力争|确保|将|计划|拟")
_CLAUSE = re.compile(r"[，,；;：:]")


def _denied(text: str, start: int) -> bool:
    """A clause that hedges (基本完成, 除…外均完成), plans (确保…完成) or denies (未全部完成)."""
    clause_start = max((m.end() for m in _CLAUSE.finditer(text, 0, start)), default=0)
    sentence_start, _ = sentences.bounds(text, start)
    return bool(_DENIAL.search(text, max(clause_start, sentence_start), start + 8))


def find_target_claims(ctx: Context) -> list[TargetClaim]:
    """Every paragraph (or cell) statement that all targets were met, once per sentence."""
    claims: list[TargetClaim] = []
    for unit in ctx.units:
        if unit.is_heading:
            continue
        seen: set[int] = set()
        for pattern in (_RATE, _ALL, _NONE):
            for match in pattern.finditer(unit.text):
                start, end = sentences.bounds(unit.text, match.start())
                if start in seen or (pattern is not _NONE and _denied(unit.text, match.start())):
                    continue
                if any(word in unit.text[start:end] for word in _ONE_INDICATOR):
                    continue  # "实际完成值为40次，目标完成率为143%": one indicator's rate
                seen.add(start)
                rate = match.groupdict().get("rate")
                figure = next((f for f in unit.figures if rate and f.start == match.start("rate")), None)
                figure = figure or Figure(
                    text=match.group(), value=Decimal(100), decimals=0, unit="%", base_unit="%",
                    exact=True, label="绩效目标完成率", location=unit.location,
                    excerpt=unit.text[start:end].strip(), start=match.start(), end=match.end())
                claims.append(TargetClaim(text=match.group(), figure=figure, location=unit.location))
    return claims
