"""A rule's documentation as data: metadata, the Chinese description and the examples of its case file."""

from __future__ import annotations

from pydantic import BaseModel

from sbeval.checks.base import Check, Status
from sbeval.checks.cases import Outcome, PinnedFinding, examples_of
from sbeval.findings import Kind

KIND_NAMES: dict[str, str] = {
    "sum": "合计与分项", "balance": "收支结余", "percent": "完成率与占比", "yoy": "同比增长",
    "difference": "增减额", "months": "可支付月数", "per_capita": "人均", "target": "绩效指标",
    "score_sum": "评分合计", "grade": "评价等级", "cross_ref": "前后对照", "duplicate": "重复内容",
    "missing": "缺失", "unit": "单位", "year": "年份", "other": "其他",
}


OUTCOME_NAMES = {"flagged": "会报告", "accepted": "不报告"}


class Example(BaseModel):
    outcome: Outcome
    name: str
    text: str
    findings: list[PinnedFinding]


class RuleDoc(BaseModel):
    """What `sbeval rules` prints and `sbeval rules --format json` returns, per rule."""

    code: str
    name: str
    status: Status
    severity: str
    kind: Kind
    kind_name: str
    summary: str
    description: str
    examples: list[Example]


def rule_doc(check: type[Check]) -> RuleDoc:
    return RuleDoc(
        code=check.code, name=check.name, status=check.status, severity=check.severity.value,
        kind=check.kind, kind_name=KIND_NAMES.get(check.kind, check.kind), summary=check.summary(),
        description=check.description(),
        examples=[
            Example(outcome=case.outcome, name=case.name, text=case.text, findings=list(case.findings))
            for case in examples_of(check.code)
        ],
    )


def _example(example: Example) -> str:
    body = "\n".join("    " + line for line in example.text.rstrip("\n").split("\n"))
    lines = [f"示例（{OUTCOME_NAMES[example.outcome]}）：", body]
    for finding in example.findings:
        recomputed = ""
        if finding.expected is not None:
            low, high = finding.expected
            recomputed = f"，重算值 {low}" if low == high else f"，重算值 {low}～{high}"
        where = f"（第{finding.line}行）" if finding.line is not None else ""
        lines.append(f"  → {finding.code}：所述值 {finding.stated}{recomputed}{where}")
    return "\n".join(lines)


def documentation_text(doc: RuleDoc) -> str:
    """The description and the examples as plain text: `sbeval rules CODE` and SARIF's fullDescription."""
    return "\n\n".join(part for part in [doc.description] + [_example(e) for e in doc.examples] if part)
