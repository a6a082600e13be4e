"""The words that made a relation: the cue a finding names so that a reader sees why sbeval read it.

A relation's cue is the genre's cue words (list openers, closing sums, ratio and change words, in
``lexicon.vocabulary``) found in the text from its first to its last figure within the paragraph or
cell of its principal figure; with no other figure there, in that figure's sentence.
"""

from __future__ import annotations

import re
from typing import TypeVar

from sbeval.extract.core import sentences
from sbeval.extract.core.context import Context, TextPiece
from sbeval.extract.lexicon.vocabulary import CHANGE_CUES, CLOSING_SUMS, LIST_OPENERS, RATIO_CUES
from sbeval.schema.document import Location
from sbeval.schema.figures import Figure
from sbeval.schema.relations import ChangeRelation, RatioRelation, SumRelation



def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """Longest words first; 共, 由 and 占 only where they cue (共计, 由…至, 占 but not 占用)."""
    plain = sorted(set(words) - {"共", "由", "占"}, key=len, reverse=True)
    special = {"共": r"共(?=计|有)", "由": r"由(?=[^，。；]{0,12}?至)", "占": r"占(?!用)"}
    return re.compile("|".join([*map(re.escape, plain), *(special[w] for w in special if w in words)]))


_SUM_CUE = _pattern((*LIST_OPENERS, *CLOSING_SUMS, "分别为", "分别是", "当期结余", "本年收支结余", "年末滚存结余", "结余"))
_RATIO_CUE = _pattern(RATIO_CUES)
_CHANGE_CUE = _pattern(CHANGE_CUES)
_MAX_WORDS = 4
R = TypeVar("R", SumRelation, RatioRelation, ChangeRelation)
_Key = tuple[int | None, int | None, int | None, int | None]


def _key(figure: Figure) -> _Key:
    return _place(figure.location)


def _place(loc: Location) -> _Key:
    return loc.block, loc.table, loc.row, loc.column


def cue_of(pieces: dict[_Key, TextPiece], relation: SumRelation | RatioRelation | ChangeRelation) -> str:
    figures = relation.figures()
    principal, others = (figures[0], figures[1:]) if figures else (None, [])
    piece = pieces.get(_key(principal)) if principal is not None else None
    if principal is None or piece is None:
        return ""
    near = sorted({(f.start, f.end) for f in [principal, *others] if _key(f) == _key(principal) and f.end > f.start})
    if len(near) == 1:
        near.insert(0, (sentences.start_of(piece.text, principal.start),) * 2)
    stops = sorted(f.end for f in piece.figures if (f.start, f.end) not in near)
    words: list[str] = []
    cue = _SUM_CUE if isinstance(relation, SumRelation) else _RATIO_CUE if isinstance(relation, RatioRelation) \
        else _CHANGE_CUE
    for (_, gap_start), (gap_end, _) in zip(near, near[1:]):
        # Only the words after the last figure of no part in this relation: "基金支出X，完成预算P%。其中：…"
        start = max([gap_start, *(end for end in stops if gap_start <= end <= gap_end)])
        for match in cue.finditer(piece.text, start, gap_end):
            if match.group() not in words:
                words.append(match.group())
    return "…".join(words[:_MAX_WORDS])


def with_cues(ctx: Context, relations: list[R]) -> list[R]:
    """The relations, each with its cue (a relation that already names one keeps it)."""
    pieces = {_place(unit.location): unit for unit in ctx.units}
    return [r if r.cue else r.model_copy(update={"cue": cue_of(pieces, r)}) for r in relations]
