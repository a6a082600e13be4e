"""Characters into lines by their baseline: mixed CJK/Latin fonts, raised marks, table cells."""

from __future__ import annotations

from typing import Any

from sbeval.parsers.pdf.lines import baseline, block_text, even_boxes, group_lines, line_text
from sbeval.parsers.pdf.page import Line, text_lines
from sbeval.parsers.pdf.paragraphs import Layout, starts_paragraph
from sbeval.parsers.pdf.tables import build_grid

PAGE_HEIGHT = 842.0


def glyphs(text: str, x: float, base: float, size: float = 12, drop: float = 0.0, width: float | None = None,
           font: str = "FangSong") -> list[dict[str, Any]]:
    """pdfplumber-like characters on baseline ``base``; ``drop`` moves the font's box down (Times digits)."""
    advance = width if width is not None else size
    out = []
    for i, ch in enumerate(text):
        top = base - 0.95 * size + drop
        bottom = top + size
        out.append({
            "text": ch, "x0": x + i * advance, "x1": x + (i + 1) * advance, "top": top, "bottom": bottom,
            "doctop": top, "size": size, "fontname": font, "upright": True,
            "y0": PAGE_HEIGHT - bottom, "matrix": (1, 0, 0, 1, x + i * advance, PAGE_HEIGHT - base),
        })
    return out


def mixed_line(base: float, x: float = 96) -> list[dict[str, Any]]:
    """本年收入合计2946.25万元: 仿宋 glyphs and Times New Roman digits whose boxes sit 4.87 pt lower."""
    chars = glyphs("本年收入合计", x, base)
    chars += glyphs("2946.25", x + 72, base, drop=4.87, width=6, font="Times New Roman")
    chars += glyphs("万元", x + 114, base)
    return chars


def test_baseline_comes_from_the_text_matrix_not_the_font_box() -> None:
    cjk, digit = glyphs("本", 0, 278.05)[0], glyphs("2", 0, 278.05, drop=4.87)[0]
    assert digit["top"] - cjk["top"] > 4.8
    assert abs(baseline(cjk) - 278.05) < 1e-6 and abs(baseline(digit) - 278.05) < 1e-6


def test_mixed_fonts_on_one_baseline_are_one_line() -> None:
    chars = even_boxes(mixed_line(278.05) + mixed_line(292.0, x=72))  # 14 pt leading: the boxes interleave
    lines = group_lines(chars)
    assert [line_text(line) for line in lines] == ["本年收入合计2946.25万元", "本年收入合计2946.25万元"]
    found = text_lines(chars)
    assert [line.raw for line in found] == ["本年收入合计2946.25万元"] * 2
    assert found[0].x0 == 96 and found[1].x0 == 72


def test_a_raised_mark_joins_its_line_but_two_lines_stay_apart() -> None:
    chars = glyphs("文字说明", 72, 300) + glyphs("1", 120, 296, size=7, width=4)  # a footnote mark after 字
    chars += glyphs("下一行", 72, 312)
    assert [line_text(line) for line in group_lines(even_boxes(chars))] == ["文字说明1", "下一行"]


def test_wide_gaps_are_spaces_and_tight_glyphs_are_not() -> None:
    chars = glyphs("433.87", 72, 300, width=6) + glyphs("419.93", 120, 300, width=6)
    assert line_text(group_lines(even_boxes(chars))[0]) == "433.87 419.93"


def test_a_table_cell_with_mixed_fonts_reads_in_order() -> None:
    boxes = [(90, 260, 250, 300), (250, 260, 400, 300)]
    chars = even_boxes(mixed_line(278.05, x=92) + glyphs("99.79%", 260, 278.05, drop=4.87, width=6))
    table, stray = build_grid(boxes, chars, page=1)
    assert stray == [] and [c.raw for c in table.cells] == ["本年收入合计2946.25万元", "99.79%"]
    assert block_text(chars[:6] + glyphs("续", 92, 292)) == "本年收入合计\n续"


def test_brackets_are_carried_down_with_the_glyph_they_open() -> None:
    # "（项）。" cannot be split by a wrap: a line that stops 3 em short before it still continues
    chars = even_boxes(glyphs("（项）。主要用于", 72, 300))
    lead = text_lines(chars)[0].lead_width
    assert lead == 48
    layout = Layout(left=72, right=516, body_size=12)
    prev = Line(raw="行政单位离退休", x0=72, x1=480, top=286, bottom=298, size=12, lead_width=12)
    assert not starts_paragraph(prev, Line(raw="（项）。主要用于", x0=72, x1=516, top=300, bottom=312, size=12, lead_width=lead), layout)
