"""Total and parts: markers, closed and partial lists, nesting, continuation, exclusions."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from sbeval.schema.relations import SumRelation
from sbeval.schema.report import Report

Build = Callable[[str], Report]


def shape(relation: SumRelation) -> tuple[Decimal, list[Decimal], bool]:
    return relation.total.value, [t.figure.value for t in relation.parts], relation.closed


def sums(report: Report) -> list[tuple[Decimal, list[Decimal], bool]]:
    return [shape(r) for r in report.sums if r.kind == "sum"]


D = Decimal


def test_bare_qizhong_list_is_partial(report_of: Build) -> None:
    report = report_of("基金收入5,200万元，其中：保险费收入3,100万元，财政补贴收入1,500万元。")
    assert sums(report) == [(D(5200), [D(3100), D(1500)], False)]


def test_remainder_item_closes_the_list(report_of: Build) -> None:
    report = report_of("本年基金支出8.6亿元，其中待遇支出7.9亿元，转移支出0.5亿元，其他支出0.2亿元。")
    assert sums(report) == [(D("8.6"), [D("7.9"), D("0.5"), D("0.2")], True)]


def test_fenbiewei_and_baokuo_close_the_list(report_of: Build) -> None:
    report = report_of(
        "项目支出3.2万元，包括办公费1.1万元，差旅费0.9万元，印刷费1.2万元。\n"
        "两项收入分别为12000元、8000元，合计20000元。"
    )
    assert sums(report)[0] == (D("3.2"), [D("1.1"), D("0.9"), D("1.2")], True)


def test_parts_run_over_sentences_and_skip_changes_rates_and_counts(report_of: Build) -> None:
    report = report_of(
        "基金支出19985万元，完成预算101%。其中：待遇支出19976万元，较上年增长9%，"
        "主要原因为退休人数较上年增加56人，人均退休费较上年增加229元。其他支出0万元，转移支出9万元。"
    )
    assert sums(report) == [(D(19985), [D(19976), D(0), D(9)], True)]


def test_parts_continue_into_a_later_paragraph_with_category_items(report_of: Build) -> None:
    report = report_of(
        "（四）职工医疗保险基金\n"
        "基金支出500万元。其中：待遇支出420万元，完成预算的90%。未完成预算的主要原因：\n"
        "一是预算编制偏大，导致实际支出较预算降低20%。\n"
        "其他支出30万元，转移支出50万元。\n"
        "本年收支结余0万元，年末滚存结余0万元。"
    )
    assert sums(report) == [(D(500), [D(420), D(30), D(50)], True)]


def test_marker_split_over_two_paragraphs(report_of: Build) -> None:
    report = report_of("基金支出2,000万元，完成预算97%，其\n中：失业保险金支出1,500万元，其他支出100万元，转移支出400万元。")
    assert sums(report) == [(D(2000), [D(1500), D(100), D(400)], True)]


def test_parenthesised_parts(report_of: Build) -> None:
    report = report_of("年末滚存结余10720万元（其中：基础养老金结余783万元，个人账户结余9937万元）。")
    assert sums(report) == [(D(10720), [D(783), D(9937)], False)]


def test_han_after_a_part_lists_its_own_items(report_of: Build) -> None:
    report = report_of("支出合计100万元，其中：人员经费60万元（含工资50万元和津贴10万元），公用经费40万元。")
    assert sorted(sums(report)) == [(D(60), [D(50), D(10)], False), (D(100), [D(60), D(40)], False)]


def test_single_bracketed_figure_is_neither_part_nor_total(report_of: Build) -> None:
    report = report_of("基本支出80万元（预算调整30万元）：工资60万元，其他支出20万元。")
    assert sums(report) == [(D(80), [D(60), D(20)], True)]


def test_enumerated_parts_with_nested_lists(report_of: Build) -> None:
    report = report_of(
        "一、基本支出100万元（占全年支出的80%）：包含1、人员支出70万元，其中工资50万元，津贴20万元；\n"
        "2、公用支出25万元，其中水电费10万元，其他费用15万元；\n"
        "3、补助支出5万元：生活补助4万元，其他补助1万元。\n"
        "二、项目支出30万元，包括会议费10万元，培训费20万元。"
    )
    assert sums(report) == [
        (D(100), [D(70), D(25), D(5)], True),
        (D(70), [D(50), D(20)], False),
        (D(25), [D(10), D(15)], True),
        (D(5), [D(4), D(1)], True),
        (D(30), [D(10), D(20)], True),
    ]


def test_circled_enumeration_closes(report_of: Build) -> None:
    report = report_of("三项支出共计9.5万元，具体为：①培训费3.5万元；②会议费4万元；③印刷费2万元。")
    assert sums(report) == [(D("9.5"), [D("3.5"), D(4), D(2)], True)]


def test_counts_add_up_with_counts_only(report_of: Build) -> None:
    report = report_of("在职人员18人（其中公益性岗位2人，借调1人）。")
    assert sums(report) == [(D(18), [D(2), D(1)], False)]


def test_income_list_stops_at_spending_and_balance(report_of: Build) -> None:
    report = report_of(
        "基金收入1000万元，其中保险费收入800万元。基金支出900万元，其中待遇支出850万元。"
        "本年收支结余100万元，年末滚存结余500万元。"
    )
    assert sums(report) == [(D(1000), [D(800)], False), (D(900), [D(850)], False)]


def test_prior_year_figure_is_not_a_part(report_of: Build) -> None:
    report = report_of("本年支出300万元，其中待遇支出250万元，上年待遇支出240万元，其他支出50万元。")
    assert sums(report) == [(D(300), [D(250), D(50)], True)]


def test_total_after_its_parts(report_of: Build) -> None:
    report = report_of("2020年工伤医疗待遇支出120.5万元，伤残待遇支出30.25万元，本年待遇支出150.75万元；")
    assert sums(report) == [(D("150.75"), [D("120.5"), D("30.25")], True)]
    report = report_of("办公费1200元，差旅费800元，合计2000元。")
    assert sums(report) == [(D(2000), [D(1200), D(800)], True)]


def test_no_list_without_a_marker(report_of: Build) -> None:
    assert sums(report_of("本年收入72.88万元，本年支出72.92万元，上年结余0.04万元。")) == []
    assert sums(report_of("一级指标分为4项：即决策、过程，二级指标10项，三级指标18项。")) == []


def test_made_of_closes_the_list(report_of: Build) -> None:
    report = report_of("基金总收入为12.5亿元,由保险费收入8.2亿元,财政补贴收入3.1亿元和利息收入0.6亿元构成。")
    assert sums(report) == [(D("12.5"), [D("8.2"), D("3.1"), D("0.6")], True)]


def test_a_complete_breakdown_closes_a_qizhong_list(report_of: Build) -> None:
    report = report_of(
        "工伤保险基金待遇支出2,410万元，其中：工伤医疗待遇支出610万元，伤残待遇支出1,050万元，工亡待遇支出750万元。\n"
        "办理关系转续1,210人次，其中转入1,002人次，转出208人次。"
    )
    assert sums(report) == [(D(2410), [D(610), D(1050), D(750)], True), (D(1210), [D(1002), D(208)], True)]


def test_a_breakdown_in_brackets_closes_only_when_complete(report_of: Build) -> None:
    report = report_of(
        "职工养老保险参保人数41.3万人（在职职工29.8万人，退休人员11.5万人）。\n"
        "居民医保参保人数88.2万人（学生12.1万人，老年人20.4万人）。"
    )
    assert sums(report) == [(D("41.3"), [D("29.8"), D("11.5")], True), (D("88.2"), [D("12.1"), D("20.4")], False)]


def test_levels_of_government_close_the_list_when_all_four_or_all_named(report_of: Build) -> None:
    report = report_of(
        "全年筹集就业补助资金2,260万元，其中中央补助资金1,200万元，省级补助资金500万元，市级补助资金300万元，县本级资金260万元。\n"
        "该项目由中央和省级财政共同安排资金800万元，其中：中央600万元，省级200万元。\n"
        "到位资金900万元，其中中央资金600万元，省级资金200万元。"
    )
    assert sums(report) == [
        (D(2260), [D(1200), D(500), D(300), D(260)], True),
        (D(800), [D(600), D(200)], True),
        (D(900), [D(600), D(200)], False),
    ]


def test_one_qizhong_list_breaks_down_income_and_spending(report_of: Build) -> None:
    report = report_of(
        "全年城乡居民医保基金收入86,120万元，基金支出80,345万元。其中：个人缴费收入23,040万元，"
        "财政补贴收入60,100万元，其他收入2,980万元；待遇支出78,200万元，大病保险支出2,145万元；累计结余41,200万元。"
    )
    assert sums(report) == [
        (D(86120), [D(23040), D(60100), D(2980)], True),
        (D(80345), [D(78200), D(2145)], False),
    ]


def test_a_shared_list_may_open_the_next_paragraph_and_alternate(report_of: Build) -> None:
    report = report_of(
        "2022年，全省工伤保险基金总收入52.4亿元，总支出47.9亿元。\n"
        "其中，省本级基金收入20.1亿元，增长3.1%，支出18.2亿元；各市基金收入32.3亿元，支出29.7亿元。\n"
        "共实施项目5个，项目资金1,250万元。其中：续建项目2个，资金800万元，新建项目3个，资金450万元。"
    )
    assert sums(report) == [
        (D("52.4"), [D("20.1"), D("32.3")], False),
        (D("47.9"), [D("18.2"), D("29.7")], False),
        (D(5), [D(2), D(3)], False),
        (D(1250), [D(800), D(450)], False),
    ]


def test_a_shared_list_with_an_item_of_no_one_total_is_not_read(report_of: Build) -> None:
    report = report_of("基金收入3,200万元，基金支出3,050万元。其中：保险费收入2,900万元，结余资金150万元，待遇支出3,000万元。")
    assert [s for s in sums(report) if s[0] in {D(3200), D(3050)}] == []


def test_a_table_run_into_prose_sums_by_column_under_its_total_row(report_of: Build) -> None:
    report = report_of("支出构成（单位：万元） 人员经费 120.50 60.25% 工作经费 79.50 39.75% 合计 200.00 100%")
    assert sums(report) == [
        (D("200.00"), [D("120.50"), D("79.50")], True),
        (D(100), [D("60.25"), D("39.75")], True),
    ]


def test_a_list_naming_the_parts_of_a_complete_list_before_it_is_complete(report_of: Build) -> None:
    report = report_of(
        "该项目中央、省级、县级预算共安排300万元，其中：中央180万元，省级80万元，县级40万元；"
        "实际支付250万元，其中：中央150万元、省级70万元、县级30万元。\n"
        "另拨付资金90万元，其中：中央50万元、市级30万元。"
    )
    assert sums(report) == [
        (D(300), [D(180), D(80), D(40)], True),
        (D(250), [D(150), D(70), D(30)], True),
        (D(90), [D(50), D(30)], False),
    ]


def test_carried_over_and_newly_allotted_money_close_a_bracketed_list(report_of: Build) -> None:
    report = report_of(
        "共安排资金120万元，其中：中央80万元（2023年结转20万元，2024年下达60万元），县级40万元（2023年结转10万元，"
        "2024年配套30万元）。\n到位资金60万元（2023年结转10万元，2024年下达30万元，追加10万元）。"
    )
    closed = {s[0]: s[2] for s in sums(report)}
    assert closed[D(80)] and closed[D(40)]
    assert closed[D(60)] is False  # three items: 追加 is no member of the pair


def test_a_shared_list_by_scheme_with_rates_is_complete_for_each_total(report_of: Build) -> None:
    report = report_of(
        "2018年，全国基本医疗保险基金总收入2,100亿元，总支出1,760亿元。\n\n"
        "其中，全年职工基本医疗保险基金收入1,320亿元，增长8.7%，基金支出1,050亿元，增长11.5%；"
        "全年城乡居民基本医疗保险基金收入780亿元，增长27.1%，支出710亿元。"
    )
    assert sums(report) == [
        (D(2100), [D(1320), D(780)], True),
        (D(1760), [D(1050), D(710)], True),
    ]


def test_two_columns_run_into_prose_sum_under_their_totals(report_of: Build) -> None:
    report = report_of(
        "资金情况(万元)年度金额:300万元资金使用情况(万元)合计:150.5万元"
        "中央财政200万元中央财政100.5万元省级财政100万元省级财政50万元年度总体目标：…"
    )
    assert sums(report) == [(D(300), [D(200), D(100)], True), (D("150.5"), [D("100.5"), D(50)], True)]


def test_a_name_written_once_is_no_row_of_two_columns(report_of: Build) -> None:
    report = report_of("年度金额:300万元，合计:150.5万元，中央财政200万元，省级财政100.5万元，市级财政100万元，县级财政50万元。")
    assert all(r.cue != "表列合计" for r in report.sums)
