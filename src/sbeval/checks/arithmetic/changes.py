"""SB3xx: year-on-year changes and differences (由A提高至B，增加C；比上年增长P%)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from sbeval.checks.base import Check, compatible, computed_text, divide, expected_of, face_value, places_for, ratio_places
from sbeval.checks.arithmetic.ratio_base import TRUNCATED_NOTE
from sbeval.messages import Message, msg
from sbeval.findings import Finding, Severity
from sbeval.numbers import Interval
from sbeval.schema.figures import Figure
from sbeval.schema.relations import ChangeRelation
from sbeval.schema.report import Report


class Growth(NamedTuple):
    formula: Message
    allowed: Interval | None  # None: a denominator that may be zero allows any rate
    nominal: Interval | None

    def meets(self, rate: Interval) -> bool:
        return self.allowed is None or self.allowed.meets(rate)


def _growth(formula: Message, change: tuple[Interval, Interval], base: tuple[Interval, Interval]) -> Growth:
    allowed, nominal = divide(change[0], base[0]), divide(change[1], base[1])
    return Growth(formula, allowed and allowed * 100, nominal and nominal * 100)


def changes(report: Report) -> Iterator[ChangeRelation]:
    """The report's changes, with those listed only under a fund, each once."""
    seen: set[ChangeRelation] = set()
    for relation in [*report.changes, *(c for f in report.funds for c in f.changes)]:
        if relation not in seen:
            seen.add(relation)
            yield relation


def growth_candidates(rel: ChangeRelation) -> list[Growth]:
    """Every way the stated figures give a growth rate in %: change ÷ prior, change ÷ (current − change), (current − prior) ÷ prior."""
    cur, pri, chg = rel.current, rel.prior, rel.change
    out: list[Growth] = []

    def pair(figure: Figure) -> tuple[Interval, Interval]:
        return figure.base_interval(), face_value(figure)

    if chg is not None and pri is not None:
        out.append(_growth(msg("finding.growth.change_over_prior", chg=chg.text, pri=pri.text), pair(chg), pair(pri)))
    if chg is not None and cur is not None and pri is None:
        (c, cn), (d, dn) = pair(cur), pair(chg)
        # 减少4.6万元 is read as −4.6: the prior is the current plus the amount written
        template = "finding.growth.fall_over_base" if chg.value < 0 and not chg.text.lstrip().startswith("-") \
            else "finding.growth.change_over_base"
        formula = msg(template, chg=chg.text, cur=cur.text)
        out.append(_growth(formula, (d, dn), (c - d, cn - dn)))
    if cur is not None and pri is not None:
        (c, cn), (p, pn) = pair(cur), pair(pri)
        formula = msg("finding.growth.difference_over_prior", cur=cur.text, pri=pri.text)
        out.append(_growth(formula, (c - p, cn - pn), (p, pn)))
    return out


def _rate_of(rel: ChangeRelation) -> Figure | None:
    rate = rel.rate
    if rate is None or rel.points or rate.base_unit == "个百分点":
        return None
    return rate


def points_misused(rel: ChangeRelation) -> bool:
    """A rate stated as the difference of two percentages (增长2% where 2 个百分点 is meant)."""
    rate, cur, pri = _rate_of(rel), rel.current, rel.prior
    if rate is None or cur is None or pri is None or not (cur.base_unit == pri.base_unit == "%"):
        return False
    if any(g.meets(rate.base_interval()) for g in growth_candidates(rel)):
        return False
    return rate.base_interval().meets(cur.base_interval() - pri.base_interval())


class ChangeNotCurrentMinusPrior(Check):
    """增减额与本期数减上期数不符。

    报告：“由A提高至B，增加C”“比上年（A）增加C”中 C ≠ B − A；
    “个百分点”表示的变化按两个比率之差同样检查；“预算X，实际支出Y，节约（超出）Z”中
    Z ≠ X − Y（Y − X），只在句中恰有一个预算数和一个决算数时。
    不报告：缺少上期数或本期数；约数。

    English: a stated change must equal current minus prior.
    """

    code = "SB301"
    name = "change-not-current-minus-prior"
    kind = "difference"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for rel in changes(report):
            cur, pri, chg = rel.current, rel.prior, rel.change
            if cur is None or pri is None or chg is None or not compatible([cur, pri, chg]):
                continue
            if chg.base_interval().meets(cur.base_interval() - pri.base_interval()):
                continue
            expected = expected_of(chg, face_value(cur) - face_value(pri), places_for(chg, [cur, pri]))
            key = "finding.change.down" if chg.value < 0 else "finding.change.up"
            message = msg(key, label=rel.label or chg.label, amount=chg.text.lstrip("-"), cur=cur.text, pri=pri.text,
                          computed=expected.text)
            yield self.finding(message, chg, expected, [cur, pri])


class GrowthRateMismatch(Check):
    """增长率（增幅、降幅）与增减额÷上期数不符。

    报告：比上年增长 P% 与 增减额 ÷ 上年数 × 100% 不符，上年数为写明的或由
    本年数 − 增减额 推出的；只有任何一种写明的算法都不吻合时才报告。
    不报告：以本年数为基数恰好吻合之外的其他含糊情形。

    English: growth P% must equal change ÷ prior; fires only when no stated way agrees.
    """

    code = "SB302"
    name = "growth-rate-mismatch"
    kind = "yoy"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for rel in changes(report):
            rate, candidates = _rate_of(rel), growth_candidates(rel)
            if rate is None or not candidates or points_misused(rel):
                continue
            if any(g.meets(rate.base_interval()) for g in candidates):
                continue
            truncated = Interval.truncated(rate.value, rate.decimals).scale(rate.scale)
            warn = any(g.meets(truncated) for g in candidates)
            first = candidates[0]
            expected = expected_of(rate, first.nominal, ratio_places(rate)) if first.nominal else None
            # 下降10.2% is read as −10.2%: a fall is shown as the report writes it, by its size
            fall = rate.value < 0 and not rate.text.lstrip().startswith("-")
            shown = computed_text(expected)
            if fall and isinstance(shown, str):
                shown = shown[1:] if shown.startswith("-") else f"+{shown}"
            message = msg("finding.growth.fall" if fall else "finding.growth", label=rel.label or rate.label,
                          stated=rate.text, formula=first.formula, computed=shown)
            yield self.finding(
                message.plus(msg(TRUNCATED_NOTE) if warn else None), rate, expected,
                [rel.current, rel.prior, rel.change], Severity.WARNING if warn else None,
            )


class PointsUsedAsRate(Check):
    """把两个百分比之差（个百分点）写成了增长率（%）。

    报告：两个比率之间的变化写成“增长P%”，而 P 等于 B − A 却不等于 (B ÷ A − 1)。
    不报告：写成“提高P个百分点”；P 恰为相对增长率。

    English: the change of a rate written as a growth rate when it is a difference in points.
    """

    code = "SB303"
    name = "points-used-as-rate"
    kind = "yoy"
    severity = Severity.WARNING

    def run(self, report: Report) -> Iterator[Finding]:
        for rel in changes(report):
            if not points_misused(rel):
                continue
            rate, cur, pri = rel.rate, rel.current, rel.prior
            assert rate is not None and cur is not None and pri is not None
            first = growth_candidates(rel)[0]
            expected = expected_of(rate, first.nominal, ratio_places(rate)) if first.nominal else None
            message = msg("finding.growth.points", label=rel.label or rate.label, pri=pri.text, cur=cur.text,
                          stated=rate.text, computed=computed_text(expected))
            yield self.finding(message, rate, expected, [cur, pri])
