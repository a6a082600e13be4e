"""The .docx reader on the seed corpus, on hand-built WordprocessingML and on bad input."""

from __future__ import annotations

import random
import re
import zipfile
from collections import Counter
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from lxml import etree

from sbeval.parsers import zipcheck
from sbeval.parsers.docx.reader import read_docx
from sbeval.parsers.errors import ReadError
from sbeval.parsers.normalize import compact, normalize
from sbeval.schema.document import Document, Heading, Paragraph, Table

SEEDS = [f"seed{i:03d}" for i in range(5)]
NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?%?")


def text_pieces(document: Document) -> list[str]:
    """Every normalised text of a document body: headings, paragraphs and table cells."""
    pieces: list[str] = []
    for block in document.blocks:
        if isinstance(block, Table):
            pieces.extend(cell.text for cell in block.cells)
        else:
            pieces.append(block.text)
    return pieces


def numeric_tokens(texts: list[str]) -> Counter[str]:
    """Numeric tokens, counted per line and per tab-separated cell so neighbours never fuse."""
    tokens: Counter[str] = Counter()
    for text in texts:
        for piece in re.split(r"[\t\n]", text):
            tokens.update(NUMBER.findall(compact(normalize(piece))))
    return tokens


@pytest.fixture(scope="module")
def seeds(corpus: Path) -> dict[str, Document]:
    return {seed: read_docx(corpus / f"{seed}.docx") for seed in SEEDS}


def only_table(document: Document) -> Table:
    tables = document.tables()
    assert len(tables) == 1
    return tables[0]


@pytest.mark.parametrize("seed", SEEDS)
def test_numeric_tokens_match_txt(seeds: dict[str, Document], seed: str, corpus: Path) -> None:
    expected = numeric_tokens([(corpus / f"{seed}.txt").read_text(encoding="utf-8-sig")])
    got = numeric_tokens(text_pieces(seeds[seed]))
    assert sum(expected.values()) > 50
    assert got == expected


@pytest.mark.parametrize("seed", SEEDS)
def test_locations_and_headers_kept_apart(seeds: dict[str, Document], seed: str) -> None:
    document = seeds[seed]
    assert document.format == "docx"
    for index, block in enumerate(document.blocks):
        assert block.location.block == index
        assert block.location.file.endswith(f"{seed}.docx")
        assert block.location.page is None
    for ordinal, table in enumerate(document.tables(), 1):
        assert table.location.table == ordinal
        for cell in table.cells:
            assert (cell.location.row, cell.location.column) == (cell.row + 1, cell.col + 1)
            assert (cell.location.table, cell.location.block) == (ordinal, table.location.block)
    footers = {footer.text for footer in document.footers}
    assert footers, "every seed has a page-number footer"
    assert not footers & set(text_pieces(document))


def test_seed000_indicator_table(seeds: dict[str, Document]) -> None:
    table = only_table(seeds["seed000"])
    filled = table.filled_grid()
    (row,) = [r for r in filled if any(c is not None and c.text == "参保人数" for c in r)]
    texts = [c.text if c else None for c in row]
    label = texts.index("参保人数")
    assert texts[label + 1 :] == ["6831人", "7973人"]
    first, second = row[label - 2], row[label - 1]
    assert first is not None and first.text == "项目完成指标" and first.row_span > 1
    assert second is not None and second.text == "数量指标" and second.row_span > 1
    here = row[label]
    assert here is not None
    for origin in (first, second):
        assert origin.row <= here.row < origin.row + origin.row_span
    assert [c.text for c in table.cells].count("项目完成指标") == 1
    assert [c.text for c in table.cells].count("年度绩效指标完成情况") == 1


def test_seed000_table_follows_its_paragraphs(seeds: dict[str, Document]) -> None:
    blocks = seeds["seed000"].blocks
    table_index = next(i for i, b in enumerate(blocks) if isinstance(b, Table))
    mentions = [i for i, b in enumerate(blocks) if not isinstance(b, Table) and "专家权威" in b.text]
    assert mentions and max(mentions) < table_index


def test_seed001_self_evaluation_table(seeds: dict[str, Document], corpus: Path) -> None:
    table = only_table(seeds["seed001"])
    lines = (corpus / "seed001.txt").read_text(encoding="utf-8-sig").splitlines()
    txt_row = next(line for line in lines if "\t98822\t" in line)
    for value in ("98822", "103395"):
        cells = [c for c in table.cells if c.text == value]
        assert len(cells) == txt_row.split("\t").count(value) == 2
        assert len({c.row for c in cells}) == 1


