"""What extraction works on: the document cut into sections, each paragraph and cell with its figures."""

from __future__ import annotations

from dataclasses import dataclass, field

from sbeval.extract.core.figures import find_figures
from sbeval.extract.lexicon.funds import fund_of
from sbeval.extract.lexicon.variants import simplified
from sbeval.schema.document import Document, Heading, Location, Paragraph, Table
from sbeval.schema.figures import Figure


@dataclass
class TextPiece:
    """One paragraph (or one table cell) with its figures; ``index`` orders the pieces in the document."""

    index: int
    text: str
    location: Location
    figures: list[Figure]
    section: Section
    in_table: bool = False
    is_heading: bool = False


@dataclass
class Section:
    """The blocks under one heading; ``fund`` is inherited from the enclosing heading when not named."""

    title: str
    level: int
    fund: str | None
    location: Location | None
    parent: Section | None = None
    units: list[TextPiece] = field(default_factory=list)

    def lineage(self) -> list[Section]:
        """This section and its ancestors, innermost first."""
        chain: list[Section] = []
        node: Section | None = self
        while node is not None:
            chain.append(node)
            node = node.parent
        return chain


@dataclass
class Context:
    document: Document
    sections: list[Section]
    units: list[TextPiece]

    @property
    def figures(self) -> list[Figure]:
        return [f for unit in self.units for f in unit.figures]

    def section_of(self, figure: Figure) -> Section | None:
        """The section whose text holds ``figure`` (matched by location)."""
        if not hasattr(self, "_by_location"):
            self._by_location = {unit.location: unit.section for unit in self.units}
        return self._by_location.get(figure.location)


def build_context(document: Document) -> Context:
    root = Section(title="", level=0, fund=None, location=None)
    sections, stack = [root], [root]
    units: list[TextPiece] = []
    for block in document.blocks:
        if isinstance(block, Heading):
            while len(stack) > 1 and stack[-1].level >= max(block.level, 1):
                stack.pop()
            parent = stack[-1]
            title = simplified(block.text)
            section = Section(title, max(block.level, 1), fund_of(title) or parent.fund, block.location, parent)
            sections.append(section)
            stack.append(section)
            units.append(TextPiece(len(units), title, block.location,
                                  find_figures(title, block.location), section, is_heading=True))
        elif isinstance(block, Paragraph):
            text = simplified(block.text)
            units.append(TextPiece(len(units), text, block.location, find_figures(text, block.location), stack[-1]))
        elif isinstance(block, Table):
            for cell in block.cells:
                text = simplified(cell.text)
                units.append(TextPiece(len(units), text, cell.location,
                                      find_figures(text, cell.location), stack[-1], in_table=True))
    for unit in units:
        unit.section.units.append(unit)
    return Context(document=document, sections=sections, units=units)
