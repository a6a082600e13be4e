"""The .pdf reader on the seed reports (tables across pages, paragraphs, numbers) and on bad input."""

from __future__ import annotations

from collections.abc import Callable

import os
import re
from collections import Counter
from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
from PIL import Image

from sbeval.parsers.pdf import reader as pdf_reader
from sbeval.parsers.bounds import Limits, limited
from sbeval.parsers.errors import ReadError
from sbeval.parsers.normalize import compact, normalize
from sbeval.parsers.pdf.reader import read_pdf
from sbeval.schema.document import Document, Heading, Paragraph, Table

SEEDS = [0, 1, 2, 3, 4]
NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?%?")
SeedReader = Callable[[int], Document]


@pytest.fixture(scope="module")
def seed(corpus: Path) -> SeedReader:
    """``seed(n)``: the document of seed n's PDF, read once for the module."""

    @cache
    def read(n: int) -> Document:
        return read_pdf(corpus / f"seed{n:03d}.pdf")

    return read


def only_table(document: Document) -> Table:
    tables = document.tables()
    assert len(tables) == 1
    return tables[0]


def row_of(table: Table, text: str) -> list[str]:
    """Texts of the row holding a cell equal to ``text``, merged cells filled in."""
    for row in table.filled_grid():
        if any(c is not None and c.text == text for c in row):
            return [c.text if c is not None else "" for c in row]
    raise AssertionError(f"no row with {text!r}")


# --- tables stitched across pages ---------------------------------------------------------


def test_seed004_score_table_is_one_table_of_21_rows(seed: SeedReader) -> None:
    table = only_table(seed(4))
    assert table.pages == [3, 4, 5, 6]
    assert table.n_rows == 21 and table.n_cols == 10
    assert [c.text for c in table.cells].count("一级指标") == 1
    total = row_of(table, "总分")
    assert "96" in total and total.count("100") == 3


def test_seed004_vertical_merges_continue_across_pages(seed: SeedReader) -> None:
    table = only_table(seed(4))
    spans = {c.text: c.row_span for c in table.cells if c.col == 0 and c.text}
    assert spans == {"一级指标": 1, "投入": 5, "过程": 6, "产出": 4, "效果": 4, "总分": 1}
    assert sum(spans.values()) == table.n_rows


def test_seed004_rows_split_at_page_breaks_are_rejoined(seed: SeedReader) -> None:
    table = only_table(seed(4))
    texts = [c.text for c in table.cells]
    assert "管理制度健全性" in texts and "性" not in texts
    standard = next(t for t in texts if t.startswith("①符合国家相关法律法规"))
    assert standard.endswith("④项目预期产出效益和效果符合正常的业绩水平记1分，否则不记分。")
    assert "少一个百分点扣0.1分。" not in texts


@pytest.mark.parametrize("n", [0, 1, 4])
def test_every_cell_is_text_of_the_txt(n: int, seed: SeedReader, corpus: Path) -> None:
    """Rejoined fragments land in the right cell: each cell's text occurs in the .txt as written."""
    txt = compact(normalize((corpus / f"seed{n:03d}.txt").read_text(encoding="utf-8-sig")))
    document = seed(n)
    assert [c.text for t in document.tables() for c in t.cells if compact(c.text) not in txt] == []


def test_seed001_self_evaluation_table_spans_pages_6_to_8(seed: SeedReader) -> None:
    table = only_table(seed(1))
    assert table.pages == [6, 7, 8]
    assert table.n_rows == 29 and table.n_cols == 10
    first = row_of(table, "预算单位")  # "预算单" | "位" were cut by the page break
    assert "和静县社会保险管理局" in first and "社会保险基金支出" in first
    assert row_of(table, "社会面平稳有序，上访率")[:2] == ["项目效益指标", "社会效益指标"]
    benefit = next(c for c in table.cells if c.text == "项目效益指标")
    assert benefit.row_span == 5 and benefit.location.page == 7


