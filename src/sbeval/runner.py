"""`sbeval check` over files and folders: read → extract → check per file; a bad file never stops the batch."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from sbeval import __version__
from sbeval.checks import run_checks
from sbeval.findings import CheckRun, FileResult, Severity, Summary
from sbeval.schema.report import Report

# In a folder, .md files are usually its documentation (README.md), not reports: name them to check them.
FOLDER_SUFFIXES = (".docx", ".pdf", ".txt")
FAIL_ON = ("error", "warning", "note", "never")
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def collect(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders replaced by the reports under them, sorted."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = (p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES)
            files += sorted(found, key=lambda p: p.as_posix())
        else:
            files.append(path)
    return files


def extract_report(path: Path) -> Report:
    # Imported here so that `sbeval rules` and `--help` work without the readers' dependencies loaded.
    from sbeval.extract import extract
    from sbeval.parsers import read

    return extract(read(path))


def _problem(path: Path, err: Exception) -> str:
    from sbeval.parsers import InternalError, ReadError

    if not isinstance(err, (ReadError, InternalError)):
        err = InternalError(str(path), err, stage="分析")  # extraction's or a check's failure is ours too
    return " ".join(str(err).splitlines())


def check_file(path: Path, select: Sequence[str] = (), ignore: Sequence[str] = ()) -> FileResult:
    shown = path.as_posix()
    if not path.is_file():
        return FileResult(path=shown, status="error", error=f"{shown}：文件不存在或不是文件")
    try:
        report = extract_report(path)
    except Exception as err:  # any failure of one file is reported and the batch goes on
        return FileResult(path=shown, status="error", error=_problem(path, err))
    return FileResult(path=shown, status="ok", findings=run_checks(report, select, ignore))


def summarise(files: list[FileResult]) -> Summary:
    findings = [f for result in files for f in result.findings]
    return Summary(
        files=len(files),
        error=sum(f.severity == Severity.ERROR for f in findings),
        warning=sum(f.severity == Severity.WARNING for f in findings),
        note=sum(f.severity == Severity.NOTE for f in findings),
        unreadable=sum(result.status == "error" for result in files),
    )


def check_paths(paths: Iterable[Path], select: Sequence[str] = (), ignore: Sequence[str] = ()) -> CheckRun:
    files = [check_file(path, select, ignore) for path in collect(paths)]
    return CheckRun(sbeval=__version__, files=files, summary=summarise(files))


def exit_code(run: CheckRun, fail_on: str = "error") -> int:
    """2 when a file could not be read (it beats findings), 1 for a finding at or above ``fail_on``, else 0."""
    if run.summary.unreadable:
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity(fail_on).rank
    failing = any(f.severity.rank >= threshold for result in run.files for f in result.findings)
    return EXIT_FINDINGS if failing else EXIT_OK


def split_codes(values: Iterable[str]) -> list[str]:
    """--select SB1,SB2 --select SB301 → ["SB1", "SB2", "SB301"]."""
    return [code.strip() for value in values for code in value.split(",") if code.strip()]
