"""Where a finding sits, in the words a reader of the report uses."""

from __future__ import annotations

from sbeval.findings import FindingLocation


def describe(location: FindingLocation) -> str:
    """"第3页 第42段", "表1 第2行第4列", "第17行", "工作表“自评表” 表1 第2行第4列 C7"; every field counts from 1."""
    parts: list[str] = []
    if location.sheet is not None:
        parts.append(f"工作表“{location.sheet}”")
    if location.page is not None:
        parts.append(f"第{location.page}页")
    if location.table is not None:
        cell = f"表{location.table}"
        if location.row is not None:
            cell += f" 第{location.row}行"
            cell += f"第{location.column}列" if location.column is not None else ""
        parts.append(cell)
    elif location.line is not None:
        parts.append(f"第{location.line}行")
    elif location.block is not None:
        parts.append(f"第{location.block}段")
    if location.ref is not None:
        parts.append(location.ref)
    return " ".join(parts) or "—"


SEVERITY_NAMES = {"error": "错误", "warning": "警告", "note": "提示"}
