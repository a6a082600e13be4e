"""The .docx reader: body XML walked in order into headings, paragraphs and origin-cell tables."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from sbeval.parsers.docx.package import open_docx
from sbeval.parsers.docx.tables import content_lines, table_grid
from sbeval.parsers.grid import Grid, to_table
from sbeval.parsers.docx.body import W, W_P, W_PPR, W_TBL, W_VAL, children, paragraph_text
from sbeval.parsers.headings import numbering_level, style_level
from sbeval.parsers.normalize import normalize
from sbeval.schema.document import Block, Document, Heading, Location, Paragraph, Table

_STYLE = f"{W}style"
_STYLE_ID = f"{W}styleId"
_P_STYLE = f"{W}pPr/{W}pStyle"
_OUTLINE = f"{W}outlineLvl"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_BODY_OUTLINE_LEVEL = 9  # w:outlineLvl 9 means body text


def read_docx(path: Path) -> Document:
    """Read a .docx report into a ``Document``; raise ``ReadError`` when it cannot be read."""
    doc = open_docx(path)
    file = str(path)
    levels, default_style = _style_levels(doc)
    blocks: list[Block] = []
    n_tables = 0
    for element, raw in _body_items(doc.element.body):
        location = Location(file=file, block=len(blocks))
        if isinstance(raw, Grid):
            n_tables += 1
            blocks.append(_table(raw, location.model_copy(update={"table": n_tables})))
            continue
        text = normalize(raw, wrapped=False)
        if not text:
            continue
        level = _paragraph_level(element, levels, default_style)
        if level is None:
            level = numbering_level(text)
        if level is None:
            blocks.append(Paragraph(text=text, raw=raw, location=location))
        else:
            blocks.append(Heading(level=level, text=text, raw=raw, location=location))
    headers, footers = _headers_footers(doc, file)
    return Document(path=file, format="docx", blocks=blocks, headers=headers, footers=footers)


def _body_items(container: etree._Element) -> Iterator[tuple[etree._Element, str | Grid]]:
    """(element, raw paragraph text or table grid) in reading order; text boxes follow their anchor."""
    for child in children(container):
        if child.tag == W_P:
            raw, boxes = paragraph_text(child)
            yield child, raw
            for box in boxes:
                yield from _body_items(box)
        elif child.tag == W_TBL:
            yield child, table_grid(child)


def _table(grid: Grid, location: Location) -> Table:
    return to_table(grid, location, wrapped=False)


def _style_levels(doc: DocxDocument) -> tuple[dict[str, int], str | None]:
    """Heading level per paragraph style id (name first, then outline level through basedOn), read once."""
    names: dict[str, str] = {}
    outline: dict[str, int] = {}
    based_on: dict[str, str] = {}
    default: str | None = None
    for style in doc.styles.element.iterchildren(_STYLE):
        sid = style.get(_STYLE_ID)
        if sid is None or style.get(f"{W}type", "paragraph") != "paragraph":
            continue
        if style.get(f"{W}default") in ("1", "true", "on"):
            default = sid
        name = style.find(f"{W}name")
        names[sid] = name.get(W_VAL, "") if name is not None else ""
        parent = style.find(f"{W}basedOn")
        if parent is not None:
            based_on[sid] = parent.get(W_VAL, "")
        level = _outline_level(style.find(W_PPR))
        if level is not None:
            outline[sid] = level
    levels: dict[str, int] = {}
    for sid, name in names.items():
        level = style_level(name)
        seen: set[str] = set()
        current: str | None = sid
        while level is None and current is not None and current not in seen:
            seen.add(current)
            level = outline.get(current)
            current = based_on.get(current)
        if level is not None:
            levels[sid] = level
    return levels, default


def _outline_level(p_pr: etree._Element | None) -> int | None:
    element = p_pr.find(_OUTLINE) if p_pr is not None else None
    if element is None:
        return None
    try:
        value = int(element.get(W_VAL, ""))
    except ValueError:
        return None
    return value + 1 if 0 <= value < _BODY_OUTLINE_LEVEL else None


def _paragraph_level(p: etree._Element, levels: dict[str, int], default_style: str | None) -> int | None:
    direct = _outline_level(p.find(W_PPR))
    if direct is not None:
        return direct
    style = p.find(_P_STYLE)
    sid = style.get(W_VAL) if style is not None else default_style
    return levels.get(sid) if sid is not None else None


def _headers_footers(doc: DocxDocument, file: str) -> tuple[list[Paragraph], list[Paragraph]]:
    """Header and footer paragraphs in section order, each distinct text once."""
    found: dict[str, dict[str, Paragraph]] = {RT.HEADER: {}, RT.FOOTER: {}}
    rels = doc.part.rels
    for reference in doc.element.body.iter(f"{W}headerReference", f"{W}footerReference"):
        rel = rels.get(reference.get(_R_ID, ""))
        if rel is None or rel.is_external or rel.reltype not in found:
            continue
        element = getattr(rel.target_part, "element", None)
        if element is None:
            continue
        for raw in content_lines(element):
            text = normalize(raw, wrapped=False)
            if text and text not in found[rel.reltype]:
                found[rel.reltype][text] = Paragraph(text=text, raw=raw, location=Location(file=file))
    return list(found[RT.HEADER].values()), list(found[RT.FOOTER].values())
