"""The catalogue of checks in one table, and `run_checks` over a report."""

from __future__ import annotations

from collections.abc import Iterable

from sbeval.checks.base import Check
from sbeval.checks.arithmetic.changes import ChangeNotCurrentMinusPrior, GrowthRateMismatch, PointsUsedAsRate
from sbeval.checks.arithmetic.months import MonthsOfPaymentMismatch
from sbeval.checks.arithmetic.per_capita import PerCapitaMismatch
from sbeval.checks.arithmetic.percentages import CompletionRateMismatch, RateMismatch, ShareMismatch
from sbeval.checks.scores.rules import GradeDoesNotMatchScore, ScoreExceedsWeight, ScoreTotalNotSumOfItems
from sbeval.checks.arithmetic.totals import (
    BalanceNotIncomeMinusSpending,
    CarriedBalanceMismatch,
    PartsExceedTotal,
    TotalNotSumOfParts,
)
from sbeval.checks.document.claims import DirectionClaimContradicted
from sbeval.checks.document.copies import RepeatedSection
from sbeval.checks.document.placeholders import PlaceholderLeft
from sbeval.checks.document.rollups import RollUpMismatch
from sbeval.checks.document.units import AmountWithoutUnit
from sbeval.checks.document.years import YearMismatchCheck
from sbeval.findings import Finding, FindingLocation
from sbeval.schema.report import Report

ALL_CHECKS: tuple[type[Check], ...] = (
    TotalNotSumOfParts,             # SB101
    PartsExceedTotal,               # SB102
    BalanceNotIncomeMinusSpending,  # SB103
    CarriedBalanceMismatch,         # SB104
    CompletionRateMismatch,         # SB201
    ShareMismatch,                  # SB202
    RateMismatch,                   # SB203
    ChangeNotCurrentMinusPrior,     # SB301
    GrowthRateMismatch,             # SB302
    PointsUsedAsRate,               # SB303
    MonthsOfPaymentMismatch,        # SB401
    PerCapitaMismatch,              # SB501
    ScoreTotalNotSumOfItems,        # SB601
    ScoreExceedsWeight,             # SB602
    GradeDoesNotMatchScore,         # SB603
    RollUpMismatch,                 # SB901
    RepeatedSection,                # SB902
    PlaceholderLeft,                # SB903
    DirectionClaimContradicted,     # SB904
    YearMismatchCheck,              # SB905
    AmountWithoutUnit,              # SB906
)

# Codes of checks that were removed; never given to a new check.
RETIRED_CODES: frozenset[str] = frozenset()


def check_by_code(code: str) -> type[Check] | None:
    return next((c for c in ALL_CHECKS if c.code == code.upper()), None)


def selected(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[type[Check]]:
    """Checks whose code starts with one of ``select`` (all when empty) and with none of ``ignore``."""
    wanted = tuple(s.strip().upper() for s in select if s.strip())
    unwanted = tuple(s.strip().upper() for s in ignore if s.strip())
    return [
        c for c in ALL_CHECKS
        if (not wanted or c.code.startswith(wanted)) and not (unwanted and c.code.startswith(unwanted))
    ]


def location_key(location: FindingLocation) -> tuple[int, ...]:
    fields = (location.page, location.block, location.table, location.row, location.column, location.line)
    return tuple(-1 if f is None else f for f in fields)


def run_checks(report: Report, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Finding]:
    """All findings of the selected checks, each once, sorted by location then code."""
    findings: dict[str, Finding] = {}
    for check in selected(select, ignore):
        for finding in check().run(report):
            findings.setdefault(finding.model_dump_json(), finding)
    return sorted(findings.values(), key=lambda f: (location_key(f.location), f.code, f.message))
