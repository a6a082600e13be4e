"""SB910: a total's rate of an unstated base against the rates its parts state of theirs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal

from sbeval.checks.base import Check, divide, expected_of, face_value, ratio_places
from sbeval.findings import Finding, Severity
from sbeval.messages import Message, msg
from sbeval.numbers import Interval
from sbeval.schema.figures import Figure
from sbeval.schema.relations import PooledRate
from sbeval.schema.report import Report


def _pooled(rate: PooledRate, value: Callable[[Figure], Interval]) -> Interval | None:
    """total ÷ Σ(part ÷ rate) × 100, each figure read by ``value`` (its written interval or its face value)."""
    bases: list[Interval] = []
    for item in rate.parts:
        base = divide(value(item.part), value(item.rate) / 100)
        if base is None:
            return None
        bases.append(base)
    quotient = divide(value(rate.total), Interval.sum(bases))
    return None if quotient is None else quotient * Decimal(100)


class PooledRateMismatch(Check):
    """总数占未写明基数的比例，与各分项所写比例推出的基数不符。

    报告：“待遇支出X，支出全年预算的P%。其中A，支出全年预算的Q%；B，…的R%”，各分项之和等于总数，
    而 P% 与 X ÷ (A÷Q% + B÷R% + …) 不符（各数按所写小数位取区间后仍无交集）。
    不报告：分项之和不等于总数（列举不全，漏掉分项的基数未知）；各比例的说法不一致；基数已写明
    （按完成预算的规则检查）；约数。

    English: when each part states its rate of its own unstated base and the parts make up the total,
    the total's rate must equal total ÷ Σ(part ÷ rate).
    """

    code = "SB910"
    name = "pooled-rate-mismatch"
    kind = "cross_ref"  # the total's rate against the rates its items state in other sentences
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for rate in report.pooled_rates:
            allowed = _pooled(rate, Figure.base_interval)
            if allowed is None or rate.result.base_interval().meets(allowed):
                continue
            nominal = _pooled(rate, face_value)
            expected = expected_of(rate.result, nominal, ratio_places(rate.result)) if nominal else None
            items: list[Message] = []
            for index, item in enumerate(rate.parts):
                if index:
                    items.append(msg("finding.list"))
                items.append(msg("finding.pooled_rate.item", label=item.part.label, amount=item.part.text,
                                 rate=item.rate.text))
            message = msg("finding.pooled_rate", label=rate.total.label, total=rate.total.text, cue=rate.cue,
                          stated=rate.result.text, items=msg("finding.words", text="").plus(*items),
                          measure=rate.cue.rstrip("的"),
                          computed=expected.text if expected else msg("finding.undetermined"))
            related = [rate.total, *(f for i in rate.parts for f in (i.part, i.rate))]
            yield self.finding(message, rate.result, expected, related)
