"""The terminal table fits the terminal's width and never breaks a figure across lines."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from sbeval.findings import CheckRun
from sbeval.output import render

FIGURES = ("37977万元", "34168万元", "33628万元", "4.28%", "72.92亿元", "1,200万元", "12.0个月")


@pytest.mark.parametrize("width", [60, 80, 100, 140])
def test_table_fits_the_width_and_keeps_figures_whole(run: CheckRun, width: int) -> None:
    text = render("text", run, width=width)
    lines = text.splitlines()
    assert all(cell_len(line) <= width for line in lines), text
    for figure in FIGURES:
        assert any(figure in line for line in lines), (figure, text)
