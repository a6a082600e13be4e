"""Read a .txt/.md report: one non-empty line is one paragraph; headings from numbering; pasted tables."""

from __future__ import annotations

import re
from pathlib import Path

from sbeval.parsers.grid import to_table
from sbeval.parsers.bounds import check_lines
from sbeval.messages import msg
from sbeval.parsers.errors import ReadError
from sbeval.parsers.headings import numbering_level
from sbeval.parsers.normalize import normalize
from sbeval.parsers.text.decode import decode_text
from sbeval.parsers.text.tables import (
    TextGrid,
    is_flat_cell,
    is_pipe_row,
    is_tsv_row,
    parse_delimited,
    parse_flat,
)
from sbeval.schema.document import Block, Document, Heading, Location, Paragraph, Table

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BOOKMARK = re.compile(r"\[bookmark:[^\]]*\]\s*")
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})(?!#)\s*(\S.*)$")


def read_text(path: Path) -> Document:
    """Read a plain-text or Markdown report into a ``Document`` (format ``txt``)."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ReadError(str(path), msg("reason.cannot_read", detail=str(err.strerror or err))) from None
    text, encoding = decode_text(data, str(path))
    if not text.strip():
        raise ReadError(str(path), msg("reason.empty"))
    lines = _LINE_BREAK.split(text)
    check_lines(str(path), len(lines))
    builder = _Builder(str(path))
    i = 0
    while i < len(lines):
        i = _read_block(lines, i, builder)
    warnings = [] if encoding in {"UTF-8", "UTF-16", "UTF-32", "GB18030", "Big5"} else [
        f"文本编码无法确定，按 {encoding} 读取；如有乱码，请另存为 UTF-8"
    ]
    return Document(path=str(path), format="txt", blocks=builder.blocks, warnings=warnings)


def _read_block(lines: list[str], i: int, builder: _Builder) -> int:
    """Consume one block (or one blank line) starting at ``lines[i]``; return the next index."""
    line = lines[i]
    if is_flat_cell(line):
        end, table = parse_flat(lines, i)
        if table is not None:
            builder.add_table(table)
        else:  # tab-indented text, not a table
            for j in range(i, end):
                builder.add_line(lines[j], j + 1)
        return end
    for is_row, pipes in ((is_tsv_row, False), (is_pipe_row, True)):
        end = i
        while end < len(lines) and is_row(lines[end]) and not is_flat_cell(lines[end]):
            end += 1
        if end - i >= 2:
            table = parse_delimited(lines[i:end], i, pipes=pipes)
            if table is None:
                for j in range(i, end):
                    builder.add_line(lines[j], j + 1)
            else:
                builder.add_table(table)
            return end
    builder.add_line(line, i + 1)
    return i + 1


class _Builder:
    """Collects blocks with their locations."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.blocks: list[Block] = []
        self.n_tables = 0

    def add_line(self, line: str, line_no: int) -> None:
        raw = _BOOKMARK.sub("", line).strip()
        if not raw:
            return
        location = Location(file=self.file, block=len(self.blocks), line=line_no)
        markdown = _MARKDOWN_HEADING.match(raw)
        if markdown:
            raw = markdown.group(2).strip()
        text = normalize(raw)
        if not text:
            return
        level = numbering_level(text)
        if level is None and markdown:
            level = len(markdown.group(1))
        if level is not None:
            self.blocks.append(Heading(level=level, text=text, raw=raw, location=location))
        else:
            self.blocks.append(Paragraph(text=text, raw=raw, location=location))

    def add_table(self, grid: TextGrid) -> None:
        self.n_tables += 1
        location = Location(file=self.file, block=len(self.blocks), table=self.n_tables, line=grid.line)
        self.blocks.append(to_table(grid, location, wrapped=False))
