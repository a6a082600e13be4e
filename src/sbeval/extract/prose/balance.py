"""Balances: 收入 − 支出 = 本年收支结余, and 上年结余 + 本年收支结余 = 年末滚存结余."""

from __future__ import annotations

import re

from sbeval.extract.prose import items
from sbeval.extract.core.context import Context, Section
from sbeval.extract.lexicon.funds import SCHEMES_NAMED_LIKE_ITEMS, fund_of
from sbeval.schema.figures import Figure
from sbeval.schema.relations import SumRelation, Term

# Items of income or spending, never the fund's whole income or spending (征缴/保险费收入 are only premiums).
_ITEM = re.compile(
    r"保险费|保费|征缴|缴费|利息|补贴|补助|转移|上解|其他|投资|收益|待遇|鉴定|个人|单位|财政|政府|中央|省级|"
    r"人均|月均|基本支出|项目支出|经费|工资|公用"
)
_INCOME = re.compile(r"收入(?:合计|总计|总额|小计)?$")
_SPENDING = re.compile(r"支出(?:合计|总计|总额|小计)?$")
_YEAR_BALANCE = re.compile(
    r"(?:收支|当期|当年|本年|本期|收支相抵后?)(?:结余|结存|赤字|缺口)$|^(?:预算|实际|决算)?(?:结余|赤字|缺口)$|收不抵支$"
)
_PRIOR = re.compile(r"上年(?:末)?(?:滚存)?(?:结余|结存)|期初(?:余额|结余)|年初(?:滚存)?(?:结余|余额)|上年结转")
_CARRIED = re.compile(r"(?:年末|期末|年底)?(?:基金)?(?:滚存|累计)(?:结余|结存)|(?:年末|期末)(?:结余|余额)")


def role(figure: Figure) -> str | None:
    """"income", "spending", "balance", "prior" or "carried" for a headline money figure, else None."""
    label = figure.label
    if items.measure(figure) != "元" or not label:
        return None
    if _PRIOR.search(label):
        return "prior"
    if _CARRIED.search(label) and not _YEAR_BALANCE.search(label):
        return "carried"
    if _YEAR_BALANCE.search(label):
        return "balance"
    if _ITEM.search(SCHEMES_NAMED_LIKE_ITEMS.sub("", label)):
        return None
    if _INCOME.search(label):
        return "income"
    if _SPENDING.search(label):
        return "spending"
    return None


def _basis(figure: Figure) -> str:
    return "budget" if items.is_budget(figure.label) else "actual"


Pending = dict[str, Figure]


def section_balances(section: Section, parts_of_sums: set[int], inherited: Pending | None = None
                     ) -> tuple[list[SumRelation], Pending]:
    """Balances stated in one section: each 本年收支结余 against the nearest income and spending before it.

    ``inherited`` is the income and spending the section before left without a balance ("二、基金收支"
    then "三、基金结余"): a balance that opens this section rests on them, both or neither. Returns the
    relations and the income and spending this section leaves without a balance.
    """
    found: list[SumRelation] = []
    seen: dict[str, Figure] = dict(inherited or {})
    since: dict[str, list[Figure]] = {k: [seen[k]] if k in seen else [] for k in ("income", "spending")}
    for unit in section.units:
        if unit.in_table or unit.is_heading:
            continue
        for figure in unit.figures:
            kind = role(figure)
            if kind is None or id(figure) in parts_of_sums or items.is_change_or_rate(unit.text, figure.start):
                continue
            if kind == "balance":
                own = [seen.get(k) is (inherited or {}).get(k) for k in ("income", "spending")]
                if not _several_funds(since) and own[0] == own[1]:
                    found.extend(_year_balance(figure, seen))
                since = {"income": [], "spending": []}
            elif kind == "carried":
                found.extend(_carried_balance(figure, seen, since))
            elif kind in since:
                since[kind].append(figure)
            seen[kind] = figure
    pending = {k: seen[k] for k in ("income", "spending") if since[k]}
    return found, pending if len(pending) == 2 and not _several_funds(since) else {}


def _several_funds(since: dict[str, list[Figure]]) -> bool:
    """Income or spending of more than one fund before a balance: which pair it rests on is not said."""
    return any(len({fund_of(f.label) for f in figures} - {None}) > 1 for figures in since.values())


def _year_balance(balance: Figure, seen: dict[str, Figure]) -> list[SumRelation]:
    income, spending = seen.get("income"), seen.get("spending")
    if income is None or spending is None or _basis(income) != _basis(spending):
        return []
    if _basis(balance) == "budget" and _basis(income) != "budget":
        return []
    if income.period != spending.period and None not in (income.period, spending.period):
        return []
    return [SumRelation(kind="balance", label=balance.label, total=balance,
                        parts=[Term(figure=income), Term(figure=spending, sign=-1)])]


def _carried_balance(carried: Figure, seen: dict[str, Figure], since: dict[str, list[Figure]]) -> list[SumRelation]:
    prior, balance = seen.get("prior"), seen.get("balance")
    if prior is None:
        return []
    if balance is not None:
        return [SumRelation(kind="balance", label=carried.label, total=carried,
                            parts=[Term(figure=prior), Term(figure=balance)])]
    # 上年末滚存结余X，本年收入Y，本年支出Z，年末滚存结余W: the year's balance left unsaid, all in one paragraph
    income, spending = seen.get("income"), seen.get("spending")
    if income is None or spending is None or _several_funds(since) or not _one_block(prior, income, spending, carried):
        return []
    if _basis(income) != "actual" or _basis(spending) != "actual" or not prior.start < income.start < carried.start:
        return []
    return [SumRelation(kind="balance", label=carried.label, total=carried,
                        parts=[Term(figure=prior), Term(figure=income), Term(figure=spending, sign=-1)])]


def _one_block(*figures: Figure) -> bool:
    return len({f.location for f in figures}) == 1


def find_balances(ctx: Context, sums: list[SumRelation]) -> list[SumRelation]:
    parts = {id(t.figure) for r in sums for t in r.parts}
    found: list[SumRelation] = []
    previous: Section | None = None
    pending: Pending = {}
    for section in ctx.sections:
        follows = previous is not None and previous.parent is section.parent and previous.fund == section.fund
        relations, pending = section_balances(section, parts, pending if follows else None)
        found.extend(relations)
        previous = section
    return found
