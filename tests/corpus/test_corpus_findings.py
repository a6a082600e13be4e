"""The findings on the real reports: the known inconsistencies, the same from every format, and no false alarms."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest

from sbeval.checks.registry import run_checks
from sbeval.extract import extract
from sbeval.findings import Finding
from sbeval.parsers import read

SEEDS = [f"seed{n:03d}" for n in range(5)]

# (kind, stated value, a value the recomputation must reach, "" when nothing is recomputed)
# for every error or warning expected.
EXPECTED: dict[str, list[tuple[str, str, str]]] = {
    "seed000": [],
    "seed001": [
        ("sum", "37977", "34168"),  # 企业职工养老 基金支出 vs 33628 + 10 + 530
        ("sum", "1858", "1488"),  # 工伤 vs 1313 + 0 + 175
        ("sum", "19890", "7506"),  # 职工医疗 vs 7495 + 0 + 11
        ("sum", "18184", "8661"),  # 城乡医疗 vs 8661 + 0 + 0
        ("sum", "2255", "1379"),  # 失业
        ("sum", "2255", "1379"),  # 生育
        ("difference", "25", "30"),  # 由145元提高至175元，增加25元
        ("percent", "56", "60.38"),  # 6000 占个人账户基金结余 9937 的 56%
        ("target", "11074", "11144"),  # 企业职工退休待遇享受人数 11074人, target ≥11144人
        ("missing", "1147", "1147"),  # 生育保险待遇享受人数: target ≥1147人, the actual cell holds only 人
        ("target", "100", "94.12"),  # 绩效目标完成率100% while 16 of 17 comparable targets are met
        ("sum", "91796", "104155"),  # 总支出 vs the eight fund sections' 基金支出 (SB901)
        ("sum", "67872", "75565"),  # 待遇支出 vs the fund sections' 待遇支出
        ("sum", "-2462", "-964"),  # 本年收支结余 vs the fund sections'
        ("sum", "12723", "11760"),  # 年末滚存结余 vs the fund sections'
        ("duplicate", "2255", ""),  # the 生育 section repeats the 失业 section's amounts (SB902)
        ("cross_ref", "175", "100"),  # 工伤 完成预算175% vs the indicator table's 工伤保险基金支出预算完成率 100% (SB907)
        ("cross_ref", "101", "110"),  # 生育 完成预算101% vs 生育保险基金支出预算完成率 110%
    ],
    "seed002": [
        ("percent", "4.2", "4.28"),  # 3.12 占全年支出 72.92 的 4.2%
        ("percent", "3.8", "3.88"),  # 2.83 占全年支出 72.92 的 3.8%
    ],
    "seed003": [],
    "seed004": [
        ("score_sum", "96", "96.6"),  # 总分 96, the item scores add up to 96.6 (truncated, a warning)
        ("unit", "2243.67", ""),  # 期末基金滚存结余达2243.67 has no unit beside 61.18万元 (SB906)
    ],
}


@lru_cache(maxsize=None)
def findings_of(path: Path) -> tuple[Finding, ...]:
    return tuple(run_checks(extract(read(path))))


def significant(findings: tuple[Finding, ...]) -> Counter[tuple[str, str]]:
    return Counter((f.kind, f.stated.value if f.stated else "") for f in findings if f.severity.value != "note")


def reaches(finding: Finding, value: str) -> bool:
    assert finding.expected is not None
    low, high = Decimal(finding.expected.low), Decimal(finding.expected.high)
    target = Decimal(value)
    slack = Decimal("0.01") * max(Decimal(1), abs(target) / 100)
    return low - slack <= target <= high + slack


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
@pytest.mark.parametrize("seed", SEEDS)
def test_expected_findings_and_no_false_alarms(corpus: Path, seed: str, fmt: str) -> None:
    findings = findings_of(corpus / f"{seed}.{fmt}")
    expected = EXPECTED[seed]
    assert significant(findings) == Counter((kind, stated) for kind, stated, _ in expected), [
        (f.code, f.message) for f in findings
    ]
    for kind, stated, value in expected:
        matching = [f for f in findings if f.kind == kind and f.stated and f.stated.value == stated]
        assert all(reaches(f, value) for f in matching if value), [(f.message, f.expected) for f in matching]


@pytest.mark.parametrize("seed", SEEDS)
def test_same_findings_from_every_format(corpus: Path, seed: str) -> None:
    def key(f: Finding) -> tuple[str, str, str, str]:
        return (f.code, f.stated.value if f.stated else "", f.expected.low if f.expected else "", f.severity.value)

    by_format = {fmt: sorted(key(f) for f in findings_of(corpus / f"{seed}.{fmt}")) for fmt in ("txt", "docx", "pdf")}
    assert by_format["txt"] == by_format["docx"] == by_format["pdf"]
