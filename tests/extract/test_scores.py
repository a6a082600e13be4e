"""Score tables and prose scores found in the real reports, the samples and small written tables."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from sbeval.extract.core.context import build_context
from sbeval.extract.document.scores import find_score_tables
from sbeval.parsers import read
from sbeval.schema.scores import ScoreTable

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def tables_of(path: Path) -> list[ScoreTable]:
    return find_score_tables(build_context(read(path)))


def text_tables(tmp_path: Path, text: str) -> list[ScoreTable]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    return tables_of(path)


def leaf_sum(table: ScoreTable, attribute: str) -> Decimal:
    return sum((getattr(item, attribute).value for item in table.leaves()), Decimal(0))


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_seed004_three_weight_columns(corpus: Path, fmt: str) -> None:
    [table] = tables_of(corpus / f"seed004.{fmt}")
    assert table.source == "table"
    leaves = table.leaves()
    assert len(leaves) == 19
    assert leaves[0].path == ["投入", "项目立项", "项目立项规范性"]
    assert leaf_sum(table, "weight") == 100
    # The 评分 column adds up to 96.6 (4.8 + 4.8 among integers); the 总分 row says 96.
    assert leaf_sum(table, "score") == Decimal("96.6")
    assert (table.total_weight.value, table.total_score.value) == (100, 96)
    tops = table.top_weighted()
    assert [(i.label, i.weight.value) for i in tops] == [("投入", 20), ("过程", 30), ("产出", 20), ("效果", 30)]
    assert [c.weight.value for c in table.children_of(tops[1])] == [15, 15]
    assert table.stated_score.value == 96 and table.grade.grade == "优" and table.grade.text == "优秀"
    assert table.total_score.location.row == 21 and table.total_score.location.column == 9


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_seed003_scores_in_prose(corpus: Path, fmt: str) -> None:
    [table] = tables_of(corpus / f"seed003.{fmt}")
    assert table.source == "text"
    assert [(i.label, i.weight.value, i.score.value) for i in table.items] == [
        ("决策", 15, 14), ("过程", 25, Decimal("21.78")), ("产出", 25, Decimal("22.12")),
        ("效果", 35, Decimal("32.1")),
    ]
    assert leaf_sum(table, "score") == table.stated_score.value == 90
    assert table.total_weight.value == 100
    assert table.grade.grade == "优"  # "评价等" and "级为优。" are two paragraphs in every format


def test_seed001_indicator_table_has_no_scores(corpus: Path) -> None:
    assert tables_of(corpus / "seed001.txt") == []


def test_seed002_overall_score_without_grade(corpus: Path) -> None:
    [table] = tables_of(corpus / "seed002.txt")
    assert table.items == [] and table.stated_score.value == 92 and table.grade is None


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_sample01_total_is_not_the_sum(fmt: str) -> None:
    [table] = tables_of(SAMPLES / f"sample01_county_funds.{fmt}")
    assert leaf_sum(table, "score") == Decimal("92.5")
    assert table.total_score.value == Decimal("95.2") == table.stated_score.value
    assert leaf_sum(table, "weight") == table.total_weight.value == 100
    assert table.grade.grade == "优"


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_sample03_table_and_prose_add_up(fmt: str) -> None:
    table, prose = tables_of(SAMPLES / f"sample03_city_workinjury.{fmt}")
    assert table.title == "江沅市2022年度工伤保险基金绩效评价评分表"
    assert leaf_sum(table, "score") == table.total_score.value == Decimal("89.2")
    assert leaf_sum(table, "weight") == 100
    assert [i.score.value for i in prose.items] == [13, Decimal("22.6"), Decimal("28.8"), Decimal("24.8")]
    assert table.grade.grade == prose.grade.grade == "良"


def test_pasted_table_without_merges_carries_labels_down(tmp_path: Path) -> None:
    [table] = text_tables(tmp_path, (
        "绩效自评表\n"
        "评价指标\t权重\t自评得分\n"
        "决策\t20\t18\n"
        "过程\t30\t27.5\n"
        "产出\t50\t46\n"
        "总计\t100\t91.5\n"
    ))
    assert [(i.path, i.weight.value, i.score.value) for i in table.items] == [
        (["决策"], 20, 18), (["过程"], 30, Decimal("27.5")), (["产出"], 50, 46)]
    assert table.total_score.value == Decimal("91.5") and table.title == "绩效自评表"


def test_prose_variants(tmp_path: Path) -> None:
    tables = text_tables(tmp_path, (
        "一、评价结论\n"
        "经评价，该项目自评综合得分为88.5分，绩效等级为“良好”。\n"
        "二、绩效分析\n"
        "决策类指标满分20分，实际得分18分；过程类指标得分19.5分（满分20分）。\n"
    ))
    [table] = tables
    assert [(i.label, i.weight.value, i.score.value) for i in table.items] == [
        ("决策类", 20, 18), ("过程类", 20, Decimal("19.5"))]
    assert table.stated_score.value == Decimal("88.5") and table.grade.grade == "良"


def test_criteria_column_is_not_a_score_column(tmp_path: Path) -> None:
    [table] = text_tables(tmp_path, (
        "指标\t分值\t评分标准\t评分\n"
        "资金到位率\t5\t足额到位记5分\t5\n"
        "到位及时率\t5\t按时到位记5分\t3\n"
    ))
    assert [(i.weight.value, i.score.value) for i in table.items] == [(5, 5), (5, 3)]


def test_framework_total_is_not_a_result(tmp_path: Path) -> None:
    tables = text_tables(tmp_path, (
        "评价指标体系总分100分，其中决策20分、过程20分、产出30分、效益30分。\n"
        "经评价，项目综合得分为86分，评价等级为良。\n"
    ))
    assert [(t.stated_score.value, t.grade.grade) for t in tables] == [(86, "良")]


@pytest.mark.parametrize("fmt", ["txt", "docx", "pdf"])
def test_findings_on_real_tables(corpus: Path, fmt: str) -> None:
    from sbeval.checks.scores.rules import GradeDoesNotMatchScore, ScoreExceedsWeight, ScoreTotalNotSumOfItems
    from sbeval.schema.report import Report

    def findings(path: Path) -> list[tuple[str, str, str, str]]:
        report = Report(path=str(path), format=fmt, score_tables=tables_of(path))
        return [(f.code, f.severity.value, f.stated.value, f.expected.low)
                for check in (ScoreTotalNotSumOfItems, ScoreExceedsWeight, GradeDoesNotMatchScore)
                for f in check().run(report)]

    assert findings(SAMPLES / f"sample01_county_funds.{fmt}") == [("SB601", "error", "95.2", "92.5")]
    assert findings(SAMPLES / f"sample03_city_workinjury.{fmt}") == []
    assert findings(corpus / f"seed003.{fmt}") == []
    # seed004's 评分 column adds up to 96.6; its 总分 row says 96: cut off, not rounded.
    assert findings(corpus / f"seed004.{fmt}") == [("SB601", "warning", "96", "96.6")]
