"""Bad inputs that need a built file: one Chinese line naming the file, exit 2, and the batch goes on."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from PIL import Image

from sbeval.cli import cli
from sbeval.parsers import zipcheck

def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def assert_one_line_error(path: Path, code: int, err: str, *words: str) -> None:
    lines = [line for line in err.splitlines() if str(path) in line]
    assert code == 2 and len(lines) == 1 and "Traceback" not in err, err
    assert all(word in lines[0] for word in words), lines[0]


def test_encrypted_pdf(tmp_path: Path, encrypted_pdf: Callable[..., bytes]) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(encrypted_pdf())
    code, _, err = run("parse", str(path))
    assert_one_line_error(path, code, err, "加密", "密码")


def test_scan_without_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    Image.new("RGB", (600, 800), "white").save(path)
    code, _, err = run("parse", str(path))
    assert_one_line_error(path, code, err, "没有文本层")


def test_pdf_over_the_page_limit(monkeypatch: pytest.MonkeyPatch, corpus: Path) -> None:
    path = corpus / "seed000.pdf"
    code, _, err = run("parse", "--limit", "pages=3", str(path))
    assert_one_line_error(path, code, err, "超过上限 3 页", "--limit pages=")
    code, out, _ = run("parse", "--limit", "pages=6", str(path))
    assert code == 0 and json.loads(out)["document"]["pages"] == 6


def test_docx_decompression_bomb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corpus: Path) -> None:
    monkeypatch.setattr(zipcheck, "MAX_TOTAL_UNCOMPRESSED", 1024 * 1024)
    path = tmp_path / "bomb.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(corpus / "seed000.docx") as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            out.writestr(item, source.read(item))
        out.writestr("word/media/zeros.bin", bytes(4 * 1024 * 1024))
    path.write_bytes(buffer.getvalue())
    code, _, err = run("parse", str(path))
    assert_one_line_error(path, code, err, "压缩炸弹")


def test_a_bad_file_does_not_stop_the_batch(
    tmp_path: Path, encrypted_pdf: Callable[..., bytes], corpus: Path
) -> None:
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypted_pdf())
    code, out, _ = run("check", "--format", "json", str(locked), str(corpus / "seed001.txt"))
    assert code == 2
    assert '"status": "error"' in out and '"code": "SB101"' in out
