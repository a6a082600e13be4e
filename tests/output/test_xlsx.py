"""The audit workbook, re-read with openpyxl: sheets, headers, rows, filters, frozen header, widths."""

from __future__ import annotations

import io
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner
from openpyxl import Workbook, load_workbook

from sbeval.cli import cli
from sbeval.findings import CheckRun
from sbeval.output import render
from sbeval.output.fingerprints import fingerprinted
from sbeval.output.xlsx import FINDING_HEADERS, SUMMARY_HEADERS

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "sample01_county_funds.txt"


def workbook(data: str | bytes) -> Workbook:
    assert isinstance(data, bytes)
    return load_workbook(io.BytesIO(data))


def test_summary_sheet_one_row_per_report(run: CheckRun) -> None:
    sheet = workbook(render("xlsx", run))["汇总"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == SUMMARY_HEADERS
    assert rows[1:] == [
        ("reports/seed001.pdf", "已检查", 1, 1, 0, 2, None),
        ("reports/seed002.txt", "已检查", 0, 0, 1, 1, None),
        ("reports/missing.docx", "无法读取", 0, 0, 0, 0, "reports/missing.docx：文件不存在或不是文件"),
        ("reports/clean.txt", "已检查", 0, 0, 0, 0, None),
    ]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:G5"


def test_findings_sheet_holds_every_field(run: CheckRun) -> None:
    book = workbook(render("xlsx", run))
    assert book.sheetnames == ["汇总", "问题清单"]
    sheet = book["问题清单"]
    rows = [dict(zip(FINDING_HEADERS, row)) for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert [tuple(c.value for c in sheet[1])] == [FINDING_HEADERS]
    assert [r["代码"] for r in rows] == ["SB101", "SB202", "SB401"]
    first = rows[0]
    assert first["文件"] == "reports/seed001.pdf" and first["级别"] == "错误" and first["类别"] == "sum"
    assert first["所述值"] == "37977万元" and first["所述数值"] == 37977 and first["单位"] == "万元"
    assert first["重算值"] == "34168万元" and first["重算下限"] == first["重算上限"] == 34168
    assert (first["页"], first["段"], first["位置"]) == (3, 42, "第3页 第42段")
    assert first["相关数字"] == "待遇支出33628万元；其他支出10万元；转移支出530万元"
    assert first["指纹"] == next(fingerprinted(run))[2]
    assert Decimal(str(rows[1]["重算上限"])) == Decimal("4.28") and (rows[1]["表"], rows[1]["列"]) == (1, 4)
    assert rows[2]["文本行"] == 17 and rows[2]["页"] is None
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:V4"
    widths = {h: sheet.column_dimensions[chr(ord("A") + i)].width for i, h in enumerate(FINDING_HEADERS)}
    assert widths["说明"] == 60 and 6 <= widths["代码"] <= 10 and widths["文件"] > widths["页"]
    assert sheet["F2"].alignment.wrap_text and sheet[1][0].font.bold


def test_the_same_run_gives_the_same_bytes(run: CheckRun) -> None:
    assert render("xlsx", run) == render("xlsx", run)


def test_written_by_the_command_line_only_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "审核.xlsx"
    result = CliRunner().invoke(cli, ["check", str(SAMPLE), "-o", f"xlsx={out}", "--fail-on", "never"])
    assert result.exit_code == 0 and "共检查1个文件" in result.stdout
    book = load_workbook(out)
    assert book["汇总"]["A2"].value == SAMPLE.as_posix() and book["问题清单"].max_row > 1
    refused = CliRunner().invoke(cli, ["check", str(SAMPLE), "-f", "xlsx"])
    assert refused.exit_code == 2 and "-o xlsx=文件" in refused.stderr


def test_openpyxl_is_loaded_only_for_the_workbook() -> None:
    code = "import sys, sbeval.cli, sbeval.output.sarif, sbeval.runner; print('openpyxl' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout == "False\n"
