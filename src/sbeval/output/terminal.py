"""The terminal table: code, severity, Chinese message and location of every finding, per file."""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from sbeval.findings import CheckRun, FileResult
from sbeval.output.locations import SEVERITY_NAMES, describe

STYLES = {"error": "bold red", "warning": "yellow", "note": "cyan"}


def _file_table(result: FileResult) -> Table:
    table = Table(show_header=True, header_style="bold", expand=False, show_lines=False)
    table.add_column("代码", no_wrap=True)
    table.add_column("级别", no_wrap=True)
    table.add_column("说明", overflow="fold")
    table.add_column("位置", no_wrap=True)
    for finding in result.findings:
        severity = finding.severity.value
        table.add_row(
            Text(finding.code), Text(SEVERITY_NAMES[severity], style=STYLES[severity]),
            Text(finding.message), Text(describe(finding.location)),
        )
    return table


def summary_line(run: CheckRun) -> str:
    s = run.summary
    return f"共检查{s.files}个文件：错误{s.error}个，警告{s.warning}个，提示{s.note}个，无法读取{s.unreadable}个。"


def render(run: CheckRun, width: int = 100, color: bool = False) -> str:
    """Plain text unless ``color``; a fixed width keeps the output the same wherever it runs."""
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
            console.print(_file_table(result))
    console.print(summary_line(run))
    return buffer.getvalue()
