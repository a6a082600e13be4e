"""Heading levels from Chinese official-document numbering (GB/T 9704) and Word styles."""

from __future__ import annotations

import re

_CN_NUM = "一二三四五六七八九十百零〇两"
_LEVELS: tuple[tuple[int, re.Pattern[str], int], ...] = (
    # (level, pattern, max length of a heading line)
    (1, re.compile(rf"^[{_CN_NUM}]+[、.．]"), 40),
    (2, re.compile(rf"^[（(][{_CN_NUM}]+[）)]"), 80),
    (3, re.compile(r"^\d{1,2}(?:[、]|[.．](?!\d))"), 40),
    (4, re.compile(r"^[（(]\d{1,2}[）)]"), 60),
)
_STYLE_LEVEL = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)


def numbering_level(text: str) -> int | None:
    """The heading level that the numbering at the start of ``text`` implies, if the line reads as a heading.

    A numbered line is a heading only when it is short and is not a sentence:
    no 。 and no trailing ：/； (those are list items inside a paragraph).
    """
    line = text.strip().lstrip("#").strip()
    for level, pattern, max_len in _LEVELS:
        if pattern.match(line):
            if len(line) > max_len or "。" in line or line.endswith(("：", ":", "；", ";", "，", ",")):
                return None
            return level
    return None


def style_level(style_name: str | None) -> int | None:
    """Level of a Word heading style ("Heading 2", "标题 2"), or None; "Title" counts as level 0."""
    if not style_name:
        return None
    if style_name.strip().lower() == "title":
        return 0
    match = _STYLE_LEVEL.match(style_name.strip())
    return int(match.group(1)) if match else None
