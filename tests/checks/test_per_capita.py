"""SB501 on models: 人均 against total ÷ head count, with units scaled."""

from __future__ import annotations

from decimal import Decimal

import pytest

from sbeval.checks import run_checks
from sbeval.schema.relations import RatioRelation
from sbeval.schema.report import Report


def per_capita(fig, result: str, total: str, count: str) -> RatioRelation:
    return RatioRelation(kind="per_capita", label="人均待遇", result=fig(result, "人均待遇"),
                         numerator=fig(total, "待遇支出"), denominator=fig(count, "享受待遇人数"), factor=Decimal(1))


@pytest.mark.parametrize(
    ("result", "total", "count", "flagged"),
    [
        pytest.param("7560元", "1,512万元", "2,000人", False, id="exact"),
        pytest.param("8,560元", "1,512万元", "2,000人", True, id="off"),
        pytest.param("0.76万元", "1,512万元", "2,000人", False, id="result-in-wan"),
        # 1512 万元 allows [15115000, 15125000] ÷ 2000 → [7557.5, 7562.5]; 7563 starts at 7562.5
        pytest.param("7563元", "1,512万元", "2,000人", False, id="on-boundary"),
        pytest.param("7564元", "1,512万元", "2,000人", True, id="one-unit-beyond"),
        pytest.param("10935元", "3.2805亿元", "3万人", False, id="wan-people"),
    ],
)
def test_per_capita(fig, result: str, total: str, count: str, flagged: bool) -> None:
    report = Report(path="t.txt", format="txt", ratios=[per_capita(fig, result, total, count)])
    findings = run_checks(report)
    assert [f.code for f in findings] == (["SB501"] if flagged else [])
    if flagged:
        assert findings[0].message.startswith(f"人均待遇{result}，但待遇支出{total}÷享受待遇人数{count}＝")
