"""SB5xx: per-capita amounts (人均) against the total and the head count."""

from __future__ import annotations

from sbeval.checks.arithmetic.ratio_base import RatioCheck
from sbeval.findings import Severity


class PerCapitaMismatch(RatioCheck):
    """人均数与总额÷人数不符。

    人均 X = 总额 ÷ 人数, with the units scaled (万元 → 元, 万人 → 人).

    Flags::

        全年发放待遇1,512万元，享受待遇2,000人，人均待遇8,560元。

    Accepts::

        全年发放待遇1,512万元，享受待遇2,000人，人均7560元。
    """

    code = "SB501"
    name = "per-capita-mismatch"
    kind = "per_capita"
    severity = Severity.ERROR
    relation_kind = "per_capita"
