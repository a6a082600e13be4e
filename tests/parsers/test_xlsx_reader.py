"""The .xlsx reader: values as displayed, merged ranges as spans, sheet and cell in every location, and
the same findings from a table in a workbook as from the same table pasted as text."""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from sbeval.checks import run_checks
from sbeval.checks.cases import RuleCase, cases_of, case_codes
from sbeval.extract import extract
from sbeval.parsers import ReadError, read
from sbeval.parsers.xlsx.display import display
from sbeval.schema.document import Paragraph, Table


@pytest.mark.parametrize(
    ("value", "number_format", "shown"),
    [
        (0.9561, "0.00%", "95.61%"),
        (1, "0%", "100%"),
        (1032849.44, "#,##0.00", "1,032,849.44"),
        (1032849.4, "#,##0.00", "1,032,849.40"),
        (2255, "0", "2255"),
        (96.6, "0", "97"),
        (0.125, "0.00", "0.13"),  # Excel rounds half up
        (-2462.0, "#,##0.00;[Red]#,##0.00", "-2,462.00"),  # the sign is the figure's, whatever the colour
        (0.1 + 0.2, "General", "0.3"),
        (12.50, "General", "12.5"),
        (1e16, "General", "10000000000000000"),
        (7973, '#,##0"人"', "7,973"),
        ("≥95%", "@", "≥95%"),
        (None, "General", ""),
        (datetime(2024, 12, 31), "yyyy-mm-dd", "2024-12-31"),
    ],
)
def test_a_cell_reads_as_excel_displays_it(value: object, number_format: str, shown: str) -> None:
    assert display(value, number_format) == shown


def workbook(path: Path, build: object) -> Path:
    book = openpyxl.Workbook()
    build(book.active)  # type: ignore[operator]
    book.save(path)
    return path


def test_sheet_is_a_table_with_spans_and_references_and_its_title_is_text(tmp_path: Path) -> None:
    def build(sheet: object) -> None:
        sheet.title = "自评表"
        sheet["A1"] = "2024年度城乡居民基本养老保险基金绩效自评表"
        sheet.merge_cells("A1:D1")
        sheet["A2"] = "单位：万元"
        for row in (["一级指标", "三级指标", "分值", "得分"], ["产出", "参保人数", 50, 48], [None, "发放及时率", 50, 47.5],
                    ["总分", None, 100, 95.5]):
            sheet.append(row)
        sheet.merge_cells("A4:A5")
        sheet.merge_cells("A6:B6")
        sheet.append(["填报人：张三"])

    document = read(workbook(tmp_path / "report.xlsx", build))
    assert document.format == "xlsx"
    kinds = [block.kind for block in document.blocks]
    assert kinds == ["paragraph", "paragraph", "table", "paragraph"]
    title = document.blocks[0]
    assert isinstance(title, Paragraph) and title.location.sheet == "自评表" and title.location.ref == "A1"
    table = document.blocks[2]
    assert isinstance(table, Table)
    assert (table.n_rows, table.n_cols) == (4, 4)
    merged = next(c for c in table.cells if c.text == "产出")
    assert (merged.row, merged.col, merged.row_span, merged.col_span) == (1, 0, 2, 1)
    total = next(c for c in table.cells if c.text == "总分")
    assert (total.col_span, total.location.ref, total.location.sheet) == (2, "A6", "自评表")
    assert [c.text for c in table.cells if c.row == 2] == ["发放及时率", "50", "47.5"]


def _sheet_from_case(sheet: object, text: str) -> None:
    """A case's text as a sheet: a `|` row becomes cells (an empty cell after a filled one merges into
    it, as in the text reader), a number becomes a number shown with the decimals it was written with."""
    lines = text.strip("\n").splitlines()
    markdown = any(_MD_RULE.fullmatch(line.strip()) for line in lines)  # Markdown's empty cells are empty
    for r, line in enumerate((line for line in lines if not _MD_RULE.fullmatch(line.strip())), start=1):
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if "|" in line else [line.strip()]
        start = None
        for c, value in enumerate(cells, start=1):
            target = sheet.cell(row=r, column=c)  # type: ignore[attr-defined]
            if value:
                target.value, target.number_format = _typed(value)
                start = c
            elif start is not None and c > start and not markdown:
                if c == len(cells) or cells[c]:  # the last empty cell of a run closes the merge
                    sheet.merge_cells(start_row=r, start_column=start, end_row=r, end_column=c)  # type: ignore[attr-defined]


_MD_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*\|?")


def _typed(value: str) -> tuple[object, str]:
    match = re.fullmatch(r"(-?[\d,]+)(?:\.(\d+))?(%?)", value)
    if not match or re.match(r"0\d", value):  # a code such as 05 is typed as text, as in real sheets
        return value, "@"
    places = len(match.group(2) or "")
    number = Decimal(value.rstrip("%").replace(",", ""))
    body = ("#,##0" if "," in value else "0") + ("." + "0" * places if places else "")
    if match.group(3):
        return float(number / 100), body + "%"
    return (int(number) if not places else float(number)), body


TABLE_CASES = [
    case for code in case_codes() for case in cases_of(code)
    if "|" in case.text and re.fullmatch(r"(?:[^|\n]*\n)*(?:\|.*\|\s*\n)+(?:[^|\n]*\n)*", case.text)
]


def _outcome(path: Path) -> Counter[tuple[str, str]]:
    return Counter((f.code, f.stated) for f in run_checks(extract(read(path))))


@pytest.mark.parametrize("case", TABLE_CASES, ids=[f"{c.code}-{c.name}" for c in TABLE_CASES])
def test_a_case_table_in_a_workbook_gives_the_findings_it_gives_as_text(case: RuleCase, tmp_path: Path) -> None:
    text_file = tmp_path / "case.txt"
    text_file.write_text(case.text, encoding="utf-8")
    book = workbook(tmp_path / "case.xlsx", lambda sheet: _sheet_from_case(sheet, case.text))
    assert _outcome(book) == _outcome(text_file)


def test_the_workbook_cases_include_flagged_ones() -> None:
    assert len(TABLE_CASES) >= 5
    assert sum(case.outcome == "flagged" for case in TABLE_CASES) >= 3


def test_a_damaged_workbook_is_an_unreadable_file(tmp_path: Path) -> None:
    good = workbook(tmp_path / "good.xlsx", lambda sheet: sheet.append(["合计", 1]))
    truncated = tmp_path / "truncated.xlsx"
    truncated.write_bytes(good.read_bytes()[:400])
    with pytest.raises(ReadError, match="损坏"):
        read(truncated)
    hollow = tmp_path / "hollow.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(hollow, "w") as out:
        for item in source.infolist():
            if item.filename != "xl/workbook.xml":
                out.writestr(item, source.read(item))
    with pytest.raises(ReadError, match="Excel"):
        read(hollow)


def test_a_workbook_renamed_to_docx_is_named_for_what_it_is(tmp_path: Path) -> None:
    book = workbook(tmp_path / "table.xlsx", lambda sheet: sheet.append(["合计", 1]))
    renamed = tmp_path / "report.docx"
    renamed.write_bytes(book.read_bytes())
    with pytest.raises(ReadError, match="Excel"):
        read(renamed)
