"""Two columns of a table run into prose, row by row: "年度金额:208万元…合计:109.8万元中央财政165万元
中央财政84.5万元省级财政43万元省级财政25.3万元" (a 自评表's 资金情况 as a web page flattens it).

Each row name is written twice in a row, once per column, with nothing else between the names and
their figures; the two figures just before the first row are the columns' totals. The rows are the
table's, so the list is closed.
"""

from __future__ import annotations

import re

from sbeval.extract.core.context import Context
from sbeval.extract.prose import items
from sbeval.schema.figures import Figure
from sbeval.schema.relations import SumRelation, Term

_NAME = re.compile(r"\s*(?P<name>[\u4e00-\u9fff（）()]{2,12})\s*[:：]?\s*")
_HEAD_GAP = re.compile(r"[^。；;\d]{0,40}")


Row = tuple[str, Figure, Figure]


def _pairs(text: str, figures: list[Figure], first: int) -> list[Row]:
    """The rows from figure ``first`` on: (name, left, right) while each name is written twice."""
    rows: list[Row] = []
    at = first
    while at + 1 < len(figures):
        left, right = figures[at], figures[at + 1]
        before = figures[at - 1].end
        one, two = _NAME.fullmatch(text, before, left.start), _NAME.fullmatch(text, left.end, right.start)
        if not one or not two or one.group("name") != two.group("name"):
            break
        rows.append((one.group("name"), left, right))
        at += 2
    return rows


def paired_columns(ctx: Context) -> list[SumRelation]:
    """The two column sums of every such run of at least two rows under its two totals."""
    found: list[SumRelation] = []
    for unit in ctx.units:
        figures = unit.figures
        if unit.in_table or len(figures) < 6:
            continue
        at = 2
        while at + 3 < len(figures):
            rows = _pairs(unit.text, figures, at)
            totals = figures[at - 2], figures[at - 1]
            gap = unit.text[totals[0].end:totals[1].start]
            if len(rows) >= 2 and _HEAD_GAP.fullmatch(gap) and all(
                    items.measure(f) == "元" for f in (*totals, *(x for _, a, b in rows for x in (a, b)))):
                for column, total in enumerate(totals):
                    parts = [left if column == 0 else right for _, left, right in rows]
                    found.append(SumRelation(kind="sum", label=total.label or "合计", total=total,
                                             parts=[Term(figure=p) for p in parts], closed=True,
                                             cue="表列合计"))
                at += 2 * len(rows)
            else:
                at += 1
    return found
