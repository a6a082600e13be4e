"""Heading levels from numbering and Word styles."""

from __future__ import annotations

import pytest

from sbeval.parsers.headings import numbering_level, style_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("一、项目基本情况", 1),
        ("十二、其他需要说明的情况", 1),
        ("（一）项目概况", 2),
        ("(二)项目绩效目标", 2),
        ("1、抓规范管理，确保工作有序运行", 3),
        ("2.年度绩效目标", 3),
        ("12．存在的问题", 3),
        ("（1）参保人数", 4),
        ("## 一、项目基本情况", 1),
    ],
)
def test_numbered_headings(text: str, level: int) -> None:
    assert numbering_level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "一是规范业务经办管理。",
        "2020年全年收入175万元。",
        "1.5亿元用于待遇支付",
        "1、注重宣传，讲透政策。加大社保政策宣传力度",
        "3、对于互联网+对比出来的疑似数据积极派人实地核实。",
        "（一）主要做法如下：",
        "1、资金到位情况：",
        "2、推进社会保险基金监管软件联网应用，",
        "一、" + "很长的句子" * 10,
        "收入情况：2020年全年收入175万元",
    ],
)
def test_sentences_are_not_headings(text: str) -> None:
    assert numbering_level(text) is None


@pytest.mark.parametrize(
    ("style", "level"),
    [("Heading 1", 1), ("heading 3", 3), ("标题 2", 2), ("标题2", 2), ("Title", 0), ("Normal", None), (None, None)],
)
def test_style_level(style: str | None, level: int | None) -> None:
    assert style_level(style) == level
