"""The one normalisation every reader shares."""

from __future__ import annotations

import pytest

from sbeval.parsers.normalize import compact, normalize


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("１２３．４５％", "123.45%", id="full-width-digits-and-percent"),
        pytest.param("收入，支出（万元）：", "收入，支出（万元）：", id="chinese-punctuation-kept"),
        pytest.param("①将项目绩效目标细化", "①将项目绩效目标细化", id="circled-digit-kept"),
        pytest.param("（一）项目概况", "（一）项目概况", id="chinese-numbering-kept"),
        pytest.param("第⼗⼀条", "第十一条", id="kangxi-radicals"),
        pytest.param("⺠⽣", "民生", id="radical-supplement"),
        pytest.param("a\u3000b", "a b", id="ideographic-space"),
        pytest.param("2019 年", "2019年", id="space-before-cjk"),
        pytest.param("总额为 419.93 万元", "总额为419.93万元", id="spaces-around-number"),
        pytest.param("填报时间： 2019 年 2 月 15 日", "填报时间：2019年2月15日", id="date"),
        pytest.param("（ 2019 年度）", "（2019年度）", id="inside-parentheses"),
        pytest.param("增长\ufffe14.56%", "增长-14.56%", id="noncharacter-minus"),
        pytest.param("增长−3%", "增长-3%", id="unicode-minus"),
        pytest.param("Word  and   PDF", "Word and PDF", id="latin-spaces-collapsed"),
        pytest.param("　\n按时足额发放。", "按时足额发放。", id="lone-ideographic-space-line"),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_newline_between_cjk_dropped_in_a_cell() -> None:
    assert normalize("预算\n执行\n情况\n（万元）") == "预算执行情况（万元）"


def test_newline_between_numbers_kept_when_not_wrapped() -> None:
    assert normalize("103\n395") == "103\n395"
    assert normalize("-\n14.56%") == "-\n14.56%"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("执行数103\n395万元", "执行数103395万元"),
        ("下降-\n14.56%", "下降-14.56%"),
        ("1,040,\n031人", "1,040,031人"),
        ("增长14.56\n%", "增长14.56%"),
        ("社会保险\n基金", "社会保险基金"),
    ],
)
def test_wrapped_lines_joined(raw: str, expected: str) -> None:
    assert normalize(raw, wrapped=True) == expected


def test_two_numbers_on_two_lines_stay_apart() -> None:
    # Two decimals on consecutive lines are two numbers, not one number broken by a wrap.
    assert normalize("433.87\n419.93", wrapped=True) == "433.87 419.93"


def test_never_joins_across_calls() -> None:
    assert [normalize("103\n", wrapped=True), normalize("395", wrapped=True)] == ["103", "395"]


def test_crlf_is_a_newline() -> None:
    assert normalize("预算\r\n执行") == "预算执行"
    assert normalize("12\r\n34", wrapped=True) == "1234"


def test_compact_removes_all_whitespace() -> None:
    assert compact(" 2019 年\n度\t") == "2019年度"
