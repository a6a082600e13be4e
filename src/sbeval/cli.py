"""Command line: `sbeval parse` and `sbeval check`. Thin: options in, library calls, a renderer, an exit code."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from sbeval import __version__
from sbeval.parsers import ReadError, read

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sbeval")
def cli() -> None:
    """核查社会保险基金绩效评价报告中的数字（收支余、完成率、占比、同比、可支付月数）。"""


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
def parse(path: Path) -> None:
    """把报告解析为结构化数据（JSON）。退出码：0 成功；2 文件无法读取。"""
    try:
        document = read(path)
    except ReadError as err:
        click.echo(f"错误：{err}", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(document.model_dump_json(indent=2))
