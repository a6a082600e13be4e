"""The PDF reader's layout heuristics on hand-made geometry: grids, stitching, paragraphs, page furniture."""

from __future__ import annotations

from sbeval.parsers.pdf.flow import flow
from sbeval.parsers.pdf.page import Line, PageContent, dedupe
from sbeval.parsers.pdf.furniture import strip_running
from sbeval.parsers.pdf.paragraphs import Layout, estimate_layout, page_layouts, starts_paragraph
from sbeval.parsers.pdf.stitch import is_fragment, stitch
from sbeval.parsers.grid import GridCell
from sbeval.parsers.pdf.tables import PageGrid, build_grid

XS = [0.0, 100.0, 200.0, 300.0, 400.0]


def grid(rows: list[list[tuple[int, int, int, str]]], page: int, xs: list[float] = XS) -> PageGrid:
    """Rows of (col, row_span, col_span, text) origin cells."""
    cells = [
        GridCell(row=r, col=c, row_span=rs, col_span=cs, raw=text, page=page)
        for r, row in enumerate(rows)
        for c, rs, cs, text in row
    ]
    return PageGrid(n_rows=len(rows), n_cols=len(xs) - 1, cells=cells, bbox=(xs[0], 0, xs[-1], 100), xs=xs, pages=[page])


HEADER = [(0, 1, 1, "指标"), (1, 1, 1, "名称"), (2, 1, 1, "目标"), (3, 1, 1, "实际")]
UPPER = grid(
    [
        HEADER,
        [(0, 2, 1, "产出"), (1, 1, 1, "参保人数"), (2, 1, 1, "100人"), (3, 1, 1, "98人")],
        [(1, 1, 1, "人均待遇享受水"), (2, 1, 1, "10元"), (3, 1, 1, "9元")],
    ],
    page=1,
)


def texts(table: PageGrid, row: int) -> list[str]:
    return [c.raw for c in table.row_cells(row)]


def test_split_row_fragment_is_joined_and_merge_continued() -> None:
    lower = grid(
        [
            HEADER,
            [(0, 2, 1, ""), (1, 1, 1, "平"), (2, 1, 1, ""), (3, 1, 1, "")],
            [(1, 1, 1, "满意度"), (2, 1, 1, "90%"), (3, 1, 1, "95%")],
        ],
        page=2,
    )
    table = stitch(UPPER, lower)
    assert table.n_rows == 4 and table.pages == [1, 2]
    assert texts(table, 2) == ["人均待遇享受水\n平", "10元", "9元"]
    assert texts(table, 3) == ["满意度", "90%", "95%"]
    label = table.row_cells(1)[0]
    assert (label.raw, label.row_span) == ("产出", 3)  # the restarted merge on page 2 continues it
    assert [c.raw for c in table.cells].count("指标") == 1


def test_a_two_row_header_repeated_on_the_next_page_is_dropped() -> None:
    head = [[(0, 2, 1, "指标"), (1, 1, 3, "完成情况")], [(1, 1, 1, "名称"), (2, 1, 1, "目标"), (3, 1, 1, "实际")]]
    upper = grid(head + [[(0, 1, 1, "产出"), (1, 1, 1, "参保人数"), (2, 1, 1, "100人"), (3, 1, 1, "98人")]], page=1)
    lower = grid(head + [[(0, 1, 1, "效益"), (1, 1, 1, "满意度"), (2, 1, 1, "90%"), (3, 1, 1, "95%")]], page=2)
    table = stitch(upper, lower)
    assert table.n_rows == 4 and texts(table, 3) == ["效益", "满意度", "90%", "95%"]
    assert [c.raw for c in table.cells].count("完成情况") == 1


def test_leading_empty_cells_continue_vertical_merges() -> None:
    lower = grid([[(0, 1, 1, ""), (1, 1, 1, "缴费人数"), (2, 1, 1, "80人"), (3, 1, 1, "81人")]], page=2)
    table = stitch(UPPER, lower)
    assert table.n_rows == 4
    assert table.row_cells(1)[0].row_span == 3
    assert texts(table, 3) == ["缴费人数", "80人", "81人"]


