"""Total and parts: 为/共计/合计 … 其中/包括/分别为 lists, nested and enumerated, over sentences and paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sbeval.extract.prose import items
from sbeval.extract.core.context import Context, Section
from sbeval.extract.lexicon.vocabulary import SENTENCE_ENDS
from sbeval.extract.prose.stream import STRONG_MARKERS, Event, section_stream
from sbeval.extract.prose.flat_rows import flat_rows
from sbeval.extract.prose.paired_columns import paired_columns
from sbeval.extract.prose.shared_lists import shared_lists
from sbeval.extract.prose.totals_after import totals_after_parts
from sbeval.schema.figures import Figure
from sbeval.schema.relations import SumRelation, Term

_PRIOR = re.compile(r"上年|去年|上一年|上年同期")
# What may stand between a figure and the colon that opens its list: a bracket, its share.
_RIDERS = re.compile(r"[（(][^（()）]*[)）]|占[^，,：:。；;]*?\d+(?:\.\d+)?%")


@dataclass
class _Seen:
    """An eligible figure as last seen: where it stood in the stream."""

    figure: Figure
    depth: int
    sentence: int
    para: int
    pos: int  # offset in the section stream


@dataclass
class _Frame:
    total: Figure
    depth: int
    strong: bool
    parts: list[Figure] = field(default_factory=list)
    enum_style: str = ""
    next_enum: int = 0
    pending: bool = False  # a paragraph ended since the last part
    main_only: bool = False  # 主要包括: the main items, not the full set of categories

    def measures_like(self, figure: Figure, prior: bool) -> bool:
        """Same kind of quantity and the same year (a 上年 figure is no part of this year's total)."""
        return items.measure(figure) == items.measure(self.total) and (not prior or self.total.period == "上年")

    def accepts(self, figure: Figure, text: str, pos: int) -> bool:
        """Whether ``figure`` (measured like the total) continues this list; False ends it."""
        if not items.classes_fit(items.item_class(figure.label), items.item_class(self.total.label)):
            return False
        if items.names_total(figure.label) or items.is_budget(figure.label) and not items.is_budget(self.total.label):
            return False
        if items.is_actual(figure.label) and items.is_allocation(self.total.label):
            return False  # "预算安排X，其中：中央A…；实际支付Y，其中：…": the money spent is no part of the money allotted
        if items.restarts_period(text, pos, self.total):
            return False
        return not self.pending or items.is_remainder(figure.label) or items.is_category(figure.label)

    def relation(self, text: str, total_pos: int) -> SumRelation:
        labels = [p.label for p in self.parts]
        closed = len(self.parts) >= 2 and (
            self.strong or bool(self.enum_style) or any(items.is_remainder(x) for x in labels)
            or not self.main_only and items.exhausts(labels, text, total_pos)
        )
        return SumRelation(kind="sum", label=self.total.label, total=self.total,
                           parts=[Term(figure=p) for p in self.parts], closed=closed)


class _Parser:
    """Reads one section's event stream, keeping a stack of open lists (nested 其中 lists sit on top)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.frames: list[_Frame] = []
        self.out: list[SumRelation] = []
        self.last: _Seen | None = None
        self.groups: list[tuple[_Seen | None, list[Figure], int]] = []  # bracket anchor, figures, frames at open
        self.sentence = self.para = 0
        self.sentence_start = 0
        self.pos_of: dict[int, int] = {}  # id(figure) -> its offset in the stream
        self.seen_in: dict[int, list[_Seen]] = {}  # the eligible figures outside brackets, by statement
        self.sentence_opened = 0  # the statement the current full sentence began with

    @property
    def depth(self) -> int:
        return len(self.groups)

    def finish(self, keep: int = 0) -> None:
        while len(self.frames) > keep:
            frame = self.frames.pop()
            if frame.parts and not any(items.is_reduction(p.label) for p in frame.parts):
                # "年初预算A，追加B，调减C": an item taken off the total is no part of it
                self.out.append(frame.relation(self.text, self.pos_of.get(id(frame.total), 0)))

    def on_figure(self, event: Event) -> None:
        figure = event.figure
        assert figure is not None
        self.pos_of[id(figure)] = event.pos
        top = self.frames[-1] if self.frames else None
        if top and not top.parts and top.depth == self.depth and items.foreign_item(figure, top.total) \
                and not items.is_change_or_rate(self.text, event.pos):
            self.frames.pop()  # "安排资金X万元，其中：立项6分，…": the marker lists something else
        if not items.eligible(figure, self.text, event.pos):
            return
        seen = _Seen(figure, self.depth, self.sentence, self.para, event.pos)
        if self.depth == 0:
            self.seen_in.setdefault(self.sentence, []).append(seen)
        if self.groups and (not self.frames or self.frames[-1].depth < self.depth):
            self.groups[-1][1].append(figure)  # inside brackets: never a part of an outer list
            self.last = seen
            return
        prior = bool(_PRIOR.search(items.clause_text(self.text, event.pos)))
        top = self.frames[-1] if self.frames else None
        if top and len(top.parts) >= 2 and top.measures_like(figure, prior) and items.closes_list(self.text, event.pos):
            self._close_with(figure)
            self.last = seen
            return
        while self.frames and self.frames[-1].measures_like(figure, prior) and not self.frames[-1].accepts(figure, self.text, event.pos):
            self.finish(len(self.frames) - 1)
        if self.frames and self.frames[-1].measures_like(figure, prior):
            self.frames[-1].parts.append(figure)
        self.last = seen

    def _close_with(self, closing: Figure) -> None:
        """A closing 合计 ends the list as complete; when it differs from the total it is a second total."""
        frame = self.frames.pop()
        frame.strong = True
        self.out.append(frame.relation(self.text, self.pos_of.get(id(frame.total), 0)))
        if closing.base_interval() != frame.total.base_interval():
            self.out.append(SumRelation(kind="sum", label=frame.total.label, total=closing,
                                        parts=[Term(figure=p) for p in frame.parts], closed=True))

    def on_marker(self, event: Event, strong: bool) -> None:
        anchor = self._anchor(event)
        if anchor is None:
            return
        main_only = event.text.startswith("主要")
        for i, frame in enumerate(self.frames):
            if frame.parts and frame.parts[-1] is anchor:
                self.finish(i + 1)
                break
            if frame.total is anchor:
                self.finish(i + 1)
                frame.strong = frame.strong or strong
                frame.main_only = frame.main_only or main_only
                return
        else:
            if self.frames and self.frames[-1].depth == self.depth:
                self.finish()
        self.frames.append(_Frame(anchor, self.depth, strong, main_only=main_only))

    def _anchor(self, event: Event) -> Figure | None:
        """The total a list marker refers to: the eligible figure just before it in its sentence (or the one before)."""
        if event.kind == "incl" or (self.groups and self.last and self.last.depth < self.depth):
            anchor = self.groups[-1][0] if self.groups else None
            return anchor.figure if anchor else None
        last = self.last
        if last is None or last.depth != self.depth:
            return None
        at_sentence_start = not self.text[self.sentence_start:event.pos].strip()
        same_para = last.para == self.para or (last.para == self.para - 1 and "\n" in self.text[event.pos - 2:event.pos + 2])
        if not same_para:
            return None
        if last.sentence == self.sentence:
            return last.figure
        if self.sentence - last.sentence <= 3 and at_sentence_start:
            # "基金支出X万元，完成预算的P%。较上年增长Q%。其中：…"; but after "调整后预算A，实际支出B，
            # 执行率P%。" a sentence opening 其中 may break down the budget as well as the actual
            budgets = [x for x in self.seen_in.get(last.sentence, []) if x is not last
                       and items.measure(x.figure) == items.measure(last.figure) and items.is_budget(x.figure.label)]
            if budgets and not items.is_budget(last.figure.label):
                return None
            return last.figure
        if "\n" in self.text[event.pos - 2:event.pos + 2] and last.sentence == self.sentence - 1:
            return last.figure  # 其\n中: a list marker split over two paragraphs
        return None

    def on_colon(self, event: Event) -> None:
        last = self.last
        follows = self.text[event.pos + 1:event.pos + 3]
        if last is None or follows[:2] in {"其中", "包括", "包含"} or follows[:3] in {"分别为", "具体为"}:
            return
        between = self.text[last.pos + len(last.figure.text):event.pos] if last.para == self.para else "，"
        if last.sentence == self.sentence and not _RIDERS.sub("", between).strip() and items.measure(last.figure) == "元":
            self.on_marker(event, strong=False)  # "基金支出X万元（…）占P%：…"; other words between name something else

    def on_enum(self, event: Event) -> None:
        for i in range(len(self.frames) - 1, -1, -1):
            frame = self.frames[i]
            if frame.enum_style == event.style and frame.next_enum == event.number:
                self.finish(i + 1)
                frame.next_enum += 1
                frame.pending = False
                return
        top = self.frames[-1] if self.frames else None
        if top and not top.parts and not top.enum_style and event.number == 1:
            top.enum_style, top.next_enum, top.pending = event.style, 2, False
        elif event.style == "shi" and event.number == 1 and self._ends_sentence(event):
            # "基金支出合计X万元。一是待遇支出…；二是…": the enumeration lists the figure just stated
            assert self.last is not None
            self.finish()
            self.frames.append(_Frame(self.last.figure, self.depth, False, enum_style="shi", next_enum=2))
        elif event.style in {"chinese", "digit"} and self.text[event.pos - 1:event.pos] in {"", "\n"}:
            self.finish()

    def _ends_sentence(self, event: Event) -> bool:
        """The last figure closes the sentence (or clause) just before ``event``, in the same paragraph."""
        last = self.last
        if last is None or last.depth != self.depth or last.para != self.para:
            return False
        between = self.text[last.pos + len(last.figure.text):event.pos]
        return bool(re.fullmatch(r"\s*[。：:]\s*", between))

    def on_open(self) -> None:
        anchor = self.last if self.last and self.last.depth == self.depth and self.last.sentence == self.sentence else None
        self.groups.append((anchor, [], len(self.frames)))

    def on_close(self) -> None:
        if not self.groups:
            return
        anchor, inside, n_frames = self.groups.pop()
        opened_inside = len(self.frames) > n_frames
        self.finish(n_frames)
        if not opened_inside and anchor and len(inside) >= 2:
            total = self._bracket_total(anchor, inside)
            parts = [f for f in inside if items.measure(f) == items.measure(total)]
            if len(parts) >= 2:
                closed = items.complete_set([f.label for f in parts])  # "57.6万人（在职A，离退休B）"
                self.out.append(SumRelation(kind="sum", label=total.label, total=total,
                                            parts=[Term(figure=f) for f in parts], closed=closed))
        self.last = anchor

    def _bracket_total(self, anchor: _Seen, inside: list[Figure]) -> Figure:
        """The figure a bracket lists: the one before it, or, when that measures something else (项目20个，
        …平均得分90分（其中，优12个…）), the sentence's one earlier figure measured like every item."""
        measures = {items.measure(f) for f in inside}
        if items.measure(anchor.figure) in measures or len(measures) != 1:
            return anchor.figure
        like = [s.figure for k in range(self.sentence_opened, self.sentence + 1) for s in self.seen_in.get(k, [])
                if items.measure(s.figure) in measures]
        return like[0] if len(like) == 1 else anchor.figure

    def on_break(self, event: Event) -> None:
        if event.text in SENTENCE_ENDS or event.kind == "para":
            self.sentence_opened = self.sentence + 1
        self.sentence += 1
        self.sentence_start = event.pos + 1
        if event.text in SENTENCE_ENDS:
            # past a full stop only an enumerator or a fund category (其他支出, 转移支出) links a part to the list
            for frame in self.frames:
                frame.pending = True
        if self.groups and event.text in {"。", "\n"}:
            # a bracket left open at a sentence end: what it seemed to list is not trusted
            anchor, _, n_frames = self.groups[0]
            del self.frames[n_frames:]
            self.groups.clear()
            self.last = anchor
        if event.kind == "para":
            self.para += 1
            for frame in self.frames:
                frame.pending = True

    def run(self, events: list[Event]) -> list[SumRelation]:
        for event in events:
            if event.kind == "figure":
                self.on_figure(event)
            elif event.kind in {"marker", "incl"}:
                self.on_marker(event, strong=event.text in STRONG_MARKERS)
            elif event.kind == "colon":
                self.on_colon(event)
            elif event.kind == "enum":
                self.on_enum(event)
            elif event.kind == "open":
                self.on_open()
            elif event.kind == "close":
                self.on_close()
            else:
                self.on_break(event)
        self.finish()
        return self.out


def _parallel_closed(found: list[SumRelation]) -> list[SumRelation]:
    """A list that names the very parts of a complete list before it in the section is complete too:
    "预算共安排X，其中：中央A，省级B，县级C；实际支付Y，其中：中央A′、省级B′、县级C′"."""
    complete: set[tuple[str, ...]] = set()
    out = []
    for relation in sorted(found, key=lambda r: (r.total.location.block or 0, r.total.start)):
        names = tuple(term.figure.label for term in relation.parts)
        named = len(names) >= 2 and all(names) and len(set(names)) == len(names)
        if named and not relation.closed and names in complete:
            relation = relation.model_copy(update={"closed": True})
        if named and relation.closed:
            complete.add(names)
        out.append(relation)
    return out


def section_sums(section: Section) -> list[SumRelation]:
    text, events = section_stream(section)
    found = _Parser(text).run(events)
    shared = shared_lists(text, events)
    if shared:  # a list shared by several totals replaces what the parser made of it for one of them
        totals = {id(r.total) for r in shared}
        found = [r for r in found if id(r.total) not in totals] + shared
    return _parallel_closed(found)


def find_sums(ctx: Context) -> list[SumRelation]:
    """Every total-and-parts statement in the document's prose, in reading order."""
    found: list[SumRelation] = []
    for section in ctx.sections:
        found.extend(section_sums(section))
    found.extend(totals_after_parts(ctx, found))
    found.extend(flat_rows(ctx))
    found.extend(paired_columns(ctx))
    return sorted(found, key=lambda r: (r.total.location.block or 0, r.total.start))
