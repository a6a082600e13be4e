"""Line breaking for CJK text in a terminal: a number with its unit is never split."""

from __future__ import annotations

import re

from rich.cells import cell_len

# A number with its separators, decimals and unit; a run of Latin letters/digits; else one character.
# Closing punctuation sticks to what precedes it, so no line starts with "，" or "）".
_ATOM = re.compile(
    r"[（(「『“]*(?:[-+－＋]?\d[\d,，]*(?:\.\d+)?(?:个百分点|万人次|个月|万人|人次|亿元|万元|千元|元|%|％|‰|人|户|倍|分|年|月|日|天|项|家|个)?"
    r"|[A-Za-z0-9_./:-]+|\S|\s+)[，。；：、,.;:)）」』%％]*"
)


def atoms(text: str) -> list[str]:
    return _ATOM.findall(text)


def wrap(text: str, width: int) -> list[str]:
    """Greedy lines of at most ``width`` cells; an atom wider than a line stands alone."""
    lines: list[str] = []
    current = ""
    for atom in atoms(text):
        if current and cell_len(current + atom) > width:
            lines.append(current.rstrip())
            current = atom.lstrip()
        else:
            current += atom
    if current.strip() or not lines:
        lines.append(current.rstrip())
    return lines
