"""GitHub Actions workflow commands (annotations) and a Markdown table for the job summary.

GitHub shows only the first ten annotations per level, so `sbeval check` also appends the table of all
findings to ``$GITHUB_STEP_SUMMARY`` when it is set.
"""

from __future__ import annotations

from sbeval.findings import CheckRun, Finding, Severity
from sbeval.messages import Lang, say
from sbeval.output.locations import SEVERITY_NAMES, describe
from sbeval.output.terminal import summary_line

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NOTE: "notice"}


def escape_data(text: str) -> str:
    """The message after ``::``: GitHub decodes %25, %0D and %0A."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file=, title=): also ``:`` and ``,``, which end a value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties: str | int | None) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{name} {props}::{escape_data(message)}" if props else f"::{name}::{escape_data(message)}"


def _annotation(path: str, finding: Finding, lang: Lang) -> str:
    message = say("ui.at", lang, message=finding.message, place=describe(finding.location, lang))
    return command(COMMANDS[finding.severity], message,
                   file=path, line=finding.location.line, title=f"{finding.code} {finding.rule}")


def render(run: CheckRun) -> str:
    lines = [_annotation(result.path, finding, run.lang) for result in run.files for finding in result.findings]
    lines += [command("error", result.error or "无法读取", file=result.path, title="sbeval 无法读取")
              for result in run.files if result.status == "error"]
    return "".join(line + "\n" for line in lines)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def step_summary(run: CheckRun) -> str:
    """All findings as a Markdown table, and the unreadable reports below it."""
    out = ["## sbeval", "", summary_line(run), ""]
    rows = [(result.path, describe(f.location), f.code, SEVERITY_NAMES[f.severity.value], f.message)
            for result in run.files for f in result.findings]
    if rows:
        out += ["| 文件 | 位置 | 规则 | 级别 | 说明 |", "| --- | --- | --- | --- | --- |"]
        out += ["| " + " | ".join(_cell(value) for value in row) + " |" for row in rows]
        out.append("")
    bad = [result for result in run.files if result.status == "error"]
    if bad:
        out += ["无法读取：", ""] + [f"- {_cell(result.error or result.path)}" for result in bad] + [""]
    return "\n".join(out) + "\n"
