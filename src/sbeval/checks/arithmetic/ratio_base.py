"""Shared logic of the ratio families: result ≈ numerator ÷ denominator × factor, on intervals."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import ClassVar

from sbeval.checks.base import Check, computed_text, divide, expected_of, face_value, ratio_places
from sbeval.findings import Finding, Severity
from sbeval.messages import Message, msg
from sbeval.numbers import Interval
from sbeval.schema.relations import RatioRelation
from sbeval.schema.report import Report

TRUNCATED_NOTE = "finding.truncated"


def ratios(report: Report, kind: str) -> Iterator[RatioRelation]:
    """The report's ratios of one kind, with those listed only under a fund, each once."""
    seen: set[RatioRelation] = set()
    fund_lists = [f.completion + f.shares + f.months for f in report.funds]
    for relation in [r for group in [report.ratios, *fund_lists] for r in group]:
        if relation.kind == kind and relation not in seen:
            seen.add(relation)
            yield relation


def recompute(relation: RatioRelation) -> Interval | None:
    quotient = divide(relation.numerator.base_interval(), relation.denominator.base_interval())
    return None if quotient is None else quotient * relation.factor


def operand(figure_label: str, text: str) -> str:
    return f"{figure_label}{text}"


def _fits_alternative(check: RatioCheck, relation: RatioRelation) -> bool:
    """The result fits one of the other denominators the text allows."""
    for other in relation.alternatives:
        quotient = recompute(relation.model_copy(update={"denominator": other}))
        if quotient is None or relation.result.base_interval().meets(check.slack(relation, quotient)):
            return True
    return False


class RatioCheck(Check):
    """A check of one RatioRelation kind; subclasses give the kind and the message."""

    relation_kind: ClassVar[str]
    template: ClassVar[str] = "finding.ratio"  # a key of the message catalogue

    def slack(self, relation: RatioRelation, recomputed: Interval) -> Interval:
        """The recomputed interval widened by any tolerance the relation's basis needs."""
        return recomputed

    def severity_for(self, relation: RatioRelation) -> Severity:
        return self.severity

    def extra(self, report: Report, relation: RatioRelation) -> Message | None:
        """A further sentence for the message (a likely wrong base, say)."""
        return None

    def denominator_text(self, relation: RatioRelation) -> str | Message:
        den = relation.denominator
        return operand(den.label, den.text)

    def run(self, report: Report) -> Iterator[Finding]:
        for relation in ratios(report, self.relation_kind):
            quotient = recompute(relation)
            if quotient is None:
                continue
            recomputed = self.slack(relation, quotient)
            result = relation.result
            if result.base_interval().meets(recomputed) or _fits_alternative(self, relation):
                continue
            severity, note = self.severity_for(relation), False
            truncated = Interval.truncated(result.value, result.decimals).scale(result.scale)
            if not result.exact and truncated.meets(recomputed):
                severity, note = Severity.WARNING, True
            yield self._finding(report, relation, severity, note)

    def _finding(self, report: Report, relation: RatioRelation, severity: Severity, truncated: bool) -> Finding:
        result, num, den = relation.result, relation.numerator, relation.denominator
        nominal = divide(face_value(num), face_value(den))
        expected = None if nominal is None else expected_of(result, nominal * relation.factor, ratio_places(result))
        message = msg(
            self.template, label=relation.label or result.label, stated=result.text,
            num=operand(num.label, num.text), den=self.denominator_text(relation), computed=computed_text(expected),
        ).plus(msg(TRUNCATED_NOTE) if truncated else None, *self._alternatives(relation),
               self.extra(report, relation))
        return self.finding(message, result, expected, [num, den, *relation.alternatives], severity)

    def _alternatives(self, relation: RatioRelation) -> list[Message]:
        """"；以年初预算数150万元为基数为114.00%，亦不相符" for each other base the text allows."""
        notes = []
        for other in relation.alternatives:
            nominal = divide(face_value(relation.numerator), face_value(other))
            if nominal is not None:
                shown = expected_of(relation.result, nominal * relation.factor, ratio_places(relation.result))
                notes.append(msg("finding.ratio.alternative", den=operand(other.label, other.text), computed=shown.text))
        return notes


def widen_relative(interval: Interval, share: Decimal, floor: Decimal) -> Interval:
    if not interval.bounded:
        return interval
    return interval.widen(max(floor, share * max(abs(interval.low), abs(interval.high))))