def test_a_short_row_that_continues_nothing_is_not_a_fragment() -> None:
    total = grid([[(0, 1, 2, "合计"), (2, 1, 1, ""), (3, 1, 1, "107人")]], page=2)
    assert not is_fragment(UPPER, total)
    table = stitch(UPPER, total)
    assert table.n_rows == 4 and texts(table, 3) == ["合计", "", "107人"]


def test_a_row_that_states_a_quantity_is_not_a_fragment() -> None:
    subtotal = grid([[(0, 1, 1, ""), (1, 1, 1, "小计"), (2, 1, 1, ""), (3, 1, 1, "107人")]], page=2)
    assert not is_fragment(UPPER, subtotal)


def test_a_row_with_its_own_vertical_label_is_not_a_fragment() -> None:
    lower = grid(
        [
            [(0, 2, 1, "效益"), (1, 1, 1, ""), (2, 1, 1, ""), (3, 1, 1, "")],
            [(1, 1, 1, "满意度"), (2, 1, 1, "90%"), (3, 1, 1, "95%")],
        ],
        page=2,
    )
    assert not is_fragment(UPPER, lower)


def test_parts_with_different_columns_are_regridded_on_the_union() -> None:
    upper = grid([[(0, 1, 1, "预算单"), (1, 1, 1, "社保局")]], page=1, xs=[0.0, 100.0, 400.0])
    lower = grid(
        [
            [(0, 1, 1, "位"), (1, 1, 3, "")],
            [(0, 1, 1, "资金"), (1, 1, 1, "总额"), (2, 1, 1, "98822"), (3, 1, 1, "98822")],
            [(0, 1, 1, "目标"), (1, 1, 3, "足额发放")],
        ],
        page=2,
    )
    table = stitch(upper, lower)
    assert table.xs == XS and table.n_rows == 3
    first = table.row_cells(0)
    assert [(c.raw, c.col_span) for c in first] == [("预算单\n位", 1), ("社保局", 3)]


def test_build_grid_tells_horizontal_from_vertical_merges_and_empty_cells() -> None:
    boxes = [
        (0, 0, 100, 40),  # spans two rows
        (100, 0, 300, 20),  # spans two columns
        (100, 20, 200, 40),
        (200, 20, 300, 40),  # no characters: a real empty cell
    ]
    chars = [
        {"text": t, "x0": x, "x1": x + 10, "top": y, "bottom": y + 10, "upright": True, "doctop": y, "size": 10,
         "fontname": "F"}
        for t, x, y in (("甲", 40, 15), ("乙", 180, 5), ("丙", 140, 25))
    ]
    table, stray = build_grid(boxes, chars, page=4)
    assert stray == []
    spans = [(c.row, c.col, c.row_span, c.col_span, c.raw) for c in table.cells]
    assert spans == [(0, 0, 2, 1, "甲"), (0, 1, 1, 2, "乙"), (1, 1, 1, 1, "丙"), (1, 2, 1, 1, "")]


def test_dedupe_drops_doubled_glyphs_and_keeps_order() -> None:
    def char(text: str, x: float) -> dict[str, object]:
        return {"text": text, "x0": x, "doctop": 10.0, "upright": True, "fontname": "F", "size": 12}

    chars = [char("合", 0), char("合", 0.4), char("计", 12), char("计", 12.3), char("合", 24)]
    assert [(c["text"], c["x0"]) for c in dedupe(chars)] == [("合", 0), ("计", 12), ("合", 24)]


def line(x0: float, x1: float, top: float = 0, size: float = 16, lead: float = 16, raw: str = "文字") -> Line:
    return Line(raw=raw, x0=x0, x1=x1, top=top, bottom=top + size, size=size, lead_width=lead)


LAYOUT = Layout(left=80, right=512)


