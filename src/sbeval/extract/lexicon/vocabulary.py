"""The genre's cue words, each family in one place: sentence ends, closing sums."""

from __future__ import annotations

# A full stop ends a sentence; ；/; only a statement of it (a list item, a clause chain); a line
# break ends a paragraph, so it ends both.
FULL_STOPS = "。！？!?"
SEMICOLONS = "；;"
SENTENCE_ENDS = frozenset(FULL_STOPS)

# Words that close a list by restating its total: "…，合计X万元。", "以上两项共计X万元".
CLOSING_SUMS = ("合计", "共计", "总计", "小计", "共")
# What joins the names of a list's members (中央、省级和县级), the longest first.
NAME_JOINERS = ("以及", "、", "和", "及", "与")
CLOSING_LEADS = ("以上", "上述", "两项", "三项", "四项", "五项", "各项")

# Words that admit a target was missed, beside the actual they explain: "完成18296人，未完成的主要原因是…".
SHORTFALLS = ("未完成", "未达到", "未达", "未能", "没有完成", "没能", "低于预期", "低于目标", "差距", "偏差", "原因")

# Words that open the list of a total's parts: "支出X万元，其中：…", "主要用于以下方面：…".
LIST_OPENERS = ("其中", "主要包括", "包括", "具体为", "具体如下", "主要用于以下方面", "用于以下方面", "主要用于以下几个方面")

# Words that state a ratio or a change between the figures they join: "完成预算的98.2%", "占全年的21%",
# "比上年增加X，增长P%", "由A提高至B", "可支付N个月". With LIST_OPENERS and CLOSING_SUMS they are the cues a
# finding names to show why sbeval read a relation.
RATIO_CUES = (
    "分别占", "分别为", "完成年初预算的", "完成调整预算的", "完成全年预算的", "完成预算的", "完成", "占", "执行率",
    "完成率", "缴费率", "参保率", "可支付", "月均", "人均",
)
CHANGE_CUES = (
    "比上年同期", "比上年", "较上年同期", "较上年", "同比", "与上年相比", "由", "提高至", "增加至", "下降至", "降至",
    "增加", "减少", "增长", "下降", "节约", "超出",
)
# The four budgets a figure is funded from: "一般公共预算财政拨款收入" names a source, not a budget figure.
BUDGET_TYPES = ("一般公共预算", "政府性基金预算", "国有资本经营预算", "社会保险基金预算")
# Breakdowns whose items exhaust their total, each item named by the start of its label: a list
# made of exactly one item for each member (and nothing else) is closed, so it must add up.
COMPLETE_SETS: tuple[tuple[str, ...], ...] = (
    ("在职", "离退休|退休"),  # 参保人数 by status
    ("转入", "转出"),  # 转移 (人次, 基金) by direction
    ("基本支出", "项目支出"),  # 部门支出 by kind (部门决算)
    ("工伤医疗待遇", "伤残待遇", "工亡待遇"),  # 工伤 待遇 (财务制度)
    ("个人缴费", "集体补助", "政府补贴|财政补贴"),  # 城乡居民养老 contributions (国发〔2014〕8号)
    ("中央", "省|自治区", "市|州|盟", "县|区|旗|本级"),  # funding by level of government, all four
    ("(?:上年度?|上一年度?)?结转", "下达|配套|新增"),  # money to spend: carried over + newly allotted
    ("年初", "(?:年中|年内)?追加"),  # a year's budget: as approved at its start + added during it
    ("因公出国", "公务用车", "公务接待"),  # “三公”经费, always these three
    # projects by 绩效评级 (优/良/合格/不合格, or 优秀/良好/合格/不合格 and 中/差)
    *[tuple(rf"(?:绩效)?(?:评级|等级|评价等级|评价结果)?(?:为|是)?[“\"]?(?:{grade})" for grade in grades)
      for grades in (("优秀?", "良好?", "合格", "不合格"), ("优秀?", "良好?", "中等?", "差"))],
    ("(?:政府采购)?货物", "(?:政府采购)?工程", "(?:政府采购)?服务"),  # 政府采购支出 by kind
    # 基本养老/基本医疗保险 by scheme; a bare 职工养老 may be 企业职工 only (机关事业 apart), so it takes 城镇
    ("城镇职工|职工(?:基本)?医", "城乡居民|居民"),
    ("城镇职工|职工(?:基本)?医", "城乡居民|居民", "新型农村合作医疗|新农合"),  # 基本医疗保险 before 新农合 merged in
)
