"""Ratio families of real reports: rates from two counts, shares of a named base, 分别占 with parts
named earlier; written for the tests in the genre's phrasing, each with a case that must give nothing."""

from __future__ import annotations

from decimal import Decimal

from sbeval.extract.prose.ratios import find_ratios
from sbeval.schema.relations import RatioRelation
from support import context

D = Decimal


def operands(relation: RatioRelation) -> tuple[str, D, D, D]:
    return relation.kind, relation.result.value, relation.numerator.value, relation.denominator.value


def found(*blocks: str | tuple[int, str]) -> list[tuple[str, D, D, D]]:
    return [operands(r) for r in find_ratios(context(*blocks))]


def test_payment_rate_from_the_eligible_and_the_paying_counts() -> None:
    text = ("全县符合参保条件的农村居民为52031人，已有51260人参保缴费，征缴保费1820万元，"
            "其中个人缴费1500万元，参保缴费率为98.52%。")
    assert found(text) == [("rate", D("98.52"), D(51260), D(52031))]


def test_payment_rate_per_sentence_when_a_paragraph_has_two() -> None:
    text = ("城镇符合参保缴费条件的居民有8800人，已有8712人参保缴费，参保缴费率为99.00%。"
            "农村符合参保缴费条件的居民有40210人，已有39001人参保缴费，参保缴费率为96.99%。")
    assert found(text) == [("rate", D("99.00"), D(8712), D(8800)), ("rate", D("96.99"), D(39001), D(40210))]


def test_payment_rate_ignores_amounts_named_like_payments() -> None:
    # the only 缴费 figure is an amount, so no count of payers: nothing to recompute
    assert found("符合参保条件的居民共3200人，个人缴费420万元，参保缴费率为97%。") == []


def test_share_of_a_named_total_in_traditional_script_with_a_stray_mark() -> None:
    text = "2.城鄉居民醫療保險參保人數88.5萬人,其中60歲以上參保人數為30.1萬人,佔參保總人數的`34.0%。"
    assert found(text) == [("share", D("34.0"), D("30.1"), D("88.5"))]


def test_list_number_is_not_part_of_the_base_label() -> None:
    text = ("1.失业保险参保人数12.4万人；\n"
            "2.其中农民合同制工人参保人数1.9万人，占参保总人数的15.3%。")
    assert found(*text.split("\n")) == [("share", D("15.3"), D("1.9"), D("12.4"))]


def test_respectively_with_the_parts_named_in_an_earlier_section() -> None:
    relations = found(
        (1, "一、参保人数"),
        "1.机关事业单位养老保险参保人数4.8万人（在职3.1万人，退休1.7万人）；",
        (1, "二、参保人员结构"),
        "1.在职参保人员和退休人员分别占参保总人数的64.6%、35.4%；",
    )
    assert relations == [("share", D("64.6"), D("3.1"), D("4.8")), ("share", D("35.4"), D("1.7"), D("4.8"))]


def test_respectively_with_parts_of_two_sentences_gives_nothing() -> None:
    relations = found(
        "参保人数4.8万人，其中在职3.1万人。",
        "另有退休1.7万人。",
        "在职人员和退休人员分别占参保总人数的64.6%、35.4%。",
    )
    assert relations == []


def test_respectively_with_a_part_named_twice_gives_nothing() -> None:
    relations = found(
        "参保人数4.8万人（在职3.1万人，退休1.7万人）；上年在职3.0万人。",
        "在职人员和退休人员分别占参保总人数的64.6%、35.4%。",
    )
    assert relations == []


def test_bare_execution_rate_over_the_statements_of_its_sentence() -> None:
    text = ("2023年，市、区两级预算共安排820.50万元，其中：市级500万元，区级320.50万元；"
            "当年应拨付610.00万元，实际拨付590.40万元，其中：市级400万元、区级190.40万元，执行率72%。")
    assert found(text) == [("percent", D(72), D("590.40"), D("820.50"))]


def test_bare_execution_rate_with_two_budgets_gives_nothing() -> None:
    text = ("年初预算安排300万元，调整预算安排360万元；实际支出350万元，执行率97%。")
    assert found(text) == []


def test_list_opening_a_sentence_breaks_down_the_total_before() -> None:
    text = ("2023年度支出合计152.30万元，较上年增加12.00万元，主要原因是人员增加。"
            "其中：基本支出140.10万元，占92.0%；项目支出12.20万元，占8.0%。")
    assert found(text) == [("share", D("92.0"), D("140.10"), D("152.30")),
                           ("share", D("8.0"), D("12.20"), D("152.30"))]


