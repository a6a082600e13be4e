"""One self-contained HTML page that opens offline: per report, the passages that hold findings with the
figures highlighted where they stand, and a panel per finding (stated, recomputed, operands, place);
filters by severity and rule. No external files, fonts or scripts.
"""

from __future__ import annotations

from html import escape
from importlib import resources

from sbeval.findings import CheckRun, FileResult, Finding
from sbeval.output.locations import SEVERITY_NAMES, describe
from sbeval.output.terminal import summary_line

Mark = tuple[int, int, str, str]  # start, end, css class, finding id


def _place(text: str, needle: str, marks: list[Mark]) -> int | None:
    """The first occurrence of ``needle`` in ``text`` that overlaps no mark yet."""
    start = text.find(needle) if needle else -1
    while start >= 0:
        end = start + len(needle)
        if all(end <= s or start >= e for s, e, _, _ in marks):
            return start
        start = text.find(needle, start + 1)
    return None


def _marks(excerpt: str, findings: list[tuple[str, Finding]]) -> list[Mark]:
    marks: list[Mark] = []
    for ident, finding in findings:
        if finding.stated is not None and (at := _place(excerpt, finding.stated.text, marks)) is not None:
            marks.append((at, at + len(finding.stated.text), f"stated {finding.severity.value}", ident))
    for ident, finding in findings:
        for related in finding.related:
            if related.location.excerpt in ("", excerpt) and (at := _place(excerpt, related.text, marks)) is not None:
                marks.append((at, at + len(related.text), "operand", ident))
    return sorted(marks)


def _passage(excerpt: str, findings: list[tuple[str, Finding]]) -> str:
    out, cursor = [], 0
    for start, end, css, ident in _marks(excerpt, findings):
        finding = dict(findings)[ident]
        out.append(escape(excerpt[cursor:start]))
        out.append(f'<a href="#{ident}"><mark class="{css}" data-severity="{finding.severity.value}" '
                   f'data-code="{finding.code}">{escape(excerpt[start:end])}</mark></a>')
        cursor = end
    out.append(escape(excerpt[cursor:]))
    return '<p class="passage">' + "".join(out) + "</p>"


def _panel(ident: str, finding: Finding) -> str:
    severity = finding.severity.value
    rows = [("所述值", finding.stated.text if finding.stated else "—"),
            ("重算值", finding.expected.text if finding.expected else "—"),
            ("运算数", "；".join(f"{r.label}{r.text}" for r in finding.related) or "—"),
            *([("依据", finding.cue)] if finding.cue else []),
            ("位置", describe(finding.location))]
    details = "".join(f"<dt>{name}</dt><dd>{escape(value)}</dd>" for name, value in rows)
    return (f'<article class="finding {severity}" id="{ident}" data-severity="{severity}" data-code="{finding.code}">'
            f'<h3><span class="code">{finding.code}</span> {escape(finding.rule)} · {SEVERITY_NAMES[severity]}</h3>'
            f"<p>{escape(finding.message)}</p><dl>{details}</dl></article>")


def _report(index: int, result: FileResult) -> str:
    head = f'<section class="report"><h2>{escape(result.path)}</h2>'
    if result.status == "error":
        return head + f'<p class="unreadable">无法读取：{escape(result.error or "")}</p></section>'
    if not result.findings:
        return head + '<p class="clean">未发现问题。</p></section>'
    named = [(f"f{index}-{n}", finding) for n, finding in enumerate(result.findings, 1)]
    passages: dict[str, list[tuple[str, Finding]]] = {}
    for ident, finding in named:
        passages.setdefault(finding.location.excerpt, []).append((ident, finding))
    text = "".join(_passage(excerpt, group) for excerpt, group in passages.items() if excerpt)
    panels = "".join(_panel(ident, finding) for ident, finding in named)
    return head + f'<div class="text">{text}</div><div class="panels">{panels}</div></section>'


def _filters(run: CheckRun) -> str:
    boxes = "".join(f'<label><input type="checkbox" class="severity" value="{key}" checked> {name}</label>'
                    for key, name in SEVERITY_NAMES.items())
    codes = sorted({f.code for result in run.files for f in result.findings})
    options = "".join(f'<option value="{code}">{code}</option>' for code in codes)
    return f'<div id="filters">级别：{boxes} 规则：<select id="rule"><option value="">全部</option>{options}</select></div>'


def render(run: CheckRun) -> str:
    assets = resources.files("sbeval.output") / "html_assets"
    style = (assets / "report.css").read_text(encoding="utf-8")
    script = (assets / "report.js").read_text(encoding="utf-8")
    body = "".join(_report(i, result) for i, result in enumerate(run.files, 1))
    return ('<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f"<title>sbeval 检查结果</title><style>{style}</style></head><body>"
            f"<header><h1>sbeval 检查结果</h1><p>{escape(summary_line(run))}</p>{_filters(run)}</header>"
            f"<main>{body}</main><script>{script}</script></body></html>\n")
