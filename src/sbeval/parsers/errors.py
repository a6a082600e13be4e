"""The one error a reader raises: a Chinese message naming the file and what is wrong with it."""

from __future__ import annotations


class ReadError(Exception):
    """A file that cannot be read as a report. ``str(err)`` is the one-line Chinese message."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}：{problem}")
