"""The terminal table: code, severity, message and location of every finding, per file.

The table fits ``width``; messages are broken by ``wrap`` so that a number keeps its unit.
"""

from __future__ import annotations

import io

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from sbeval.findings import CheckRun, FileResult
from sbeval.messages import Lang, say
from sbeval.output.locations import describe, severity_name
from sbeval.output.wrap import wrap

STYLES = {"error": "bold red", "warning": "yellow", "note": "cyan"}
# Four columns: five vertical rules and one cell of padding on each side of each column.
_FRAME = 5 + 4 * 2
_MIN_MESSAGE = 12


def _file_table(result: FileResult, width: int, lang: Lang) -> Table:
    places = [describe(f.location, lang) for f in result.findings]
    names = [severity_name(f.severity.value, lang) for f in result.findings]
    headers = [say(f"ui.{name}", lang) for name in ("code", "severity", "message", "place")]
    fixed = (max(cell_len(f.code) for f in result.findings) + max(map(cell_len, names + [headers[1]]))
             + max(map(cell_len, places + [headers[3]])))
    message_width = max(width - _FRAME - fixed, _MIN_MESSAGE)
    table = Table(show_header=True, header_style="bold", expand=False, show_lines=False)
    table.add_column(headers[0], no_wrap=True)
    table.add_column(headers[1], no_wrap=True)
    table.add_column(headers[2], no_wrap=True, max_width=message_width)
    table.add_column(headers[3], no_wrap=True)
    for finding, place, name in zip(result.findings, places, names):
        table.add_row(
            Text(finding.code), Text(name, style=STYLES[finding.severity.value]),
            Text("\n".join(wrap(finding.message, message_width))), Text(place),
        )
    return table


def summary_line(run: CheckRun) -> str:
    s = run.summary
    return say("ui.summary", run.lang, files=s.files, error=s.error, warning=s.warning, note=s.note,
               unreadable=s.unreadable)


def render(run: CheckRun, width: int = 100, color: bool = False) -> str:
    """Plain text unless ``color``; files write 100 columns so the output is the same wherever it runs."""
    buffer = io.StringIO()
    console = Console(
        file=buffer, width=width, color_system="standard" if color else None,
        force_terminal=color, highlight=False, soft_wrap=False,
    )
    for result in run.files:
        console.print(result.path, style="bold", markup=False)
        if result.status == "error":
            console.print(say("ui.error_line", run.lang, error=result.error or ""), markup=False)
        elif not result.findings:
            console.print(say("ui.clean", run.lang))
        else:
            console.print(_file_table(result, width, run.lang))
    console.print(summary_line(run))
    return buffer.getvalue()
