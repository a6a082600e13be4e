"""Reports written as text, read through the real text reader."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from sbeval.extract import extract
from sbeval.parsers.text.reader import read_text
from sbeval.schema.report import Report


@pytest.fixture
def report_of(tmp_path: Path) -> Callable[[str], Report]:
    def build(text: str) -> Report:
        path = tmp_path / "report.txt"
        path.write_text(text, encoding="utf-8")
        return extract(read_text(path))

    return build
