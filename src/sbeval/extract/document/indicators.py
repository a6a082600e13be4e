"""Indicator tables of the document, each with the caption above it and the shortfalls the text admits."""

from __future__ import annotations

from sbeval.extract.core.context import Context
from sbeval.extract.core import sentences
from sbeval.extract.lexicon.vocabulary import SHORTFALLS
from sbeval.extract.prose.indicator_rows import flattened_tables
from sbeval.extract.prose.indicator_sentences import indicator_sentences
from sbeval.extract.tables.indicators import indicator_table
from sbeval.schema.document import Heading, Location, Paragraph, Table
from sbeval.schema.figures import Figure
from sbeval.schema.indicators import IndicatorTable

_TITLE_LENGTH = 60


def find_indicator_tables(ctx: Context) -> list[IndicatorTable]:
    """Every table whose header names indicators and their targets."""
    blocks = ctx.document.blocks
    found: list[IndicatorTable] = []
    for index, block in enumerate(blocks):
        if not isinstance(block, Table):
            continue
        previous = blocks[index - 1] if index else None
        title = ""
        if isinstance(previous, (Paragraph, Heading)) and "表" in previous.text and len(previous.text) <= _TITLE_LENGTH:
            title = previous.text.strip()
        table = indicator_table(block, title)
        if table is not None:
            found.append(table)
    found += flattened_tables(ctx)
    found += indicator_sentences(ctx)
    admitted = _admitted(ctx, {t.location for t in found if t.source == "text"})
    for table in found:
        for indicator in table.indicators:
            actual = indicator.actual.value if indicator.actual else None
            indicator.acknowledged = indicator.acknowledged or actual is not None and _key(actual) in admitted
    return found


def _key(figure: Figure) -> tuple[object, str | None]:
    return figure.value * figure.scale, figure.base_unit


def _admitted(ctx: Context, flattened: set[Location]) -> set[tuple[object, str | None]]:
    """Figures of the prose (not of a flattened table) that stand in a sentence admitting a shortfall."""
    keys: set[tuple[object, str | None]] = set()
    for unit in ctx.units:
        if unit.in_table or unit.location in flattened:
            continue
        admits: dict[tuple[int, int], bool] = {}  # per sentence, not per figure: dense tables flattened to prose
        for figure in unit.figures:
            bounds = sentences.bounds(unit.text, figure.start)
            if bounds not in admits:
                admits[bounds] = any(word in unit.text[bounds[0]:bounds[1]] for word in SHORTFALLS)
            if admits[bounds]:
                keys.add(_key(figure))
    return keys
