"""Helpers the tests share (importable because pyproject puts tests/ on the pytest path)."""

from __future__ import annotations

from sbeval.extract.core.context import Context, build_context
from sbeval.parsers.normalize import normalize
from sbeval.schema.document import Document, Heading, Location, Paragraph


def context(*blocks: str | tuple[int, str]) -> Context:
    """An extraction context from headings ((level, text)) and paragraphs, normalised as the readers do."""
    built: list[Heading | Paragraph] = []
    for i, block in enumerate(blocks):
        location = Location(file="t.txt", block=i, line=i + 1)
        if isinstance(block, tuple):
            built.append(Heading(level=block[0], text=normalize(block[1]), raw=block[1], location=location))
        else:
            built.append(Paragraph(text=normalize(block), raw=block, location=location))
    return build_context(Document(path="t.txt", format="txt", blocks=built))
