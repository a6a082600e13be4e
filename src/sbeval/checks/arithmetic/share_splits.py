"""SB204: the shares of one whole, named member by member, against the whole (100%)."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from sbeval.checks.base import Check, expected_of, face_value
from sbeval.findings import Finding, Severity
from sbeval.messages import Message, msg
from sbeval.numbers import Interval
from sbeval.schema.relations import ShareSplit
from sbeval.schema.report import Report

_WHOLE = Interval.exact(Decimal(100))


def _listed(split: ShareSplit) -> Message:
    parts: list[Message] = []
    for index, share in enumerate(split.shares):
        if index:
            parts.append(msg("finding.list"))
        parts.append(msg("finding.words", text=share.text))
    return msg("finding.words", text="").plus(*parts)


class SharesMissTheWhole(Check):
    """“A和B分别占P%、Q%”的各项占比合计超过100%，或构成全部时不等于100%。

    报告：“X中A和B分别占P%、Q%”逐一列名的各项占比之和超过100%（舍入区间内也不可能）；
    各项为一组完整的分类（在职与离退休、含“其他/其余”项等）时，其和不等于100%。
    不报告：占比数与列名数不一致；占预算、计划、目标、上年或“各自”的“分别占”（各项各有基数）；
    约数（约、近、以上）；单项超过100%；未构成全部的各项之和小于100%。

    English: shares of one whole named one by one add up to at most 100%, and to exactly 100%
    when the members are the whole's full set.
    """

    code = "SB204"
    name = "shares-miss-the-whole"
    kind = "percent"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for split in report.share_splits:
            allowed = Interval.sum(s.base_interval() for s in split.shares)
            over = allowed.low > _WHOLE.high
            if not over and not (split.complete and not allowed.meets(_WHOLE)):
                continue
            *others, last = split.shares
            nominal = Interval.sum(face_value(s) for s in split.shares)
            rest = _WHOLE - Interval.sum(face_value(s) for s in others)
            total = expected_of(last, nominal, max(s.decimals for s in split.shares))
            template = "finding.share_split.over" if over else "finding.share_split.whole"
            message = msg(template, names="、".join(split.names), cue=split.cue, shares=_listed(split),
                          computed=total.text, whole=split.whole)
            yield self.finding(message, last, expected_of(last, rest), others)
