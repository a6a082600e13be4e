"""Size limits a document must meet before extraction: a real report has a few hundred paragraphs,
a few dozen tables, a few thousand lines and about a thousand characters a page; a file far beyond
that is refused with one clear line instead of stalling a batch. Each limit can be raised
(``--limit NAME=VALUE``, or ``limits = {NAME = VALUE}`` in the configuration); the readers see the
limits of the file being read through ``limited``, in the batch's worker processes too."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from sbeval.messages import msg
from sbeval.parsers.errors import ReadError
from sbeval.schema.document import Block, Document, Table


@dataclass(frozen=True)
class Limits:
    pages: int = 500  # pages of a PDF, counted in its page tree
    page_chars: int = 20_000  # characters on one PDF page
    paragraphs: int = 30_000  # paragraphs, headings and tables of one document
    cells: int = 1_000_000  # grid positions (rows × columns) of all tables of one document
    lines: int = 200_000  # lines of a .txt/.md file
    chars: int = 1_000_000  # characters of text of one document (a long 决算 has about 100,000)


# The names the command line and the configuration use, and what each counts (for messages and help).
NAMES = {"pages": "PDF 页数", "page-chars": "PDF 每页字符数", "paragraphs": "每个文档的段落和表格数",
         "cells": "每个文档的表格单元格数", "lines": "文本文件行数", "chars": "每个文档的字符数"}
DEFAULT = Limits()
_current: ContextVar[Limits] = ContextVar("limits", default=DEFAULT)


def _field(name: str) -> str:
    return name.replace("-", "_")


def current() -> Limits:
    """The limits the file being read is held to."""
    return _current.get()


@contextmanager
def limited(limits: Limits | None) -> Iterator[None]:
    """Within the block, readers hold files to ``limits`` (the defaults when None)."""
    token = _current.set(limits or DEFAULT)
    try:
        yield
    finally:
        _current.reset(token)


def with_values(values: Mapping[str, int], base: Limits = DEFAULT) -> Limits:
    """``base`` with the limits named in ``values`` (names as in ``NAMES``) replaced."""
    unknown = [name for name in values if name not in NAMES]
    if unknown:
        raise ValueError(f"没有上限 {unknown[0]}（可用：{'、'.join(NAMES)}）")
    small = [name for name, value in values.items() if value < 1]
    if small:
        raise ValueError(f"上限 {small[0]} 须为正整数")
    return dataclasses.replace(base, **{_field(name): value for name, value in values.items()})


def parse_values(items: Iterable[str]) -> dict[str, int]:
    """``["pages=1000", "lines=500000"]`` → ``{"pages": 1000, "lines": 500000}``; ``ValueError`` in Chinese."""
    values: dict[str, int] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lower()
        if not sep or not value.strip().isdigit():
            raise ValueError(f"--limit {item} 须写成 名称=正整数，如 --limit pages=1000")
        values[name] = int(value.strip())
    with_values(values)
    return values


def refusal(what: str, name: str, unit: str = "个") -> str:
    """A refusal: what the file holds, limit ``name``, the advice and the option that raises the limit."""
    limit = getattr(current(), _field(name))
    return (f"{what}，超过上限 {limit} {unit}；真实报告远小于此，请确认文件无误或拆分后再读取；"
            f"确需读取时可用 --limit {name}=更大的值 提高上限")


def check_lines(path: str, count: int) -> None:
    if count > current().lines:
        raise ReadError(path, refusal(f"文本共 {count} 行", "lines", "行"))


def check_document(document: Document) -> Document:
    """``document`` when it is within the limits, else ``ReadError``."""
    limits = current()
    if len(document.blocks) > limits.paragraphs:
        raise ReadError(document.path, refusal(f"文档共 {len(document.blocks)} 个段落和表格", "paragraphs"))
    cells = sum(b.n_rows * b.n_cols for b in document.blocks if isinstance(b, Table))
    if cells > limits.cells:
        raise ReadError(document.path, refusal(f"文档的表格共 {cells} 个单元格位置", "cells"))
    chars = sum(_chars(block) for block in document.blocks)
    if not chars:  # a gate must not pass a file it read nothing from (a Word file of pasted scans, say)
        raise ReadError(document.path, msg("reason.no_text"))
    if chars > limits.chars:
        raise ReadError(document.path, refusal(f"文档共 {chars} 个字符", "chars"))
    return document


def _chars(block: Block) -> int:
    if isinstance(block, Table):
        return sum(len(cell.text.strip()) for cell in block.cells)
    return len(block.text.strip())
