"""`sbeval rules`: the catalogue as a list, one rule's documentation with its examples, or JSON for tools."""

from __future__ import annotations

import json

from sbeval.checks.docs import RuleDoc, documentation_text
from sbeval.output.locations import SEVERITY_NAMES

STATUS_NAMES = {"stable": "稳定", "preview": "预览"}


def render_list(docs: list[RuleDoc]) -> str:
    width = max((len(d.name) for d in docs), default=0)
    lines = [
        f"{d.code}  {d.name:<{width}}  {SEVERITY_NAMES[d.severity]}  "
        f"{'' if d.status == 'stable' else '[预览] '}{d.summary}"
        for d in docs
    ]
    return "\n".join(lines) + "\n"


def render_rule(doc: RuleDoc) -> str:
    head = (f"{doc.code} {doc.name}\n{doc.summary}\n"
            f"级别：{SEVERITY_NAMES[doc.severity]}　类别：{doc.kind_name}　状态：{STATUS_NAMES[doc.status]}")
    return f"{head}\n\n{documentation_text(doc)}\n"


def render_json(docs: list[RuleDoc]) -> str:
    return json.dumps([d.model_dump(mode="json") for d in docs], ensure_ascii=False, indent=2) + "\n"
