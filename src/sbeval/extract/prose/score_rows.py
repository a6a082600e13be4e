"""Score sheets flattened into a paragraph: "…指标值完成值权重得分…回收率≥90%98.70%20%20…得分合计100".

Read only when every row between the header and the closing total has the one shape the header
announces (target, actual, weight and score, each delimited by its unit), so that no digit run is
split by guesswork.
"""

from __future__ import annotations

import re
from decimal import Decimal

from sbeval.extract.core.context import Context, TextPiece
from sbeval.extract.lexicon.comparators import PREFIXES
from sbeval.extract.lexicon.units import UNIT_NAMES
from sbeval.schema.figures import Figure
from sbeval.schema.scores import ScoreItem, ScoreTable

_HEADER = re.compile(r"(?:指标值|目标值)(?:完成值|实际完成值|实际值)(?:权重|分值)(?:得分|自评得分)")
_NUM = r"\d+(?:\.\d+)?"
_CMP = "(?:" + "|".join(re.escape(word) for word, _ in PREFIXES) + ")?"
_UNIT = "(?:" + "|".join(re.escape(name) for name in UNIT_NAMES if name != "分") + ")"
_ROW = re.compile(
    rf"(?P<label>[\u4e00-\u9fff（）()、]+?)"
    rf"{_CMP}{_NUM}{_UNIT}{_CMP}{_NUM}{_UNIT}"
    rf"(?P<weight>{_NUM})(?P<wunit>%|分)(?P<score>{_NUM})(?=[\u4e00-\u9fff])"
)
_TOTAL = re.compile(rf"(?:得分合计|合计得分|总得分|总分|合计)(?P<total>{_NUM})分?(?![\d.%])")


def _figure(unit: TextPiece, match: re.Match[str], group: str, label: str, unit_name: str) -> Figure:
    num = match.group(group)
    return Figure(text=num + (unit_name if unit_name == "%" else ""), value=Decimal(num),
                  decimals=len(num.partition(".")[2]), unit=unit_name, base_unit=unit_name, exact=True,
                  label=label, location=unit.location, excerpt=unit.text[match.start():match.end()],
                  start=match.start(group), end=match.end(group))


def flattened_score_sheets(ctx: Context) -> list[ScoreTable]:
    """One score table per paragraph whose rows, from the header to the total, all read one way."""
    found = []
    for unit in ctx.units:
        if unit.in_table or unit.is_heading:
            continue
        header = _HEADER.search(unit.text)
        if header is None:
            continue
        items, pos = [], header.end()
        while (row := _ROW.match(unit.text, pos)) is not None:
            label = row.group("label")
            weight_unit = row.group("wunit")
            items.append(ScoreItem(path=[label], level=1, location=unit.location,
                                   weight=_figure(unit, row, "weight", label, weight_unit),
                                   score=_figure(unit, row, "score", label, "分")))
            pos = row.end("score")
        total = _TOTAL.match(unit.text, pos)
        if len(items) >= 2 and total is not None:
            found.append(ScoreTable(source="text", items=items, location=unit.location,
                                    total_score=_figure(unit, total, "total", "得分合计", "分")))
    return found
