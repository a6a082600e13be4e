"""Seeded corruptions of the corpus seeds: every `sbeval check` ends 0/1/2 with valid JSON, no traceback."""

from __future__ import annotations

import io
import json
import random
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from sbeval.cli import cli

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SEEDS = [CORPUS / f"seed00{i}{suffix}" for i in range(5) for suffix in (".txt", ".docx", ".pdf")]
PER_KIND = 5


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 50)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def _zip_edit(rng: random.Random, data: bytes, delete: bool) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        items = source.infolist()
        victim = rng.choice(items).filename
        for item in items:
            body = source.read(item)
            if item.filename == victim:
                if delete:
                    continue
                body = _flip(rng, body) if body else body
            out.writestr(item, body)
    return buffer.getvalue()


def _variants() -> Iterator[tuple[str, str, bytes]]:
    rng = random.Random(11)
    for seed in SEEDS:
        data = seed.read_bytes()
        for n in range(PER_KIND):
            yield f"{seed.name}-flip{n}", seed.suffix, _flip(rng, data)
            yield f"{seed.name}-cut{n}", seed.suffix, data[: rng.randrange(1, len(data))]
        if seed.suffix == ".docx":
            yield f"{seed.name}-zipdel", seed.suffix, _zip_edit(rng, data, delete=True)
            yield f"{seed.name}-zipbad", seed.suffix, _zip_edit(rng, data, delete=False)
        if seed.suffix == ".pdf":
            yield f"{seed.name}-xref", seed.suffix, data.replace(b"startxref", b"startxrex")
            yield f"{seed.name}-count", seed.suffix, data.replace(b"/Count ", b"/Count 3000")
        if seed.suffix == ".txt":
            yield f"{seed.name}-garbage", seed.suffix, data + bytes(rng.randrange(256) for _ in range(3000))
            yield f"{seed.name}-mixed", seed.suffix, data[: len(data) // 2] + data[len(data) // 2:].decode(
                "utf-8", errors="ignore").encode("gb18030", errors="ignore")


VARIANTS = list(_variants())


def test_the_generator_is_seeded() -> None:
    assert [v[2] for v in _variants()] == [v[2] for v in VARIANTS]
    assert len(VARIANTS) >= 180


@pytest.mark.parametrize("start", range(0, len(VARIANTS), 20))
def test_corrupted_inputs_end_cleanly(tmp_path: Path, start: int) -> None:
    paths = []
    for name, suffix, data in VARIANTS[start:start + 20]:
        path = tmp_path / f"{name}{suffix}"
        path.write_bytes(data)
        paths.append(path)
    result = CliRunner().invoke(cli, ["check", "--format", "json", "-j", "1", "-q", "--timeout", "30",
                                      *map(str, paths)])
    assert result.exit_code in (0, 1, 2), result.output
    assert "Traceback" not in result.stderr and result.exception is None or isinstance(result.exception, SystemExit)
    payload = json.loads(result.stdout)
    assert len(payload["files"]) == len(paths)
    assert all("内部错误" not in (f.get("error") or "") for f in payload["files"]), payload["files"]
