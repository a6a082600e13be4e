"""`sbeval rules`: the catalogue as a list, one rule's documentation with its examples, or JSON for tools."""

from __future__ import annotations

import json

from sbeval.checks.docs import RuleDoc, documentation_text
from sbeval.messages import DEFAULT_LANG, Lang, say
from sbeval.output.locations import severity_name


def render_list(docs: list[RuleDoc], lang: Lang = DEFAULT_LANG) -> str:
    width = max((len(d.name) for d in docs), default=0)
    lines = [
        f"{d.code}  {d.name:<{width}}  {severity_name(d.severity, lang)}  "
        f"{'' if d.status == 'stable' else say('ui.rule.preview', lang)}{d.summary}"
        for d in docs
    ]
    return "\n".join(lines) + "\n"


def render_rule(doc: RuleDoc, lang: Lang = DEFAULT_LANG) -> str:
    status = say("ui.rule.stable" if doc.status == "stable" else "ui.rule.status.preview", lang)
    head = (f"{doc.code} {doc.name}\n{doc.summary}\n"
            + say("ui.rule.head", lang, severity=severity_name(doc.severity, lang), kind=doc.kind_name, status=status))
    return f"{head}\n\n{documentation_text(doc, lang)}\n"


def render_json(docs: list[RuleDoc]) -> str:
    return json.dumps([d.model_dump(mode="json") for d in docs], ensure_ascii=False, indent=2) + "\n"
