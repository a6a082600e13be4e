"""Per-capita amounts: total ÷ head count, units scaled, only when unambiguous."""

from __future__ import annotations

from decimal import Decimal

from sbeval.extract.prose.per_capita import find_per_capita
from support import context

D = Decimal


def found(*paragraphs: str) -> list[tuple[D, str, D, str, D, str, D]]:
    out = []
    for r in find_per_capita(context(*paragraphs)):
        assert r.kind == "per_capita"
        out.append((r.result.value, r.result.unit or "", r.numerator.value, r.numerator.unit or "",
                    r.denominator.value, r.denominator.unit or "", r.factor))
    return out


def test_total_count_and_per_capita_in_one_sentence() -> None:
    assert found("全年发放工伤待遇174.64万元，享受待遇231人次，人均待遇7560元。") == [
        (D(7560), "元", D("174.64"), "万元", D(231), "人次", D(1))
    ]


def test_scaled_units_and_thousands_separators() -> None:
    assert found("发放养老金3.6亿元,领取待遇人数1.2万人,人均待遇3万元.", "全年支付待遇1,512万元，享受2,000人，人均7,560元。") == [
        (D(3), "万元", D("3.6"), "亿元", D("1.2"), "万人", D(1)),
        (D(7560), "元", D(1512), "万元", D(2000), "人", D(1)),
    ]


def test_changes_and_monthly_amounts_are_not_levels() -> None:
    assert found(
        "退休人数较上年增加56人，人均退休费较上年增加229元。",
        "发放待遇1,512万元，享受待遇2,000人，月人均630元。",
    ) == []


def test_two_head_counts_make_it_ambiguous() -> None:
    assert found("发放待遇1,512万元，参保人数6,831人，享受待遇2,000人，人均7,560元。") == []
