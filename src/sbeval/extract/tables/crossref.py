"""A named total stated in the prose against the same total of its table: “财政拨款收入支出总计0.3万元”
against the 总计 of the 财政拨款收入支出决算总表. Only an exact name match counts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from sbeval.extract.core.labels import clause_start
from sbeval.extract.tables.cells import GRAND, compact
from sbeval.schema.document import Block, Heading, Paragraph
from sbeval.schema.figures import Figure
from sbeval.schema.tables import BudgetTable, TableRelation, Term

_TITLE_END = re.compile(r"(?:(?:决算|预算)?总表|(?:决算|预算)表)$")
_TITLE_START = re.compile(r"^(?:(?:19|20)\d{2}年度?)?(?:部门)?")
_VERB = r"(?:为|是|达到?|共计|合计)?"
# What may stand before the name: nothing, or the unit and the year (上海市××局2024年度).
_PREFIX_END = re.compile(r"(?:^|年度?|年)$")


def _named_totals(tables: Sequence[BudgetTable]) -> dict[str, tuple[int, Figure]]:
    """Name (收入支出总计, 财政拨款收入支出总计) → (table index, the 收入 side's 总计), for 收支总表."""
    found: dict[str, tuple[int, Figure]] = {}
    clashes: set[str] = set()
    for index, table in enumerate(tables):
        subject = _TITLE_START.sub("", _TITLE_END.sub("", compact(table.title)))
        if table.kind != "收支总表" or not subject or subject == compact(table.title):
            continue
        first = next((c.index for c in table.columns if c.panel == 0 and c.role == "value"), None)
        grand = [r for r in table.rows if r.panel == 0 and r.role == "total" and GRAND.fullmatch(r.label)]
        if first is None or len(grand) != 1 or first not in grand[0].values or grand[0].merged:
            continue
        name = subject + "总计"
        if name in found:
            clashes.add(name)
        found[name] = (index, grand[0].values[first])
    return {k: v for k, v in found.items() if k not in clashes}


def text_totals(blocks: Sequence[Block], figures: Sequence[Figure],
                tables: Sequence[BudgetTable]) -> list[tuple[int, TableRelation]]:
    named = _named_totals(tables)
    if not named:
        return []
    names = sorted(named, key=len, reverse=True)
    pattern = re.compile(r"(?P<pre>.*?)(?P<name>" + "|".join(map(re.escape, names)) + ")" + _VERB)
    out: list[tuple[int, TableRelation]] = []
    for figure in figures:
        block = blocks[figure.location.block] if figure.location.block is not None else None
        if not isinstance(block, (Paragraph, Heading)) or figure.base_unit != "元" or figure.period == "上年":
            continue
        clause = compact(block.text[clause_start(block.text, figure.start):figure.start])
        m = pattern.fullmatch(clause)
        if m is None or not _PREFIX_END.search(m["pre"]):
            continue
        index, total = named[m["name"]]
        out.append((index, TableRelation(kind="text_total", stated=figure, terms=[Term(figure=total)],
                                         description=m["name"])))
    return out
