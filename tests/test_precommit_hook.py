"""The pre-commit hook the repository ships runs the real command on the files pre-commit passes."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import yaml
from click.testing import CliRunner

from sbeval.cli import cli

REPO = Path(__file__).resolve().parents[1]


def test_the_hook_checks_the_files_it_is_given() -> None:
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "sbeval" and hook["language"] == "python"
    program, *args = shlex.split(hook["entry"])
    assert program == "sbeval"
    samples = sorted(p for p in (REPO / "samples").iterdir() if re.search(hook["files"], p.name))
    assert {p.suffix for p in samples} == {".docx", ".pdf", ".txt"}
    result = CliRunner().invoke(cli, [*args, *map(str, samples)])
    assert result.exit_code == 1 and result.stderr == ""  # the samples have planted errors
