"""Performance-evaluation scores: indicator items with their 分值 and 得分, totals and the stated grade."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from sbeval.schema.document import Location
from sbeval.schema.figures import Figure

Grade = Literal["优", "良", "中", "差"]


class ScoreItem(BaseModel):
    """One indicator: its label path from the first level down, its 分值 (weight) and 得分 (score).

    ``level`` is 1 for a 一级指标, 2 for a 二级指标 …; ``leaf`` is False for an indicator
    that groups deeper ones (its score, if any, is the sum of theirs).
    """

    path: list[str]
    level: int
    leaf: bool = True
    weight: Figure | None = None
    score: Figure | None = None
    location: Location

    @property
    def label(self) -> str:
        return self.path[-1] if self.path else ""

    def is_child_of(self, other: ScoreItem) -> bool:
        return self.level > other.level and self.path[: len(other.path)] == other.path


class StatedGrade(BaseModel):
    """A grade as the text states it (评价等级为优 / 绩效等级为：优秀), normalised to 优良中差."""

    grade: Grade
    text: str
    location: Location
    excerpt: str = ""


class ScoreTable(BaseModel):
    """A scoring table (评分表/自评表) or the scores a report states in prose, section by section.

    ``total_weight`` and ``total_score`` come from the table's 总分/合计 row (or, for
    prose, from "总分值为100分" and the overall score); ``stated_score`` is the overall
    score the text states (综合得分95.2分), kept apart so that it can be compared with
    the table's own total; ``grade`` is the stated grade near it.
    """

    source: Literal["table", "text"] = "table"
    title: str = ""
    items: list[ScoreItem] = Field(default_factory=list)
    total_weight: Figure | None = None
    total_score: Figure | None = None
    stated_score: Figure | None = None
    grade: StatedGrade | None = None
    location: Location

    def leaves(self) -> list[ScoreItem]:
        return [item for item in self.items if item.leaf]

    def top_weighted(self) -> list[ScoreItem]:
        """Items with a weight whose ancestors carry none: their weights make up the total weight."""
        weighted = [item for item in self.items if item.weight is not None]
        return [item for item in weighted if not any(item.is_child_of(other) for other in weighted)]

    def children_of(self, parent: ScoreItem) -> list[ScoreItem]:
        """The next level of items under ``parent`` (the nearest deeper level that is present)."""
        below = [item for item in self.items if item.is_child_of(parent)]
        if not below:
            return []
        nearest = min(item.level for item in below)
        return [item for item in below if item.level == nearest]

    def overall_score(self) -> Figure | None:
        """The score a grade is given for: the stated overall score, else the table's total."""
        return self.stated_score or self.total_score
