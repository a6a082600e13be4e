"""Bounds a hostile PDF cannot talk its way past: pages counted in the page tree, inflation, characters.

pdfminer inflates every Flate stream it touches (content, forms, fonts, object streams) with
an unbounded ``zlib.decompress``, and its fallback for a damaged stream feeds zlib one byte at
a time into a growing bytes object (quadratic). Both are replaced, in pdfminer's own namespace,
by inflation that stops at a per-stream limit and at a budget for the whole file, so a 2 MB
file that inflates to gigabytes is refused before the memory is spent.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from types import SimpleNamespace
from typing import Any

import pdfminer.pdftypes as pdftypes
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage

MAX_STREAM_BYTES = 64 * 1024 * 1024  # one inflated stream
MAX_INFLATED_BYTES = 256 * 1024 * 1024  # all inflated streams of one file
MAX_PAGE_CONTENT_BYTES = 8 * 1024 * 1024  # a page's content streams (real pages: under 100 KB)

_CHUNK = 64 * 1024


class InflationLimit(Exception):
    """A stream, or the file's streams together, inflate past the limits."""


_budget: ContextVar[list[int] | None] = ContextVar("inflation_budget", default=None)


@contextmanager
def inflation_budget(total: int | None = None) -> Iterator[None]:
    """Within the block every stream pdfminer inflates is charged to one budget of ``total`` bytes."""
    token = _budget.set([MAX_INFLATED_BYTES if total is None else total])
    try:
        yield
    finally:
        _budget.reset(token)


def _room() -> tuple[int, list[int] | None]:
    budget = _budget.get()
    if budget is None:
        return MAX_STREAM_BYTES, None
    return min(MAX_STREAM_BYTES, budget[0]), budget


def _charge(size: int, budget: list[int] | None) -> None:
    if budget is not None:
        budget[0] -= size


def _inflate(data: bytes, *, lenient: bool) -> bytes:
    """Inflate ``data`` within the limits; ``lenient`` keeps what decodes before damage in the last
    bytes (a bad checksum), as pdfminer's own fallback does."""
    room, budget = _room()
    inflater = zlib.decompressobj()
    parts: list[bytes] = []
    size = 0
    for start in range(0, len(data), _CHUNK):
        chunk = data[start : start + _CHUNK]
        saved = inflater.copy()
        try:
            part = inflater.decompress(chunk, room + 1 - size)
        except zlib.error:
            if not lenient:
                raise
            part, failed_at = _until_damage(saved, chunk, room + 1 - size)
            if start + failed_at < len(data) - 3:
                raise
            parts.append(part)
            size += len(part)
            break
        size += len(part)
        if size > room:
            raise InflationLimit()
        parts.append(part)
        if inflater.eof:
            break
    if size > room:
        raise InflationLimit()
    if not inflater.eof and not lenient:
        raise zlib.error("incomplete or truncated stream")
    _charge(size, budget)
    return b"".join(parts)


def _until_damage(inflater: Any, chunk: bytes, room: int) -> tuple[bytes, int]:
    """What ``chunk`` inflates to byte by byte up to the damaged byte, and that byte's offset."""
    parts: list[bytes] = []
    for offset in range(len(chunk)):
        try:
            parts.append(inflater.decompress(chunk[offset : offset + 1], room))
        except zlib.error:
            return b"".join(parts), offset
    return b"".join(parts), len(chunk)


def _decompress(data: bytes, *_: Any) -> bytes:
    return _inflate(data, lenient=False)


def _decompress_corrupted(data: bytes) -> bytes:
    return _inflate(data, lenient=True)


def install() -> None:
    """Route pdfminer's inflation through the bounded inflater (idempotent)."""
    pdftypes.zlib = SimpleNamespace(  # type: ignore[assignment]
        decompress=_decompress, decompressobj=zlib.decompressobj, error=zlib.error
    )
    pdftypes.decompress_corrupted = _decompress_corrupted


def page_objects(document: PDFDocument, limit: int) -> list[PDFPage]:
    """The pages found by walking the page tree, at most ``limit + 1`` of them (never trusting /Count)."""
    return list(itertools.islice(PDFPage.create_pages(document), limit + 1))


def content_size(page: PDFPage) -> int:
    """Inflated size of the page's content streams (inflating them now; pdfminer reuses the result)."""
    size = 0
    for stream in page.contents:
        stream = pdftypes.resolve1(stream)
        if isinstance(stream, pdftypes.PDFStream):
            size += len(stream.get_data())
    return size
