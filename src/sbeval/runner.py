"""`sbeval check` over files and folders: read → extract → check per file; a bad file never stops the batch."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from sbeval import __version__
from sbeval.checks import run_checks
from sbeval.checks.registry import selected
from sbeval.findings import CheckRun, FileResult, Finding, Severity, Summary
from sbeval.messages import Message, msg
from sbeval.numbers import Tolerance
from sbeval.schema.report import Report
from sbeval.status import ExitCode

# In a folder, .md files are usually its documentation (README.md, EXPECTED.md), not reports: name them
# to check them. Legacy .doc/.wps/.xls/.et are taken too: unread (no LibreOffice), they are reported, not skipped.
FOLDER_SUFFIXES = (".docx", ".pdf", ".xlsx", ".txt", ".doc", ".wps", ".xls", ".et")
FAIL_ON = ("error", "warning", "note", "never")
# Libraries whose log lines (English, per damaged object) stay off stderr unless --verbose.
QUIET_LOGGERS = ("pdfminer", "pdfplumber")


def _is_report(path: Path, root: Path) -> bool:
    """A report file under ``root``: not hidden, not an Office lock file (~$x.docx)."""
    parts = path.relative_to(root).parts
    hidden = any(part.startswith(".") for part in parts)
    return path.suffix.lower() in FOLDER_SUFFIXES and not hidden and not path.name.startswith("~$") and path.is_file()


def collect(paths: Iterable[Path]) -> list[Path]:
    """Files as given; folders replaced by the reports under them, sorted; each file once."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted((p for p in path.rglob("*") if _is_report(p, path)), key=lambda p: p.as_posix())
        else:
            files.append(path)
    return list(dict.fromkeys(files))


def configure_logging(verbose: bool) -> None:
    for name in QUIET_LOGGERS:
        logger = logging.getLogger(name)
        logger.propagate = verbose
        if not verbose and not logger.handlers:
            logger.addHandler(logging.NullHandler())
    if verbose:
        logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")


def extract_report(path: Path) -> Report:
    # Imported here so that `sbeval --help` and `sbeval rules` start without the readers loaded.
    from sbeval.extract import extract
    from sbeval.parsers import read

    return extract(read(path))


def _problem(path: Path, err: Exception) -> Message:
    from sbeval.parsers import InternalError, ReadError

    if not isinstance(err, (ReadError, InternalError)):
        err = InternalError(str(path), err, stage="analyse")  # extraction's or a check's failure is ours too
    return err.reason


def check_file(path: Path, select: Sequence[str] = (), ignore: Sequence[str] = (),
               tolerance: Tolerance = Tolerance()) -> FileResult:
    shown = path.as_posix()
    if not path.is_file():
        return FileResult.unreadable(shown, msg("reason.file", path=shown, problem=msg("reason.missing_or_not_file")))
    try:
        report = extract_report(path)
    except Exception as err:  # any failure of one file is reported and the batch goes on
        return FileResult.unreadable(shown, _problem(path, err))
    return FileResult(path=shown, status="ok", findings=run_checks(report, select, ignore, tolerance))


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
    """One process, no time limit: the library call; `sbeval check` goes through ``batch.check_files``."""
    files = [check_file(path, select, ignore) for path in collect(paths)]
    return CheckRun(sbeval=__version__, files=files, summary=summarise(files),
                    rules=[c.code for c in selected(select, ignore)])


def exit_code(run: CheckRun, fail_on: str = "error") -> ExitCode:
    """2 when a file could not be read (it beats findings), 1 for a finding at or above ``fail_on``, else 0."""
    if run.summary.unreadable:
        return ExitCode.ERROR
    if fail_on == "never":
        return ExitCode.OK
    threshold = Severity(fail_on).rank
    failing = any(f.severity.rank >= threshold for result in run.files for f in result.findings)
    return ExitCode.FINDINGS if failing else ExitCode.OK


def with_severities(run: CheckRun, overrides: Mapping[str, str]) -> CheckRun:
    """Findings re-graded by code or prefix (the longest prefix wins), the summary recounted."""
    if not overrides:
        return run
    prefixes = sorted(overrides, key=len, reverse=True)

    def graded(finding: Finding) -> Finding:
        prefix = next((p for p in prefixes if finding.code.startswith(p)), None)
        return finding if prefix is None else finding.model_copy(update={"severity": Severity(overrides[prefix])})

    files = [result.model_copy(update={"findings": [graded(f) for f in result.findings]}) for result in run.files]
    return run.model_copy(update={"files": files, "summary": summarise(files)})


def split_codes(values: Iterable[str]) -> list[str]:
    """--select SB1,SB2 --select SB301 → ["SB1", "SB2", "SB301"]."""
    return [code.strip() for value in values for code in value.split(",") if code.strip()]
