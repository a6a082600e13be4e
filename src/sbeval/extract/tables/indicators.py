"""Indicator tables (绩效指标表/自评表/绩效目标表): label columns by level, target and actual columns."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sbeval.extract.core.targets import parse_actual, parse_target
from sbeval.extract.lexicon.units import UNIT_NAMES
from sbeval.extract.lexicon.variants import simplified
from sbeval.extract.tables.scores import carried, compact, distinct_columns, label_path, number
from sbeval.schema.document import Cell, Table
from sbeval.schema.indicators import Indicator, IndicatorTable

_LABEL = re.compile(r"[一二三四五1-5]级指标|(?:绩效|评价|考核|具体)?指标(?:名称|内容)?|(?:绩效|评价)内容|指标项")
_TARGET = re.compile(r"(?:年度|全年|年初|预期|计划|绩效|预计)?(?:指标)?(?:指标值|目标值|预期值|期望值|标准值)(?:及单位)?")
_ACTUAL = re.compile(r"(?:全年|年度|本年|年末|累计)?(?:实际完成|实际|完成)(?:指标)?值|实际完成数?")
_WEIGHT = re.compile(r"(?:指标)?(?:分值|权重|权数|标准分值?|满分)")
_SCORE = re.compile(r"(?:自评|实际|评价|考核|最终)?得分")
_DEVIATION = re.compile(r"(?:偏差|未完成)(?:原因|情况).*|原因分析.*")
_TOTAL = re.compile(r"总分|总得分|合计|总计|综合得分|得分合计")
_NOTE = re.compile(r"[（(](?P<note>[^）)]*)[）)]")
_NOT_LABEL = ("指标值", "目标值", "完成值", "实际值")
# A monitoring table (绩效监控表, 1-6月完成值) compares part of a year with the year's target.
_INTERIM = re.compile(r"监控|上半年|半年|季度|[1-9１-９]\s*[-—～~至到]\s*1?[0-9]\s*月")


@dataclass
class _Layout:
    header: int
    labels: list[int]
    spans: dict[str, range] = field(default_factory=dict)  # role → columns of its header cell
    units: dict[str, str] = field(default_factory=dict)  # role → unit its header names


def _head(cell: Cell | None) -> tuple[str, str | None]:
    """A header's words without their bracketed note, and the unit the note names (指标值（%）)."""
    text = simplified(compact(cell.text)) if cell else ""
    notes = [m.group("note") for m in _NOTE.finditer(text)]
    unit = next((n for n in notes if n in UNIT_NAMES), None)
    return _NOTE.sub("", text), unit


def _layout(table: Table) -> _Layout | None:
    filled = table.filled_grid()
    for r, row in enumerate(filled):
        heads = [_head(cell) for cell in row]
        roles: dict[str, tuple[int, str | None]] = {}
        for role, pattern in (("target", _TARGET), ("actual", _ACTUAL), ("weight", _WEIGHT),
                              ("score", _SCORE), ("deviation", _DEVIATION)):
            columns = [c for c, (text, _) in enumerate(heads) if pattern.fullmatch(text)]
            if columns:
                roles[role] = (columns[0], heads[columns[0]][1])
        labels = [c for c, (text, _) in enumerate(heads) if _LABEL.fullmatch(text) and not text.endswith(_NOT_LABEL)]
        labels = distinct_columns(row, labels)
        if "target" not in roles or not labels or min(labels) > roles["target"][0]:
            continue
        layout = _Layout(header=r, labels=[c for c in labels if c < roles["target"][0]])
        for role, (column, unit) in roles.items():
            cell = row[column]
            assert cell is not None
            layout.spans[role] = range(cell.col, cell.col + cell.col_span)
            if unit:
                layout.units[role] = unit
        if len({id(row[s.start]) for s in layout.spans.values()}) == len(layout.spans):
            return layout
    return None


_AMBIGUOUS = object()


def _own(filled: list[list[Cell | None]], r: int, span: range | None) -> Cell | None | object:
    """The one cell of row ``r`` under a header: None when the row has none of its own, _AMBIGUOUS for two."""
    if span is None:
        return None
    cells = {id(c): c for c in (filled[r][col] for col in span if col < len(filled[r])) if c is not None}
    if any(c.row != r or c.col < span.start for c in cells.values()):
        return None  # merged from the row above or from the label columns: not this row's own
    written = [c for c in cells.values() if compact(c.text)]
    if len(written) > 1:
        return _AMBIGUOUS
    return written[0] if written else next(iter(cells.values()), None)


def _among(cell: Cell, cells: list[Cell]) -> bool:
    return any(cell is other for other in cells)


def indicator_table(table: Table, title: str = "") -> IndicatorTable | None:
    """The indicator table in ``table``, or None when no header row names labels and targets."""
    layout = _layout(table)
    if layout is None:
        return None
    filled = table.filled_grid()
    heads = " ".join(compact(c.text) for c in filled[layout.header] if c)
    if _INTERIM.search(simplified(title) + heads):
        layout.spans.pop("actual", None)
    result = IndicatorTable(title=title, has_actuals="actual" in layout.spans, location=table.location)
    above: list[Cell | None] = []
    for r in range(layout.header + 1, table.n_rows):
        labels = carried([filled[r][c] for c in layout.labels], above)
        above = labels
        path, kept = label_path(labels)
        cells = {role: _own(filled, r, span) for role, span in layout.spans.items()}
        target = cells.get("target")
        if not path or _TOTAL.fullmatch(path[-1]) or not isinstance(target, Cell) or _among(target, kept):
            continue
        if any(cell is _AMBIGUOUS or (isinstance(cell, Cell) and _among(cell, kept)) for cell in cells.values()):
            continue
        unit = _unit_of(path[-1])
        indicator = Indicator(path=path, location=kept[-1].location,
                              target=parse_target(target.text, target.location, layout.units.get("target", unit)))
        actual = cells.get("actual")
        if isinstance(actual, Cell) and actual is not target:
            indicator.actual = parse_actual(actual.text, actual.location, layout.units.get("actual", unit))
        for role in ("weight", "score"):
            cell = cells.get(role)
            if isinstance(cell, Cell):
                setattr(indicator, role, number(cell, "/".join(path)))
        deviation = cells.get("deviation")
        if isinstance(deviation, Cell):
            indicator.deviation = compact(deviation.text)
        result.indicators.append(_labelled(indicator))
    return result if result.indicators else None


def _unit_of(label: str) -> str | None:
    """The unit a label names in brackets: 参保人数（人）."""
    notes = [m.group("note") for m in _NOTE.finditer(label)]
    return next((n for n in notes if n in UNIT_NAMES), None)


def _labelled(indicator: Indicator) -> Indicator:
    """Target and actual figures named after their indicator, as findings show them."""
    label = indicator.label
    if indicator.target is not None:
        bounds = [b.model_copy(update={"value": b.value.model_copy(update={"label": label})})
                  for b in indicator.target.bounds]
        indicator.target = indicator.target.model_copy(update={"bounds": bounds})
    if indicator.actual is not None and indicator.actual.value is not None:
        value = indicator.actual.value.model_copy(update={"label": label})
        indicator.actual = indicator.actual.model_copy(update={"value": value})
    return indicator
