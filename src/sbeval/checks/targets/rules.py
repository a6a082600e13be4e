"""SB8xx: an actual that misses its target, a target without an actual, a claim that every target was met."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from sbeval.checks.base import Check, plain, quantize
from sbeval.checks.targets.compare import bound_text, checked, expected_of, missed
from sbeval.findings import Expected, Finding, Severity
from sbeval.messages import msg
from sbeval.schema.report import Report


class TargetMissed(Check):
    """实际完成值未达到绩效目标。

    报告：指标表中写明比较符的目标（≥95%、不低于11144人、≤30日、95%-105%）与实际完成值
    （一个数）比较，按实际值的写法取舍入区间，区间内没有一个值满足目标时报告；
    偏差原因栏写明了原因、或正文在写出该实际值的句子里说明未完成时，只作提示。
    不报告：只写一个数而无比较符的目标（6831人：多少为达标由读者推断）；定性目标
    （按时足额发放）；实际值不是一个数（<0.1%、30日内完成）；单位对不上。

    English: an actual that cannot meet its stated target (comparator and both values in the message).
    """

    code = "SB801"
    name = "target-missed"
    kind = "target"
    severity = Severity.WARNING

    def run(self, report: Report) -> Iterator[Finding]:
        for miss in missed(report.indicator_tables):
            indicator = miss.indicator
            message = msg("finding.target.missed" if indicator.label else "finding.target.missed_unnamed",
                          label=indicator.label, actual=miss.actual.text, target=bound_text(miss.bound))
            if indicator.deviation not in ("", "无"):
                message = message.plus(msg("finding.target.deviation", reason=indicator.deviation))
            elif miss.explained:
                message = message.plus(msg("finding.target.explained"))
            assert indicator.target is not None
            yield self.finding(message, miss.actual, expected_of(indicator), [miss.bound.value],
                               severity=Severity.NOTE if miss.explained else None)


class TargetWithoutActual(Check):
    """绩效目标没有实际完成值。

    报告：自评表中某项指标写明了数值目标（≥1147人），实际完成值一栏却是空的或只有单位（“人”），
    而同表其他指标填了实际值。
    不报告：只列目标的绩效目标表（没有实际值一栏，或整栏都空）；定性目标；实际值写成文字。

    English: a numeric target whose actual-value cell is empty in a filled-in self-evaluation table.
    """

    code = "SB802"
    name = "target-without-actual"
    kind = "missing"
    severity = Severity.WARNING

    def run(self, report: Report) -> Iterator[Finding]:
        for table in report.indicator_tables:
            if not table.has_actuals or not any(i.actual and i.actual.value for i in table.indicators):
                continue
            for indicator in table.indicators:
                target, actual = indicator.target, indicator.actual
                if target is None or not target.explicit or actual is None or not actual.missing:
                    continue
                stated = target.bounds[0].value
                message = msg("finding.target.no_actual", label=indicator.label, target=target.text)
                if actual.text:
                    message = message.plus(msg("finding.target.only", actual=actual.text))
                yield self.finding(message, stated, expected_of(indicator))


class AllTargetsClaimedMet(Check):
    """文中称绩效目标全部完成，但指标表中有未达标的指标。

    报告：正文写“绩效目标完成率100%”“各项指标均已完成”“偏差原因：无”等，而同一文件的
    指标表中至少一项实际值未达到其写明比较符的目标（见 SB801）。
    不报告：“基本完成”“除…外均已完成”“确保完成”等保留或计划的说法；所有可比较的指标都达标；
    没有可比较的指标。

    English: the text says every target was met while an indicator table shows one missed.
    """

    code = "SB803"
    name = "all-targets-claimed-met"
    kind = "target"
    severity = Severity.WARNING

    def run(self, report: Report) -> Iterator[Finding]:
        misses = missed(report.indicator_tables)
        if not report.target_claims or not misses:
            return
        total = sum(len(checked(table)) for table in report.indicator_tables)
        rate = quantize(Decimal(100) * (total - len(misses)) / total, 2).normalize()
        items = [msg("finding.target.item", label=m.indicator.label, actual=m.actual.text, target=bound_text(m.bound))
                 for m in misses[:3]]
        listed = items[0].plus(*(part for item in items[1:] for part in (msg("finding.target.separator"), item)))
        more = msg("finding.target.more", count=len(misses)) if len(misses) > 3 else ""
        text = f"{total}项可比较指标中{total - len(misses)}项达标（{plain(rate)}%）"
        for claim in report.target_claims:
            message = msg("finding.target.claim", claim=claim.text, listed=listed, more=more)
            yield self.finding(message, claim.figure,
                               Expected(low=plain(rate), high=plain(rate), text=text),
                               [m.actual for m in misses])
