"""Pages into one stream of paragraphs and tables, joining what a page break cut in two."""

from __future__ import annotations

from sbeval.parsers.pdf.page import Line, PageContent
from sbeval.parsers.pdf.paragraphs import Layout, Para, starts_paragraph
from sbeval.parsers.pdf.stitch import same_frame, stitch
from sbeval.parsers.pdf.tables import PageGrid

Element = Line | PageGrid
Item = Para | PageGrid


def _page_elements(page: PageContent) -> list[Element]:
    elements: list[tuple[float, int, Element]] = [(line.top, 1, line) for line in page.lines]
    elements += [(grid.bbox[1], 0, grid) for grid in page.grids]
    return [element for _, _, element in sorted(elements, key=lambda e: (e[0], e[1]))]


def _continues(last: Item | None, first: Element, before: Layout, layout: Layout) -> bool:
    """Whether the first element of a page carries on the last item of the page before (frame ``before``)."""
    if isinstance(last, PageGrid) and isinstance(first, PageGrid):
        return same_frame(last, first)
    if isinstance(last, Para) and isinstance(first, Line):
        return not starts_paragraph(last.lines[-1], first, before, layout)
    return False


def flow(pages: list[PageContent], layouts: dict[int, Layout] | Layout) -> list[Item]:
    """Paragraphs and tables in reading order; a table or paragraph across pages becomes one item.

    ``layouts`` gives each page's text frame by page number (or one frame for every page).
    """
    frames = layouts if isinstance(layouts, dict) else {page.number: layouts for page in pages}
    items: list[Item] = []
    previous = 0  # number of the last page that had content: nothing carries over an empty (scanned) page
    for page in pages:
        elements = _page_elements(page)
        if not elements:
            continue
        last = items[-1] if items else None
        layout = frames[page.number]
        carried = page.number == previous + 1 and _continues(last, elements[0], frames.get(previous, layout), layout)
        previous = page.number
        for index, element in enumerate(elements):
            last = items[-1] if items else None
            if isinstance(element, PageGrid):
                if index == 0 and carried and isinstance(last, PageGrid):
                    items[-1] = stitch(last, element)
                else:
                    items.append(element)
                continue
            if index == 0:
                join = carried
            else:
                join = isinstance(last, Para) and not starts_paragraph(last.lines[-1], element, layout)
            if join and isinstance(last, Para):
                last.lines.append(element)
            else:
                items.append(Para(page=page.number, lines=[element]))
    return items
