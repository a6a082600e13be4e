"""Command line: `sbeval parse` and `sbeval check`. Thin: options in, library calls, a renderer, an exit code."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from sbeval import __version__
from sbeval.extract import extract
from sbeval.parsers import ReadError
from sbeval.parsers import read

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
        click.echo("错误：" + " ".join(str(err).splitlines()), err=True)
        sys.exit(EXIT_ERROR)
    payload = {"document": document.model_dump(mode="json"), "report": extract(document).model_dump(mode="json")}
    # UTF-8 bytes whatever the terminal's locale, so two runs give identical bytes.
    click.echo(json.dumps(payload, ensure_ascii=False, indent=2).encode("utf-8"))


def _write(text: str, output: Path | None) -> None:
    """UTF-8 to the file or to stdout, whatever the terminal's locale."""
    if output is not None:
        output.write_text(text, encoding="utf-8")
        return
    click.echo(text.encode("utf-8"), nl=False)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "-f", "format_", type=click.Choice(["text", "json", "sarif"]), default="text",
              show_default=True, help="输出格式。")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="写入此文件，而非标准输出。")
@click.option("--fail-on", type=click.Choice(["error", "warning", "note", "never"]), default="error",
              show_default=True, help="达到此级别的问题使退出码为1。")
@click.option("--select", multiple=True, help="只运行这些规则（代码或前缀，如 SB1；可重复或用逗号分隔）。")
@click.option("--ignore", multiple=True, help="不运行这些规则（代码或前缀）。")
def check(paths: tuple[Path, ...], format_: str, output: Path | None, fail_on: str,
          select: tuple[str, ...], ignore: tuple[str, ...]) -> None:
    """检查报告中的数字（文件或文件夹；文件夹内查找 .docx/.pdf/.txt；.md 文件需逐个指定）。

    退出码：0 未发现达到 --fail-on 级别的问题；1 发现问题；2 有文件无法读取或用法错误（2 优先于 1）。
    """
    from sbeval.checks.registry import selected
    from sbeval.output import FORMATS
    from sbeval.runner import check_paths, exit_code, split_codes

    chosen, skipped = split_codes(select), split_codes(ignore)
    if not selected(chosen, skipped):
        raise click.UsageError("--select/--ignore 之后没有剩下任何规则。")
    run = check_paths(paths, chosen, skipped)
    _write(FORMATS[format_](run), output)
    sys.exit(exit_code(run, fail_on))


@cli.command()
@click.argument("code", required=False)
@click.option("--format", "-f", "format_", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="输出格式（json 供其他工具读取）。")
def rules(code: str | None, format_: str) -> None:
    """列出全部规则；给出代码（SB101）显示该规则的说明和示例，给出前缀（SB1）列出该类规则。"""
    from sbeval.checks import ALL_CHECKS, check_by_code
    from sbeval.checks.docs import rule_doc
    from sbeval.output.rules import render_json, render_list, render_rule

    exact = check_by_code(code) if code else None
    chosen = [exact] if exact else [c for c in ALL_CHECKS if not code or c.code.startswith(code.strip().upper())]
    if not chosen:
        click.echo(f"错误：没有规则 {code}。运行 sbeval rules 查看全部规则。", err=True)
        sys.exit(EXIT_ERROR)
    docs = [rule_doc(c) for c in chosen]
    if format_ == "json":
        _write(render_json(docs), None)
    else:
        _write(render_rule(docs[0]) if exact else render_list(docs), None)
