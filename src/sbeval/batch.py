"""A batch in worker processes, each file under a time limit; results in the order of ``collect``.

Whatever ``jobs`` is, the same files give the same results in the same order, so the same bytes.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sbeval import __version__
from sbeval.checks.registry import selected
from sbeval.findings import CheckRun, FileResult
from sbeval.messages import msg
from sbeval.numbers import Tolerance
from sbeval.parsers.bounds import Limits, limited
from sbeval.runner import check_file, configure_logging, summarise

DEFAULT_TIMEOUT = 60.0


class FileTimeout(BaseException):
    """Raised by the alarm; a BaseException so that no ``except Exception`` on the way swallows it."""


def _alarm(signum: int, frame: Any) -> None:
    raise FileTimeout


@contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    usable = seconds > 0 and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def check_file_limited(path: Path, select: Sequence[str], ignore: Sequence[str], timeout: float,
                       limits: Limits | None = None, tolerance: Tolerance = Tolerance()) -> FileResult:
    try:
        with _time_limit(timeout), limited(limits):
            return check_file(path, select, ignore, tolerance)
    except FileTimeout:
        shown = path.as_posix()
        return FileResult.unreadable(shown, msg("reason.file", path=shown,
                                                problem=msg("reason.timeout", seconds=f"{timeout:g}")))


def default_jobs() -> int:
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity else (os.cpu_count() or 1)


def _pool(jobs: int, verbose: bool) -> ProcessPoolExecutor:
    import multiprocessing

    # fork on Linux: workers start at once with the pipeline already imported by the parent.
    context = multiprocessing.get_context("fork") if sys.platform.startswith("linux") else None
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=configure_logging,
                               initargs=(verbose,))


def _warm(files: Sequence[Path] = ()) -> None:
    """Import the pipeline before forking, so that workers share it instead of importing it each; of the
    readers, those the files' suffixes call for (a file in disguise imports its reader when read)."""
    from importlib import import_module

    from sbeval.parsers.dispatch import SUPPORTED

    kinds = {SUPPORTED.get(path.suffix.lower()) for path in files} or {None}
    readers = ("docx", "pdf", "text") if None in kinds else sorted(k for k in kinds if k in ("docx", "pdf", "text"))
    for name in ("sbeval.extract", "sbeval.parsers.dispatch", *(f"sbeval.parsers.{k}.reader" for k in readers)):
        with suppress(ImportError):  # a broken reader is reported per file, where it is used
            import_module(name)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _results(files: list[Path], select: Sequence[str], ignore: Sequence[str], jobs: int, timeout: float,
             verbose: bool, done: Callable[[FileResult], None], limits: Limits | None,
             tolerance: Tolerance) -> list[FileResult]:
    _warm(files)  # imports are not the first file's time
    # The imported pipeline moves to the permanent generation: collections no longer walk it for every
    # file, and forked workers no longer copy, page by page, the objects they inherit from the parent.
    gc.collect()
    gc.freeze()
    try:
        if jobs > 1 and len(files) > 1:
            return _in_workers(files, select, ignore, jobs, timeout, verbose, done, limits, tolerance)
        results = []
        for path in files:
            results.append(check_file_limited(path, select, ignore, timeout, limits, tolerance))
            done(results[-1])
        return results
    finally:
        gc.unfreeze()


def _in_workers(files: list[Path], select: Sequence[str], ignore: Sequence[str], jobs: int, timeout: float,
                verbose: bool, done: Callable[[FileResult], None], limits: Limits | None,
                tolerance: Tolerance) -> list[FileResult]:
    slots: list[FileResult | None] = [None] * len(files)
    with _pool(min(jobs, len(files)), verbose) as pool:
        # Largest files first, so that no long file starts last while the other workers sit idle; the
        # results go back to their places, so the order of the output does not change.
        order = sorted(range(len(files)), key=lambda i: (-_size(files[i]), i))
        futures = {pool.submit(check_file_limited, files[i], select, ignore, timeout, limits, tolerance): i
                   for i in order}
        try:
            for future in as_completed(futures):
                slots[futures[future]] = future.result()
                done(future.result())
        except BrokenProcessPool:
            pass  # a worker died (killed, out of memory): its files are reported below
    died = msg("reason.worker_died")
    return [slot if slot is not None else FileResult.unreadable(
        path.as_posix(), msg("reason.file", path=path.as_posix(), problem=died)) for slot, path in zip(slots, files)]


def check_files(files: list[Path], select: Sequence[str] = (), ignore: Sequence[str] = (), *, jobs: int = 1,
                timeout: float = DEFAULT_TIMEOUT, verbose: bool = False,
                done: Callable[[FileResult], None] = lambda result: None, limits: Limits | None = None,
                tolerance: Tolerance = Tolerance()) -> CheckRun:
    """``done`` is called in the parent as each file finishes (for a progress bar); ``limits`` are the
    size limits every file is held to (the defaults when None), in the worker processes too; ``tolerance``
    goes to every file's checks as an argument, so nothing of one run stays in a worker for the next."""
    results = _results(files, select, ignore, jobs, timeout, verbose, done, limits, tolerance)
    return CheckRun(sbeval=__version__, files=results, summary=summarise(results),
                    rules=[c.code for c in selected(select, ignore)])
