"""SB1xx: stated totals against their parts, and fund balances against income and spending."""

from __future__ import annotations

import re

from collections.abc import Iterator

from sbeval.checks.base import Check, compatible, expected_of, expression, face_value, places_for
from sbeval.findings import Finding, Severity
from sbeval.messages import msg
from sbeval.numbers import Interval
from sbeval.schema.relations import SumRelation
from sbeval.schema.report import Report


def _sums(report: Report, kind: str) -> Iterator[SumRelation]:
    for relation in report.sums:
        if relation.kind == kind and relation.parts and compatible(
            [relation.total, *(t.figure for t in relation.parts)]
        ):
            yield relation


def _recomputed(relation: SumRelation) -> tuple[Interval, Interval]:
    """The parts' sum as the written values allow, and as a calculator gives it from the text."""
    allowed = Interval.sum(t.figure.base_interval() * t.sign for t in relation.parts)
    nominal = Interval.sum(face_value(t.figure) * t.sign for t in relation.parts)
    return allowed, nominal


class _SumCheck(Check):
    def _finding(self, relation: SumRelation, template: str) -> Finding:
        _, nominal = _recomputed(relation)
        total = relation.total
        parts = [t.figure for t in relation.parts]
        expected = expected_of(total, nominal, places_for(total, parts))
        label = relation.label or total.label
        expr = expression((t.sign, t.figure) for t in relation.parts)
        message = msg(template, label=label, stated=total.text, computed=expected.text, expr=expr)
        return self.finding(message, total, expected, parts)


class TotalNotSumOfParts(_SumCheck):
    """合计数与所列分项之和不符。

    报告：分项构成封闭列表（分别为、包括、由…构成、含“其他”项、一是…二是…的列举，
    或某项基金的全部支出类别，或一组完整的分类如在职与离退休、中央省市县四级，或合计数
    本句已列出的各项）时，合计数与各分项之和在舍入区间内不能吻合；一个“其中”列表同时
    分解收入与支出（或个数与金额）时，各分项按其所属归入各自的合计数。
    不报告：只列主要项目的“其中”列表（由 SB102 检查）；约数（约、左右）；一项可归入
    两个合计数的共用列表；
    每个数按其书写的小数位代表一个区间，区间内能吻合即不报告。

    English: a total over a closed list of parts must equal their sum, on intervals.
    """

    code = "SB101"
    name = "total-not-sum-of-parts"
    kind = "sum"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for relation in _sums(report, "sum"):
            allowed, _ = _recomputed(relation)
            if relation.closed and not relation.total.base_interval().meets(allowed):
                yield self._finding(relation, "finding.sum.parts")


class PartsExceedTotal(_SumCheck):
    """“其中”所列分项之和超过总数。

    报告：“其中”之后的分项之和超过总数（任何舍入都无法解释）。
    不报告：分项之和小于总数——“其中”可能只列主要项目，只主张 Σ分项 ≤ 总数。

    English: a bare 其中 list claims only Σ parts ≤ total; more than the total is an error.
    """

    code = "SB102"
    name = "parts-exceed-total"
    kind = "sum"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for relation in _sums(report, "sum"):
            allowed, _ = _recomputed(relation)
            if not relation.closed and allowed.low > relation.total.base_interval().high:
                yield self._finding(relation, "finding.sum.subset")


_CLOSING = re.compile(r"年末|期末|年底|滚存|累计|结存")


def _is_closing(relation: SumRelation) -> bool:
    """A closing balance (年末滚存结余, 累计结余), whether reached from 上年结余 + 本年结余 or + 收入 − 支出."""
    return bool(_CLOSING.search(relation.total.label)) or all(t.sign > 0 for t in relation.parts)


class BalanceNotIncomeMinusSpending(_SumCheck):
    """本年收支结余不等于收入减支出。

    报告：本年收支结余（当期结余、当年结余；当期赤字、收支缺口 X 即 −X）与
    基金收入 − 基金支出 在舍入区间内不能吻合。
    不报告：收入或支出只是其中一部分（如征缴收入）；预算数与决算数混用的组合。

    English: the year's balance must equal income minus spending (budget with budget).
    """

    code = "SB103"
    name = "balance-not-income-minus-spending"
    kind = "balance"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for relation in _sums(report, "balance"):
            allowed, _ = _recomputed(relation)
            if not _is_closing(relation) and not relation.total.base_interval().meets(allowed):
                yield self._finding(relation, "finding.sum.formula")


class CarriedBalanceMismatch(_SumCheck):
    """年末滚存结余不等于上年结余加本年收支结余。

    报告：年末滚存结余（累计结余、累计结存）与 上年结余（期初余额、上年滚存）＋
    本年收支结余（或 ＋收入 − 支出）不能吻合。
    不报告：缺少期初数时不推算；历年累计结余与当年结余并列而无期初数。

    English: closing balance = opening balance + the year's balance.
    """

    code = "SB104"
    name = "carried-balance-mismatch"
    kind = "balance"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for relation in _sums(report, "balance"):
            allowed, _ = _recomputed(relation)
            if _is_closing(relation) and not relation.total.base_interval().meets(allowed):
                yield self._finding(relation, "finding.sum.formula")
