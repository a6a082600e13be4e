"""Documents far larger than any report: refused with one Chinese line (exit 2); spans bounded by the table."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from sbeval.cli import cli
from sbeval.parsers import bounds, read
from sbeval.schema.document import Table

HUGE = str(10**9)


def _refused(path: Path, *words: str) -> None:
    result = CliRunner().invoke(cli, ["parse", str(path)])
    lines = [line for line in result.stderr.splitlines() if str(path) in line]
    assert result.exit_code == 2 and len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert all(word in lines[0] for word in words), lines[0]


def _spanned_docx(path: Path) -> None:
    built = docx.Document()
    built.add_paragraph("基金收入表")
    table = built.add_table(rows=3, cols=2)
    for r, (label, amount) in enumerate([("项目", "金额"), ("保险费收入", "100"), ("合计", "100")]):
        table.cell(r, 0).text, table.cell(r, 1).text = label, amount
    rows = table._tbl.tr_lst
    for tr, tag in zip(rows, ("w:gridBefore", "w:gridAfter")):
        tr_pr = tr.get_or_add_trPr()
        element = OxmlElement(tag)
        element.set(qn("w:val"), HUGE)
        tr_pr.insert(0, element)
    tc_pr = rows[2].tc_lst[0].get_or_add_tcPr()
    span = OxmlElement("w:gridSpan")
    span.set(qn("w:val"), HUGE)
    tc_pr.append(span)
    built.save(str(path))


def test_huge_spans_are_bounded_by_the_table(tmp_path: Path) -> None:
    path = tmp_path / "spans.docx"
    _spanned_docx(path)
    tables = [b for b in read(path).blocks if isinstance(b, Table)]
    assert len(tables) == 1 and tables[0].n_rows == 3 and tables[0].n_cols <= 6
    assert len(tables[0].filled_grid()) == 3
    result = CliRunner().invoke(cli, ["check", "-j", "1", str(path)])
    assert result.exit_code == 0, result.output


def test_a_text_with_too_many_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounds, "MAX_TEXT_LINES", 100)
    path = tmp_path / "long.txt"
    path.write_text("基金收入100万元。\n" * 150, encoding="utf-8")
    _refused(path, "行", "超过上限 100 行")


def test_a_docx_with_too_many_paragraphs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounds, "MAX_BLOCKS", 50)
    path = tmp_path / "long.docx"
    built = docx.Document()
    for i in range(80):
        built.add_paragraph(f"第{i}段：基金收入{i}万元。")
    built.save(str(path))
    _refused(path, "段落", "超过上限 50 个")


def test_tables_with_too_many_cells(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounds, "MAX_GRID_CELLS", 30)
    path = tmp_path / "tall.txt"
    path.write_text("项目|金额\n" + "".join(f"收入{i}|{i}\n" for i in range(40)), encoding="utf-8")
    _refused(path, "单元格", "超过上限 30 个")
