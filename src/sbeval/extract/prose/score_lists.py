"""Scores listed in one sentence and closed by their total: "决策18分，过程19分，产出38分，效益20分，总得分95分".

Read only when at least three items of the one shape "label N分" follow each other, separated by
commas or 、, and the list ends in a total cue (总得分/总分/综合得分/合计…) with its number, so the
list is known to be closed. A list in a sentence that sets up the framework (分值/权重/满分/设置)
holds weights; any other holds scores. Items naming a deduction (扣/减/加) are not scores.
"""

from __future__ import annotations

import re
from decimal import Decimal

from sbeval.extract.core.context import Context, TextPiece
from sbeval.extract.core import sentences
from sbeval.schema.figures import Figure
from sbeval.schema.scores import ScoreItem, ScoreTable

_NUM = r"\d{1,3}(?:\.\d{1,2})?"
_LABEL = r"[\u4e00-\u9fff（）()“”]{2,16}?"
_ITEM = rf"{_LABEL}(?:得分为?|得分|得)?{_NUM}分"
_SEP = r"\s*[，,、；;]\s*"
_TOTAL = (rf"(?P<cue>总得分|总分|综合得分|综合评分|合计得分|得分合计|合计|共计|总计)(?:为|是|[:：])?\s*"
          rf"(?P<total>{_NUM})分?(?![\d.%％])")
_RUN = re.compile(rf"(?<![\u4e00-\u9fff（）()“”\d.])(?P<items>{_ITEM}(?:{_SEP}{_ITEM}){{2,}}){_SEP}?{_TOTAL}")
_ONE = re.compile(rf"(?P<label>{_LABEL})(?:得分为?|得分|得)?(?P<num>{_NUM})分")
_LEAD = re.compile(r"^(?:其中|分别为|分别是|具体为|依次为)+")
_NOT_SCORE = re.compile(r"扣|减|加|奖|罚|分值|权重|满分|标准分")
_FRAMEWORK = re.compile(r"分值|权重|满分|设置|设定|构成|指标体系|标准分")


# "项目总得分为92分，其中：决策15分（满分20分），过程18分…": the total first, then the first-level items,
# each perhaps with its weight in brackets. Such a 其中 list is known to be whole only when its items are
# one of the evaluation frameworks' full sets of first-level indicators (财预〔2020〕10号 and the 自评表).
_HEAD = re.compile(rf"(?P<cue>(?:项目|自评|评价|综合)?总得分|总分|综合得分|最终得分|自评得分)(?:为|是|[:：])?\s*"
                   rf"(?P<total>{_NUM})分[，,。；;]?\s*其中[，,：:]?\s*")
_WEIGHTED = re.compile(rf"(?P<label>{_LABEL})(?:指标)?(?:得分为?|得分|得)?(?P<num>{_NUM})分"
                       rf"(?:[（(](?:满分|分值|权重分?)(?:为)?(?P<weight>{_NUM})分[）)])?")
_GAP = re.compile(_SEP)
_FRAMEWORKS = (("决策", "过程", "产出", "效益"), ("产出", "效益", "满意度"))
_MEMBERS = ("决策", "过程", "产出", "效益", "满意度", "预算执行", "资金")


def listed_scores(ctx: Context) -> list[ScoreTable]:
    """One table per closed list of "label N分" items in a paragraph, with its stated total."""
    found: list[ScoreTable] = []
    for unit in ctx.units:
        if unit.in_table or unit.is_heading or "分" not in unit.text:
            continue
        for run in _RUN.finditer(unit.text):
            table = _table(unit, run)
            if table is not None:
                found.append(table)
        for head in _HEAD.finditer(unit.text):
            table = _framework_table(unit, head)
            if table is not None:
                found.append(table)
    return found


def _framework_table(unit: TextPiece, head: re.Match[str]) -> ScoreTable | None:
    """The items after "总得分N分，其中：" up to the sentence's end, when they are a framework's full set."""
    text, at, items = unit.text, head.end(), []
    while (match := _WEIGHTED.match(text, at)) is not None:
        items.append(match)
        gap = _GAP.match(text, match.end())
        if gap is None:
            at = match.end()
            break
        at = gap.end()
    if len(items) < 3 or not (at >= len(text) or text[at] in "。；;\n"):
        return None
    labels = [_LEAD.sub("", m.group("label")) for m in items]
    if any(not l.startswith(_MEMBERS) or _NOT_SCORE.search(l) for l in labels):
        return None
    if not any(all(any(l.startswith(m) for l in labels) for m in framework) for framework in _FRAMEWORKS):
        return None
    rows = [ScoreItem(path=[label], level=1, location=unit.location, weight=_weight(unit, m, label),
                      score=_figure(unit, m.start("num"), m.group("num"), f"{label}得分"))
            for label, m in zip(labels, items)]
    return ScoreTable(source="text", items=rows, location=unit.location,
                      total_score=_figure(unit, head.start("total"), head.group("total"), "总得分"))


def _table(unit: TextPiece, run: re.Match[str]) -> ScoreTable | None:
    items: list[tuple[str, Figure]] = []
    for match in _ONE.finditer(unit.text, run.start("items"), run.end("items")):
        label = _LEAD.sub("", match.group("label"))
        if len(label) < 2 or _NOT_SCORE.search(label):
            return None
        items.append((label, _figure(unit, match.start("num"), match.group("num"), f"{label}得分")))
    start, _ = sentences.bounds(unit.text, run.start())
    weights = bool(_FRAMEWORK.search(unit.text, start, run.end()))
    total = _figure(unit, run.start("total"), run.group("total"), "总分值" if weights else "总得分")
    return ScoreTable(
        source="text",
        items=[ScoreItem(path=[label], level=1, location=unit.location, weight=figure if weights else None,
                         score=None if weights else figure) for label, figure in items],
        total_weight=total if weights else None,
        total_score=None if weights else total,
        location=unit.location,
    )


def _weight(unit: TextPiece, match: re.Match[str], label: str) -> Figure | None:
    weight = match.group("weight")
    return _figure(unit, match.start("weight"), weight, f"{label}分值") if weight else None


def _figure(unit: TextPiece, at: int, num: str, label: str) -> Figure:
    end = at + len(num)
    text = num + ("分" if unit.text.startswith("分", end) else "")
    return Figure(text=text, value=Decimal(num), decimals=len(num.partition(".")[2]), unit="分",
                  base_unit="分", exact=True, label=label, location=unit.location,
                  excerpt=unit.text[slice(*sentences.bounds(unit.text, at))].strip(), start=at, end=end)
