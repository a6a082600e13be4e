"""The errors a reader raises: the file's fault (``ReadError``) or sbeval's own (``InternalError``)."""

from __future__ import annotations

from collections.abc import Iterable

from sbeval.messages import Message, msg
from sbeval.messages.catalogue import TEMPLATES


class ReadError(Exception):
    """A file that cannot be read as a report. ``str(err)`` is the one-line Chinese message, ``reason`` the
    same as a catalogue message (``problem`` a ``msg("reason....")``; a plain string stays Chinese)."""

    def __init__(self, path: str, problem: str | Message) -> None:
        self.path = path
        self.problem = problem if isinstance(problem, str) else problem.text()
        shown = msg("finding.words", text=problem) if isinstance(problem, str) else problem
        self.reason = msg("reason.file", path=path, problem=shown)
        super().__init__(self.reason.text())


class InternalError(Exception):
    """A bug of sbeval met while handling a file: reported as ours, never blamed on the file."""

    def __init__(self, path: str, error: BaseException, stage: str = "read") -> None:
        self.path = path
        self.error = error
        detail = " ".join(str(error).split())[:200]
        shown = f"{type(error).__name__}: {detail}" if detail else type(error).__name__
        known = f"reason.stage.{stage}" in TEMPLATES  # "read", "analyse"; other words are shown as given
        problem = msg("reason.internal", stage=msg(f"reason.stage.{stage}") if known else stage, detail=shown)
        self.reason = msg("reason.file", path=path, problem=problem)
        super().__init__(self.reason.text())


def raised_in(error: BaseException, packages: Iterable[str]) -> bool:
    """True when the innermost frame of ``error``'s traceback runs code of one of ``packages``.

    A malformed file makes a document library fail inside its own code; an exception raised in
    sbeval's code is a bug of ours, whatever file provoked it.
    """
    traceback = error.__traceback__
    if traceback is None:
        return False
    while traceback.tb_next is not None:
        traceback = traceback.tb_next
    module = str(traceback.tb_frame.f_globals.get("__name__", ""))
    return any(module == p or module.startswith(p + ".") for p in packages)
