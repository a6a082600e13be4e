"""SB5xx: per-capita amounts (人均) against the total and the head count."""

from __future__ import annotations

from sbeval.checks.arithmetic.ratio_base import RatioCheck
from sbeval.findings import Severity


class PerCapitaMismatch(RatioCheck):
    """人均数与总额÷人数不符。

    报告：人均 X 与 总额 ÷ 人数 不符（单位换算：万元 → 元，万人 → 人）。
    不报告：月人均、每人每月等与全年总额口径不同的数；总额或人数未写明。

    English: a per-capita amount must equal the stated total ÷ the stated head count.
    """

    code = "SB501"
    name = "per-capita-mismatch"
    kind = "per_capita"
    severity = Severity.ERROR
    relation_kind = "per_capita"
