"""Find the figure a phrase names (占全年支出的 → 全年支出): nearest scope first, labels matched loosely."""

from __future__ import annotations

import bisect

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from sbeval.extract.core.context import Context, Section, TextPiece
from sbeval.extract.core import sentences
from sbeval.extract.lexicon.funds import FUNDS
from sbeval.schema.figures import Figure

_FUND_NAMES = "|".join(pattern.pattern for _, pattern in FUNDS)
# Words that vary between two mentions of the same quantity (全年支出 / 本年实际支出 / 支出).
_NOISE = re.compile(
    rf"(?:{_FUND_NAMES})(?:保险)?|(?:19|20)\d\d年度?|全年|本年度?|当年|今年|上年度?|去年|上一年度?|年度"
    r"|实际完成|实际|决算|基金|的|总额|总数|总计|总|累计|[全本](?:市|县|省|区|州|旗)|合计"
    r"|本(?:单位|部门|中心|机构|机关|局)|部门整体|整体"
)
_PRIOR_PERIODS = {"上年"}
DOCUMENT = 99
# 约占…的25%, 近30%, 90%以上, 5%左右: a rounded or bounding figure states no exact ratio.
_APPROX_BEFORE = re.compile(r"(?:(?<![节制契预公])约|(?<![最附])近|超过|逾|不足|不到|不低于|不少于|不超过|高于|低于|[≥≤><＞＜])[^，。；;]{0,24}$")
_APPROX_AFTER = re.compile(r"(?:以上|以下|以内|左右|上下|之间|多|余|强|弱)")


@lru_cache(maxsize=4096)
def label_key(label: str) -> str:
    """The core of a label: 全年实际支出 → 支出, 个人账户基金结余 → 个人账户结余."""
    return _NOISE.sub("", label).strip(" 　-—：:")


@dataclass(eq=False)
class Spot:
    """A figure with where it sits: its unit, its order in the document and its sentence."""

    figure: Figure
    unit: TextPiece
    order: int
    sentence: int

    @property
    def key(self) -> str:
        return label_key(self.figure.label)


def is_prior(figure: Figure, current_year: int | None) -> bool:
    """True for a figure of the previous period (上年, or a year before the report's year)."""
    period = figure.period
    if period in _PRIOR_PERIODS:
        return True
    return bool(period and period.isdigit() and current_year and int(period) < current_year)


def is_amount(spot: Spot) -> bool:
    """An amount or a count, not a percentage, a number of months or a score."""
    return spot.figure.base_unit not in ("%", "个百分点", "月", "年", "天", "分")


# A stray quote or backtick typed before a number (占总人数的`44.3%) is no word of the phrase.
_STRAY = " \t`'‘’"


def prefix_start(spot: Spot, lookback: int = 48) -> int:
    """Where ``sentence_prefix`` starts in the figure's text."""
    return max(spot.sentence, spot.figure.start - lookback)


def sentence_prefix(spot: Spot, lookback: int = 48) -> str:
    """The text of the figure's sentence up to the figure (at most a few clauses), stray marks dropped."""
    return spot.unit.text[prefix_start(spot, lookback):spot.figure.start].rstrip(_STRAY)


_WORDS_AFTER = re.compile(r"[\u4e00-\u9fff]{1,12}")


def words_after(spot: Spot) -> str:
    """The words right after a figure, up to the next mark: 已有4181131人参保缴费 → 参保缴费."""
    match = _WORDS_AFTER.match(spot.unit.text, spot.figure.end)
    return match.group() if match else ""


def approximate(spot: Spot) -> bool:
    """True for a figure written as a rough value or a bound (约25%, 90%以上) rather than a result."""
    text, f = spot.unit.text, spot.figure
    # the clause up to the figure; a half-width comma may be a thousands separator, so only full-width ones cut
    clause = re.split(r"[，。；;]|,(?!\d{3})", sentence_prefix(spot))[-1]
    return bool(_APPROX_BEFORE.search(clause) or _APPROX_AFTER.match(text, f.end))


def compatible(a: Figure, b: Figure) -> bool:
    """Same base unit, a bare 万/亿 or a unitless figure fitting any."""
    return not a.base_unit or not b.base_unit or a.base_unit == b.base_unit


