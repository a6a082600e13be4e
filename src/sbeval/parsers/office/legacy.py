"""Read a legacy office file: convert it with LibreOffice, read the result with the .docx/.xlsx
reader, and give every location the original file's name (never the temporary copy's)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sbeval.parsers.errors import ReadError
from sbeval.parsers.office.soffice import CONVERSIONS, convert, find_office, no_office_message
from sbeval.schema.document import Document

Reader = Callable[[Path, str], Document]  # (file, reader kind "docx"/"xlsx") -> Document


def read_legacy(path: Path, family: str, read: Reader) -> Document:
    """``path`` (a key of ``CONVERSIONS``) read through LibreOffice, or ``ReadError``."""
    office = find_office()
    if office is None:
        raise ReadError(str(path), no_office_message(path.suffix.lower(), family))
    with tempfile.TemporaryDirectory(prefix="sbeval-convert-") as workdir:
        converted = convert(path, family, Path(workdir), office)
        try:
            document = read(converted, CONVERSIONS[family].target)
        except ReadError as err:
            raise ReadError(str(path), f"LibreOffice 转换后的文件无法读取：{err.problem}") from err
    return _renamed(document, str(converted), str(path))


def _renamed(document: Document, old: str, new: str) -> Document:
    return Document.model_validate(_replace_file(document.model_dump(), old, new))


def _replace_file(value: Any, old: str, new: str) -> Any:
    if isinstance(value, dict):
        return {key: new if key in {"file", "path"} and item == old else _replace_file(item, old, new)
                for key, item in value.items()}
    if isinstance(value, list):
        return [_replace_file(item, old, new) for item in value]
    return value
