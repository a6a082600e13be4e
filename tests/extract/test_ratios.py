"""Completion against budget, shares of a named base, and named rates, in varied genre phrasing."""

from __future__ import annotations

from decimal import Decimal

from sbeval.extract.prose.ratios import find_ratios
from support import context
from sbeval.schema.relations import RatioRelation

D = Decimal


def operands(relation: RatioRelation) -> tuple[str, D, D, D, D]:
    return (relation.kind, relation.result.value, relation.numerator.value,
            relation.denominator.value, relation.factor)


def found(*blocks: str | tuple[int, str]) -> list[tuple[str, D, D, D, D]]:
    return [operands(r) for r in find_ratios(context(*blocks))]


def test_completion_takes_the_current_actual_of_the_budgeted_kind() -> None:
    text = ("2018年工伤保险待遇支出174.2万元，劳动能力鉴定费0.44万元，本年待遇支出174.64万元；"
            "2018年工伤保险基金预算待遇支出284.32万元，完成预算的61.42%。")
    assert found(text) == [("percent", D("61.42"), D("174.64"), D("284.32"), D(100))]


def test_completion_with_the_budget_inside_the_phrase() -> None:
    assert found("本年基金收入419.93万元，完成年度预算683.70万元的61.42%。") == [
        ("percent", D("61.42"), D("419.93"), D("683.70"), D(100))
    ]


def test_completion_of_a_task_with_thousands_separators() -> None:
    assert found("全年征缴收入1,250万元,完成市下达征缴任务1,200万元的104.2%.") == [
        ("percent", D("104.2"), D("1250"), D("1200"), D(100))
    ]


def test_completion_of_a_budget_against_its_final_account() -> None:
    # 决算数 is the actual of the budget before it, though its key is a bare 数
    assert found("2023年全省基金收入预算数512.40亿元，决算数478.19亿元，完成预算的93.3%。") == [
        ("percent", D("93.3"), D("478.19"), D("512.40"), D(100))
    ]
    assert found("基金支出预算数300万元，上年决算数280万元，完成预算的95%。") == []


def test_completion_without_a_stated_budget_gives_nothing() -> None:
    assert found("基金支出37977万元，完成预算110%，较上年增长20%。其中：待遇支出33628万元，完成预算98%。") == []


def test_execution_rate_links_budget_and_actual_across_sections() -> None:
    relations = found(
        (1, "一、项目概况"),
        "2021年计划安排预算收入2.58亿元，预算支出3.57亿元。",
        "2021年实际完成收入3.09亿元，其中工伤保险费收入2.70亿元；实际支出3.54亿元。",
        (1, "二、过程分析"),
        "项目资金到位率120%、基金征缴收入预算执行率107%、基金支出预算执行率99%。",
    )
    assert relations == [("percent", D(99), D("3.54"), D("3.57"), D(100))]


def test_share_base_is_the_named_figure_not_the_total() -> None:
    relations = found(
        "本年收支结余1594万元，年末滚存结余10720万元（其中：基础养老金结余783万元，个人账户结余9937万元）。"
        "个人账户基金转定期存款6000万元，占个人账户基金结余的56%。"
    )
    assert relations == [("share", D(56), D(6000), D(9937), D(100))]


def test_share_base_found_in_an_earlier_paragraph_under_another_name() -> None:
    relations = found(
        (1, "四、本年预算执行情况"),
        "收支结余概况：上年结余0.04亿元，本年收入72.88亿元，本年支出72.92亿元。",
        "支出方面：全年实际支出为72.92亿元，其中基本支出67.26亿元占全年支出的92.2%；",
        "商品和服务支出7.64亿元占全年支出的10.5%，其中工会经费2.83亿元占全年支出的3.8%。",
    )
    assert relations == [
        ("share", D("92.2"), D("67.26"), D("72.92"), D(100)),
        ("share", D("10.5"), D("7.64"), D("72.92"), D(100)),
        ("share", D("3.8"), D("2.83"), D("72.92"), D(100)),
    ]


def test_share_in_parentheses_and_of_head_counts() -> None:
    relations = found(
        "全市参保人数12,000人，缴费人数11,400人（占参保人数的95%）。",
        "基本支出67.26万元（预算调整32.11万元，占全年支出的44%），全年支出72.92万元。",
    )
    assert relations == [
        ("share", D(95), D(11400), D(12000), D(100)),
        ("share", D(44), D("32.11"), D("72.92"), D(100)),
    ]


def test_share_of_an_unnamed_or_unknown_base_gives_nothing() -> None:
    assert found("其中基本支出收入34.77万元，占县本级年初预算安排收入的85.3%。") == []


def test_rates_defined_by_the_genre() -> None:
    relations = found(
        "2021年全市工伤保险参保人数为1061093人、缴费人数为1040031人，参保缴费率为98.02%。",
        "项目决算收入3.09亿元，项目决算支出3.54亿元，当年收支结余为-0.45亿元，基金收支结存率-14.56%。",
    )
    assert relations == [
        ("rate", D("98.02"), D(1040031), D(1061093), D(100)),
        ("rate", D("-14.56"), D("-0.45"), D("3.09"), D(100)),
    ]


def test_rate_whose_operands_are_not_in_the_paragraph_gives_nothing() -> None:
    assert found("参保人数为1061093人。", "参保缴费率为98.02%，工伤保险费率下降50%。") == []


def test_share_written_with_wei_takes_the_named_base_not_the_prior_balance() -> None:
    relations = found(
        "上年滚存结余9,000万元，年末滚存结余10,720万元。个人账户结余9,937万元，为年末滚存结余的92.7%。"
    )
    assert relations == [("share", D("92.7"), D(9937), D(10720), D(100))]


def test_bare_execution_rate_takes_the_actual_and_budget_of_its_sentence() -> None:
    assert found("实际支出1,950万元，预算2,000万元，预算执行率为97.5%。") == [
        ("percent", D("97.5"), D(1950), D(2000), D(100))
    ]
    assert found("2023年度全年预算数3,501,200.00元，全年执行数3,452,918.66元，预算执行率98.62%。") == [
        ("percent", D("98.62"), D("3452918.66"), D("3501200.00"), D(100))
    ]


def test_share_with_its_base_figure_written_inside() -> None:
    assert found("其中基础养老金支出3.12亿元，占全年支出72.92亿元的4.5%。", "待遇支出1,200万元,占基金支出1,500万元的比重为80%.") == [
        ("share", D("4.5"), D("3.12"), D("72.92"), D(100)),
        ("share", D(80), D(1200), D(1500), D(100)),
    ]


def test_share_base_in_a_nearer_scope_wins_over_a_same_named_figure_elsewhere() -> None:
    blocks = (
        (1, "一、支出情况"),
        "本部门全年支出总额3,452,918.66元。其中：基本支出2,881,304.21元，占全年支出的83.45%。",
        "1、基本支出包括：工资福利支出2,463,187.52元，占全年支出的71.34%。",
        (1, "二、三公经费"),
        "“三公”经费实际支出0.86万元。",
    )
    assert found(*blocks) == [
        ("share", D("83.45"), D("2881304.21"), D("3452918.66"), D(100)),
        ("share", D("71.34"), D("2463187.52"), D("3452918.66"), D(100)),
    ]


def test_coverage_and_collection_rates_in_the_genre_wording() -> None:
    assert found("应参保人数5,000人，实际参保4,650人，参保率为93%。", "征缴收入应征数2,400万元，实征数2,280万元，征缴率95%。") == [
        ("rate", D(93), D(4650), D(5000), D(100)),
        ("rate", D(95), D(2280), D(2400), D(100)),
    ]