def test_seed000_indicator_row_under_merged_labels(seed: SeedReader) -> None:
    table = only_table(seed(0))
    assert table.pages == [5, 6] and table.n_rows == 19
    row = row_of(table, "参保人数")
    assert row[-2:] == ["6831人", "7973人"]
    assert row[:3] == ["年度绩效指标完成情况", "项目完成指标", "数量指标"]
    spans = {c.text: (c.row_span, c.col_span) for c in table.cells}
    assert spans["项目完成指标"] == (8, 1) and spans["数量指标"] == (3, 1)
    assert spans["年度绩效指标完成情况"] == (12, 1)
    assert spans["工伤保险基金"] == (1, 5)


def test_seed000_row_split_at_page_break_is_rejoined(seed: SeedReader) -> None:
    table = only_table(seed(0))
    assert row_of(table, "人均待遇享受水平")[-2:] == ["10935元", "7560元"]
    assert "平" not in [c.text for c in table.cells]


def test_cell_locations(seed: SeedReader) -> None:
    for n in (0, 1, 4):
        document = seed(n)
        for ordinal, table in enumerate(document.tables(), 1):
            assert table.location.table == ordinal
            for cell in table.cells:
                loc = cell.location
                assert (loc.row, loc.column, loc.table) == (cell.row + 1, cell.col + 1, ordinal)
                assert loc.page in table.pages and loc.block == table.location.block
            # no position is claimed by two origin cells
            covered = Counter(
                (r, c) for cell in table.cells
                for r in range(cell.row, cell.row + cell.row_span)
                for c in range(cell.col, cell.col + cell.col_span)
            )
            assert max(covered.values()) == 1


# --- text ----------------------------------------------------------------------------------


def test_seed003_minus_sign_at_line_end_is_kept(seed: SeedReader) -> None:
    text = "\n".join(b.text for b in seed(3).blocks if not isinstance(b, Table))
    assert "-14.56%" in text
    assert text.count("14.56%") == text.count("-14.56%")


def test_blocks_have_locations_and_no_page_furniture(seed: SeedReader) -> None:
    for n in SEEDS:
        document = seed(n)
        assert document.format == "pdf" and document.pages
        for index, block in enumerate(document.blocks):
            assert block.location.block == index
            assert 1 <= block.location.page <= document.pages
            if not isinstance(block, Table):
                assert not re.fullmatch(r"[-—]?\d+[-—]?|第\d+页共\d+页", compact(block.text))
        assert len(document.footers) == document.pages  # one page number per page


def test_headings_from_numbering(seed: SeedReader) -> None:
    blocks = seed(0).blocks
    heading = next(b for b in blocks if b.text == "一、社会保险基金收支余总体情况")
    assert isinstance(heading, Heading) and heading.level == 1
    sub = next(b for b in blocks if b.text == "（一）社会保险基金总体情况")
    assert isinstance(sub, Heading) and sub.level == 2
    assert all(isinstance(b, Paragraph) for b in blocks[:8])  # cover lines are paragraphs


def test_paragraph_running_onto_next_page_is_one_paragraph(seed: SeedReader) -> None:
    para = next(b for b in seed(0).blocks if b.text.startswith("一是规范业务经办管理"))
    assert para.location.page == 4
    assert "三是规范档案管理" in para.text and para.text.endswith("增强了档案管理的安全性和规范性。")


def _txt_lines(txt: Path) -> tuple[list[str], list[str]]:
    """(non-table lines, all text pieces) of the seed's .txt: a tab marks table rows and cells."""
    paragraphs, pieces, in_table = [], [], False
    for line in txt.read_text(encoding="utf-8-sig").splitlines():
        pieces += line.split("\t")
        if "\t" in line:
            in_table = True
        elif not line.strip():
            in_table = False
        elif not in_table:
            # Markdown heading marks and Word bookmark placeholders are not text of the report
            line = re.sub(r"\[bookmark: [^\]]*\]", "", re.sub(r"^#+\s*", "", line))
            paragraphs.append(compact(normalize(line)))
    return [p for p in paragraphs if p], pieces


