"""Seeded corruptions of the corpus seeds: every `sbeval check` ends 0/1/2 with valid JSON, no traceback,
every file reported within the time limit."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from fuzz.corruptions import variants

from sbeval.cli import cli

VARIANTS = list(variants())
CHUNK = 20
TIME_LIMIT = "30"


def test_the_generator_is_seeded_and_covers_every_kind() -> None:
    assert [v[2] for v in variants()] == [v[2] for v in VARIANTS]
    assert len(VARIANTS) >= 300
    kinds = Counter(name.rsplit("-", 1)[1].rstrip("0123456789") for name, _, _ in VARIANTS)
    assert {"flip", "cut", "zipdel", "zipbad", "deep_xml", "entity_bomb", "huge_xml", "xref", "count", "garbage",
            "mixed"} <= set(kinds)
    assert {suffix for _, suffix, _ in VARIANTS} == {".txt", ".docx", ".pdf", ".xlsx"}


@pytest.mark.parametrize("start", range(0, len(VARIANTS), CHUNK))
def test_corrupted_inputs_end_cleanly(tmp_path: Path, start: int) -> None:
    paths = []
    for name, suffix, data in VARIANTS[start:start + CHUNK]:
        path = tmp_path / f"{name}{suffix}"
        path.write_bytes(data)
        paths.append(path)
    result = CliRunner().invoke(cli, ["check", "--format", "json", "-j", "1", "-q", "--timeout", TIME_LIMIT,
                                      *map(str, paths)])
    assert result.exit_code in (0, 1, 2), result.output
    assert "Traceback" not in result.stderr and result.exception is None or isinstance(result.exception, SystemExit)
    payload = json.loads(result.stdout)
    assert len(payload["files"]) == len(paths)
    errors = [f.get("error") or "" for f in payload["files"]]
    assert not [e for e in errors if "内部错误" in e], errors  # sbeval's own failure, never the file's
    assert not [e for e in errors if "--timeout" in e], errors  # each file within the time limit


def test_xml_attacks_are_refused_as_damaged_files(tmp_path: Path) -> None:
    attacks = [v for v in VARIANTS if v[0].endswith(("deep_xml", "entity_bomb", "huge_xml"))]
    assert len(attacks) == 18  # five .docx seeds and one .xlsx, three attacks each
    paths = []
    for name, suffix, data in attacks:
        paths.append(tmp_path / f"{name}{suffix}")
        paths[-1].write_bytes(data)
    result = CliRunner().invoke(cli, ["check", "--format", "json", "-j", "1", "-q", *map(str, paths)])
    assert result.exit_code == 2
    files = json.loads(result.stdout)["files"]
    assert [f["status"] for f in files] == ["error"] * len(attacks), files
    assert all(any(word in f["error"] for word in ("无法", "损坏", "过大", "上限")) for f in files), files
