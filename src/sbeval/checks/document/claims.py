"""SB904: a claim of direction or equality that the two figures beside it contradict."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from sbeval.checks.base import Check, compatible
from sbeval.findings import Finding, Severity
from sbeval.messages import Message, msg
from sbeval.numbers import Interval
from sbeval.schema.document_checks import DirectionClaim
from sbeval.schema.figures import Figure
from sbeval.schema.report import Report

# 基本持平 allows a difference; only one beyond a tenth of the reference contradicts it.
ABOUT_SHARE = Decimal("0.10")
_SAID = {"more": "大于", "less": "小于", "equal": "等于", "about": "接近"}


def _contradicted(claim: DirectionClaim) -> bool:
    """True when no values inside the two written intervals agree with the claim."""
    current, reference = claim.current.base_interval(), claim.reference.base_interval()
    if claim.direction == "more":
        return current.high <= reference.low
    if claim.direction == "less":
        return current.low >= reference.high
    if claim.direction == "equal":
        return not current.meets(reference)
    margin = max(abs(reference.low), abs(reference.high)) * ABOUT_SHARE
    return not current.meets(reference.widen(margin))


def _actual_relation(current: Interval, reference: Interval) -> Message:
    if current.high < reference.low:
        return msg("finding.claim.less")
    if current.low > reference.high:
        return msg("finding.claim.more")
    return msg("finding.claim.equal")


def _named(figure: Figure) -> Message:
    """The figure as written, its label with its year when the label leaves it out (2025年当年预算执行数).."""
    year = figure.period if figure.period and figure.period.isdigit() else ""
    name = figure.label if not year or year in figure.label else msg("finding.claim.year_label", year=year,
                                                                     label=figure.label)
    return msg("finding.claim.figure", name=name, text=figure.text)


class DirectionClaimContradicted(Check):
    """文字所称的大小或增减与旁边的两个数相反。

    报告：“决算数大于/小于/等于预算数”“与预算数（基本）持平”紧随写明的预算数与决算数；
    “比上年（比2025年）增加/减少/持平”紧随本期数与上期数；两数在舍入区间内不可能如所称
    （“基本持平”允许相差参照数的10%）。
    不报告：有两个预算数而未说明与哪一个比较；上期数未写明期间；只有一个数；
    已由 SB301/SB302 按增减额或增长率检查的同一对数。

    English: 决算数大于预算数, 比上年增加, 基本持平 … contradicted by the two figures they compare.
    """

    code = "SB904"
    name = "direction-claim-contradicted"
    kind = "other"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for claim in report.claims:
            if not compatible([claim.current, claim.reference]) or not _contradicted(claim):
                continue
            current, reference = claim.current, claim.reference
            actual = _actual_relation(current.base_interval(), reference.base_interval())
            message = msg("finding.claim", words=claim.words, current=_named(current), actual=actual,
                          reference=_named(reference))
            yield self.finding(message, current, None, [reference])
