"""SB907: a fund's budget completion rate in its prose section against the indicator table's row."""

from __future__ import annotations

from collections.abc import Iterator

from sbeval.checks.base import Check, expected_of, face_value
from sbeval.findings import Finding, Severity
from sbeval.messages import msg
from sbeval.schema.report import Report

class CompletionStatedTwiceDiffers(Check):
    """同一基金的预算完成率，正文与绩效指标表所填不一致。

    报告：某项基金的章节写明“基金支出X万元，完成预算P%”，绩效指标表中
    “该基金支出（收入）预算完成率”一行的实际完成值为Q%，两数按各自小数位取区间后无交集。
    不报告：指标名称未指明唯一基金（“养老保险基金支出预算完成率”可指三项养老基金）；
    正文中该基金的完成率不止一个数值，或完成率跟在待遇支出等分项之后；实际值不是百分数。

    English: the completion rate a fund's section states must match the indicator table's actual.
    """

    code = "SB907"
    name = "completion-stated-twice-differs"
    kind = "cross_ref"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for pair in report.completion_pairs:
            if pair.text.base_interval().meets(pair.table.base_interval()):
                continue
            expected = expected_of(pair.text, face_value(pair.table), pair.table.decimals)
            message = msg("finding.completion", fund=pair.fund, measure=msg(f"finding.completion.{pair.measure}"),
                          stated=pair.text.text, indicator=pair.indicator, table=pair.table.text)
            yield self.finding(message, pair.text, expected, [pair.table])
