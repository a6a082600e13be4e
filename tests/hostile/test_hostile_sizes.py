"""Documents far larger than any report: refused with one Chinese line (exit 2); spans bounded by the table."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from sbeval.cli import cli
from sbeval.parsers import read
from sbeval.schema.document import Table

HUGE = str(10**9)


def _refused(path: Path, *words: str, limit: str | None = None) -> None:
    result = CliRunner().invoke(cli, ["parse", *(["--limit", limit] if limit else []), str(path)])
    lines = [line for line in result.stderr.splitlines() if str(path) in line]
    assert result.exit_code == 2 and len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert all(word in lines[0] for word in words), lines[0]


def _accepted(path: Path, limit: str) -> None:
    """The refused file is read with the limit raised, by `parse` and by a two-process `check`."""
    parsed = CliRunner().invoke(cli, ["parse", "--limit", limit, str(path)])
    assert parsed.exit_code == 0, parsed.stderr
    shutil.copy(path, path.with_name("copy" + path.suffix))
    checked = CliRunner().invoke(cli, ["check", "-j", "2", "-q", "--format", "json", "--limit", limit,
                                       str(path), str(path.with_name("copy" + path.suffix))])
    assert checked.exit_code in (0, 1), checked.stdout
    assert [f["status"] for f in json.loads(checked.stdout)["files"]] == ["ok", "ok"]


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
    path = tmp_path / "long.txt"
    path.write_text("基金收入100万元。\n" * 150, encoding="utf-8")
    _refused(path, "行", "超过上限 100 行", "--limit lines=", limit="lines=100")
    _accepted(path, "lines=200")


def test_a_docx_with_too_many_paragraphs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "long.docx"
    built = docx.Document()
    for i in range(80):
        built.add_paragraph(f"第{i}段：基金收入{i}万元。")
    built.save(str(path))
    _refused(path, "段落", "超过上限 50 个", "--limit paragraphs=", limit="paragraphs=50")
    _accepted(path, "paragraphs=100")


def test_tables_with_too_many_cells(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "tall.txt"
    path.write_text("项目|金额\n" + "".join(f"收入{i}|{i}\n" for i in range(40)), encoding="utf-8")
    _refused(path, "单元格", "超过上限 30 个", "--limit cells=", limit="cells=30")
    _accepted(path, "cells=100")


def test_a_workbook_with_too_many_characters(tmp_path: Path) -> None:
    # One cell far past Excel's own 32,767 characters: cheap to read, costly to extract, so refused first.
    path = tmp_path / "wide.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["说明", "基金收入1万元，" * 40])
    book.active.append(["合计", "1"])
    book.save(path)
    _refused(path, "字符", "超过上限 300 个", "--limit chars=", limit="chars=300")
    _accepted(path, "chars=1000")


@pytest.mark.parametrize("suffix", [".docx", ".xlsx"])
def test_a_file_without_any_text_is_unreadable_not_clean(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"blank{suffix}"
    if suffix == ".docx":
        docx.Document().save(str(path))
    else:
        openpyxl.Workbook().save(path)
    result = CliRunner().invoke(cli, ["check", "-q", "--format", "json", str(path)])
    assert result.exit_code == 2
    assert "没有可读取的文字" in json.loads(result.stdout)["files"][0]["error"]


SEED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seed001.txt"
TRADITIONAL = next((SEED.parent / "real" / "text").glob("*fanti.txt"))


def _blocks_as_utf8(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "utf8.txt"
    path.write_text(text, encoding="utf-8")
    return [b.text for b in read(path).blocks if b.kind != "table"]


@pytest.mark.parametrize(("source", "codec"), [(SEED, "cp950"), (TRADITIONAL, "cp950"), (SEED, "shift_jis")])
def test_chinese_in_another_code_page_is_decoded_as_written(tmp_path: Path, source: Path, codec: str) -> None:
    data = source.read_text(encoding="utf-8").encode(codec, errors="ignore")
    path = tmp_path / f"{codec}.txt"
    path.write_bytes(data)
    texts = [b.text for b in read(path).blocks if b.kind != "table"]
    assert texts == _blocks_as_utf8(tmp_path, data.decode(codec)) and len(texts) > 5


@pytest.mark.parametrize("codec", ["shift_jis", "euc_jp"])
def test_japanese_text_is_unreadable_not_garbage(tmp_path: Path, codec: str) -> None:
    path = tmp_path / "ja.txt"
    path.write_bytes(("年金の収入は百万円です。支出について説明します。\n" * 20).encode(codec))
    _refused(path, "编码", "UTF-8")


def test_big5_bytes_never_pass_as_gb18030() -> None:
    from sbeval.parsers.text.decode import reads_as_chinese

    for source in (SEED, TRADITIONAL):
        garbage = source.read_text(encoding="utf-8").encode("cp950", errors="ignore").decode("gb18030", errors="replace")
        assert not reads_as_chinese(garbage)
        assert reads_as_chinese(source.read_text(encoding="utf-8"))
