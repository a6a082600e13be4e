"""A rule's documentation as data: metadata, the Chinese description and the examples of its case file."""

from __future__ import annotations

from pydantic import BaseModel

from sbeval.checks.base import Check, Status
from sbeval.checks.cases import Outcome, PinnedFinding, examples_of
from sbeval.findings import Kind
from sbeval.messages import DEFAULT_LANG, Lang, say


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


def rule_doc(check: type[Check], lang: Lang = DEFAULT_LANG) -> RuleDoc:
    """In English the summary and the description are the docstring's "English:" paragraph."""
    english = lang == "en" and check.english()
    english = english and english[0].upper() + english[1:]
    return RuleDoc(
        code=check.code, name=check.name, status=check.status, severity=check.severity.value,
        kind=check.kind, kind_name=say(f"ui.kind.{check.kind}", lang),
        summary=english or check.summary(), description="" if english else check.description(),
        examples=[
            Example(outcome=case.outcome, name=case.name, text=case.text, findings=list(case.findings))
            for case in examples_of(check.code)
        ],
    )


def _example(example: Example, lang: Lang) -> str:
    body = "\n".join("    " + line for line in example.text.rstrip("\n").split("\n"))
    lines = [say("ui.rule.example", lang, outcome=say(f"ui.rule.{example.outcome}", lang)), body]
    for finding in example.findings:
        recomputed = ""
        if finding.expected is not None:
            low, high = finding.expected
            recomputed = say("ui.rule.recomputed", lang, value=low if low == high else f"{low}～{high}")
        where = say("ui.rule.line", lang, line=finding.line) if finding.line is not None else ""
        lines.append(say("ui.rule.finding", lang, code=finding.code, stated=str(finding.stated), recomputed=recomputed,
                         where=where))
    return "\n".join(lines)


def documentation_text(doc: RuleDoc, lang: Lang = DEFAULT_LANG) -> str:
    """The description and the examples as plain text: `sbeval rules CODE` and SARIF's fullDescription."""
    return "\n\n".join(part for part in [doc.description] + [_example(e, lang) for e in doc.examples] if part)
