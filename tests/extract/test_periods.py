"""Periods and signs of figures: what a prior balance or a decrease word does and does not reach."""

from __future__ import annotations

from decimal import Decimal

from sbeval.extract.core.figures import find_figures
from sbeval.schema.document import Location

LOC = Location(file="t.txt", block=0, line=1)


def test_prior_balance_names_only_itself() -> None:
    figures = find_figures("上年结余9876万元，年末滚存结余7645万元，可支付月数3.6个月。", LOC)
    assert [f.period for f in figures] == ["上年", None, None]


def test_a_prior_period_opening_the_sentence_still_reaches_its_figures() -> None:
    figures = find_figures("上年度基金收入1196万元，支出1000万元。", LOC)
    assert [f.period for f in figures] == ["上年", "上年"]


def test_decrease_words_sign_the_change_not_the_level_reached() -> None:
    text = "征缴率由80.0%下降至70.0%，下降10.0%；人数减少为9,870人，减少了360人，降幅为3.5%，当期赤字2231万元。"
    assert [f.value for f in find_figures(text, LOC)] == [
        Decimal("80.0"), Decimal("70.0"), Decimal("-10.0"), Decimal(9870), Decimal(-360), Decimal("-3.5"),
        Decimal(-2231),
    ]


def test_a_compared_year_dates_only_the_figure_it_introduces() -> None:
    figures = find_figures("2023年基金收入12,380万元，较2022年的11,645万元增加735万元，增长6.31%。", LOC)
    assert [f.period for f in figures] == ["2023", "2022", "2023", "2023"]
