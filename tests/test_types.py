"""The package type-checks under the mypy settings in pyproject.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

api = pytest.importorskip("mypy.api")
REPO = Path(__file__).resolve().parents[1]


def test_mypy_finds_no_errors() -> None:
    stdout, stderr, status = api.run(["--config-file", str(REPO / "pyproject.toml"), str(REPO / "src" / "sbeval")])
    assert status == 0, stdout + stderr
