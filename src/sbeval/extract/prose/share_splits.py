"""Shares of one whole named member by member: "在职参保人员中企业职工和个体人员分别占32.7%、67.3%"."""

from __future__ import annotations

import re

from sbeval.extract.core.labels import ENUMERATOR
from sbeval.extract.core.lookup import FigureIndex, Spot, approximate, prefix_start, sentence_prefix
from sbeval.extract.lexicon.vocabulary import NAME_JOINERS
from sbeval.extract.prose import items
from sbeval.extract.prose.shares import percent_series
from sbeval.schema.relations import ShareSplit

# 分别占32.7%、67.3%; 分别占参保总人数的64.3%和35.7%; 分别占比…; 分别为 names rates as often as shares.
_RESPECTIVELY = re.compile(r"分别(?:占|占比)(?P<base>[^，,。；;：:、（）()%\d]{0,24}?)的?(?:比重|比例|份额)?(?:为|达到?)?$")
# A share of a budget, a target or last year is each member's own (分别占年度任务的105%、98%).
_OWN_BASE = re.compile(r"预算|计划|目标|任务|上年|去年|上一年|同期|标准|各自")
_NAME_LIST = re.compile("|".join(NAME_JOINERS))
_CLAUSE = re.compile(r"[，,；;：:。]")
_IN = re.compile(r"中(?![央心国间期])")  # "参保人员中", not 中央 or 中心


def _names(before: str) -> tuple[str, list[str]]:
    """The whole and its members named in the clause before 分别: "在职参保人员中企业职工和个体人员"."""
    clauses = [ENUMERATOR.sub("", c).strip() for c in _CLAUSE.split(before)]
    cut = [m for m in _IN.finditer(clauses[-1]) if m.start() >= 2]
    whole, members = (clauses[-1][:cut[-1].start()], clauses[-1][cut[-1].end():]) if cut else ("", clauses[-1])
    if not whole and len(clauses) > 1 and clauses[-2].endswith("中"):
        whole = clauses[-2][:-1]  # "全市参保人员中，在职人员和离退休人员分别占…"
    return whole, [name.strip() for name in _NAME_LIST.split(members)]


def _split(series: list[Spot]) -> ShareSplit | None:
    prefix = sentence_prefix(series[0])
    match = _RESPECTIVELY.search(prefix)
    if match is None or _OWN_BASE.search(match.group("base")) or any(approximate(s) for s in series):
        return None
    if any(s.figure.value > 100 for s in series):
        return None  # a share above the whole is no share of it
    whole, names = _names(prefix[:match.start()])
    if len(names) != len(series) or not all(names) or len(set(names)) != len(names):
        return None  # the members must be named one for each share
    complete = items.complete_set(names) or any(items.is_remainder(name) for name in names)
    cue = series[0].unit.text[prefix_start(series[0]) + match.start():series[0].figure.start]
    return ShareSplit(whole=whole or match.group("base"), names=names, shares=[s.figure for s in series],
                      complete=complete, cue=cue)


def find_share_splits(index: FigureIndex) -> list[ShareSplit]:
    """Every 分别占 run of two or more percentages whose members are named, in reading order."""
    found = []
    for spot in index.spots:
        if spot.figure.unit != "%" or spot.unit.in_table:
            continue
        series = percent_series(index.sentence_of(spot), spot)
        split = _split(series) if len(series) >= 2 and series[0] is spot else None
        if split is not None:
            found.append(split)
    return found
