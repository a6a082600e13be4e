"""Claims of direction and equality beside the two figures they compare.

Two structures only, both unambiguous:
- "年初预算为X万元，支出决算为Y万元…。决算数小于（大于/等于/与…持平）预算数": the budget figure the
  claim names (年初/全年/调整, or the only one) and the first 决算 figure after it, in the same
  paragraph since the previous claim;
- "2025年执行数为A万元，2026年预算安排B万元，比2025年…增加P%" (A then B, the claim right after B) and
  "本年支出B万元，比上年A万元增加": the earlier figure names the compared period.
"""

from __future__ import annotations

import re

from sbeval.extract.core.context import Context, TextPiece
from sbeval.extract.prose import items
from sbeval.schema.document_checks import Direction, DirectionClaim
from sbeval.schema.figures import Figure
from sbeval.schema.relations import ChangeRelation

_QUALIFIER = r"年初|全年|调整后?|年中"
_BUDGET_CLAIM = re.compile(
    rf"决算数?(?:(?P<verb>大于|小于|等于|超过|超出|高于|低于|少于|多于)(?P<q1>{_QUALIFIER})?预算数?"
    rf"|与(?P<q2>{_QUALIFIER})?预算数?(?P<eq>基本持平|大体持平|基本一致|持平|相等|一致))"
)
_PRIOR_CLAIM = re.compile(
    r"(?:比|较|与)(?P<ref>上年同期|上年|去年同期|去年|(?P<year>(?:19|20)\d{2})年度?)"
    r"(?P<between>[^，。；,;！？]{0,16}?)"
    r"(?P<verb>基本持平|持平|有所增加|有所减少|略有增加|略有减少|增加|减少|增长|下降|上升|降低)"
)
_VERBS: dict[str, Direction] = {
    "大于": "more", "超过": "more", "超出": "more", "高于": "more", "多于": "more",
    "增加": "more", "增长": "more", "上升": "more", "有所增加": "more", "略有增加": "more",
    "小于": "less", "低于": "less", "少于": "less", "减少": "less", "下降": "less", "降低": "less",
    "有所减少": "less", "略有减少": "less",
    "等于": "equal", "持平": "equal", "相等": "equal", "一致": "equal",
    "基本持平": "about", "大体持平": "about", "基本一致": "about",
}
_ACTUAL = ("决算", "执行数", "实际支出", "实际收入")
_SENTENCE_BREAK = re.compile(r"[。；;！？!?]")
_GAP = re.compile(r"^[，,、]?$")


def _kind(figure: Figure) -> str | None:
    """"budget" or "actual" by the last of those words in the label (一般公共预算…支出决算 is actual)."""
    label = figure.label
    actual = max(label.rfind(word) for word in _ACTUAL)
    budget = label.rfind("预算")
    if actual < 0 and budget < 0:
        return None
    return "actual" if actual > budget else "budget"


def _qualifier(figure: Figure) -> str:
    match = re.search(rf"({_QUALIFIER})预算", figure.label)
    return match.group(1).rstrip("后") if match else ""


def _money(unit: TextPiece, start: int, end: int, compared: bool = False) -> list[Figure]:
    """Amounts between ``start`` and ``end``; ``compared`` keeps the one after 比上年 (比上年A万元增加)."""
    return [f for f in unit.figures if start <= f.start and f.end <= end and items.measure(f) == "元"
            and (compared or not items.is_change_or_rate(unit.text, f.start))]


def _budget_claims(unit: TextPiece) -> list[DirectionClaim]:
    found: list[DirectionClaim] = []
    since = 0
    for match in _BUDGET_CLAIM.finditer(unit.text):
        figures = _money(unit, since, match.start())
        since = match.end()
        qualifier = (match.group("q1") or match.group("q2") or "").rstrip("后")
        budgets = [f for f in figures if _kind(f) == "budget"]
        if qualifier:
            budgets = [f for f in budgets if _qualifier(f) == qualifier]
        if len(budgets) != 1:
            continue
        budget = budgets[0]
        actual = next((f for f in figures if f.start > budget.start and _kind(f) == "actual"), None)
        if actual is None:
            continue
        direction = _VERBS[match.group("verb") or match.group("eq")]
        found.append(DirectionClaim(basis="budget", direction=direction, words=match.group(),
                                    current=actual, reference=budget, location=unit.location))
    return found


def _names_period(figure: Figure, ref: str, year: str | None) -> bool:
    if year is not None:
        return figure.period == year
    return ref[:2] in figure.label or figure.period in {"上年", "去年"}


def _prior_claims(unit: TextPiece) -> list[DirectionClaim]:
    found: list[DirectionClaim] = []
    for match in _PRIOR_CLAIM.finditer(unit.text):
        sentence = max((m.end() for m in _SENTENCE_BREAK.finditer(unit.text, 0, match.start())), default=0)
        before = _money(unit, sentence, match.start())
        inside = _money(unit, match.start("between"), match.end("between"), compared=True)
        ref, year = match.group("ref"), match.group("year")
        if len(inside) == 1 and before and _GAP.match(unit.text[before[-1].end:match.start()]):
            current, prior = before[-1], inside[0]  # 本年支出B万元，比上年A万元增加
        elif not inside and len(before) >= 2 and _GAP.match(unit.text[before[-1].end:match.start()]):
            prior, current = before[-2], before[-1]  # 2025年执行数A万元，2026年预算B万元，比2025年增加
            if not _names_period(prior, ref, year) or _names_period(current, ref, year):
                continue
        else:
            continue
        if not items.classes_fit(items.item_class(prior.label), items.item_class(current.label)):
            continue
        found.append(DirectionClaim(basis="prior", direction=_VERBS[match.group("verb")], words=match.group(),
                                    current=current, reference=prior, location=unit.location))
    return found


def _key(figure: Figure) -> tuple[object, int]:
    return (figure.location, figure.start)


def find_claims(ctx: Context, changes: list[ChangeRelation]) -> list[DirectionClaim]:
    """Every claim of direction with its two figures; pairs a change relation already covers are left to it."""
    covered = {(_key(c.current), _key(c.prior)) for c in changes if c.current is not None and c.prior is not None}
    claims: list[DirectionClaim] = []
    for unit in ctx.units:
        if unit.in_table or unit.is_heading:
            continue
        claims += _budget_claims(unit)
        claims += [c for c in _prior_claims(unit) if (_key(c.current), _key(c.reference)) not in covered]
    return claims
