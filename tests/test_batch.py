"""Batches: worker processes, a time limit per file, the same bytes whatever --jobs is, bad files reported."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sbeval import batch as batch_module
from sbeval.batch import check_files
from sbeval.cli import cli


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def batch(tmp_path: Path, corpus: Path, encrypted_pdf: Callable[..., bytes]) -> Path:
    """The seed reports (.txt, .docx, one .pdf) beside four damaged files and two files a folder skips."""
    folder = tmp_path / "batch"
    folder.mkdir()
    for path in sorted(corpus.glob("seed00[0-4].txt")) + sorted(corpus.glob("seed00[0-4].docx")):
        shutil.copy(path, folder / path.name)
    shutil.copy(corpus / "seed001.pdf", folder / "seed001.pdf")
    (folder / "sub").mkdir()
    (folder / "sub" / "truncated.docx").write_bytes((corpus / "seed002.docx").read_bytes()[:2000])
    (folder / "sub" / "renamed.pdf").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "locked.pdf").write_bytes(encrypted_pdf())
    (folder / "~$seed000.docx").write_bytes(b"lock")
    (folder / ".hidden.txt").write_text("基金收入100万元。", encoding="utf-8")
    return folder


def test_same_bytes_with_one_or_two_workers_and_exit_2(batch: Path) -> None:
    one = run("check", str(batch), "--format", "json", "--jobs", "1")
    two = run("check", str(batch), "--format", "json", "--jobs", "2")
    again = run("check", str(batch), "--format", "json", "--jobs", "2")
    assert one[0] == two[0] == 2
    assert one[1] == two[1] == again[1]
    data = json.loads(two[1])
    paths = [Path(f["path"]).relative_to(batch).as_posix() for f in data["files"]]
    assert paths == sorted(paths, key=lambda p: (batch / p).as_posix()) and len(paths) == 15
    bad = {Path(f["path"]).name: f["error"] for f in data["files"] if f["status"] == "error"}
    assert set(bad) == {"truncated.docx", "renamed.pdf", "empty.txt", "locked.pdf"}
    assert all(reason.startswith(str(batch)) and "\n" not in reason for reason in bad.values())
    good = [f for f in data["files"] if f["status"] == "ok"]
    assert len(good) == 11 and sum(len(f["findings"]) for f in good) > 0
    assert data["summary"]["unreadable"] == 4


def test_text_output_is_the_same_too_and_no_progress_bar_off_a_terminal(batch: Path) -> None:
    one = run("check", str(batch), "--jobs", "1")
    two = run("check", str(batch), "--jobs", "2")
    assert one[1] == two[1] and "无法读取4个" in one[1]
    assert one[2] == two[2] == ""  # stderr is not a terminal here: no progress bar


@pytest.fixture
def slow_pdfs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A .pdf hangs for ten seconds before it is read (workers are forked, so they inherit the patch)."""
    real = batch_module.check_file

    def hanging(path: Path, *args: Any) -> Any:
        if path.suffix == ".pdf":
            time.sleep(10)
        return real(path, *args)

    monkeypatch.setattr(batch_module, "check_file", hanging)


@pytest.mark.usefixtures("slow_pdfs")
@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_past_the_time_limit_is_unreadable_and_the_batch_goes_on(corpus: Path, jobs: int) -> None:
    files = [corpus / "seed001.pdf", corpus / "seed000.txt"]
    start = time.monotonic()
    run_ = check_files(files, jobs=jobs, timeout=0.5)
    assert time.monotonic() - start < 8
    slow, quick = run_.files
    assert slow.status == "error" and slow.error == f"{files[0].as_posix()}：处理超过0.5秒，已停止（--timeout）"
    assert quick.status == "ok" and quick.path == files[1].as_posix()
    assert run_.summary.unreadable == 1


@pytest.mark.usefixtures("slow_pdfs")
def test_timeout_wins_over_findings_in_the_exit_status(corpus: Path) -> None:
    code, out, _ = run("check", str(corpus / "seed001.pdf"), str(corpus / "seed001.txt"), "--timeout", "0.5",
                       "-f", "json", "-j", "2")
    data = json.loads(out)
    assert code == 2 and data["files"][1]["findings"] and "--timeout" in data["files"][0]["error"]


def test_no_time_limit_with_zero(corpus: Path) -> None:
    assert check_files([corpus / "seed001.pdf"], timeout=0).files[0].status == "ok"
