"""Year-on-year changes and differences: which figures are current, prior, change and rate."""

from __future__ import annotations

from decimal import Decimal

from sbeval.extract.prose.changes import find_changes
from support import context
from sbeval.schema.relations import ChangeRelation

D = Decimal
Shape = tuple[str, D | None, D | None, D | None, D | None, bool]


def shape(relation: ChangeRelation) -> Shape:
    def value(figure: object) -> D | None:
        return getattr(figure, "value", None)

    return (relation.kind, value(relation.current), value(relation.prior), value(relation.change),
            value(relation.rate), relation.points)


def found(*paragraphs: str) -> list[Shape]:
    return [shape(r) for r in find_changes(context(*paragraphs))]


def test_prior_stated_in_the_sentence_and_current_found_by_label() -> None:
    text = ("2018年工伤保险待遇支出174.2万元，劳动能力鉴定费0.44万元，本年待遇支出174.64万元；"
            "2018年工伤保险基金预算待遇支出284.32万元，完成预算的61.42%；"
            "2017年工伤保险基金待遇支出219.02万元，本年与上年同期相比减支44.38万元，增幅为-20.26%。")
    assert found(text) == [("yoy", D("174.64"), D("219.02"), D("-44.38"), D("-20.26"), False)]


def test_narrative_triplet_with_an_implied_prior() -> None:
    assert found("本年基金收入5,320万元，比上年增加320万元，增长6.4%，完成预算的101%。") == [
        ("yoy", D(5320), None, D(320), D("6.4"), False)
    ]


def test_prior_in_parentheses() -> None:
    assert found("全年征缴收入2862万元,比去年同期(2350万元)增加512万元.") == [
        ("yoy", D(2862), D(2350), D(512), None, False)
    ]


def test_decrease_and_decline_rate_are_negative() -> None:
    assert found("待遇支出1.2亿元，同比下降5%，减少0.06亿元。", "基金支出950万元，较上年减少50万元，降幅为5%。") == [
        ("yoy", D("1.2"), None, D("-0.06"), D(-5), False),
        ("yoy", D(950), None, D(-50), D(-5), False),
    ]


def test_difference_from_a_to_b() -> None:
    assert found(
        "自2018年1月1日起，基础养老金最低标准由每人每月145元提高至175元，增加25元。",
        "个人缴费收入从2.5亿元增加到3.1亿元，增长24%。",
    ) == [
        ("difference", D(175), D(145), D(25), None, False),
        ("difference", D("3.1"), D("2.5"), None, D(24), False),
    ]


def test_percentage_points_are_a_difference_of_rates() -> None:
    assert found("参保率由95.2%提高到97.5%，提高2.3个百分点。") == [
        ("difference", D("97.5"), D("95.2"), D("2.3"), None, True)
    ]


def test_two_known_facts_give_nothing_to_check() -> None:
    assert found(
        "基金支出37977万元，完成预算110%，较上年增长20%。",
        "领取失业金人数为3220人，比上年同期增加545人。",
        "参保率98%，比上年提高2个百分点。",
        "二是人均离退休费较上年同期增加114.94元。",
    ) == []


def test_a_change_already_used_is_not_the_subject_of_the_next() -> None:
    text = "一是平均离退休人数较上年增加310人；二是人均离退休费较上年同期增加114.94元，增长3%。"
    assert found(text) == []


def test_chain_subject_is_the_topic_not_the_budget_before_it() -> None:
    text = ("基金收入1318万元，其中：保险费收入1286万元，利息收入32万元。"
            "年初预算收入1250万元，基金收入完成预算的105.44%，较上年增加122万元，增长10.20%。")
    assert found(text) == [("yoy", D(1318), None, D(122), D("10.20"), False)]


def test_chain_subject_reaches_across_a_semicolon() -> None:
    text = ("基金支出904万元，其中：待遇支出895万元，其他支出9万元。"
            "年初预算支出880万元，基金支出完成预算的102.73%；较上年减少47万元，下降4.94%。")
    assert found(text) == [("yoy", D(904), None, D(-47), D("-4.94"), False)]


def test_a_level_reached_after_a_decrease_word_is_not_negative() -> None:
    assert found("参保人数由2018年的10,230人减少至9,870人，减少360人。", "征缴率由80.0%下降至70.0%，下降10.0个百分点。") == [
        ("difference", D(9870), D(10230), D(-360), None, False),
        ("difference", D("70.0"), D("80.0"), D("-10.0"), None, True),
    ]


def test_difference_to_a_level_stated_with_wei() -> None:
    assert found("参保人数由上年的10,230人减少为9,870人，减少360人，下降3.5%。", "缴费补贴由每人每年30元调整为40元，增加10元。") == [
        ("difference", D(9870), D(10230), D(-360), D("-3.5"), False),
        ("difference", D(40), D(30), D(10), None, False),
    ]


def test_an_average_growth_reads_its_two_ends_and_their_years(report_of) -> None:
    report = report_of(
        "近三年，基金收入由2020年的12000万元增加到2023年的15000万元，年平均增长7.7%。\n"
        "2021年至2023年，参保人数从40万人增至48.4万人，年均增长10%。\n"
        "基金收入由2022年的100万元增加到2023年的120万元，年均增长20%。"
    )
    assert [(g.label, g.first.text, g.last.text, g.years, g.rate.text) for g in report.average_growths] == [
        ("基金收入", "12000万元", "15000万元", 3, "7.7%"),
        ("参保人数", "40万人", "48.4万人", 2, "10%"),
    ]