def test_paragraph_breaks() -> None:
    full = line(80, 511)
    assert not starts_paragraph(full, line(80, 300), LAYOUT)  # wrapped line
    assert starts_paragraph(full, line(112, 500), LAYOUT)  # 2 em first-line indent
    assert starts_paragraph(line(80, 300), line(80, 500), LAYOUT)  # previous line stopped short
    assert not starts_paragraph(line(80, 482), line(80, 500, lead=48), LAYOUT)  # a number too wide to fit
    assert starts_paragraph(full, line(80, 500, size=22), LAYOUT)  # font size changes


def test_layout_margin_is_where_continuation_lines_start() -> None:
    # most paragraphs are one indented line; the margin is still the continuation lines' start
    lines = [line(114, 300, size=12) for _ in range(8)] + [line(90, 505, size=12) for _ in range(3)]
    lines += [line(198, 398, size=18)]
    layout = estimate_layout(lines)
    assert (layout.left, layout.right, layout.body_size) == (90, 505, 12)


def test_a_title_wrapped_over_two_centred_lines_is_one_paragraph() -> None:
    layout = Layout(left=80, right=512, body_size=16)
    rest = line(212, 389, size=22)
    assert not starts_paragraph(line(118, 483, size=22), rest, layout)  # the next glyph (22 pt) had no room
    assert starts_paragraph(line(134, 467, size=22), rest, layout)  # it had room: a deliberate break
    # body size: a centred line after a full line that closed its sentence opens a paragraph;
    # after a full title line (no punctuation) it is the title's rest, centred on the frame
    assert starts_paragraph(line(80, 511, raw="文字。"), line(240, 352), layout)
    assert not starts_paragraph(line(80, 511, raw="第三部分某某局2024年度部门决算情况"), line(280, 312), layout)
    assert starts_paragraph(line(80, 511, raw="第三部分某某局2024年度部门决算情况"), line(120, 240), layout)


def page(number: int, lines: list[Line]) -> PageContent:
    return PageContent(number=number, width=595, height=842, lines=lines, grids=[], has_text=True, has_images=False)


def test_page_numbers_and_running_heads_are_set_apart() -> None:
    feet = ["— 1 —", "- 2 -", "第 3 页 共 4 页", "4"]
    pages = [
        page(n, [line(80, 300, top=40, raw="某某县社保局绩效报告"), line(80, 500, top=300, raw=f"正文{n}"),
                 line(280, 320, top=790, raw=foot)])
        for n, foot in enumerate(feet, 1)
    ]
    headers, footers = strip_running(pages)
    assert [l.raw for _, l in footers] == feet and [n for n, _ in footers] == [1, 2, 3, 4]
    assert len(headers) == 4
    assert [[l.raw for l in p.lines] for p in pages] == [[f"正文{n}"] for n in range(1, 5)]


def test_a_number_in_the_body_is_not_a_page_number() -> None:
    pages = [page(1, [line(80, 120, top=400, raw="2020")]), page(2, [line(80, 120, top=400, raw="2021")])]
    strip_running(pages)
    assert [len(p.lines) for p in pages] == [1, 1]


def test_flow_stitches_only_a_table_that_opens_the_next_page() -> None:
    def table(page_no: int, top: float) -> PageGrid:
        part = grid([[(0, 1, 1, "项目"), (1, 1, 1, "金额"), (2, 1, 1, "占比"), (3, 1, 1, "备注")]], page=page_no)
        part.bbox = (0.0, top, 400.0, top + 50)
        return part

    first = page(1, [line(80, 511, top=100, raw="正文")])
    first.grids = [table(1, 700)]
    second = page(2, [])
    second.grids = [table(2, 80)]
    third = page(3, [line(112, 511, top=80, raw="表后说明")])
    third.grids = [table(3, 200)]
    items = flow([first, second, third], Layout(left=80, right=512))
    kinds = [type(item).__name__ for item in items]
    assert kinds == ["Para", "PageGrid", "Para", "PageGrid"]
    assert items[1].pages == [1, 2] and items[3].pages == [3]


