"""What `sbeval check` writes where: formats to stdout or files (`-o 格式=文件`), a progress bar on stderr."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

import click

from sbeval.output import FORMATS
from sbeval.status import ExitCode

if TYPE_CHECKING:
    from sbeval.findings import CheckRun, FileResult
    from sbeval.parsers.bounds import Limits

DEFAULT_FORMAT = "text"


class Problem(click.ClickException):
    """A usage error or an unwritable output: one Chinese line on stderr, exit status 2."""

    exit_code = ExitCode.ERROR

    def show(self, file: IO[str] | None = None) -> None:
        click.echo(f"错误：{self.message}", err=True)


def _split(value: str) -> tuple[str | None, Path]:
    name, sep, rest = value.partition("=")
    if sep and name in FORMATS:
        return name, Path(rest)
    return None, Path(value)


def targets(formats: Sequence[str], outputs: Sequence[str]) -> list[tuple[str, Path | None]]:
    """(format, file or None for stdout) pairs from `--format` and `-o [格式=]文件`."""
    named = [_split(value) for value in outputs]
    plain = [path for name, path in named if name is None]
    chosen = list(dict.fromkeys(formats)) or ([] if any(name for name, _ in named) else [DEFAULT_FORMAT])
    if plain:
        if len(plain) > 1 or len(chosen) != 1:
            raise Problem("有多种输出格式时，-o 须写成 格式=文件（如 -o sarif=结果.sarif）。")
        pairs: list[tuple[str, Path | None]] = [(chosen[0], plain[0])]
    else:
        pairs = [(name, None) for name in chosen if name not in {n for n, _ in named}]
        if not formats and not pairs:
            pairs = [(DEFAULT_FORMAT, None)]
    pairs += [(name, path) for name, path in named if name is not None]
    if sum(path is None for _, path in pairs) > 1:
        raise Problem("只能有一种格式写到标准输出，其余请用 -o 格式=文件。")
    files = [path for _, path in pairs if path is not None]
    if len(set(files)) != len(files):
        raise Problem("两种格式不能写到同一个文件。")
    for name, path in pairs:
        if path is None and FORMATS[name].binary:
            raise Problem(f"{name} 格式须用 -o {name}=文件 写入文件。")
        if path is not None and not path.parent.is_dir():
            raise Problem(f"无法写入 {path}：文件夹 {path.parent} 不存在。")
    return pairs


def write(data: str | bytes, path: Path | None) -> None:
    """UTF-8 to the file or to stdout, whatever the terminal's locale."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if path is None:
        click.echo(raw, nl=False)
        return
    try:
        path.write_bytes(raw)
    except OSError as err:
        raise Problem(f"无法写入 {path}：{err.strerror or err}。") from err


def emit(run: CheckRun, pairs: list[tuple[str, Path | None]]) -> None:
    from sbeval.output import render

    for name, path in pairs:
        interactive = path is None and sys.stdout.isatty()
        width = shutil.get_terminal_size().columns if interactive else 100
        write(render(name, run, width=width, color=interactive), path)
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        if name == "github" and summary:
            from sbeval.output.github import step_summary

            with open(summary, "a", encoding="utf-8") as handle:
                handle.write(step_summary(run))


@contextmanager
def progress(total: int, enabled: bool) -> Iterator[Callable[[FileResult], None]]:
    """A rich progress bar on stderr while the batch runs, or nothing."""
    if not enabled:
        yield lambda result: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("检查中"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("check", total=total)
        yield lambda result: bar.advance(task)


def size_limits(items: Sequence[str], configured: Mapping[str, int]) -> Limits:
    """The size limits of `--limit NAME=VALUE` over those of the configuration, or ``Problem``."""
    from sbeval.parsers.bounds import parse_values, with_values

    try:
        return with_values({**configured, **parse_values(items)})
    except ValueError as err:
        raise Problem(str(err)) from err