def _numbers(texts: list[str]) -> Counter[str]:
    found: Counter[str] = Counter()
    for text in texts:
        found.update(NUMBER.findall(compact(normalize(text))))
    return found


@pytest.mark.parametrize("n", SEEDS)
def test_every_number_of_the_txt_appears_as_often_in_the_pdf(n: int, seed: SeedReader, corpus: Path) -> None:
    document = seed(n)
    pieces = [b.text for b in document.blocks if not isinstance(b, Table)]
    pieces += [c.text for t in document.tables() for c in t.cells]
    expected = _numbers(_txt_lines(corpus / f"seed{n:03d}.txt")[1])
    assert expected
    assert _numbers(pieces) == expected


@pytest.mark.parametrize("n", SEEDS)
def test_paragraphs_equal_the_txt(n: int, seed: SeedReader, corpus: Path) -> None:
    expected, _ = _txt_lines(corpus / f"seed{n:03d}.txt")
    found = {compact(b.text) for b in seed(n).blocks if not isinstance(b, Table)}
    matched = sum(p in found for p in expected)
    assert matched / len(expected) >= 0.95, [p for p in expected if p not in found]


# --- bad input -----------------------------------------------------------------------------


def _assert_read_error(path: Path, *words: str) -> None:
    with pytest.raises(ReadError) as caught:
        read_pdf(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and re.search(r"[\u4e00-\u9fff]", caught.value.problem)
    for word in words:
        assert word in message


def test_truncated_pdf(tmp_path: Path, corpus: Path) -> None:
    data = (corpus / "seed000.pdf").read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: len(data) // 2])
    _assert_read_error(path, "损坏")


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "random.pdf"
    path.write_bytes(os.urandom(4096))
    _assert_read_error(path, "损坏")


def test_missing_file(tmp_path: Path) -> None:
    _assert_read_error(tmp_path / "absent.pdf", "不存在")


def test_encrypted_pdf(tmp_path: Path, encrypted_pdf: Callable[..., bytes]) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted_pdf())
    _assert_read_error(path, "已加密", "密码")


def test_encrypted_pdf_without_user_password_is_read(tmp_path: Path, encrypted_pdf: Callable[..., bytes]) -> None:
    path = tmp_path / "restricted.pdf"  # an owner password only restricts printing or copying
    path.write_bytes(encrypted_pdf(user=b""))
    assert [b.text for b in read_pdf(path).blocks] == ["Hi"]


def test_page_limit_is_checked_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corpus: Path) -> None:
    monkeypatch.setattr(pdf_reader, "read_page", lambda *a: pytest.fail("pages read before the limit check"))
    with limited(Limits(pages=3)):
        _assert_read_error(corpus / "seed000.pdf", "至少有 4 页", "超过上限 3 页", "--limit pages=")


def test_scan_without_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    pages = [Image.new("RGB", (600, 800), "white") for _ in range(2)]
    pages[0].save(path, save_all=True, append_images=pages[1:])
    _assert_read_error(path, "没有文本层", "扫描件")


def test_some_pages_scanned_gives_a_warning(monkeypatch: pytest.MonkeyPatch, corpus: Path) -> None:
    original = pdf_reader.read_page

    def page_3_scanned(page, number):  # type: ignore[no-untyped-def]
        content = original(page, number)
        if number == 3:
            return replace(content, lines=[], grids=[], has_text=False, has_images=True)
        return content

    monkeypatch.setattr(pdf_reader, "read_page", page_3_scanned)
    document = read_pdf(corpus / "seed002.pdf")
    assert document.warnings == ["第 3 页没有文本层（可能是扫描件），这些页的文字未能读取"]
    assert all(b.location.page != 3 for b in document.blocks)
