"""Placeholders a template leaves for the filler: XX局, XXX万元, XX%, 20XX年, ××.

A run of two or more X (full- or half-width) or ×, standing alone: not inside a Latin word or
a model number (MAXX, XX-200, A1XX), and lower-case x only before a unit or an office (xx局).
"""

from __future__ import annotations

import re

from sbeval.extract.core.context import Context
from sbeval.schema.document_checks import Placeholder

_LATIN = "A-Za-z0-9ａ-ｚＡ-Ｚ０-９"
_PLACEHOLDER = re.compile(
    rf"(?<![{_LATIN}])(?:(?:19|20)[XＸ×]{{2}}|[XＸ×]{{2,}}|[xｘ]{{2,}}(?=[局处科院委办厅部中心单位年月日万元%％]))"
    rf"(?![{_LATIN}_\-－])"
)
# What follows a placeholder and says what it stands for (XX局, XXX万元, XX%).
_SUFFIX = re.compile(r"万元|亿元|元|万人|人次|人|个|%|％|年|月|日|局|处|科|中心|研究所|单位|委员会|办公室")
_EXCERPT = 60


def find_placeholders(ctx: Context) -> list[Placeholder]:
    """One entry per paragraph, heading or cell that still holds template placeholders."""
    found: list[Placeholder] = []
    for unit in ctx.units:
        forms: list[str] = []
        for match in _PLACEHOLDER.finditer(unit.text):
            suffix = _SUFFIX.match(unit.text, match.end())
            form = match.group() + (suffix.group() if suffix else "")
            if form not in forms:
                forms.append(form)
        if forms:
            first = _PLACEHOLDER.search(unit.text)
            start = max(0, (first.start() if first else 0) - _EXCERPT // 3)
            found.append(Placeholder(forms=forms, location=unit.location,
                                     excerpt=unit.text[start:start + _EXCERPT]))
    return found
