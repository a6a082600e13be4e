"""Copy-paste between sections: two sections about different funds or years with the same money figures.

A section's sequence is its prose amounts (no table cells, no zeros, no per-unit amounts or changes);
two sequences repeat when their longest common run in order holds at least two amounts and at least
half of the shorter sequence, and one of the shared amounts has three significant digits or more.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import combinations

from sbeval.extract.core.context import Context, Section
from sbeval.extract.lexicon.funds import fund_of
from sbeval.extract.prose import items
from sbeval.schema.document_checks import RepeatedFigures
from sbeval.schema.figures import Figure

_YEAR = re.compile(r"((?:19|20)\d{2})年")
_MIN_SHARED = 2
_DISTINCT_DIGITS = 3
# Enough for any real section; keeps the quadratic comparison bounded on hostile input.
_MAX_AMOUNTS = 400


def _subject(section: Section) -> tuple[str, str] | None:
    """What a section is about, by its own heading: ("fund", name) or ("year", 2023)."""
    fund = fund_of(section.title)
    if fund is not None:
        return ("fund", fund)
    year = _YEAR.search(section.title)
    return ("year", year.group(1)) if year else None


def _amounts(section: Section) -> list[Figure]:
    found = [
        figure for unit in section.units if not (unit.in_table or unit.is_heading)
        for figure in unit.figures
        if items.measure(figure) == "元" and figure.value != 0 and figure.unit
        and not items.is_change_or_rate(unit.text, figure.start)
    ]
    return found[:_MAX_AMOUNTS]


def _key(figure: Figure) -> Decimal:
    return (figure.value * figure.scale).normalize()


def _common_run(a: list[Figure], b: list[Figure]) -> list[tuple[Figure, Figure]]:
    """The longest common subsequence of two amount sequences, by value in base units."""
    ka, kb = [_key(f) for f in a], [_key(f) for f in b]
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            table[i][j] = (table[i + 1][j + 1] + 1 if ka[i] == kb[j]
                           else max(table[i + 1][j], table[i][j + 1]))
    pairs, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if ka[i] == kb[j]:
            pairs.append((a[i], b[j]))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _distinctive(figure: Figure) -> bool:
    return len(figure.text.rstrip("万亿元").replace(",", "").replace(".", "").strip("0-")) >= _DISTINCT_DIGITS


def find_repeats(ctx: Context) -> list[RepeatedFigures]:
    """Every pair of sections on different funds (or years) that repeat their amounts."""
    subjects = [(s, _subject(s), _amounts(s)) for s in ctx.sections]
    # each section's amounts as a set once, not once per pair: the pairs grow with the square of the sections
    candidates = [(s, subject, amounts, {_key(f) for f in amounts})
                  for s, subject, amounts in subjects if subject and amounts]
    found: list[RepeatedFigures] = []
    for (a, subject_a, amounts_a, keys_a), (b, subject_b, amounts_b, keys_b) in combinations(candidates, 2):
        if subject_a[0] != subject_b[0] or subject_a == subject_b:
            continue
        if len(keys_a & keys_b) < _MIN_SHARED:
            continue
        run = _common_run(amounts_a, amounts_b)
        shorter = min(len(amounts_a), len(amounts_b))
        if len(run) >= _MIN_SHARED and 2 * len(run) >= shorter and any(_distinctive(x) for x, _ in run):
            found.append(RepeatedFigures(first_title=a.title, second_title=b.title,
                                         first=[x for x, _ in run], second=[y for _, y in run]))
    return found
