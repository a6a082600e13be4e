"""Scoring tables (评分表/自评表): label columns per indicator level, 分值 and 得分 columns, the 总分 row."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from sbeval.schema.document import Cell, Table
from sbeval.schema.figures import Figure
from sbeval.schema.scores import ScoreItem, ScoreTable

_WEIGHT_HEAD = re.compile(r"(?:指标)?(?:分值|权重|权数|标准分值?|满分|基础分|指标分)(?:[（(](?:分|%)[）)])?")
_SCORE_HEAD = re.compile(r"(?:自评|实际|评价|考核|最终|综合|复核)?(?:得分|评分|分数)(?:[（(]分[）)])?")
_LABEL_HEAD = re.compile(
    r"(?:[一二三四五]级)?(?:评价|考核|绩效)?(?:指标|指标名称|内容|项目)(?:名称)?|评价要点|考核要点"
)
_TOTAL = re.compile(r"(?:总分|总得分|总计|合计|综合得分|得分合计|分值合计|总分值?合计)")
_NUMBER = re.compile(r"(?P<num>[-+]?\d+(?:\.\d+)?)(?P<pct>%)?分?")
_BLANK = re.compile(r"[\s\u3000\xa0]+")
_MAX_HEADER_ROWS = 12
_DEEPEST = 99
_ANY = range(1, _DEEPEST)


def compact(text: str) -> str:
    return _BLANK.sub("", text)


@dataclass
class _Layout:
    """Roles of the columns: label columns by level, and the level each 分值/得分 column belongs to."""

    header_end: int
    labels: list[int]
    weights: dict[int, int] = field(default_factory=dict)  # column → level
    scores: dict[int, int] = field(default_factory=dict)

    def level_of(self, column: int) -> int:
        left = [c for c in self.labels if c < column]
        return self.labels.index(left[-1]) + 1 if left else 1


def _layout(table: Table) -> _Layout | None:
    filled = table.filled_grid()
    for r in range(min(_MAX_HEADER_ROWS, table.n_rows)):
        texts = [compact(c.text) if c else "" for c in filled[r]]
        weights = [c for c, t in enumerate(texts) if _WEIGHT_HEAD.fullmatch(t)]
        scores = [c for c, t in enumerate(texts) if _SCORE_HEAD.fullmatch(t)]
        if not scores and not weights:
            continue
        labels = [c for c, t in enumerate(texts) if _LABEL_HEAD.fullmatch(t) and c not in weights + scores]
        first = min(weights + scores)
        if not labels:
            labels = [c for c in range(first) if texts[c]]
        labels = distinct_columns(filled[r], labels)
        if not labels or min(labels) > first:
            continue
        layout = _Layout(header_end=r, labels=labels)
        for c in weights:
            layout.weights.setdefault(c, layout.level_of(c))
        for c in scores:
            layout.scores.setdefault(c, layout.level_of(c))
        return layout
    return None


def distinct_columns(row: list[Cell | None], columns: list[int]) -> list[int]:
    """One column per merged header cell (一级指标 spanning two columns is one level)."""
    seen: set[int] = set()
    out = []
    for c in columns:
        cell = row[c]
        if cell is not None and id(cell) in seen:
            continue
        seen.add(id(cell))
        out.append(c)
    return out


def number(cell: Cell | None, label: str) -> Figure | None:
    if cell is None:
        return None
    text = compact(cell.text)
    match = _NUMBER.fullmatch(text)
    if not match:
        return None
    num = match.group("num").lstrip("+")
    return Figure(
        text=text, value=Decimal(num), decimals=len(num.partition(".")[2]), unit="分", base_unit="分",
        exact=True, label=label, location=cell.location, excerpt=cell.text.strip(),
    )


def _pick(row: list[Cell | None], columns: dict[int, int], levels: range, label: str,
          deepest: bool = True) -> Figure | None:
    """The number in the deepest (or shallowest) column whose level lies in ``levels``."""
    for column in sorted(columns, key=lambda c: -columns[c] if deepest else columns[c]):
        if columns[column] in levels:
            figure = number(row[column], label)
            if figure is not None:
                return figure
    return None


def _is_total(texts: list[str]) -> bool:
    return any(_TOTAL.fullmatch(t) for t in texts if t)


def score_table(table: Table, title: str = "") -> ScoreTable | None:
    """The scoring table in ``table``, or None when it has no 分值/得分 header."""
    layout = _layout(table)
    if layout is None:
        return None
    origin, filled = table.grid(), table.filled_grid()
    header = [compact(c.text) if c else "" for c in filled[layout.header_end]]
    result = ScoreTable(source="table", title=title, location=table.location)
    groups: set[int] = set()
    above: list[Cell | None] = []
    for r in range(layout.header_end + 1, table.n_rows):
        row, full = origin[r], filled[r]
        texts = [compact(c.text) if c else "" for c in full]
        if texts == header:
            continue  # a header row repeated on the next page
        if _is_total([texts[c] for c in layout.labels]):
            result.total_weight = _pick(full, layout.weights, _ANY, "总分值", deepest=False)
            result.total_score = _pick(full, layout.scores, _ANY, "总分", deepest=False)
            continue
        labels = carried([full[c] for c in layout.labels], above)
        above = labels
        path, cells = label_path(labels)
        if not path:
            continue
        depth = len(path)
        label = "/".join(path)
        for level, cell in enumerate(cells[:-1], start=1):
            if id(cell) in groups:
                continue
            groups.add(id(cell))
            own = range(level, level + 1)
            weight = _pick(full, layout.weights, own, "/".join(path[:level]))
            score = _pick(full, layout.scores, own, "/".join(path[:level]))
            result.items.append(ScoreItem(path=path[:level], level=level, leaf=False, weight=weight, score=score,
                                          location=cell.location))
        weight = _pick(row, layout.weights, range(depth, _DEEPEST), label)
        score = _pick(row, layout.scores, range(depth, _DEEPEST), label)
        if weight is not None or score is not None:
            result.items.append(ScoreItem(path=path, level=depth, weight=weight, score=score,
                                          location=cells[-1].location))
    return result if result.items or result.total_score is not None else None


def carried(cells: list[Cell | None], above: list[Cell | None]) -> list[Cell | None]:
    """Empty upper-level labels repeat the row above (tables pasted without merged cells)."""
    filled = [bool(cell and compact(cell.text)) for cell in cells]
    return [
        above[i] if not filled[i] and any(filled[i + 1:]) and i < len(above) else cell
        for i, cell in enumerate(cells)
    ]


def label_path(cells: list[Cell | None]) -> tuple[list[str], list[Cell]]:
    """Label texts from the first level to the deepest filled one, merged cells counted once."""
    path: list[str] = []
    kept: list[Cell] = []
    for cell in cells:
        if cell is None or not compact(cell.text) or (kept and cell is kept[-1]):
            continue
        path.append(compact(cell.text))
        kept.append(cell)
    return path, kept
