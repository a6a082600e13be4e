"""SB913: money of one source (中央/省级/县级 …) spent beyond what that source allocated."""

from __future__ import annotations

import re
from collections.abc import Iterator

from sbeval.checks.base import Check, compatible, plain
from sbeval.findings import Expected, Finding, Severity
from sbeval.messages import msg
from sbeval.schema.figures import Figure
from sbeval.schema.relations import SumRelation
from sbeval.schema.report import Report

_SOURCE = re.compile(r"^(?:中央|省|省级|市|市级|州级|县|县级|区|区级|本级|乡镇|地方)(?:财政)?(?:资金|补助|配套)?(?:资金)?$")
_ALLOCATED = re.compile(r"安排|下达|预算|到位|筹集|拨入")
_SPENT = re.compile(r"支付|支出|使用|执行|兑付|发放")


def _sources(relation: SumRelation) -> dict[str, Figure]:
    found: dict[str, Figure] = {}
    for term in relation.parts:
        label = term.figure.label or ""
        if _SOURCE.match(label) and label not in found:
            found[label] = term.figure
    return found


class SourceSpentBeyondAllocation(Check):
    """某一资金来源的支出超过该来源的安排数。

    报告：同一段先写资金安排（预算安排/下达/到位X，其中：中央A、省级B…），再写支出
    （实际支付/支出Y，其中：中央C、省级D…），某一来源的支出在舍入范围外大于其安排数，
    而支出合计并不超过安排合计（警告：多为抄写错误）。
    不报告：来源名称不是中央/省/市/县/区/本级等资金来源；不在同一段；支出合计本身超过安排合计；
    差额在舍入范围内。

    English: a funding source's spending must not exceed what that source allocated (warning).
    """

    code = "SB913"
    name = "source-spent-beyond-allocation"
    kind = "other"
    severity = Severity.WARNING

    def run(self, report: Report) -> Iterator[Finding]:
        sums = [s for s in report.sums if s.kind == "sum"]
        for allocated in sums:
            if not _ALLOCATED.search(allocated.label) or _SPENT.search(allocated.label):
                continue
            for spent in sums:
                if spent.total.location.block != allocated.total.location.block or spent is allocated \
                        or not _SPENT.search(spent.label) or _ALLOCATED.search(spent.label):
                    continue
                yield from self._pair(allocated, spent)

    def _pair(self, allocated: SumRelation, spent: SumRelation) -> Iterator[Finding]:
        if not compatible([allocated.total, spent.total]) \
                or spent.total.base_interval().low > allocated.total.base_interval().high:
            return
        budget = _sources(allocated)
        for label, paid in _sources(spent).items():
            given = budget.get(label)
            if given is None or not compatible([given, paid]):
                continue
            # Written figures stand for half-open intervals (248.73 is [248.725, 248.735)): a paid
            # amount whose interval starts where the allocation's ends is larger for every reading.
            if paid.base_interval().low >= given.base_interval().high:
                message = msg("finding.source_overspent", label=label, stage=spent.label, paid=paid.text,
                              given=given.text, allocated=allocated.label, total=allocated.total.text)
                expected = Expected(low="0", high=plain(given.value), text=msg("finding.at_most", value=given.text).text())
                yield self.finding(message, paid, expected, [given])
