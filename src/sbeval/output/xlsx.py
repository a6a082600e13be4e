"""An audit workbook: sheet 汇总 (one row per report) and sheet 问题清单 (one row per finding, every field
of the JSON contract), Chinese headers, autofilter, frozen header row, widths from the content.

The bytes depend only on the run: fixed document dates and fixed dates inside the zip.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter
from rich.cells import cell_len

from sbeval.findings import CheckRun, FileResult, Finding, Severity
from sbeval.output.fingerprints import fingerprinted
from sbeval.output.locations import SEVERITY_NAMES, describe

SUMMARY_HEADERS = ("文件", "状态", "错误", "警告", "提示", "问题合计", "无法读取原因")
FINDING_HEADERS = ("文件", "代码", "规则", "类别", "级别", "说明", "所述值", "所述数值", "单位", "重算值",
                   "重算下限", "重算上限", "位置", "页", "段", "表", "行", "列", "文本行", "摘录", "相关数字", "指纹")
WRAPPED = {"说明", "摘录", "相关数字", "无法读取原因"}
MAX_WIDTH = 60
FIXED_TIME = datetime.datetime(2000, 1, 1)
Cell = str | int | Decimal | None


def _number(text: str | None) -> Decimal | str | None:
    """A contract value ("37977", "4.28") as a number Excel can sort; anything else stays text."""
    if text is None:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return text


def _summary_row(result: FileResult) -> list[Cell]:
    count = {s: sum(f.severity == s for f in result.findings) for s in Severity}
    status = "无法读取" if result.status == "error" else "已检查"
    return [result.path, status, count[Severity.ERROR], count[Severity.WARNING], count[Severity.NOTE],
            len(result.findings), result.error or ""]


def _finding_row(path: str, finding: Finding, fingerprint: str) -> list[Cell]:
    stated, expected, loc = finding.stated, finding.expected, finding.location
    related = "；".join(f"{r.label}{r.text}" for r in finding.related)
    return [
        path, finding.code, finding.rule, finding.kind, SEVERITY_NAMES[finding.severity.value], finding.message,
        stated.text if stated else None, _number(stated.value) if stated else None, stated.unit if stated else None,
        expected.text if expected else None, _number(expected.low) if expected else None,
        _number(expected.high) if expected else None, describe(loc), loc.page, loc.block, loc.table, loc.row,
        loc.column, loc.line, loc.excerpt, related, fingerprint,
    ]


def _sheet(sheet: Worksheet, headers: Sequence[str], rows: list[list[Cell]]) -> None:
    sheet.append(list(headers))
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
    for index, header in enumerate(headers, 1):
        longest = max([cell_len(str(row[index - 1])) for row in rows if row[index - 1] is not None] + [0])
        sheet.column_dimensions[get_column_letter(index)].width = min(max(longest, cell_len(header)) + 2, MAX_WIDTH)
        if header in WRAPPED:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def _pinned(raw: bytes) -> bytes:
    """The same archive with every entry dated ``FIXED_TIME``, so the same run gives the same bytes."""
    out = io.BytesIO()
    with ZipFile(io.BytesIO(raw)) as source, ZipFile(out, "w", ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = ZipInfo(item.filename, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = ZIP_DEFLATED
            target.writestr(info, source.read(item))
    return out.getvalue()


def render(run: CheckRun) -> bytes:
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = "汇总"
    _sheet(summary, SUMMARY_HEADERS, [_summary_row(result) for result in run.files])
    rows = [_finding_row(result.path, finding, fp) for result, finding, fp in fingerprinted(run)]
    _sheet(book.create_sheet("问题清单"), FINDING_HEADERS, rows)
    book.properties.creator = f"sbeval {run.sbeval}"
    book.properties.created = book.properties.modified = FIXED_TIME
    buffer = io.BytesIO()
    with ZipFile(buffer, "w", ZIP_DEFLATED) as archive:
        ExcelWriter(book, archive).save()
    return _pinned(buffer.getvalue())
