"""Output formats: each a pure ``render(run) -> str``, chosen by ``sbeval check --format``."""

from __future__ import annotations

from collections.abc import Callable

from sbeval.findings import CheckRun
from sbeval.output import json_output, sarif, terminal

FORMATS: dict[str, Callable[[CheckRun], str]] = {
    "text": terminal.render,
    "json": json_output.render,
    "sarif": sarif.render,
}

__all__ = ["FORMATS"]
