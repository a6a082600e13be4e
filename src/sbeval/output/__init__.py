"""Output formats: one module per format, each with ``render(run)``, imported only when chosen.

This module imports nothing heavy, so the command line can offer the format names at start.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sbeval.findings import CheckRun


@dataclass(frozen=True)
class Format:
    module: str
    description: str
    binary: bool = False  # bytes: written to a file only
    sized: bool = False  # laid out for a terminal width


FORMATS: dict[str, Format] = {
    "text": Format("terminal", "终端表格", sized=True),
    "json": Format("json_output", "JSON（稳定格式）"),
    "sarif": Format("sarif", "SARIF 2.1.0（代码扫描）"),
    "gitlab": Format("gitlab", "GitLab Code Quality"),
    "junit": Format("junit", "JUnit XML"),
    "github": Format("github", "GitHub Actions 工作流命令"),
    "xlsx": Format("xlsx", "Excel 审核工作簿", binary=True),
    "html": Format("html", "单个离线 HTML 页面（高亮数字，可筛选）"),
}


def render(name: str, run: CheckRun, width: int = 100, color: bool = False) -> str | bytes:
    """``run`` in format ``name``; ``width`` and ``color`` matter only to terminal formats."""
    fmt = FORMATS[name]
    module = import_module(f"sbeval.output.{fmt.module}")
    if fmt.sized:
        return module.render(run, width=width, color=color)
    return module.render(run)


__all__ = ["FORMATS", "Format", "render"]
