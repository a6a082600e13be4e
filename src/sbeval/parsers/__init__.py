"""Readers: .docx, .pdf and .txt/.md files into one neutral ``Document``.

Readers know nothing of reports; they only recover text, tables and where each piece sits.
"""

from __future__ import annotations

from pathlib import Path

from sbeval.parsers.errors import InternalError, ReadError
from sbeval.schema.document import Document

__all__ = ["InternalError", "ReadError", "read"]


def read(path: str | Path) -> Document:
    """Read one file into a ``Document``; raise ``ReadError`` when the file cannot be read, ``InternalError`` when sbeval fails."""
    from sbeval.parsers.dispatch import read_file

    return read_file(Path(path))