class FigureIndex:
    """Every figure of a context, placed, with lookups by label and by scope."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.spots: list[Spot] = []
        self.by_unit: dict[int, list[Spot]] = {}
        self.by_key: dict[str, list[Spot]] = {}
        self._by_figure: dict[int, Spot] = {}
        self._sentences: dict[int, dict[int, list[Spot]]] = {}
        self._amounts: dict[tuple[int, int], list[Spot]] = {}
        self._by_key_section: dict[tuple[str, int], list[Spot]] = {}
        years: list[int] = []
        for unit in ctx.units:
            placed = []
            for figure in unit.figures:
                spot = Spot(figure, unit, len(self.spots), sentences.start_of(unit.text, figure.start))
                placed.append(spot)
                self.spots.append(spot)
                self._by_figure[id(figure)] = spot
                self.by_key.setdefault(spot.key, []).append(spot)
                self._by_key_section.setdefault((spot.key, id(unit.section)), []).append(spot)
                if figure.period and figure.period.isdigit():
                    years.append(int(figure.period))
            self.by_unit[unit.index] = placed
        self.year = max(set(years), key=years.count) if years else None

    def spot(self, figure: Figure) -> Spot:
        return self._by_figure[id(figure)]

    def sentence_of(self, spot: Spot) -> list[Spot]:
        """The spots of ``spot``'s sentence in order (grouped once per text piece, as a dense table
        flattened into one sentence asks for each of its figures)."""
        key = spot.unit.index
        if key not in self._sentences:
            grouped: dict[int, list[Spot]] = {}
            for s in self.by_unit[key]:
                grouped.setdefault(s.sentence, []).append(s)
            self._sentences[key] = grouped
        return self._sentences[key][spot.sentence]

    def amounts_before(self, spot: Spot) -> list[Spot]:
        """The amounts (not percentages or months) of ``spot``'s sentence that come before it."""
        key = (spot.unit.index, spot.sentence)
        if key not in self._amounts:
            self._amounts[key] = [s for s in self.sentence_of(spot) if is_amount(s)]
        amounts = self._amounts[key]
        return amounts[:bisect.bisect_left(amounts, spot.order, key=lambda s: s.order)]

    def scope(self, anchor: Spot, other: Spot) -> int:
        """0 same sentence, 1 same paragraph or cell, 2+k the k-th enclosing section, else DOCUMENT."""
        if other.unit is anchor.unit:
            return 0 if other.sentence == anchor.sentence else 1
        for depth, section in enumerate(anchor.unit.section.lineage()):
            if section.level == 0:
                break
            if other.unit.section is section:
                return 2 + depth
        return DOCUMENT

    def _scoped(self, anchor: Spot, tables: bool) -> Iterator[tuple[int, list[Spot]]]:
        """Candidate spots scope by scope, innermost first, each spot once."""
        seen: set[int] = {anchor.unit.index}

        def fresh(units: Iterable[TextPiece]) -> list[Spot]:
            out = []
            for unit in units:
                if unit.index in seen or (unit.in_table and not tables):
                    continue
                seen.add(unit.index)
                out.extend(self.by_unit[unit.index])
            return out

        yield 0, self.sentence_of(anchor)
        yield 1, [s for s in self.by_unit[anchor.unit.index] if s.sentence != anchor.sentence]
        section: Section | None = anchor.unit.section
        depth = 0
        while section is not None and section.level > 0:
            yield 2 + depth, fresh(section.units)
            section, depth = section.parent, depth + 1
        yield DOCUMENT, fresh(self.ctx.units)

    def nearest(
        self,
        anchor: Spot,
        accept: Callable[[Spot], bool],
        *,
        max_scope: int = DOCUMENT,
        preceding: bool = False,
        tables: bool = False,
        unique: bool = False,
    ) -> Spot | None:
        """The accepted spot in the innermost scope that has one; within it the nearest preceding.

        ``unique`` asks for a single value in that scope: two different candidates make it ambiguous.
        """
        for scope, spots in self._scoped(anchor, tables):
            if scope > max_scope:
                break
            hits = [s for s in spots if s is not anchor and (not preceding or s.order < anchor.order) and accept(s)]
            if not hits:
                continue
            if unique and len({s.figure.value * s.figure.scale for s in hits}) > 1:
                return None
            return min(hits, key=lambda s: (s.order > anchor.order, abs(s.order - anchor.order)))
        return None

    def candidates(self, anchor: Spot, accept: Callable[[Spot], bool], *, max_scope: int = DOCUMENT,
                   preceding: bool = False) -> list[Spot]:
        """Every accepted spot of the innermost scope that has one, in document order."""
        for scope, spots in self._scoped(anchor, False):
            if scope > max_scope:
                break
            hits = [s for s in spots if s is not anchor and (not preceding or s.order < anchor.order) and accept(s)]
            if hits:
                return sorted(hits, key=lambda s: s.order)
        return []

    def by_label(
        self,
        anchor: Spot,
        label: str,
        *,
        like: Figure | None = None,
        accept: Callable[[Spot], bool] | None = None,
        max_scope: int = DOCUMENT,
        preceding: bool = False,
    ) -> Spot | None:
        """The figure named ``label`` (loosely: 全年支出 finds 本年实际支出) nearest to ``anchor``."""
        key = label_key(label)
        if not key or key not in self.by_key:
            return None

        def ok(spot: Spot) -> bool:
            if spot is anchor or (preceding and spot.order >= anchor.order):
                return False
            if like is not None and (spot.figure is like or not compatible(spot.figure, like)):
                return False
            return accept is None or accept(spot)

        return self._named(anchor, key, ok, max_scope)

    def _named(self, anchor: Spot, key: str, ok: Callable[[Spot], bool], max_scope: int) -> Spot | None:
        """``nearest`` among the mentions of ``key``: the inner scopes from the mentions in the anchor's
        sections, the document from the mentions next to the anchor outwards, so that a label mentioned
        in every part of a long document costs its neighbours, not all its mentions."""
        sections = [s for s in anchor.unit.section.lineage() if s.level > 0]
        own = self._by_key_section.get((key, id(anchor.unit.section)), [])
        scopes = [(0, [s for s in own if s.unit is anchor.unit and s.sentence == anchor.sentence]),
                  (1, [s for s in own if s.unit is anchor.unit and s.sentence != anchor.sentence])]
        for depth, section in enumerate(sections):
            spots = self._by_key_section.get((key, id(section)), [])
            scopes.append((2 + depth, [s for s in spots if s.unit is not anchor.unit and not s.unit.in_table]))
        for scope, spots in scopes:
            if scope > max_scope:
                return None
            hits = [s for s in spots if ok(s)]
            if hits:
                return min(hits, key=lambda s: (s.order > anchor.order, abs(s.order - anchor.order)))
        if max_scope < DOCUMENT:
            return None
        inner = {id(s) for s in sections}
        mentions = self.by_key[key]
        at = bisect.bisect_left(mentions, anchor.order, key=lambda s: s.order)
        for spot in (*reversed(mentions[:at]), *mentions[at:]):
            if spot.unit is anchor.unit or spot.unit.in_table or id(spot.unit.section) in inner:
                continue  # an inner scope's, or a table's
            if ok(spot):
                return spot
        return None
