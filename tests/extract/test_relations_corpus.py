"""Ratios, changes and months found in the real reports of ../shared/corpus, with the right operands."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from sbeval.extract.prose.changes import find_changes
from sbeval.extract.core.context import build_context
from sbeval.extract.core.lookup import FigureIndex
from sbeval.extract.prose.months import find_months
from sbeval.extract.prose.per_capita import find_per_capita
from sbeval.extract.prose.ratios import find_ratios
from sbeval.parsers import read
from sbeval.schema.relations import ChangeRelation, RatioRelation

D = Decimal
SEEDS = ["seed000", "seed001", "seed002", "seed003", "seed004"]
Relations = dict[str, tuple[list[RatioRelation], list[ChangeRelation]]]


@pytest.fixture(scope="module")
def relations(corpus: Path) -> Relations:
    """(ratios, changes) of every seed's .txt, found once for the module."""
    found: Relations = {}
    for seed in SEEDS:
        ctx = build_context(read(corpus / f"{seed}.txt"))
        index = FigureIndex(ctx)
        ratios = find_ratios(ctx, index) + find_months(ctx, index) + find_per_capita(ctx, index)
        found[seed] = ratios, find_changes(ctx, index)
    return found


def ratio(relations: Relations, seed: str, kind: str, result: str, numerator: str) -> RatioRelation:
    hits = [r for r in relations[seed][0] if r.kind == kind and r.result.value == D(result)
            and r.numerator.value == D(numerator)]
    assert hits, f"{seed}: no {kind} {numerator} → {result}"
    return hits[0]


def test_seed000_completion_and_year_on_year(relations: Relations) -> None:
    completion = ratio(relations, "seed000", "percent", "61.42", "174.64")
    assert completion.denominator.value == D("284.32")
    (change,) = [c for c in relations["seed000"][1] if c.change is not None and c.change.value == D("-44.38")]
    assert (change.kind, change.prior.value, change.current.value, change.rate.value) == (
        "yoy", D("219.02"), D("174.64"), D("-20.26"))


def test_seed001_difference_share_and_months(relations: Relations) -> None:
    (difference,) = [c for c in relations["seed001"][1] if c.kind == "difference"]
    assert (difference.prior.value, difference.current.value, difference.change.value) == (D(145), D(175), D(25))
    share = ratio(relations, "seed001", "share", "56", "6000")
    assert share.denominator.value == D(9937)
    months = ratio(relations, "seed001", "months", "0.62", "1040")
    assert (months.denominator.value, months.factor, months.basis) == (D(1665), D(1), "stated")
    assert len([r for r in relations["seed001"][0] if r.kind == "months"]) == 1  # 基础养老金结余: no base


def test_seed002_every_share_of_annual_spending(relations: Relations) -> None:
    shares = [r for r in relations["seed002"][0] if r.kind == "share" and "全年支出" in r.label]
    assert len(shares) == 24
    assert {r.denominator.value for r in shares} == {D("72.92")}
    assert ratio(relations, "seed002", "share", "4.2", "3.12").denominator.value == D("72.92")
    assert ratio(relations, "seed002", "share", "3.8", "2.83").denominator.value == D("72.92")


def test_seed003_rates_months_and_execution(relations: Relations) -> None:
    assert ratio(relations, "seed003", "rate", "98.02", "1040031").denominator.value == D(1061093)
    assert ratio(relations, "seed003", "rate", "-14.56", "-0.45").denominator.value == D("3.09")
    months = ratio(relations, "seed003", "months", "20", "5.93")
    assert (months.denominator.value, months.factor, months.basis) == (D("3.54"), D(12), "annual")
    execution = ratio(relations, "seed003", "percent", "99", "3.54")
    assert execution.denominator.value == D("3.57")


@pytest.mark.parametrize("seed", SEEDS)
def test_no_relation_is_built_from_a_year_or_a_norm(relations: Relations, seed: str) -> None:
    ratios, changes = relations[seed]
    for relation in ratios:
        assert relation.numerator is not relation.denominator
        assert relation.result.unit not in (None, "年")
    for change in changes:
        assert sum(x is not None for x in (change.current, change.prior, change.change, change.rate)) >= 3
