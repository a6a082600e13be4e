"""The terminal table: code, severity, Chinese message and location of every finding, per file.

The table fits ``width``; messages are broken by ``wrap`` so that a number keeps its unit.
"""

from __future__ import annotations

import io

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from sbeval.findings import CheckRun, FileResult
from sbeval.output.locations import SEVERITY_NAMES, describe
from sbeval.output.wrap import wrap

STYLES = {"error": "bold red", "warning": "yellow", "note": "cyan"}
# Four columns: five vertical rules and one cell of padding on each side of each column.
_FRAME = 5 + 4 * 2
_MIN_MESSAGE = 12


def _file_table(result: FileResult, width: int) -> Table:
    places = [describe(f.location) for f in result.findings]
    fixed = max(cell_len(f.code) for f in result.findings) + cell_len("级别") + max(map(cell_len, places + ["位置"]))
    message_width = max(width - _FRAME - fixed, _MIN_MESSAGE)
    table = Table(show_header=True, header_style="bold", expand=False, show_lines=False)
    table.add_column("代码", no_wrap=True)
    table.add_column("级别", no_wrap=True)
    table.add_column("说明", no_wrap=True, max_width=message_width)
    table.add_column("位置", no_wrap=True)
    for finding, place in zip(result.findings, places):
        severity = finding.severity.value
        table.add_row(
            Text(finding.code), Text(SEVERITY_NAMES[severity], style=STYLES[severity]),
            Text("\n".join(wrap(finding.message, message_width))), Text(place),
        )
    return table


def summary_line(run: CheckRun) -> str:
    s = run.summary
    return f"共检查{s.files}个文件：错误{s.error}个，警告{s.warning}个，提示{s.note}个，无法读取{s.unreadable}个。"


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
            console.print(f"  错误：{result.error}", markup=False)
        elif not result.findings:
            console.print("  未发现问题。")
        else:
            console.print(_file_table(result, width))
    console.print(summary_line(run))
    return buffer.getvalue()
