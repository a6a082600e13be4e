"""Size limits a document must meet before extraction: a real report has a few hundred paragraphs,
a few dozen tables and a few thousand lines; a file far beyond that is refused with one clear line
instead of stalling a batch."""

from __future__ import annotations

from sbeval.parsers.errors import ReadError
from sbeval.schema.document import Document, Table

MAX_TEXT_LINES = 200_000  # lines of a .txt/.md file
MAX_BLOCKS = 30_000  # paragraphs, headings and tables of one document
MAX_GRID_CELLS = 1_000_000  # grid positions (rows × columns) of all tables of one document
ADVICE = "真实报告远小于此；请确认文件无误，或拆分后再读取"


def check_lines(path: str, count: int) -> None:
    if count > MAX_TEXT_LINES:
        raise ReadError(path, f"文本共 {count} 行，超过上限 {MAX_TEXT_LINES} 行；{ADVICE}")


def check_document(document: Document) -> Document:
    """``document`` when it is within the limits, else ``ReadError``."""
    if len(document.blocks) > MAX_BLOCKS:
        raise ReadError(document.path, f"文档共 {len(document.blocks)} 个段落和表格，超过上限 {MAX_BLOCKS} 个；{ADVICE}")
    cells = sum(b.n_rows * b.n_cols for b in document.blocks if isinstance(b, Table))
    if cells > MAX_GRID_CELLS:
        raise ReadError(document.path, f"文档的表格共 {cells} 个单元格位置，超过上限 {MAX_GRID_CELLS} 个；{ADVICE}")
    return document