def test_seed004_score_table(seeds: dict[str, Document]) -> None:
    table = only_table(seeds["seed004"])
    assert table.n_rows == 21
    grid = table.grid()
    assert "一级指标" in [c.text for c in grid[0] if c]
    (total_row,) = [r for r in grid if r[0] is not None and r[0].text == "总分"]
    assert "96" in [c.text for c in total_row if c]
    assert [c.text for c in table.cells].count("一级指标") == 1


# --- hand-built documents -------------------------------------------------------------

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def build_docx(tmp_path: Path, body_xml: str, *, header: str | None = None, name: str = "built.docx") -> Path:
    document = docx.Document()
    if header is not None:
        document.sections[0].header.paragraphs[0].text = header
    style = document.styles.add_style("报告一级标题", WD_STYLE_TYPE.PARAGRAPH)
    p_pr = style.element.get_or_add_pPr()
    p_pr.append(etree.fromstring(f'<w:outlineLvl {NS} w:val="0"/>'))
    body = document.element.body
    for child in list(body)[:-1]:  # keep the final sectPr
        body.remove(child)
    for element in etree.fromstring(f"<w:body {NS}>{body_xml}</w:body>"):
        body.insert(len(body) - 1, element)
    path = tmp_path / name
    document.save(str(path))
    return path


def p(text: str, ppr: str = "") -> str:
    return f"<w:p>{ppr}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def tc(text: str, tcpr: str = "") -> str:
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{p(text) if text else '<w:p/>'}</w:tc>"


def test_inline_markup_rules(tmp_path: Path) -> None:
    body = (
        "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"100\"/></w:tabs></w:pPr>"
        "<w:smartTag><w:r><w:t>智能</w:t></w:r></w:smartTag>"
        "<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>"
        "<w:ins><w:r><w:t>插入</w:t></w:r></w:ins>"
        "<w:del><w:r><w:delText>删除</w:delText></w:r></w:del>"
        "<w:sdt><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>"
        "<w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C</w:t><w:noBreakHyphen/><w:t>D</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
        + p("\u3000")
        + "<w:sdt><w:sdtContent>" + p("控件中的段落") + "</w:sdtContent></w:sdt>"
        "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>"
        "<w:txbxContent>" + p("文本框12.5万元") + "</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" + p("文本框12.5万元")
        + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        "<w:r><w:t>锚点</w:t></w:r></w:p>"
    )
    document = read_docx(build_docx(tmp_path, body, header="页眉：某县社会保险管理局"))
    raws = [b.raw for b in document.blocks]
    assert raws == ["智能链接插入控件A\tB\nC-D7", "控件中的段落", "锚点", "文本框12.5万元"]
    assert [h.text for h in document.headers] == ["页眉：某县社会保险管理局"]
    assert all("页眉" not in piece for piece in text_pieces(document))


def test_heading_levels(tmp_path: Path) -> None:
    body = (
        p("总体情况", '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>')
        + p("评价方法", '<w:pPr><w:outlineLvl w:val="1"/></w:pPr>')
        + p("自定义标题", '<w:pPr><w:pStyle w:val="a"/></w:pPr>'.replace('"a"', '"报告一级标题"'))
        + p("三、综合评价")
        + p("（二）存在问题")
        + p("三、本年度基金收入完成预算的情况良好。")
        + p("正文段落。")
    )
    document = read_docx(build_docx(tmp_path, body))
    kinds = [(b.kind, getattr(b, "level", None)) for b in document.blocks]
    assert kinds == [
        ("heading", 1),
        ("heading", 2),
        ("heading", 1),
        ("heading", 1),
        ("heading", 2),
        ("paragraph", None),
        ("paragraph", None),
    ]


