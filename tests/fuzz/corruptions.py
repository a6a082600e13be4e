"""A seeded generator of corrupted and oversized inputs built from the corpus seeds (nothing is committed).

Kinds: byte flips and truncations of every seed; zip-member deletion and corruption of .docx and .xlsx;
deep, entity-expanding and huge XML inside them; a broken xref and a lying /Count in PDFs; binary garbage
and mixed encodings in .txt.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
SEEDS = [CORPUS / f"seed00{i}{suffix}" for i in range(5) for suffix in (".txt", ".docx", ".pdf")]
PER_KIND = 9  # flips and cuts per seed

Variant = tuple[str, str, bytes]  # name, suffix, content
_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 50)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def zip_edit(rng: random.Random, data: bytes, delete: bool) -> bytes:
    """The archive with one member (chosen by ``rng``) deleted or its bytes flipped."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        victim = rng.choice(source.infolist()).filename
    if delete:
        return _rezip(data, {victim: None})
    return _rezip(data, {victim: lambda body: flip(rng, body) if body else body})


def _rezip(data: bytes, edits: dict[str, Callable[[bytes], bytes] | None]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            edit = edits.get(item.filename, lambda body: body)
            if edit is not None:
                out.writestr(item, edit(source.read(item)))
    return buffer.getvalue()


def _deep(root: bytes, element: bytes, depth: int = 100_000) -> Callable[[bytes], bytes]:
    """Elements nested far past any real document (libxml2 stops at 256 levels without XML_PARSE_HUGE)."""
    open_tag, close_tag = b"<" + element + b">", b"</" + element + b">"
    return lambda body: b'<?xml version="1.0"?><' + root + b">" + open_tag * depth + close_tag * depth + \
        b"</" + root.split(b" ")[0] + b">"


def _entity_bomb(root: bytes, holder: bytes) -> Callable[[bytes], bytes]:
    """"Billion laughs": ten levels of entities each expanding to ten of the one before (10^10 bytes)."""
    entities = b'<!ENTITY e0 "lol">' + b"".join(
        b"<!ENTITY e%d \"%s\">" % (level, b"&e%d;" % (level - 1) * 10) for level in range(1, 11))
    name = root.split(b" ")[0]
    return lambda body: (b'<?xml version="1.0"?><!DOCTYPE ' + name + b" [" + entities + b"]><" + root + b">"
                         + holder.replace(b"TEXT", b"&e10;") + b"</" + name + b">")


def _huge_text(root: bytes, holder: bytes) -> Callable[[bytes], bytes]:
    """One text node of 24 MB (it deflates to a few kilobytes)."""
    text = "收入1万元，".encode() * 1_500_000
    name = root.split(b" ")[0]
    return lambda body: b'<?xml version="1.0"?><' + root + b">" + holder.replace(b"TEXT", text) + b"</" + name + b">"


def _xml_attacks(data: bytes, member: str, root: bytes, element: bytes, holder: bytes) -> Iterator[tuple[str, bytes]]:
    yield "deep_xml", _rezip(data, {member: _deep(root, element)})
    yield "entity_bomb", _rezip(data, {member: _entity_bomb(root, holder)})
    yield "huge_xml", _rezip(data, {member: _huge_text(root, holder)})


def workbook(text: str) -> bytes:
    """A 自评表-like .xlsx: one row per line of ``text``, the figures of the line in the second column."""
    book = openpyxl.Workbook()
    sheet = book.active
    for line in text.splitlines()[:60]:
        sheet.append([line[:40], line[40:80] or None])
    buffer = io.BytesIO()
    book.save(buffer)
    return _stable(buffer.getvalue())


def _stable(data: bytes) -> bytes:
    """The archive without the times of its making (openpyxl stamps members and docProps), so runs agree."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            body = source.read(item)
            if item.filename == "docProps/core.xml":
                body = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-01-01T00:00:00Z", body)
            out.writestr(zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0)), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def variants() -> Iterator[Variant]:
    rng = random.Random(11)
    sheets = [("seed000.xlsx", ".xlsx", workbook((CORPUS / "seed000.txt").read_text(encoding="utf-8")))]
    for seed in SEEDS:
        data = seed.read_bytes()
        yield from _damaged(rng, seed.name, seed.suffix, data)
    for name, suffix, data in sheets:
        yield from _damaged(rng, name, suffix, data)


def _damaged(rng: random.Random, name: str, suffix: str, data: bytes) -> Iterator[Variant]:
    for n in range(PER_KIND):
        yield f"{name}-flip{n}", suffix, flip(rng, data)
        yield f"{name}-cut{n}", suffix, data[: rng.randrange(1, len(data))]
    if suffix in (".docx", ".xlsx"):
        yield f"{name}-zipdel", suffix, zip_edit(rng, data, delete=True)
        yield f"{name}-zipbad", suffix, zip_edit(rng, data, delete=False)
    if suffix == ".docx":
        for kind, attacked in _xml_attacks(data, "word/document.xml", b"w:document " + _W, b"w:r",
                                           b"<w:body><w:p><w:r><w:t>TEXT</w:t></w:r></w:p></w:body>"):
            yield f"{name}-{kind}", suffix, attacked
    if suffix == ".xlsx":
        sheet = b'worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
        for kind, attacked in _xml_attacks(data, "xl/worksheets/sheet1.xml", sheet, b"row",
                                           b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>TEXT</t></is>'
                                           b"</c></row></sheetData>"):
            yield f"{name}-{kind}", suffix, attacked
    if suffix == ".pdf":
        yield f"{name}-xref", suffix, data.replace(b"startxref", b"startxrex")
        yield f"{name}-count", suffix, data.replace(b"/Count ", b"/Count 3000")
    if suffix == ".txt":
        yield f"{name}-garbage", suffix, data + bytes(rng.randrange(256) for _ in range(3000))
        middle = len(data) // 2
        yield f"{name}-mixed", suffix, data[:middle] + data[middle:].decode("utf-8", errors="ignore").encode(
            "gb18030", errors="ignore")
