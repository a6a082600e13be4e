"""SB705: a total the prose names after a table (财政拨款收入支出总计) against that table's 总计."""

from __future__ import annotations

from collections.abc import Iterator

from sbeval.checks.base import Check, expected_of, face_value
from sbeval.findings import Finding, Severity
from sbeval.messages import msg
from sbeval.schema.report import Report


class TextTotalDiffersFromTable(Check):
    """正文所述总计与同名收支总表的总计不符。

    报告：正文写“（单位、年度）财政拨款收入支出总计X万元”“收入支出总计X万元”，
    而名称与之完全对应的收支总表（财政拨款收入支出决算总表、收入支出决算总表）的“总计”行不同；
    两数按各自小数位取区间，无交集才报告。
    不报告：名称不完全一致（“一般公共预算财政拨款收入支出总计”不对应财政拨款收支总表）；
    上年数、增减额；表中没有唯一的总计行。

    English: a named total in the prose must equal the 总计 of the 收支总表 of the same name.
    """

    code = "SB705"
    name = "text-total-differs-from-table"
    kind = "cross_ref"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for table in report.budget_tables:
            for relation in table.relations:
                if relation.kind != "text_total":
                    continue
                stated, total = relation.stated, relation.terms[0].figure
                if stated.base_interval().meets(total.base_interval()):
                    continue
                expected = expected_of(stated, face_value(total), max(stated.decimals, total.decimals))
                message = msg("finding.table.crossref", description=relation.description, stated=stated.text,
                              title=table.title, total=f"{total.text}{total.unit or ''}")
                yield self.finding(message, stated, expected, [total])
