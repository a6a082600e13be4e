"""Score tables and scores in prose, each tied to the overall score and grade the text states nearest to it."""

from __future__ import annotations

from sbeval.extract.core.context import Context
from sbeval.extract.tables.scores import score_table
from sbeval.extract.prose.score_lists import listed_scores
from sbeval.extract.prose.score_rows import flattened_score_sheets
from sbeval.extract.prose.scores import Overall, overall_scores, prose_items, stated_total_weight
from sbeval.schema.document import Block, Heading, Paragraph, Table
from sbeval.schema.scores import ScoreItem, ScoreTable, StatedGrade

_TITLE_LENGTH = 60


def find_score_tables(ctx: Context) -> list[ScoreTable]:
    """Every scoring table and every list of prose scores in the document, with its stated total and grade."""
    blocks = ctx.document.blocks
    found: list[ScoreTable] = []
    for index, block in enumerate(blocks):
        if isinstance(block, Table):
            table = score_table(block, _title(blocks, index))
            if table is not None:
                found.append(table)
    found += _prose_tables(ctx)
    found += flattened_score_sheets(ctx)
    found += listed_scores(ctx)
    overall, grades = overall_scores(ctx)
    _attach(found, overall)
    _attach_grades(found, grades)
    return found


def _title(blocks: list[Block], index: int) -> str:
    """The caption just above a table (…评分表, 绩效自评表), if there is one."""
    if index == 0:
        return ""
    previous = blocks[index - 1]
    if isinstance(previous, (Paragraph, Heading)) and "表" in previous.text and len(previous.text) <= _TITLE_LENGTH:
        return previous.text.strip()
    return ""


def _prose_tables(ctx: Context) -> list[ScoreTable]:
    groups: dict[object, list[ScoreItem]] = {}
    for key, item in prose_items(ctx):
        groups.setdefault(key, []).append(item)
    total_weight = stated_total_weight(ctx)
    return [
        ScoreTable(source="text", items=items, total_weight=total_weight if len(groups) == 1 else None,
                   location=items[0].location)
        for items in groups.values()
    ]


def _block(table: ScoreTable) -> int:
    return table.location.block or 0


def _attach(tables: list[ScoreTable], overall: list[Overall]) -> None:
    """Give each table the nearest stated overall score; a statement near no table stands alone."""
    used: set[int] = set()
    for table in tables:
        if not overall:
            break
        index, nearest = min(enumerate(overall), key=lambda pair: abs(pair[1].block - _block(table)))
        table.stated_score = nearest.score
        table.grade = nearest.grade
        used.add(index)
    for index, statement in enumerate(overall):
        if index not in used:
            tables.append(ScoreTable(source="text", stated_score=statement.score, grade=statement.grade,
                                     location=statement.score.location))


def _attach_grades(tables: list[ScoreTable], grades: list[StatedGrade]) -> None:
    """A grade stated without a score ("评价等级为良，各项得分见下表") goes to the nearest table lacking one."""
    for grade in grades:
        open_tables = [t for t in tables if t.grade is None and t.overall_score() is not None]
        if open_tables:
            nearest = min(open_tables, key=lambda t: abs(_block(t) - (grade.location.block or 0)))
            nearest.grade = grade
