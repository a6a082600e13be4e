"""Completion rates, shares, rates, changes and per-capita figures in phrasings the corpus does not use.

Each passage goes through the real pipeline (a .txt file → read → extract → run_checks). About half
hold; the others carry one slip a clerk makes (a wrong base, a truncated percentage, growth taken
on the current year, points written as a rate). ``kinds`` pins the ratio and change relations the
extraction must find: a consistent passage proves nothing if nothing was extracted, and a phrasing
too ambiguous to decide must give no relation at all.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from sbeval.checks.registry import run_checks
from sbeval.extract import extract
from sbeval.parsers.text.reader import read_text
from sbeval.schema.report import Report

TITLE = "某市2023年度社会保险基金绩效自评报告\n\n"

# (id, passage, {(code, stated value)} of errors and warnings, kinds of ratio/change relations)
CASES: list[tuple[str, str, set[tuple[str, str]], tuple[str, ...]]] = [
    # --- completion against budget ---
    ("completion-of-annual-budget",
     "年度预算收入2,315.60亿元，全年实际完成2,345.67亿元，完成年度预算的101.3%。",
     set(), ("percent",)),
    ("budget-completion-rate-wrong",
     "城乡居民基本医疗保险基金预算支出86,420万元，实际支出84,913万元，预算完成率为98.62%。",
     {("SB201", "98.62")}, ("percent",)),
    ("as-share-of-budget",
     "全年失业保险基金支出预算3,336万元，实际支出3,126万元，为预算的93.7%。",
     set(), ("percent",)),
    ("execution-rate-reaches",
     "工伤保险基金支出调整后预算为5,820万元，全年累计执行5,611万元，执行率达96.4%。",
     set(), ("percent",)),
    ("execution-rate-truncated",
     "2023年部门全年预算数为1,286.45万元，全年执行数1,243.18万元，预算执行率96.63%。",
     {("SB201", "96.63")}, ("percent",)),
    ("completion-of-plan-count",
     "全年新增参保人数3,860人，完成年度计划3,500人的110.3%。",
     set(), ("percent",)),
    ("completion-of-plan-count-wrong",
     "全年新增参保人数3,860人，完成年度计划3,500人的101.3%。",
     {("SB201", "101.3")}, ("percent",)),
    ("progress-against-budget-inside",
     "截至12月底，失业保险基金支出累计执行1,846万元，占年度预算2,100万元的87.9%。",
     set(), ("percent",)),
    ("over-fulfilled-points-no-amounts",
     "全年征缴收入完成年度预算的108.5%，超额完成8.5个百分点。",
     set(), ()),
    # --- shares ---
    ("share-of-total-spending",
     "2023年城乡居民基本医疗保险基金总支出52,360万元，其中大病保险支出4,120万元，占基金总支出的比重为7.87%。",
     set(), ("share",)),
    ("share-of-total-spending-wrong",
     "2023年城乡居民基本医疗保险基金总支出52,360万元，其中大病保险支出4,120万元，占基金总支出的比重为7.78%。",
     {("SB202", "7.78")}, ("share",)),
    ("share-bare-zhanbi-after-qizhong",
     "全年工伤保险基金支出1,858万元，其中工伤医疗待遇支出612万元，占比32.9%。",
     set(), ("share",)),
    ("share-bare-zhanbi-after-qizhong-wrong",
     "全年工伤保险基金支出1,858万元，其中工伤医疗待遇支出612万元，占比36.9%。",
     {("SB202", "36.9")}, ("share",)),
    ("shares-respectively",
     "全年基金支出9,664万元，其中基本养老金支出8,920万元、丧葬抚恤补助支出260万元，分别占基金支出的92.3%和2.7%。",
     set(), ("share", "share")),
    ("shares-respectively-wrong-second",
     "全年基金支出9,664万元，其中基本养老金支出8,920万元、丧葬抚恤补助支出260万元，分别占基金支出的92.3%、3.7%。",
     {("SB202", "3.7")}, ("share", "share")),
    ("share-over-100",
     "全年基金支出14,720万元，占基金收入13,650万元的107.8%，当期收不抵支。",
     set(), ("share",)),
    ("share-of-negative",
     "当年收支结余-0.45亿元，占当年收入3.09亿元的-14.6%。",
     set(), ("share",)),
    ("share-yuan-of-wanyuan",
     "本年度“三公”经费支出42,360元，占部门整体支出356.8万元的1.19%。",
     set(), ("share",)),
    ("share-yuan-of-wanyuan-wrong",
     "本年度“三公”经费支出42,360元，占部门整体支出356.8万元的11.9%。",
     {("SB202", "11.9")}, ("share",)),
    ("share-approximate",
     "个人账户支出3,210万元，约占基金支出12,860万元的24%左右。",
     set(), ()),
    ("share-bare-zhan-next-sentence",
     "全年基金支出8,640万元。其中，待遇支出8,105万元，占93.8%。",
     set(), ("share",)),
    ("share-no-base",
     "个人缴费收入占58.6%，财政补贴收入占41.4%。",
     set(), ()),
    ("share-of-prior-year-stated",
     "2023年基金支出9,740万元，为上年支出9,002万元的108.2%。",
     set(), ("share",)),
    ("share-of-prior-year-stated-wrong",
     "2023年基金支出9,740万元，为上年支出9,002万元的92.4%。",
     {("SB202", "92.4")}, ("share",)),
    ("share-as-bound",
     "待遇支出8,105万元，占基金支出8,640万元的90%以上，保障了待遇按时足额发放。",
     set(), ()),
    ("share-nested-qizhong",
     "全年基金收入5,320万元，其中保险费收入3,100万元，财政补贴收入2,000万元，占比37.6%。",
     set(), ("share",)),
    ("completion-respectively-ambiguous",
     "年初预算基金收入5,200万元、支出4,800万元，全年基金收入5,320万元、支出4,694万元，分别完成预算的102.3%和97.8%。",
     set(), ()),
    # --- named rates ---
    ("coverage-rate",
     "全县应参保人数48,600人，实际参保46,950人，参保率96.6%。",
     set(), ("rate",)),
    ("coverage-rate-wrong",
     "全县应参保人数48,600人，实际参保46,950人，参保率为97.6%。",
     {("SB203", "97.6")}, ("rate",)),
    ("collection-rate",
     "全年应征缴养老保险费12,860万元，实际征缴12,415万元，征缴率96.54%。",
     set(), ("rate",)),
    ("collection-rate-wrong",
     "全年应征缴养老保险费12,860万元，实际征缴12,415万元，征缴率为95.54%。",
     {("SB203", "95.54")}, ("rate",)),
    # --- year on year ---
    ("yoy-rate-then-amount",
     "2023年全省城乡居民基本养老保险基金收入186.42亿元，同比增长7.8%，增加13.49亿元。",
     set(), ("yoy",)),
    ("yoy-growth-on-current-year",
     "2023年全省城乡居民基本养老保险基金收入186.42亿元，同比增加13.49亿元，增长7.24%。",
     {("SB302", "7.24")}, ("yoy",)),
    ("yoy-same-period-income",
     "全年工伤保险基金收入4,862万元，比上年同期增收356万元，增幅7.9%。",
     set(), ("yoy",)),
    ("yoy-decrease-fall",
     "失业保险基金支出2,418万元，比上年减少186万元，降幅7.14%。",
     set(), ("yoy",)),
    ("yoy-decrease-fall-on-current",
     "失业保险基金支出2,418万元，比上年减少186万元，降幅7.69%。",
     {("SB302", "-7.69")}, ("yoy",)),
    ("yoy-prior-year-named",
     "2023年机关事业单位基本养老保险基金支出12,380万元，较2022年的11,645万元增加735万元，增长6.31%。",
     set(), ("yoy",)),
    ("yoy-prior-year-named-wrong-change",
     "2023年机关事业单位基本养老保险基金支出12,380万元，较2022年的11,645万元增加753万元。",
     {("SB301", "753")}, ("yoy",)),
    ("yoy-prior-inline",
     "城乡居民医保基金收入68,250万元，较上年的63,410万元增加4,840万元，增幅7.63%。",
     set(), ("yoy",)),
    ("yoy-end-of-last-year",
     "年末基金累计结余45.62亿元，比上年末增加3.18亿元，增长7.5%。",
     set(), ("yoy",)),
    ("yoy-counts",
     "全年参保人数为86,420人，较上年增加2,135人，增长2.53%。",
     set(), ("yoy",)),
    ("yoy-prior-in-earlier-sentence",
     "2022年基金支出11,645万元。2023年基金支出12,380万元，较上年增长6.31%。",
     set(), ("yoy",)),
    ("yoy-prior-in-earlier-sentence-wrong",
     "2022年基金支出11,645万元。2023年基金支出12,380万元，较上年增长6.13%。",
     {("SB302", "6.13")}, ("yoy",)),
    ("yoy-respectively-ambiguous",
     "基金收入3,200万元，支出2,900万元，同比分别增长5.2%和3.1%。",
     set(), ()),
    ("yoy-speed-up-points",
     "基金收入3,862万元，较上年增长6.2%，增速较上年提高1.5个百分点。",
     set(), ()),
    ("yoy-rate-as-bound",
     "全年工伤保险基金收入4,862万元，比上年同期增收356万元，增长约7%。",
     set(), ()),
    ("yoy-times-ambiguous",
     "工伤预防费用支出360万元，比上年增长2倍。",
     set(), ()),
    ("slowdown-points-alone",
     "基金收入同比增长6.2%，增速较上年放缓1.5个百分点。",
     set(), ()),
    # --- points ---
    ("points-fall",
     "2023年参保缴费率由95.8%下降至94.6%，下降1.2个百分点。",
     set(), ("difference",)),
    ("points-fall-wrong",
     "2023年参保缴费率由95.8%下降至94.6%，下降1.4个百分点。",
     {("SB301", "-1.4")}, ("difference",)),
    ("points-prior-in-parentheses",
     "参保率达到96.8%，较上年（95.6%）提高1.2个百分点。",
     set(), ("yoy",)),
    ("points-used-as-rate",
     "参保率由92.4%提高到95.1%，增长2.7%。",
     {("SB303", "2.7")}, ("difference",)),
    # --- per capita ---
    ("per-capita-contribution",
     "全年城乡居民基本养老保险个人缴费收入3,468万元，缴费人数15.6万人，人均缴费222元。",
     set(), ("per_capita",)),
    ("per-capita-contribution-wrong",
     "全年城乡居民基本养老保险个人缴费收入3,468万元，缴费人数15.6万人，人均缴费242元。",
     {("SB501", "242")}, ("per_capita",)),
    ("per-capita-monthly-not-annual",
     "全年发放城乡居民基础养老金2,196万元，领取待遇人数1.22万人，月人均待遇150元。",
     set(), ()),
    ("per-capita-benefit",
     "全年发放工伤保险待遇1,426.8万元，享受待遇人员3,062人，人均待遇4,660元。",
     set(), ("per_capita",)),
    ("per-capita-named-total",
     "全年基金支出8,640万元，其中待遇支出8,105万元，享受待遇人数1.74万人，人均待遇4,658元。",
     set(), ("per_capita",)),
    ("per-capita-named-total-wrong-base",
     "全年基金支出8,640万元，其中待遇支出8,105万元，享受待遇人数1.74万人，人均待遇4,966元。",
     {("SB501", "4966")}, ("per_capita",)),
    ("per-capita-wanyuan-wrong",
     "全年享受失业保险金人数2.36万人，发放失业保险金3.52亿元，人均1.94万元。",
     {("SB501", "1.94")}, ("per_capita",)),
]


def _report(tmp_path: Path, text: str) -> Report:
    path = tmp_path / "passage.txt"
    path.write_text(TITLE + text + "\n", encoding="utf-8")
    return extract(read_text(path))


@pytest.mark.parametrize(("text", "expected", "kinds"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_genre_passage(tmp_path: Path, text: str, expected: set[tuple[str, str]], kinds: tuple[str, ...]) -> None:
    report = _report(tmp_path, text)
    relations = [r.kind for r in report.ratios] + [c.kind for c in report.changes]
    findings = {(f.code, f.stated.value if f.stated else "") for f in run_checks(report)
                if f.severity.value != "note"}
    assert (findings, Counter(relations)) == (expected, Counter(kinds))


def test_enough_passages_and_slips() -> None:
    slips = [c for c in CASES if c[2]]
    assert len(CASES) >= 25 and len(slips) >= len(CASES) // 3
