"""Scores in prose: "此项分值15分，得分14分" per indicator, the overall score and the stated grade."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from sbeval.extract.core import sentences
from sbeval.extract.core.context import Context, Section, TextPiece
from sbeval.schema.figures import Figure
from sbeval.schema.scores import Grade, ScoreItem, StatedGrade

_NUM = r"(\d+(?:\.\d+)?)\s*分"
_ITEM = re.compile(
    rf"(?:分值|权重|满分|标准分)(?:为|是)?\s*{_NUM}\s*[，,、；;]?\s*(?:实际|自评|评价|最终)?(?:得分|评分|得)(?:为|是)?\s*{_NUM}"
    rf"|(?:得分|评分)(?:为|是)?\s*{_NUM}\s*[（(]\s*(?:分值|满分|权重)(?:为)?\s*{_NUM}\s*[）)]"
)
_OVERALL = re.compile(
    r"(?:综合(?:绩效)?(?:评价)?(?:得分|评分|分数)|(?:评价|评分|自评|考核|绩效)?总(?:得)?分(?!值)"
    r"|自我评分|自评得分|最终得分|绩效评分|评价得分|考核得分)(?:结果)?(?:为|是|达到?|共计|[:：])?\s*"
    + _NUM
)
_ITEM_WEIGHT = re.compile(r"本项目?|此项|该项")
_SCORED_AFTER = re.compile(r"[，,、]?\s*(?:实际)?得")
_TOTAL_WEIGHT = re.compile(r"(?:总分值|满分|总分设定)(?:设定|设置|设|定)?(?:为|是)?\s*" + _NUM)
_GRADE = re.compile(
    r"(?:(?:评价|绩效|考核|综合|自评)?(?:等级|等次|档次)|评价结果|评定|(?:评价|绩效|考核|综合|自评)结论)(?:评定)?(?:为|是|确定为|评定为|[:：])+\s*[“\"「]?"
    r"(优秀|良好|中等|较差|优|良|中|差)(?=[\s。，,；;”\"」）)]|$|等级?|级)"
)
_CLAUSE = re.compile(r"[，,；;。：:]")
_FRAMEWORK = re.compile(r"指标体系|设定|设置|满分|分值|权重|标准分")
_GRADES: dict[str, Grade] = {"优秀": "优", "优": "优", "良好": "良", "良": "良", "中等": "中", "中": "中",
                             "较差": "差", "差": "差"}
_TERMINAL = re.compile(r"[。！？；.!?;]\s*$")
_NUMBERING = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+(?:\.\d+)*[、.．]?)\s*")
_LABEL_TAIL = re.compile(r"(?:情况)?(?:分析|评价|得分)?(?:情况)?$")
_FILLER = re.compile(r"^(?:此项|该项|本项|其中|该|此|本)+|(?:指标|方面|部分)?(?:的)?$")


@dataclass
class Passage:
    """Consecutive paragraphs of one section joined where a sentence runs over a paragraph break."""

    text: str
    units: list[tuple[int, TextPiece]]  # (offset in text, unit)

    def unit_at(self, pos: int) -> TextPiece:
        return [u for offset, u in self.units if offset <= pos][-1]


@dataclass
class Overall:
    score: Figure
    grade: StatedGrade | None
    block: int


def passages(ctx: Context) -> list[Passage]:
    out: list[Passage] = []
    for unit in ctx.units:
        if unit.in_table or unit.is_heading:
            continue
        last = out[-1] if out else None
        if last and last.units[-1][1].section is unit.section and not _TERMINAL.search(last.text):
            last.units.append((len(last.text), unit))
            last.text += unit.text
        else:
            out.append(Passage(unit.text, [(0, unit)]))
    return out


def figure(passage: Passage, match: re.Match[str], group: int, label: str) -> Figure:
    start, end = match.span(group)
    unit = passage.unit_at(start)
    num = match.group(group)
    end = passage.text.find("分", end) + 1
    return Figure(text=passage.text[start:end], value=Decimal(num), decimals=len(num.partition(".")[2]),
                  unit="分", base_unit="分", exact=True, label=label, location=unit.location,
                  excerpt=_sentence(passage.text, start))


def _sentence(text: str, pos: int) -> str:
    start, end = sentences.bounds(text, pos)
    return text[start:end].strip()


def section_label(section: Section) -> str:
    return _LABEL_TAIL.sub("", _NUMBERING.sub("", section.title)).strip()


def _item_label(passage: Passage, pos: int) -> tuple[str, bool]:
    """The words before 分值 in the same sentence, else the section title (1.决策分析 → 决策)."""
    start = sentences.start_of(passage.text, pos)
    words = _FILLER.sub("", re.sub(r"[，,：:\s]+$", "", passage.text[start:pos]).strip())
    if len(re.findall(r"[\u4e00-\u9fff]", words)) >= 2:
        return words, False
    return section_label(passage.unit_at(pos).section), True


def prose_items(ctx: Context) -> list[tuple[object, ScoreItem]]:
    """Each "分值X分，得分Y分" with a grouping key: sibling sections under one parent form one list."""
    found: list[tuple[object, ScoreItem]] = []
    for passage in passages(ctx):
        for match in _ITEM.finditer(passage.text):
            label, from_title = _item_label(passage, match.start())
            weight_group, score_group = (1, 2) if match.group(1) else (4, 3)
            unit = passage.unit_at(match.start())
            key = id(unit.section.parent if from_title else unit.section)
            found.append((key, ScoreItem(
                path=[label], level=1, weight=figure(passage, match, weight_group, f"{label}分值"),
                score=figure(passage, match, score_group, f"{label}得分"), location=unit.location,
            )))
    return found


def overall_scores(ctx: Context) -> tuple[list[Overall], list[StatedGrade]]:
    """Stated overall scores, each with the grade stated after it in the same passage; and grades stated alone."""
    found: list[Overall] = []
    alone: list[StatedGrade] = []
    for passage in passages(ctx):
        grades = list(_GRADE.finditer(passage.text))
        items = [m.span() for m in _ITEM.finditer(passage.text)]
        taken: set[int] = set()
        for match in _OVERALL.finditer(passage.text):
            if any(start < match.end() and match.start() < end for start, end in items):
                continue  # "分值15分，评价得分14分" is an item, not the overall score
            clause_start = max((m.end() for m in _CLAUSE.finditer(passage.text, 0, match.start())), default=0)
            if _FRAMEWORK.search(passage.text, clause_start, match.end()):
                continue  # "指标体系总分100分，其中决策20分": the weights of the framework, not a result
            score = figure(passage, match, 1, "综合得分")
            after = [g for g in grades if g.start() > match.start()]
            if after:
                taken.add(after[0].start())
            found.append(Overall(score, _grade(passage, after[0]) if after else None, score.location.block or 0))
        alone += [_grade(passage, g) for g in grades if g.start() not in taken]
    return found, alone


def _grade(passage: Passage, match: re.Match[str]) -> StatedGrade:
    unit = passage.unit_at(match.start(1))
    return StatedGrade(grade=_GRADES[match.group(1)], text=match.group(1), location=unit.location,
                       excerpt=_sentence(passage.text, match.start()))


def stated_total_weight(ctx: Context) -> Figure | None:
    for passage in passages(ctx):
        for match in _TOTAL_WEIGHT.finditer(passage.text):
            if _ITEM_WEIGHT.search(passage.text, max(0, match.start() - 4), match.start()) \
                    or _SCORED_AFTER.match(passage.text, match.end()):
                continue  # "本项目满分3分，得3分": one item's weight, not the total's
            return figure(passage, match, 1, "总分值")
    return None
