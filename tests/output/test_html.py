"""The HTML page: golden file, self-contained, figures marked where they stand; in headless Chromium
the highlights show and the filters hide them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from sbeval.findings import CheckRun
from sbeval.output import render

GOLDEN = Path(__file__).parent / "golden" / "run.html"
UPDATE = os.environ.get("SBEVAL_UPDATE_GOLDEN") == "1"
COLOURS = {"error": (0xFF, 0x52, 0x52), "warning": (0xFF, 0xD7, 0x40), "note": (0x40, 0xC4, 0xFF),
           "operand": (0xB9, 0xF6, 0xCA)}


def test_golden(run: CheckRun) -> None:
    page = render("html", run)
    assert isinstance(page, str)
    if UPDATE:
        GOLDEN.write_text(page, encoding="utf-8")
    assert page == GOLDEN.read_text(encoding="utf-8")


def test_self_contained_with_marks_and_panels(run: CheckRun) -> None:
    page = str(render("html", run))
    assert not re.search(r"<link|<img|src=|@import|url\(|https?://", page)
    marks = re.findall(r'<mark class="([a-z ]+)" data-severity="(\w+)" data-code="(\w+)">([^<]+)</mark>', page)
    assert ("stated error", "error", "SB101", "37977万元") in marks
    assert [m[3] for m in marks if m[0] == "operand"] == ["33628万元", "10万元", "530万元"]
    assert ("stated warning", "warning", "SB202", "4.2%") in marks and ("stated note", "note", "SB401", "15个月") in marks
    assert page.count('<article class="finding') == 3
    assert "<dt>重算值</dt><dd>34168万元</dd>" in page and "无法读取：reports/missing.docx" in page


def _browser() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def _screenshot(page: Path, fragment: str, tmp_path: Path) -> Image.Image:
    browser = _browser()
    assert browser is not None
    shot = tmp_path / f"shot{len(fragment)}.png"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                    f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,1400",
                    f"--screenshot={shot}", page.as_uri() + fragment],
                   capture_output=True, timeout=90, check=True)
    return Image.open(shot).convert("RGB")


def _count(image: Image.Image, colour: tuple[int, int, int]) -> int:
    return sum(n for n, pixel in image.getcolors(maxcolors=1 << 24) or [] if pixel == colour)


@pytest.mark.skipif(_browser() is None, reason="no Chromium (.ci/run installs Debian's chromium)")
def test_highlights_in_a_real_browser_and_the_filters(run: CheckRun, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(str(render("html", run)), encoding="utf-8")
    shown = _screenshot(page, "", tmp_path)
    assert all(_count(shown, colour) > 100 for colour in COLOURS.values()), {k: _count(shown, c) for k, c in COLOURS.items()}
    warnings_only = _screenshot(page, "#severity=warning", tmp_path)
    assert _count(warnings_only, COLOURS["warning"]) > 100
    assert _count(warnings_only, COLOURS["error"]) == _count(warnings_only, COLOURS["note"]) == 0
