"""SB906: a money amount with no unit among amounts that have one."""

from __future__ import annotations

from collections.abc import Iterator

from sbeval.checks.base import Check
from sbeval.findings import Finding, Severity
from sbeval.messages import msg
from sbeval.schema.report import Report


class AmountWithoutUnit(Check):
    """金额缺少单位，而同段其他金额都写明了单位。

    报告：正文中以金额词结尾的数（结余、收入、支出、资金、经费、补贴……）没有写单位，
    其后是句读，而同一段里另有写明元、万元或亿元的金额。
    不报告：表格单元格（单位见表头或“单位：万元”）；同段没有任何带单位的金额；
    文本在数字处截断（其后没有句读）；人数、比率等非金额。

    English: an amount with no unit in a paragraph whose other amounts carry one (warning).
    """

    code = "SB906"
    name = "amount-without-unit"
    kind = "unit"
    severity = Severity.WARNING

    def run(self, report: Report) -> Iterator[Finding]:
        for item in report.unitless:
            figure, neighbour = item.figure, item.neighbour
            message = msg("finding.unit", label=figure.label, stated=figure.text,
                          other=f"{neighbour.label}{neighbour.text}", unit=neighbour.unit or "")
            yield self.finding(message, figure, None, [neighbour])