def test_merged_and_nested_table(tmp_path: Path) -> None:
    nested = (
        "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
        f"<w:tr>{tc('x1')}{tc('x2')}</w:tr><w:tr>{tc('y1')}{tc('y2')}</w:tr></w:tbl>"
    )
    restart, merged, span2 = '<w:vMerge w:val="restart"/>', "<w:vMerge/>", '<w:gridSpan w:val="2"/>'
    body = (
        p("表前段落")
        + "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
        + f"<w:tr>{tc('甲', restart)}{tc('乙')}{tc('丙')}</w:tr>"
        + f"<w:tr>{tc('', merged)}{tc('丁', span2)}</w:tr>"
        + '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>'
        + f"{tc('戊')}<w:tc><w:tcPr/>{p('嵌套表')}{nested}</w:tc></w:tr>"
        + '<w:tr><w:trPr><w:gridAfter w:val="2"/></w:trPr>'
        + f"{tc('己')}</w:tr></w:tbl>"
        + p("表后段落")
    )
    document = read_docx(build_docx(tmp_path, body))
    assert [b.kind for b in document.blocks] == ["paragraph", "table", "paragraph"]
    table = document.tables()[0]
    assert (table.n_rows, table.n_cols) == (4, 3)
    cells = {(c.row, c.col): (c.raw, c.row_span, c.col_span) for c in table.cells}
    assert cells == {
        (0, 0): ("甲", 2, 1),
        (0, 1): ("乙", 1, 1),
        (0, 2): ("丙", 1, 1),
        (1, 1): ("丁", 1, 2),
        (2, 1): ("戊", 1, 1),
        (2, 2): ("嵌套表\nx1\tx2\ny1\ty2", 1, 1),
        (3, 0): ("己", 1, 1),
    }
    assert table.location.table == 1 and table.location.block == 1


# --- bad input ------------------------------------------------------------------------


def assert_read_error(path: Path, *fragments: str) -> ReadError:
    with pytest.raises(ReadError) as caught:
        read_docx(path)
    message = str(caught.value)
    assert path.name in message
    assert re.search(r"[\u4e00-\u9fff]", caught.value.problem)
    for fragment in fragments:
        assert fragment in message
    return caught.value


def copy_zip(source: Path, target: Path, *, drop: str = "", extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != drop:
                dst.writestr(info, src.read(info.filename))
        for name, data in (extra or {}).items():
            dst.writestr(name, data)
    return target


def test_truncated_docx(tmp_path: Path, corpus: Path) -> None:
    data = (corpus / "seed000.docx").read_bytes()
    path = tmp_path / "截断.docx"
    path.write_bytes(data[: len(data) // 2])
    assert_read_error(path, "已损坏")


def test_random_bytes(tmp_path: Path) -> None:
    path = tmp_path / "random.docx"
    path.write_bytes(random.Random(0).randbytes(4096))
    assert_read_error(path, "不是有效的 Word 文档")


def test_zip_without_main_document(tmp_path: Path, corpus: Path) -> None:
    path = copy_zip(corpus / "seed000.docx", tmp_path / "no_body.docx", drop="word/document.xml")
    assert_read_error(path, "不是有效的 Word 文档")


def test_broken_xml(tmp_path: Path, corpus: Path) -> None:
    source = tmp_path / "source.docx"
    copy_zip(corpus / "seed000.docx", source, drop="word/document.xml")
    path = copy_zip(source, tmp_path / "broken_xml.docx", extra={"word/document.xml": b"<w:document><w:body>"})
    assert_read_error(path, "XML")


ZEROS = bytes(2 * 1024 * 1024)  # deflates about 1000 to 1


def test_decompression_bomb_total_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corpus: Path) -> None:
    monkeypatch.setattr(zipcheck, "MAX_TOTAL_UNCOMPRESSED", 1024 * 1024)
    path = copy_zip(corpus / "seed000.docx", tmp_path / "bomb.docx", extra={"word/media/a.bin": ZEROS})
    assert_read_error(path, "压缩炸弹", "已拒绝读取")


def test_decompression_bomb_ratio(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corpus: Path) -> None:
    monkeypatch.setattr(zipcheck, "RATIO_MIN_SIZE", 1024 * 1024)
    path = copy_zip(corpus / "seed000.docx", tmp_path / "ratio.docx", extra={"word/media/a.bin": ZEROS})
    assert_read_error(path, "压缩比", "压缩炸弹")


def test_ordinary_docx_is_within_limits(tmp_path: Path) -> None:
    document = read_docx(build_docx(tmp_path, p("正文")))
    assert isinstance(document.blocks[0], Paragraph) and not isinstance(document.blocks[0], Heading)
