"""The catalogue of checks in one table, and `run_checks` over a report."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from sbeval.checks.base import Check, material
from sbeval.checks.cues import relation_cues, with_cue
from sbeval.checks.scans import as_read
from sbeval.checks.arithmetic.changes import ChangeNotCurrentMinusPrior, GrowthRateMismatch, PointsUsedAsRate
from sbeval.checks.arithmetic.months import MonthsOfPaymentMismatch
from sbeval.checks.arithmetic.per_capita import PerCapitaMismatch
from sbeval.checks.arithmetic.percentages import CompletionRateMismatch, RateMismatch, ShareMismatch
from sbeval.checks.arithmetic.share_splits import SharesMissTheWhole
from sbeval.checks.arithmetic.average_growth import AverageGrowthMismatch
from sbeval.checks.targets.rules import AllTargetsClaimedMet, TargetMissed, TargetWithoutActual
from sbeval.checks.scores.rules import GradeDoesNotMatchScore, ScoreExceedsWeight, ScoreTotalNotSumOfItems
from sbeval.checks.tables.crossref import TextTotalDiffersFromTable
from sbeval.checks.tables.rules import (
    CodeParentNotSumOfChildren,
    TableBalanceMismatch,
    TableRateMismatch,
    TableTotalNotSumOfItems,
)
from sbeval.checks.arithmetic.totals import (
    BalanceNotIncomeMinusSpending,
    CarriedBalanceMismatch,
    PartsExceedTotal,
    TotalNotSumOfParts,
)
from sbeval.checks.document.allocations import SourceSpentBeyondAllocation
from sbeval.checks.document.claims import DirectionClaimContradicted
from sbeval.checks.document.completions import CompletionStatedTwiceDiffers
from sbeval.checks.document.copies import RepeatedSection
from sbeval.checks.document.placeholders import PlaceholderLeft
from sbeval.checks.document.rollups import RollUpMismatch
from sbeval.checks.document.units import AmountWithoutUnit
from sbeval.checks.document.years import YearMismatchCheck
from sbeval.checks.arithmetic.pooled import PooledRateMismatch
from sbeval.checks.document.restatements import RestatedFigureDiffers
from sbeval.findings import Finding, FindingLocation
from sbeval.numbers import Tolerance, safe_decimals
from sbeval.schema.report import Report

_log = logging.getLogger(__name__)

ALL_CHECKS: tuple[type[Check], ...] = (
    TotalNotSumOfParts,             # SB101
    PartsExceedTotal,               # SB102
    BalanceNotIncomeMinusSpending,  # SB103
    CarriedBalanceMismatch,         # SB104
    CompletionRateMismatch,         # SB201
    ShareMismatch,                  # SB202
    RateMismatch,                   # SB203
    SharesMissTheWhole,             # SB204
    ChangeNotCurrentMinusPrior,     # SB301
    GrowthRateMismatch,             # SB302
    PointsUsedAsRate,               # SB303
    AverageGrowthMismatch,          # SB304
    MonthsOfPaymentMismatch,        # SB401
    PerCapitaMismatch,              # SB501
    ScoreTotalNotSumOfItems,        # SB601
    ScoreExceedsWeight,             # SB602
    GradeDoesNotMatchScore,         # SB603
    TableTotalNotSumOfItems,        # SB701
    CodeParentNotSumOfChildren,     # SB702
    TableBalanceMismatch,           # SB703
    TableRateMismatch,              # SB704
    TextTotalDiffersFromTable,      # SB705
    TargetMissed,                   # SB801
    TargetWithoutActual,            # SB802
    AllTargetsClaimedMet,           # SB803
    RollUpMismatch,                 # SB901
    RepeatedSection,                # SB902
    PlaceholderLeft,                # SB903
    DirectionClaimContradicted,     # SB904
    YearMismatchCheck,              # SB905
    AmountWithoutUnit,              # SB906
    CompletionStatedTwiceDiffers,   # SB907
    RestatedFigureDiffers,          # SB908
    PooledRateMismatch,             # SB910
    SourceSpentBeyondAllocation,    # SB913
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


def run_checks(report: Report, select: Iterable[str] = (), ignore: Iterable[str] = (),
               tolerance: Tolerance = Tolerance()) -> list[Finding]:
    """All findings of the selected checks, each once, sorted by location then code; gaps within
    ``tolerance`` (materiality above rounding) dropped."""
    findings: dict[str, Finding] = {}
    cues = relation_cues(report)
    for check in selected(select, ignore):
        for finding in _findings_of(check, report):
            if material(finding, tolerance):
                findings.setdefault(finding.model_dump_json(), as_read(with_cue(finding, cues)))
    return sorted(findings.values(), key=lambda f: (location_key(f.location), f.code, f.message))


def _findings_of(check: type[Check], report: Report) -> list[Finding]:
    """The rule's findings on ``report``; none when the rule fails on it (a bug of ours, never the
    file's), so that one rule meeting a relation it cannot handle leaves the others to run."""
    try:
        with safe_decimals():
            return list(check().run(report))
    except Exception:  # noqa: BLE001 - any failure of one rule is contained to that rule
        _log.debug("%s failed on %s", check.code, report.path, exc_info=True)
        return []
