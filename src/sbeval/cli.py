"""Command line: `sbeval parse` and `sbeval check`. Thin: options in, library calls, a renderer, an exit code.

Only click is imported at start; the readers, extraction and renderers load when a command needs them.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import click

from sbeval import __version__
from sbeval.console import Problem, emit, progress, size_limits, targets, write
from sbeval.output import FORMATS
from sbeval.status import ExitCode

EXIT_ERROR = ExitCode.ERROR  # the name the rules command uses
LIMIT_HELP = ("提高读取上限，名称=值，可重复：pages（PDF 页数，默认 500）、page-chars（PDF 每页字符数，20000）、"
              "paragraphs（段落和表格数，30000）、cells（表格单元格数，1000000）、lines（文本行数，200000）、chars（文档字符数，1000000）。")
FORMAT_HELP = "；".join(f"{name} {fmt.description}" for name, fmt in FORMATS.items())
LANG_CHOICE = click.Choice(["zh", "en"])
LANG_HELP = "问题说明、无法读取的原因和报告表头的语言：zh 中文（默认）或 en 英文。"


class _Amount(click.ParamType):
    """A non-negative decimal number, kept as Decimal (never float)."""

    name = "数值"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> object:
        from decimal import Decimal, InvalidOperation

        try:
            amount = value if isinstance(value, Decimal) else Decimal(str(value).strip())
        except InvalidOperation:
            self.fail(f"{value!r} 不是数字。", param, ctx)
        if not amount.is_finite() or amount < 0:
            self.fail(f"{value!r} 须为不小于 0 的数。", param, ctx)
        return amount


class _Command(click.Command):
    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = "显示此帮助并退出。"
        return option


class _Group(_Command, click.Group):
    command_class = _Command


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="sbeval", message="%(prog)s %(version)s",
                      help="显示版本并退出。")
def cli() -> None:
    """核查社会保险基金绩效评价报告中的数字（收支余、完成率、占比、同比、可支付月数）。"""


def _write(text: str, output: Path | None) -> None:
    write(text, output)


@cli.command()
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="写入此文件，而非标准输出。")
@click.option("--verbose", "-v", is_flag=True, help="在标准错误输出显示文档库的详细日志。")
@click.option("--limit", "limit_items", multiple=True, metavar="名称=值", help=LIMIT_HELP)
def parse(path: Path, output: Path | None, verbose: bool, limit_items: tuple[str, ...]) -> None:
    """把报告解析为结构化数据（JSON，省略空字段）。退出码：0 成功；2 文件无法读取。"""
    import json

    from sbeval.extract import extract
    from sbeval.parsers import ReadError, read
    from sbeval.parsers.bounds import limited
    from sbeval.runner import configure_logging

    if output is not None and not output.parent.is_dir():
        raise Problem(f"无法写入 {output}：文件夹 {output.parent} 不存在。")
    configure_logging(verbose)
    try:
        with limited(size_limits(limit_items, {})):
            document = read(path)
    except ReadError as err:
        raise Problem(" ".join(str(err).splitlines())) from err
    payload = {"document": document.model_dump(mode="json", exclude_none=True),
               "report": extract(document).model_dump(mode="json", exclude_none=True)}
    write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", output)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "-f", "formats", multiple=True, type=click.Choice(list(FORMATS)),
              help=f"输出格式，可重复（默认 text）：{FORMAT_HELP}。")
@click.option("--output", "-o", "outputs", multiple=True, metavar="[格式=]文件",
              help="写入文件而非标准输出；多种格式时写成 格式=文件，如 -o sarif=结果.sarif（可重复）。")
@click.option("--fail-on", type=click.Choice(["error", "warning", "note", "never"]), default=None,
              help="达到此级别的问题使退出码为1（默认 error）。")
@click.option("--select", multiple=True, help="只运行这些规则（代码或前缀，如 SB1；可重复或用逗号分隔）。")
@click.option("--ignore", multiple=True, help="不运行这些规则（代码或前缀）。")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="并行进程数（默认：CPU 核数）。")
@click.option("--timeout", type=click.FloatRange(min=0), default=None,
              help="每个文件的处理时限（秒，默认 60）；超时的文件记为无法读取；0 为不限。")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="配置文件（默认：自当前文件夹向上查找 sbeval.toml 或含 [tool.sbeval] 的 pyproject.toml）。")
@click.option("--baseline", "baseline_file", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="隐藏此基线文件中已记录的问题，只报告新问题。")
@click.option("--write-baseline", "new_baseline", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="把本次发现的全部问题写入基线文件。")
@click.option("--quiet", "-q", is_flag=True, help="不显示进度条和基线说明。")
@click.option("--verbose", "-v", is_flag=True, help="在标准错误输出显示文档库的详细日志。")
@click.option("--limit", "limit_items", multiple=True, metavar="名称=值", help=LIMIT_HELP)
@click.option("--lang", type=LANG_CHOICE, default=None, help=LANG_HELP)
@click.option("--tolerance-abs", type=_Amount(), default=None,
              help="重要性容差（绝对值，以所述数字的单位计，如 0.5 即 0.5万元）：与重算值的差距在舍入区间之外"
                   "还不超过此值时不报告（默认 0）。")
@click.option("--tolerance-rel", type=_Amount(), default=None,
              help="重要性容差（相对值，所述数字的比例，如 0.001 即千分之一）：差距不超过时不报告（默认 0）。")
def check(paths: tuple[Path, ...], formats: tuple[str, ...], outputs: tuple[str, ...], fail_on: str | None,
          select: tuple[str, ...], ignore: tuple[str, ...], jobs: int | None, timeout: float | None,
          config_file: Path | None, baseline_file: Path | None, new_baseline: Path | None, quiet: bool,
          verbose: bool, limit_items: tuple[str, ...] = (), lang: str | None = None,
          tolerance_abs: Decimal | None = None, tolerance_rel: Decimal | None = None) -> None:
    """检查报告中的数字。

    PATHS 为文件或文件夹：文件夹内递归查找 .docx/.pdf/.xlsx/.txt 及 .doc/.wps/.xls/.et（后者需 LibreOffice），跳过隐藏文件和 ~$ 临时文件；.md 文件需逐个指定。

    命令行选项优先于配置文件（select、ignore、severity、fail-on、jobs、timeout、limits、lang、tolerance-abs、tolerance-rel）。

    退出码：0 未发现达到 --fail-on 级别的问题；1 发现问题；2 有文件无法读取或用法错误（2 优先于 1）。
    """
    from sbeval import baseline
    from sbeval.batch import DEFAULT_TIMEOUT, check_files, default_jobs
    from sbeval.checks.registry import selected
    from sbeval.config import ConfigError, load, tolerance_of
    from sbeval.runner import collect, configure_logging, exit_code, split_codes, with_severities

    try:
        settings = load(Path.cwd(), config_file)
    except ConfigError as err:
        raise Problem(str(err)) from err
    pairs = targets(formats, outputs)
    limits = size_limits(limit_items, settings.limits)
    chosen = split_codes(select) or settings.select
    skipped = split_codes(ignore) or settings.ignore
    if not selected(chosen, skipped):
        raise Problem("--select/--ignore 之后没有剩下任何规则。")
    if not paths:
        raise Problem("请给出要检查的报告文件或文件夹。")
    files = collect(paths)
    if not files:
        raise Problem(f"在 {'、'.join(str(p) for p in paths)} 中没有找到报告（.docx/.pdf/.txt）。")
    fingerprints = baseline.known(baseline_file, new_baseline)
    configure_logging(verbose)
    limit = timeout if timeout is not None else settings.timeout if settings.timeout is not None else DEFAULT_TIMEOUT
    with progress(len(files), enabled=not quiet and sys.stderr.isatty()) as done:
        run = check_files(files, chosen, skipped, jobs=jobs or settings.jobs or default_jobs(), timeout=limit,
                          verbose=verbose, done=done, limits=limits,
                          tolerance=tolerance_of(settings, tolerance_abs, tolerance_rel))
    run = with_severities(run, settings.severity)
    run = baseline.apply(run, baseline_file, fingerprints, new_baseline, quiet)
    emit(run.in_lang("en" if (lang or settings.lang) == "en" else "zh"), pairs)
    sys.exit(exit_code(run, fail_on or settings.fail_on or "error"))


@cli.command()
@click.argument("code", required=False)
@click.option("--format", "-f", "format_", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="输出格式（json 供其他工具读取）。")
@click.option("--lang", type=LANG_CHOICE, default="zh", show_default=True, help="规则说明的语言：zh 中文或 en 英文。")
def rules(code: str | None, format_: str, lang: str = "zh") -> None:
    """列出全部规则；给出代码（SB101）显示该规则的说明和示例，给出前缀（SB1）列出该类规则。"""
    from sbeval.checks import ALL_CHECKS, check_by_code
    from sbeval.checks.docs import rule_doc
    from sbeval.messages import Lang
    from sbeval.output.rules import render_json, render_list, render_rule

    exact = check_by_code(code) if code else None
    chosen = [exact] if exact else [c for c in ALL_CHECKS if not code or c.code.startswith(code.strip().upper())]
    if not chosen:
        click.echo(f"错误：没有规则 {code}。运行 sbeval rules 查看全部规则。", err=True)
        sys.exit(EXIT_ERROR)
    language: Lang = "en" if lang == "en" else "zh"
    docs = [rule_doc(c, language) for c in chosen]
    if format_ == "json":
        _write(render_json(docs), None)
    else:
        _write(render_rule(docs[0], language) if exact else render_list(docs, language), None)
