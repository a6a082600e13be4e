"""Checks: a report's stated arithmetic recomputed on intervals; findings where it cannot hold."""

from sbeval.checks.base import Check
from sbeval.checks.registry import ALL_CHECKS, RETIRED_CODES, check_by_code, run_checks

__all__ = ["ALL_CHECKS", "RETIRED_CODES", "Check", "check_by_code", "run_checks"]
