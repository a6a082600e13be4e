"""The one sentence and clause splitter: where the sentence, statement or clause around a position
starts and ends. Every finder that needs a sentence asks here, so they all cut text the same way."""

from __future__ import annotations

import bisect
from functools import lru_cache

from sbeval.extract.lexicon.vocabulary import FULL_STOPS, SEMICOLONS

# A sentence ends at a full stop or a paragraph break; a statement also at ；(one item of a list,
# one link of a clause chain); a clause at any mark that separates the words naming a figure.
SENTENCE = frozenset(FULL_STOPS + "\n")
STATEMENT = frozenset(FULL_STOPS + SEMICOLONS + "\n")
# Quotation marks stay inside a name (“三公”经费, 评级为“优”的项目); book titles do not.
CLAUSE = frozenset("，,。；;：:、（）()\n《》")


def start_of(text: str, pos: int, stops: frozenset[str] = STATEMENT) -> int:
    """Offset just after the last stop before ``pos`` (0 when none)."""
    found = _stops(text, stops)
    index = bisect.bisect_left(found, pos)
    return found[index - 1] + 1 if index else 0


def end_of(text: str, pos: int, stops: frozenset[str] = STATEMENT) -> int:
    """Offset just after the first stop at or after ``pos`` (the text's end when none)."""
    found = _stops(text, stops)
    index = bisect.bisect_left(found, pos)
    return found[index] + 1 if index < len(found) else len(text)


@lru_cache(maxsize=512)
def _stops(text: str, stops: frozenset[str]) -> list[int]:
    """Offsets of the stops in ``text``, found once per text: a figure-dense paragraph asks for each of
    its figures, and walking back from every one of them would cost the square of its length."""
    return [i for i, char in enumerate(text) if char in stops]


def bounds(text: str, pos: int, stops: frozenset[str] = STATEMENT) -> tuple[int, int]:
    """Start and end offsets of the statement (or, with ``stops``, the sentence) around ``pos``."""
    return start_of(text, pos, stops), end_of(text, pos, stops)


def clause_start(text: str, pos: int) -> int:
    """Where the clause that names the figure at ``pos`` starts."""
    return start_of(text, pos, CLAUSE)


def ends_at(text: str, pos: int, stops: frozenset[str] = SENTENCE) -> bool:
    """Whether the character before ``pos`` is one of ``stops``."""
    return pos > 0 and text[pos - 1] in stops
