"""SB7xx: the arithmetic a budget or fund table states by its structure, recomputed with rounding intervals."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import ClassVar

from sbeval.checks.base import Check, divide, expected_of, expression, face_value, plain, quantize
from sbeval.findings import Expected, Finding, Kind, Severity
from sbeval.messages import Message, msg
from sbeval.numbers import Interval
from sbeval.schema.report import Report
from sbeval.schema.tables import RelationKind, TableRelation

_HUNDRED = Decimal(100)
_TERMS_SHOWN = 6


def _terms_text(relation: TableRelation) -> Message:
    shown = relation.terms[:_TERMS_SHOWN]
    out = expression((t.sign, msg("finding.words", text=t.figure.text)) for t in shown)
    return out.plus(msg("finding.table.more_terms", count=len(relation.terms)) if len(relation.terms) > _TERMS_SHOWN
                    else None)


def _where(title: str) -> Message | str:
    return msg("finding.table.where", title=title) if title else ""


class _TableSumCheck(Check):
    kinds: ClassVar[tuple[RelationKind, ...]]
    kind: ClassVar[Kind] = "sum"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for table in report.budget_tables:
            for relation in table.relations:
                if relation.kind in self.kinds:
                    finding = self._check(relation, table.title)
                    if finding is not None:
                        yield finding

    def _check(self, relation: TableRelation, title: str) -> Finding | None:
        allowed = Interval.sum(t.figure.base_interval() * t.sign for t in relation.terms)
        stated = relation.stated
        if stated.base_interval().meets(allowed):
            return None
        nominal = Interval.sum(face_value(t.figure) * t.sign for t in relation.terms)
        expected = expected_of(stated, nominal)
        message = msg("finding.table.sum", where=_where(title), description=relation.description, label=stated.label,
                      stated=stated.text, terms=_terms_text(relation), computed=expected.text)
        return self.finding(message, stated, expected, [t.figure for t in relation.terms])


class TableTotalNotSumOfItems(_TableSumCheck):
    """表中合计/小计/总计与其所列各项之和不符。

    报告：预算、决算、基金收支表中名为合计、小计、总计的行（或列）与其各项之和不符：
    列在各项之下或之上的合计行、“一、收入合计”与其（一）（二）分项、“总计”＝本年收入合计＋年初结转和结余、
    “合计”列与其右侧同一表头下的各列（合计＝基本支出＋项目支出）。每格按其小数位视为区间，
    各区间内无一组值相符时才报告。
    不报告：“其中”行（是分项说明，不是加数）；结构不明确的表（无名为合计的行或列、合计上方又有小计）；
    指标表和评分表；空格视为零，但各项全空时不比较。

    English: a row or column named as a total in a budget table must equal the sum of its items.
    """

    code = "SB701"
    name = "table-total-not-sum-of-items"
    kinds = ("row_total", "column_total", "outline")


class CodeParentNotSumOfChildren(_TableSumCheck):
    """科目编码上级科目与其下级科目之和不符。

    报告：按科目编码（201 / 20106 / 2010601，或分写在类、款、项三列）排列的表中，
    类级数额不等于其下各款之和，或款级数额不等于其下各项之和（每一数额列分别比较）。
    不报告：没有下级科目的科目；各数额在舍入区间内相符。

    English: in a table ordered by 科目编码, each 类 equals the sum of its 款 and each 款 the sum of its 项.
    """

    code = "SB702"
    name = "code-parent-not-sum-of-children"
    kinds = ("code",)


class TableBalanceMismatch(_TableSumCheck):
    """收支总表两侧总计不等，或结余行与收入、支出不符。

    报告：收入支出（决算）总表中收入方总计与支出方总计不等；基金收支表中
    本年收支结余 ≠ 收入 − 支出，年末滚存结余 ≠ 年初滚存结余 ＋ 本年收支结余（各行名称在表中唯一）。
    不报告：结余行名称不唯一或缺少收入、支出行；舍入区间内相符。

    English: the two sides of a 收支总表 balance, and balance rows follow from income and spending.
    """

    code = "SB703"
    name = "table-balance-mismatch"
    kind = "balance"
    kinds = ("equal_totals", "balance")


class TableRateMismatch(Check):
    """执行率或增长率列与其所依据的数额列不符。

    报告：执行率（完成率、执行进度）列不等于 执行数（决算数、本年累计）÷ 预算数（年初、调整后预算数）；
    增长率（比上年增长%）列不等于（本年 − 上年同期）÷ 上年同期。表中有多个可作基数的列时，
    任一列相符即不报告；各数按小数位取区间。
    不报告：表头未标明是百分比的增减额列；基数为零或为空。

    English: a 执行率 or 增长% column must follow from the amount columns it is computed from.
    """

    code = "SB704"
    name = "table-rate-mismatch"
    kind = "percent"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for table in report.budget_tables:
            for relation in table.relations:
                if relation.kind in ("rate", "growth"):
                    finding = self._check(relation, table.title)
                    if finding is not None:
                        yield finding

    def _check(self, relation: TableRelation, title: str) -> Finding | None:
        stated = relation.stated
        offset = Interval.exact(1 if relation.kind == "growth" else 0)
        computed: list[Interval] = []
        for top, bottom in zip(relation.terms[::2], relation.terms[1::2]):
            ratio = divide(top.figure.base_interval(), bottom.figure.base_interval())
            if ratio is None:
                return None
            value = (ratio - offset) * _HUNDRED
            if value.meets(stated.interval()):
                return None
            computed.append(value)
        if not computed:
            return None
        first = relation.terms[0].figure, relation.terms[1].figure
        nominal = (face_value(first[0]).mid / face_value(first[1]).mid - offset.mid) * _HUNDRED
        places = max(stated.decimals, 2)
        shown = plain(quantize(nominal, places))
        expected = Expected(low=shown, high=shown, text=f"{shown}%")
        operands = (msg("finding.table.growth", cur=first[0].text, pri=first[1].text) if relation.kind == "growth"
                    else msg("finding.table.quotient", top=first[0].text, bottom=first[1].text))
        message = msg("finding.table.ratio", where=_where(title), label=stated.label, stated=stated.text,
                      operands=operands, computed=expected.text)
        return self.finding(message, stated, expected, [t.figure for t in relation.terms])
