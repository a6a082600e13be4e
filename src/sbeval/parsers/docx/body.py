"""WordprocessingML walking: block elements in reading order and paragraph text built from the runs."""

from __future__ import annotations

from collections.abc import Iterator

from lxml import etree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

W_P = f"{W}p"
W_TBL = f"{W}tbl"
W_TR = f"{W}tr"
W_TC = f"{W}tc"
W_SDT = f"{W}sdt"
W_SDT_CONTENT = f"{W}sdtContent"
W_PPR = f"{W}pPr"
W_VAL = f"{W}val"
TXBX_CONTENT = f"{W}txbxContent"
MC_ALTERNATE = f"{MC}AlternateContent"
MC_CHOICE = f"{MC}Choice"

# Containers whose children are blocks (or rows, or cells) as if they stood in the parent.
TRANSPARENT = frozenset({W_SDT_CONTENT, f"{W}customXml"})
_TEXT = frozenset({f"{W}t", f"{M}t"})
_CHARS = {
    f"{W}tab": "\t",
    f"{W}ptab": "\t",
    f"{W}br": "\n",
    f"{W}cr": "\n",
    f"{W}noBreakHyphen": "-",
}
# Deleted or moved-away text, properties (pPr holds tab stops), and field codes are not text.
_SKIP = frozenset(
    {
        f"{W}del",
        f"{W}moveFrom",
        f"{W}pPr",
        f"{W}rPr",
        f"{W}instrText",
        f"{W}delInstrText",
        f"{W}sectPr",
        f"{MC}Fallback",
    }
)


def children(container: etree._Element) -> Iterator[etree._Element]:
    """Children of ``container``, looking through content controls and custom-XML wrappers."""
    for child in container:
        tag = child.tag
        if tag == W_SDT:
            content = child.find(W_SDT_CONTENT)
            if content is not None:
                yield from children(content)
        elif tag in TRANSPARENT:
            yield from children(child)
        else:
            yield child


def paragraph_text(p: etree._Element) -> tuple[str, list[etree._Element]]:
    """The paragraph's text as written, and the text boxes anchored in it (read separately, once)."""
    parts: list[str] = []
    boxes: list[etree._Element] = []
    _collect(p, parts, boxes)
    return "".join(parts), boxes


def _collect(element: etree._Element, parts: list[str], boxes: list[etree._Element]) -> None:
    for child in element:
        tag = child.tag
        if tag in _TEXT:
            parts.append(child.text or "")
        elif tag in _SKIP or not isinstance(tag, str):
            continue
        elif tag in _CHARS:
            parts.append(_CHARS[tag])
        elif tag == TXBX_CONTENT:
            boxes.append(child)
        elif tag == MC_ALTERNATE:
            # The Choice branch and the Fallback branch render the same content twice.
            choice = child.find(MC_CHOICE)
            if choice is not None:
                _collect(choice, parts, boxes)
        else:
            # Runs, hyperlinks, smart tags, w:ins, inline content controls, fields, drawings.
            _collect(child, parts, boxes)
