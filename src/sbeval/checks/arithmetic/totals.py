"""SB1xx: stated totals against their parts, and fund balances against income and spending."""

from __future__ import annotations

import re

from collections.abc import Iterator

from sbeval.checks.base import Check, compatible, expected_of, expression, face_value, places_for
from sbeval.findings import Finding, Severity
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
        message = template.format(label=label, stated=total.text, computed=expected.text, expr=expr)
        return self.finding(message, total, expected, parts)


class TotalNotSumOfParts(_SumCheck):
    """合计数与所列分项之和不符。

    A total whose parts form a closed list (分别为、包括、由…构成, a 其他 item,
    an enumeration, or the full set of a fund's categories) must equal their sum.
    Each figure stands for the interval its written decimals allow; the check
    fires only when no values inside those intervals agree.

    Flags::

        基金支出37977万元，其中：待遇支出33628万元，其他支出10万元，转移支出530万元。

    Accepts::

        基金支出19985万元，其中：待遇支出19976万元，其他支出0万元，转移支出9万元。
    """

    code = "SB101"
    name = "total-not-sum-of-parts"
    kind = "sum"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for relation in _sums(report, "sum"):
            allowed, _ = _recomputed(relation)
            if relation.closed and not relation.total.base_interval().meets(allowed):
                yield self._finding(relation, "{label}{stated}，但所列分项之和为{computed}（{expr}）")


class PartsExceedTotal(_SumCheck):
    """“其中”所列分项之和超过总数。

    A bare 其中 list may name only the main items, so it claims no more than
    Σ parts ≤ total. Parts that add up to more than the total are an error.

    Flags::

        预算总收入10,174.6万元，其中：社会保险费收入8,384.2万元，财政补贴收入2,529.0万元。

    Accepts::

        2019年社会保险基金预算总收入101746万元，其中：社会保险费收入43842万元，财政补贴收入15290万元。
    """

    code = "SB102"
    name = "parts-exceed-total"
    kind = "sum"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for relation in _sums(report, "sum"):
            allowed, _ = _recomputed(relation)
            if not relation.closed and allowed.low > relation.total.base_interval().high:
                yield self._finding(relation, "{label}{stated}，但其中所列分项之和已达{computed}（{expr}），超过总数")


_CLOSING = re.compile(r"年末|期末|年底|滚存|累计|结存")


def _is_closing(relation: SumRelation) -> bool:
    """A closing balance (年末滚存结余, 累计结余), whether reached from 上年结余 + 本年结余 or + 收入 − 支出."""
    return bool(_CLOSING.search(relation.total.label)) or all(t.sign > 0 for t in relation.parts)


class BalanceNotIncomeMinusSpending(_SumCheck):
    """本年收支结余不等于收入减支出。

    本年收支结余（当期结余、当年结余；当期赤字 X 即 −X）= 基金收入 − 基金支出.

    Flags::

        基金收入419.93万元，基金支出400.00万元，当年收支结余29.93万元。

    Accepts::

        本年基金收入419.93万元，基金支出419.93万元，本年收支结余0万元。
    """

    code = "SB103"
    name = "balance-not-income-minus-spending"
    kind = "balance"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for relation in _sums(report, "balance"):
            allowed, _ = _recomputed(relation)
            if not _is_closing(relation) and not relation.total.base_interval().meets(allowed):
                yield self._finding(relation, "{label}{stated}，但按{expr}计算应为{computed}")


class CarriedBalanceMismatch(_SumCheck):
    """年末滚存结余不等于上年结余加本年收支结余。

    年末滚存结余（累计结余、累计结存）= 上年结余（期初余额、上年滚存）+ 本年收支结余.

    Flags::

        上年滚存结余9,937万元，本年收支结余783万元，年末滚存结余10,820万元。

    Accepts::

        期初余额9937万元，当年结余783万元，年末累计结余10720万元。
    """

    code = "SB104"
    name = "carried-balance-mismatch"
    kind = "balance"
    severity = Severity.ERROR

    def run(self, report: Report) -> Iterator[Finding]:
        for relation in _sums(report, "balance"):
            allowed, _ = _recomputed(relation)
            if _is_closing(relation) and not relation.total.base_interval().meets(allowed):
                yield self._finding(relation, "{label}{stated}，但按{expr}计算应为{computed}")
