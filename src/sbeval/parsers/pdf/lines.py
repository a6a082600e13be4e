"""Characters into visual lines by their baseline, whatever font each glyph comes from.

A Word/WPS export sets Chinese in one font (仿宋) and digits in another (Times New Roman);
the two fonts report different ascents, so the digits' boxes sit several points below the
Chinese glyphs of the same line. Grouping by ``top`` takes every number out of its sentence;
the baseline they share does not. Each glyph gets a box rebuilt from its baseline and size,
the same for every font, which the line grouping and the table cells both use.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

Char = dict[str, Any]

ASCENT, DESCENT = 0.88, 0.12  # share of the size above and below the baseline: a font-independent box
SAME_BASELINE = 0.25  # baselines closer than this share of the size belong to one line
OVERLAP = 0.5  # a group overlapping its neighbour by this share of its height, glyphs not colliding, is one line
SPACE_GAP = 0.25  # a horizontal gap wider than this share of the size is written as a space


def baseline(char: Char) -> float:
    """The glyph's baseline in top-down page coordinates (its box bottom when the text is rotated)."""
    matrix = char.get("matrix")
    if matrix is not None and char.get("upright", True) and abs(matrix[1]) < 1e-6 and abs(matrix[2]) < 1e-6:
        # pdfminer puts the box bottom at origin + descent: bottom + (y0 - origin) is the origin itself
        return float(char["bottom"] + char["y0"] - matrix[5])
    return float(char["baseline"] if "baseline" in char else char["bottom"])


def even_boxes(chars: Iterable[Char]) -> list[Char]:
    """The characters with ``top``/``bottom`` rebuilt from baseline and size (the font's own box dropped)."""
    out = []
    for char in chars:
        base, size = baseline(char), float(char["size"]) or 1.0
        out.append({**char, "baseline": base, "top": base - ASCENT * size, "bottom": base + DESCENT * size})
    return out


def _base(char: Char) -> float:
    return float(char["baseline"] if "baseline" in char else char["bottom"])


def _collide(a: list[Char], b: list[Char]) -> bool:
    """Whether a glyph of one group covers a glyph of the other horizontally (two real lines do)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    spans = sorted((c["x0"], c["x1"]) for c in large)
    starts = [x0 for x0, _ in spans]
    for char in small:
        x0, x1 = char["x0"], char["x1"]
        margin = 0.3 * max(x1 - x0, 0.1)
        i = bisect_left(starts, x0)
        for j in (i - 1, i):
            if 0 <= j < len(spans) and min(x1, spans[j][1]) - max(x0, spans[j][0]) > margin:
                return True
    return False


def _overlap_share(a: list[Char], b: list[Char]) -> float:
    a_top, a_bottom = min(c["top"] for c in a), max(c["bottom"] for c in a)
    b_top, b_bottom = min(c["top"] for c in b), max(c["bottom"] for c in b)
    height = min(a_bottom - a_top, b_bottom - b_top) or 1.0
    return (min(a_bottom, b_bottom) - max(a_top, b_top)) / height


def group_lines(chars: Sequence[Char]) -> list[list[Char]]:
    """Lines of characters (even boxes), top to bottom, each in reading order left to right.

    Characters join a line when their baselines agree within a share of the size; a small
    group left beside a line (a raised footnote mark, a glyph of odd metrics) joins it when
    the boxes overlap by a good share of their height and no glyphs collide.
    """
    ordered = sorted(chars, key=_base)
    groups: list[list[Char]] = []
    anchor = 0.0
    for char in ordered:
        if groups and _base(char) - anchor <= SAME_BASELINE * max(float(char["size"]), 1.0):
            groups[-1].append(char)
        else:
            groups.append([char])
            anchor = _base(char)
    merged: list[list[Char]] = []
    for group in groups:
        if merged and _overlap_share(merged[-1], group) >= OVERLAP and not _collide(merged[-1], group):
            merged[-1].extend(group)
        else:
            merged.append(group)
    return [sorted(group, key=itemgetter("x0")) for group in merged]


def line_text(chars: Sequence[Char]) -> str:
    """The characters of one line as text, a space where the gap between two glyphs is wide."""
    parts: list[str] = []
    previous: Char | None = None
    for char in chars:
        if previous is not None and not previous["text"].isspace() and not char["text"].isspace():
            gap = char["x0"] - previous["x1"]
            if gap > SPACE_GAP * min(float(char["size"]), float(previous["size"])):
                parts.append(" ")
        parts.append(char["text"])
        previous = char
    return "".join(parts)


def block_text(chars: Sequence[Char]) -> str:
    """The text of a block of characters (a table cell): its lines joined by newlines."""
    return "\n".join(line_text(line) for line in group_lines(chars))
