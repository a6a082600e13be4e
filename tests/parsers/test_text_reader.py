"""The .txt/.md reader on the seed dumps and on pasted tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from sbeval.parsers import ReadError
from sbeval.parsers import read
from sbeval.parsers.text.reader import read_text
from sbeval.schema.document import Cell, Document, Heading, Paragraph, Table

def only_table(document: Document) -> Table:
    tables = document.tables()
    assert len(tables) == 1
    return tables[0]


def row_texts(table: Table, row: int) -> list[str]:
    return [c.text for c in table.grid()[row] if c is not None]


def find_row(table: Table, label: str) -> int:
    rows = [c.row for c in table.cells if c.text == label]
    assert rows, label
    return rows[0]


def covering(table: Table, row: int, col: int) -> Cell:
    cell = table.filled_grid()[row][col]
    assert cell is not None
    return cell


def test_seed000_indicator_table(corpus: Path) -> None:
    table = only_table(read_text(corpus / "seed000.txt"))
    assert (table.n_rows, table.n_cols) == (19, 6)
    r = find_row(table, "参保人数")
    assert row_texts(table, r)[-3:] == ["参保人数", "6831人", "7973人"]
    first, second = covering(table, r, 1), covering(table, r, 2)
    assert (first.text, first.row_span) == ("项目完成指标", 8)
    assert (second.text, second.row_span) == ("数量指标", 3)
    assert sum(c.text == "项目完成指标" for c in table.cells) == 1  # a merged cell appears once
    label = covering(table, r, 0)
    assert (label.text, label.row_span) == ("年度绩效指标完成情况", 12)


def test_seed000_short_rows_and_rejoined_row(corpus: Path) -> None:
    table = only_table(read_text(corpus / "seed000.txt"))
    first = table.grid()[0]
    assert (first[0].text, first[0].col_span) == ("项目名称", 1)  # type: ignore[union-attr]
    assert (first[1].text, first[1].col_span) == ("工伤保险基金", 5)  # type: ignore[union-attr]
    r = find_row(table, "社会效益指标")  # its row was split by a blank line inside a cell
    assert row_texts(table, r) == ["项目效果指标", "社会效益指标", "维护职工合法权益，减轻用工单位负担", "全年持续实施", "全年持续实施"]
    budget = next(c for c in table.cells if c.text == "预算执行情况（万元）")
    assert budget.row_span == 3


def test_seed004_score_table(corpus: Path) -> None:
    table = only_table(read_text(corpus / "seed004.txt"))
    assert (table.n_rows, table.n_cols) == (21, 10)
    assert row_texts(table, 0)[:2] == ["一级指标", "分值"]
    spans = {c.text: c.row_span for c in table.cells if c.col == 0}
    assert spans == {"一级指标": 1, "投入": 5, "过程": 6, "产出": 4, "效果": 4, "总分": 1}
    assert row_texts(table, 20)[:2] == ["总分", "100"]


def test_seed001_tsv_table(corpus: Path) -> None:
    table = only_table(read_text(corpus / "seed001.txt"))
    assert (table.n_rows, table.n_cols) == (29, 10)
    amounts = [c for c in table.cells if c.text == "98822"]
    assert len(amounts) == 2
    assert [(c.col, c.col_span) for c in amounts] == [(2, 1), (4, 2)]
    shifted = next(c for c in table.cells if c.text == "各项社会保险待遇发放准确率")
    assert (shifted.col, shifted.col_span) == (2, 3)  # a row that lost its leading empty cells
    assert next(c for c in table.cells if c.text == "项目完成指标").row_span == 15


def test_seed003_markdown_headings(corpus: Path) -> None:
    headings = [b for b in read_text(corpus / "seed003.txt").blocks if isinstance(b, Heading)]
    assert (headings[0].level, headings[0].text) == (1, "2021年度社保基金（工伤保险）绩效评价报告")
    by_text = {h.text: h.level for h in headings}
    assert by_text["一、项目基本情况"] == 1
    assert by_text["（一）项目概况"] == 2
    assert by_text["1.总体绩效目标"] == 3
    assert all(not h.raw.startswith("#") for h in headings)


def test_seed000_numbered_headings(corpus: Path) -> None:
    document = read_text(corpus / "seed000.txt")
    headings = [(b.level, b.text) for b in document.blocks if isinstance(b, Heading)]
    assert headings[:2] == [
        (1, "一、社会保险基金收支余总体情况"),
        (2, "（一）社会保险基金总体情况"),
    ]
    assert (3, "1、抓规范管理，确保工作有序运行") in headings


def test_bookmark_prefix_removed(corpus: Path) -> None:
    texts = [b.text for b in read_text(corpus / "seed002.txt").blocks if not isinstance(b, Table)]
    assert not any("bookmark" in t for t in texts)


def test_locations(corpus: Path) -> None:
    path = corpus / "seed000.txt"
    document = read_text(path)
    lines = path.read_text(encoding="utf-8").split("\n")
    for index, block in enumerate(document.blocks):
        assert block.location.block == index
        assert block.location.line is not None
        if isinstance(block, (Heading, Paragraph)):
            assert block.raw in lines[block.location.line - 1]
    table = only_table(document)
    assert table.location.table == 1
    cell = next(c for c in table.cells if c.text == "7973人")
    assert lines[cell.location.line - 1] == "\t7973人"  # type: ignore[operator]
    assert (cell.location.row, cell.location.column) == (cell.row + 1, cell.col + 1)


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16", "utf-8-sig"])
def test_encodings_give_the_same_blocks(tmp_path: Path, encoding: str, corpus: Path) -> None:
    for n in (0, 1):
        original = corpus / f"seed{n:03d}.txt"
        copy = tmp_path / f"seed{n}.txt"
        copy.write_bytes(original.read_text(encoding="utf-8").encode(encoding))
        expected = read_text(original).model_dump_json().replace(str(original), "FILE")
        assert read_text(copy).model_dump_json().replace(str(copy), "FILE") == expected


def test_short_gbk_text(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("基金收入合计".encode("gbk"))
    assert [b.text for b in read_text(path).blocks] == ["基金收入合计"]


def test_pipe_table_with_collapsed_empty_cells(tmp_path: Path) -> None:
    path = tmp_path / "pipe.txt"
    path.write_text("前言\n项目|预算数|执行数\n养老保险|100||\n医疗保险|50|49\n结语\n", encoding="utf-8")
    document = read_text(path)
    assert [b.kind for b in document.blocks] == ["paragraph", "table", "paragraph"]
    table = document.tables()[0]
    assert (table.n_rows, table.n_cols) == (3, 3)
    amount = next(c for c in table.cells if c.text == "100")
    assert (amount.col, amount.col_span) == (1, 2)  # an empty cell after a filled one: merged
    assert row_texts(table, 2) == ["医疗保险", "50", "49"]
    assert table.location.line == 2 and amount.location.line == 3


def test_markdown_table(tmp_path: Path) -> None:
    path = tmp_path / "table.md"
    path.write_text(
        "## 一、收支情况\n\n| 项目 | 预算数 | 执行数 |\n|:---|---:|---|\n| 养老保险 | 100 | |\n| 医疗 \\| 生育 | 50 | 49 |\n",
        encoding="utf-8",
    )
    document = read_text(path)
    assert [b.kind for b in document.blocks] == ["heading", "table"]
    table = document.tables()[0]
    assert (table.n_rows, table.n_cols) == (3, 3)
    assert row_texts(table, 0) == ["项目", "预算数", "执行数"]
    assert row_texts(table, 1) == ["养老保险", "100", ""]  # Markdown empties are real cells
    assert row_texts(table, 2) == ["医疗|生育", "50", "49"]
    assert table.cells[0].location.line == 3


def test_tab_indented_paragraphs_are_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "indent.txt"
    path.write_text("\t一、总体情况\n\n\t全年收入175万元。\n", encoding="utf-8")
    blocks = read_text(path).blocks
    assert [(b.kind, b.text) for b in blocks] == [("heading", "一、总体情况"), ("paragraph", "全年收入175万元。")]
    assert [b.location.line for b in blocks] == [1, 3]


def test_markdown_heading_without_numbering(tmp_path: Path) -> None:
    path = tmp_path / "h.md"
    path.write_text("### 主要经验\n正文。\n", encoding="utf-8")
    heading = read_text(path).blocks[0]
    assert isinstance(heading, Heading) and (heading.level, heading.text) == (3, "主要经验")


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"\x00\x01\x02binary\x00", "NUL"),
        (bytes(range(0x80, 0x100)) * 4, "文本"),
        (b"\r\n \t\r\n", "文件为空"),
    ],
)
def test_bad_text(tmp_path: Path, data: bytes, problem: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ReadError) as info:
        read(path)
    assert problem in info.value.problem and str(path) in str(info.value)


def test_rule_rows_alone_are_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "rules.md"
    path.write_text("|---|---|\n|---|---|\n\t\t\n\t\t\n正文\n", encoding="utf-8")
    assert [b.kind for b in read_text(path).blocks] == ["paragraph", "paragraph", "paragraph"]


def test_all_empty_tsv_rows_dropped(tmp_path: Path) -> None:
    path = tmp_path / "tsv.txt"
    path.write_text("项目\t预算数\t执行数\n\t\t\n养老\t100\t98\n", encoding="utf-8")
    table = only_table(read_text(path))
    assert table.n_rows == 2 and row_texts(table, 1) == ["养老", "100", "98"]
    assert table.cells[-1].location.line == 3
