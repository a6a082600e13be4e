"""Where a finding sits, in the words a reader of the report uses."""

from __future__ import annotations

from sbeval.findings import FindingLocation
from sbeval.messages import DEFAULT_LANG, Lang, say


def describe(location: FindingLocation, lang: Lang = DEFAULT_LANG) -> str:
    """"第3页 第42段", "表1 第2行第4列", "第17行", "工作表“自评表” 表1 第2行第4列 C7"; every field counts from 1.

    In English: "page 3 paragraph 42", "table 1 row 2 column 4".
    """
    parts: list[str] = []
    if location.sheet is not None:
        parts.append(say("ui.place.sheet", lang, sheet=location.sheet))
    if location.page is not None:
        parts.append(say("ui.place.page", lang, page=location.page))
    if location.table is not None:
        cell = say("ui.place.table", lang, table=location.table)
        if location.row is not None:
            cell += say("ui.place.row", lang, row=location.row)
            cell += say("ui.place.column", lang, column=location.column) if location.column is not None else ""
        parts.append(cell)
    elif location.line is not None:
        parts.append(say("ui.place.line", lang, line=location.line))
    elif location.block is not None:
        parts.append(say("ui.place.block", lang, block=location.block))
    if location.ref is not None:
        parts.append(location.ref)
    return " ".join(parts) or "—"


SEVERITY_NAMES = {"error": "错误", "warning": "警告", "note": "提示"}


def severity_name(severity: str, lang: Lang = DEFAULT_LANG) -> str:
    return say(f"ui.severity.{severity}", lang)
