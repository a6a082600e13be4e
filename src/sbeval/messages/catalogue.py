"""Every template, as (Chinese, English), by key: ``finding.*`` for the rules' messages, ``reason.*`` for why a
file could not be read, ``ui.*`` for the terminal report and the rule catalogue."""

from __future__ import annotations

from sbeval.messages.findings import FINDINGS
from sbeval.messages.reasons import REASONS
from sbeval.messages.ui import KIND_NAMES, UI

TEMPLATES: dict[str, tuple[str, str]] = {**FINDINGS, **REASONS, **UI, **KIND_NAMES}

__all__ = ["FINDINGS", "KIND_NAMES", "REASONS", "TEMPLATES", "UI"]
