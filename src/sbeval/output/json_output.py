"""The JSON contract of `sbeval check --format json`: the CheckRun model as it stands."""

from __future__ import annotations

from sbeval.findings import CheckRun


def render(run: CheckRun) -> str:
    """Decimal values are already strings in the models, so "12.30" stays exact."""
    return run.model_dump_json(indent=2) + "\n"
