"""The report as a whole: roll-ups, repeated sections, placeholders, claims, years and unitless amounts."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from sbeval.schema.report import Report

Build = Callable[[str], Report]
D = Decimal

FUNDS = """二、各项基金运行情况
基金总支出9000万元，其中待遇支出8000万元，年末滚存结余3000万元。
（一）工伤保险基金
基金支出5000万元，其中：待遇支出4500万元。年末滚存结余2000万元。
（二）失业保险基金
基金支出4000万元，其中：失业保险金支出3500万元。年末滚存结余1000万元。
"""


def test_rollup_per_measure_over_fund_sections(report_of: Build) -> None:
    report = report_of(FUNDS)
    found = {r.measure: (r.total.value, [p.value for p in r.parts]) for r in report.rollups}
    assert found == {
        "spending": (D(9000), [D(5000), D(4000)]),
        "benefits": (D(8000), [D(4500), D(3500)]),
        "carried": (D(3000), [D(2000), D(1000)]),
    }
    assert report.rollups[0].funds == ["工伤保险基金", "失业保险基金"]


def test_no_rollup_when_a_fund_repeats(report_of: Build) -> None:
    text = FUNDS.replace("（二）失业保险基金", "（二）工伤保险基金（续）")
    assert report_of(text).rollups == []


def test_no_rollup_over_grandchildren(report_of: Build) -> None:
    text = "一、基金情况\n基金总支出9000万元。\n（一）分险种情况\n" + FUNDS.split("\n", 2)[2].replace("（", "1.").replace("）", "")
    assert report_of(text).rollups == []


def test_repeated_amounts_keep_their_order(report_of: Build) -> None:
    report = report_of("（一）工伤保险基金\n基金收入1,234万元，基金支出1,111万元，结余123万元。\n"
                       "（二）失业保险基金\n基金收入1,234万元，基金支出1,111万元，结余200万元。\n")
    assert [(f.value, g.value) for f, g in zip(report.repeats[0].first, report.repeats[0].second)] == [
        (D(1234), D(1234)), (D(1111), D(1111))]


def test_placeholder_forms_once_per_paragraph(report_of: Build) -> None:
    report = report_of("本年收入XXX万元，支出XXX万元，占XX%，较上年增长XX%。\n")
    assert [p.forms for p in report.placeholders] == [["XXX万元", "XX%"]]


def test_claim_pairs_the_budget_it_names(report_of: Build) -> None:
    report = report_of("年初预算为0万元，全年预算为52.00万元，支出决算为51.32万元。决算数小于全年预算数的主要原因：人员变动。\n")
    claim = report.claims[0]
    assert (claim.direction, claim.reference.value, claim.current.value) == ("less", D("52.00"), D("51.32"))


def test_claims_since_the_previous_one(report_of: Build) -> None:
    report = report_of("年初预算为10.00万元，支出决算为9.00万元。决算数小于预算数。"
                       "年初预算为20.00万元，支出决算为20.00万元。决算数与预算数持平。\n")
    assert [(c.direction, c.reference.value) for c in report.claims] == [("less", D("10.00")), ("equal", D("20.00"))]


def test_report_year_from_the_title_not_the_filing_date(report_of: Build) -> None:
    report = report_of("社会保险基金绩效评价报告\n（2019年度）\n填报时间：2020年9月10日\n一、2018年度决算情况说明\n")
    assert [(y.kind, y.report_year, y.year) for y in report.years] == [("heading", 2019, 2018)]


def test_unitless_amount_names_its_neighbour(report_of: Build) -> None:
    report = report_of("发放稳岗补贴61.18万元；期末基金滚存结余达2243.67。\n")
    assert [(u.figure.value, u.neighbour.unit) for u in report.unitless] == [(D("2243.67"), "万元")]


def test_restatement_by_subject_measure_and_period(report_of: Build) -> None:
    report = report_of(
        "2022年全市失业保险基金支出2.4亿元\n"
        "2022年，全市失业保险基金收入26,110万元，支出23,980万元；职工医保基金支出41,200万元。\n"
        "2022年职工医保基金预算支出43,000万元。"
    )
    pairs = [(r.subject, r.measure, r.period, r.first.text, r.second.text) for r in report.restatements]
    assert pairs == [("失业", "支出", "2022", "2.4亿元", "23,980万元")]


def test_no_restatement_without_a_subject_or_with_competitors(report_of: Build) -> None:
    report = report_of(
        "2023年基金支出1,200万元。\n2023年基金支出1,300万元。\n"
        "2023年工伤保险基金支出800万元。2023年工伤保险基金支出810万元。2023年工伤保险基金支出800万元。"
    )
    assert report.restatements == []