def test_list_opening_a_sentence_of_another_kind_gives_nothing() -> None:
    text = ("2023年度收入合计152.30万元，较上年增加12.00万元。"
            "其中：基本支出140.10万元，占92.0%。")
    assert found(text) == []


def test_indicator_rows_under_a_completion_rate_header() -> None:
    text = ("项目年度绩效目标 绩效指标 指标值 实际完成值 累计完成率 数量指标 "
            "开展招聘会场次>=12场15场125%培训人数>=300人282人94%群众满意度>=90%96%107%")
    assert found(text) == [("percent", D(125), D(15), D(12)), ("percent", D(94), D(282), D(300)),
                           ("percent", D(107), D(96), D(90))]


def test_indicator_rows_leave_ceilings_and_a_capped_100_percent_alone() -> None:
    text = ("指标值 实际完成值 完成率 "
            "差错率<=2%1%50%办结时限<=15天12天80%培训人数>=300人320人100%")
    assert found(text) == []


def test_indicator_rows_need_the_completion_rate_column() -> None:
    assert found("指标值 实际完成值 得分 培训人数>=300人282人94%") == []


def test_share_column_closed_by_its_total_row() -> None:
    text = ("支出构成 金额 占比 工资福利支出215.40 86.16% 12.1 商品和服务支出34.60 13.84% 0 "
            "合计250.00 100% 12.1")
    assert found(text) == [("share", D("86.16"), D("215.40"), D("250.00")),
                           ("share", D("13.84"), D("34.60"), D("250.00"))]


def test_share_column_without_a_100_percent_total_gives_nothing() -> None:
    text = "工资福利支出215.40 86.16% 商品和服务支出34.60 13.84% 合计250.00 98%"
    assert found(text) == []


def _changes(text: str) -> list[tuple[D | None, D | None, D | None]]:
    from sbeval.extract.prose.changes import find_changes

    return [(c.current and c.current.value, c.change and c.change.value, c.rate and c.rate.value)
            for c in find_changes(context(text)) if c.prior is None]


def test_sentence_comparing_with_the_budget_continues_the_subject_before() -> None:
    text = ("2023年度一般公共预算财政拨款支出95.20万元，较上年决算数增加3.10万元，增长3.4%。"
            "主要原因是人员经费增加。较年初预算数减少12.30万元，下降11.4%。")
    assert (D("95.20"), D("-12.30"), D("-11.4")) in _changes(text)


def test_budget_comparison_after_a_change_sentence_gives_nothing() -> None:
    text = "较上年增加3.10万元，增长3.4%。较年初预算数减少12.30万元，下降11.4%。"
    assert _changes(text) == []


def _pooled(text: str) -> list[tuple[D, D, list[D]]]:
    from sbeval.extract import extract
    from sbeval.schema.document import Document, Paragraph, Location

    document = Document(path="t.txt", format="txt", blocks=[
        Paragraph(text=text, raw=text, location=Location(file="t.txt", block=0, line=1))])
    return [(p.total.value, p.result.value, [i.rate.value for i in p.parts]) for p in extract(document).pooled_rates]


def test_pooled_rate_of_a_complete_breakdown_with_one_phrase() -> None:
    text = ("基金收入900万元，完成全年预算的45%，其中保险费收入700万元，完成全年预算的50%，"
            "利息收入200万元，完成全年预算的40%。")
    assert _pooled(text) == [(D(900), D(45), [D(50), D(40)])]


def test_pooled_rate_needs_the_budget_left_unstated_and_the_items_complete() -> None:
    stated = ("全年预算收入2000万元。基金收入900万元，完成全年预算的45%，其中保险费收入700万元，"
              "完成全年预算的50%，利息收入200万元，完成全年预算的40%。")
    partial = "基金收入900万元，完成全年预算的45%，其中保险费收入600万元，完成全年预算的50%，利息收入200万元，完成全年预算的40%。"
    assert _pooled(partial) == []
    assert _pooled(stated) == []


def test_completion_of_an_item_is_not_taken_for_the_total() -> None:
    text = ("全年预算收入2000万元。基金收入900万元，完成全年预算的45%，其中保险费收入700万元，"
            "完成全年预算的50%，利息收入200万元，完成全年预算的40%。")
    assert found(text) == [("percent", D(45), D(900), D(2000))]


def test_shares_named_member_by_member_are_one_split_of_their_whole(report_of) -> None:
    report = report_of("全市参保人员中，在职人员和离退休人员分别占64.3%和35.7%；企业职工、个体人员分别占年度任务的90%、80%。")
    assert [(s.whole, s.names, [f.text for f in s.shares], s.complete) for s in report.share_splits] == [
        ("全市参保人员", ["在职人员", "离退休人员"], ["64.3%", "35.7%"], True),
    ]
