"""The genre's cue words, each family in one place: sentence ends, closing sums."""

from __future__ import annotations

# A full stop ends a sentence; ；/; only a statement of it (a list item, a clause chain); a line
# break ends a paragraph, so it ends both.
FULL_STOPS = "。！？!?"
SEMICOLONS = "；;"
SENTENCE_ENDS = frozenset(FULL_STOPS)

# Words that close a list by restating its total: "…，合计X万元。", "以上两项共计X万元".
CLOSING_SUMS = ("合计", "共计", "总计", "小计", "共")
CLOSING_LEADS = ("以上", "上述", "两项", "三项", "四项", "五项", "各项")

# Words that admit a target was missed, beside the actual they explain: "完成18296人，未完成的主要原因是…".
SHORTFALLS = ("未完成", "未达到", "未达", "未能", "没有完成", "没能", "低于预期", "低于目标", "差距", "偏差", "原因")

# Words that open the list of a total's parts: "支出X万元，其中：…", "主要用于以下方面：…".
LIST_OPENERS = ("其中", "主要包括", "包括", "具体为", "具体如下", "主要用于以下方面", "用于以下方面", "主要用于以下几个方面")

# Breakdowns whose items exhaust their total, each item named by the start of its label: a list
# made of exactly one item for each member (and nothing else) is closed, so it must add up.
COMPLETE_SETS: tuple[tuple[str, ...], ...] = (
    ("在职", "离退休|退休"),  # 参保人数 by status
    ("转入", "转出"),  # 转移 (人次, 基金) by direction
    ("基本支出", "项目支出"),  # 部门支出 by kind (部门决算)
    ("工伤医疗待遇", "伤残待遇", "工亡待遇"),  # 工伤 待遇 (财务制度)
    ("个人缴费", "集体补助", "政府补贴|财政补贴"),  # 城乡居民养老 contributions (国发〔2014〕8号)
    ("中央", "省|自治区", "市|州|盟", "县|区|旗|本级"),  # funding by level of government, all four
)