def test_flow_joins_a_paragraph_across_pages_unless_the_next_line_is_indented() -> None:
    layout = Layout(left=80, right=512)
    pages = [page(1, [line(112, 511, top=700, raw="上一页")]), page(2, [line(80, 300, top=80, raw="续")])]
    items = flow(pages, layout)
    assert len(items) == 1 and items[0].raw == "上一页\n续" and items[0].page == 1
    pages = [page(1, [line(112, 511, top=700, raw="上一页")]), page(2, [line(112, 300, top=80, raw="新段")])]
    assert len(flow(pages, layout)) == 2


def test_nothing_carries_over_a_page_without_text() -> None:
    layout = Layout(left=80, right=512)
    pages = [page(1, [line(112, 511, top=700, raw="上一页")]), page(2, []), page(3, [line(80, 300, top=80, raw="续")])]
    assert len(flow(pages, layout)) == 2


def test_dedupe_finds_doubles_across_a_bin_boundary_and_leaves_clean_pages_alone() -> None:
    def char(text: str, x: float, y: float = 10.0) -> dict[str, object]:
        return {"text": text, "x0": x, "doctop": y, "upright": True, "fontname": "F", "size": 12}

    doubled = [char("合", 0.95), char("合", 1.85, 10.9)]  # different bins, still within 1 pt
    assert [c["x0"] for c in dedupe(doubled)] == [0.95]
    clean = [char("合", 0), char("合", 2.5), char("计", 0.2)]
    assert dedupe(clean) is clean


def test_a_numbered_item_after_a_closed_clause_opens_a_paragraph() -> None:
    layout = Layout(left=72, right=516, body_size=12)
    closed = line(72, 505, size=12, raw="元。决算数小于预算数的主要原因：人员进出及退休变化，减少人员经费开支。")
    item = line(78, 516, size=12, raw="2、一般公共服务支出（类）财政事务（款）")
    assert starts_paragraph(closed, item, layout)
    inline = line(72, 510, size=12, raw="具体包括以下几项，")  # an enumeration running on inside one sentence
    assert not starts_paragraph(inline, line(72, 300, size=12, raw="2、其他支出"), layout)
    heading = line(72, 505, size=12, raw="第二部分 某某局2024年度部门决算表")
    assert starts_paragraph(heading, line(72, 200, size=12, raw="一、收入支出决算总表"), layout)


def test_a_sentence_cut_after_a_colon_carries_on_at_the_margin() -> None:
    layout = Layout(left=72, right=516, body_size=12)
    cut = line(72, 288, size=12, raw="财政拨款收入支出总计持平。主要原因：")
    assert not starts_paragraph(cut, line(72, 504, size=12, raw="基本支出中人员进出及退休变化"), layout)
    assert starts_paragraph(cut, line(96, 504, size=12, raw="新的一段"), layout)  # indented: a new paragraph
    assert starts_paragraph(cut, line(72, 504, size=12, raw="（一）项目"), layout)  # numbered: a list item


def test_each_page_has_its_own_right_edge() -> None:
    portrait = [line(72, 516, top=100 + 20 * i, size=12) for i in range(8)]
    landscape = [line(58, 778, top=100 + 20 * i, size=12) for i in range(8)]
    short = [line(72, 200 + 10 * i, top=100 + 20 * i, size=12) for i in range(8)]  # a page of short lines
    layouts = page_layouts([page(1, portrait), page(2, landscape), page(3, short), page(4, portrait[:2])])
    assert layouts[1].right == 516 and layouts[2].right == 778
    assert layouts[3] == layouts[4] and layouts[3].right in (516, 778)  # the document's frame
    wide = line(58, 700, size=12)  # stops 78 pt short of the landscape edge, but passes the portrait one
    assert starts_paragraph(wide, line(58, 300, size=12), layouts[2])
    assert not starts_paragraph(wide, line(58, 300, size=12), layouts[1])
