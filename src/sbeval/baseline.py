"""Baselines: today's findings recorded by fingerprint, so that a later run shows only new ones.

The file is JSON: the fingerprints (the recipe SARIF and GitLab use) with, for a person reading it,
the file, rule and stated value of each. Unreadable files are never baselined.
"""

from __future__ import annotations

import json
from pathlib import Path

import click
from pydantic import BaseModel, ValidationError

from sbeval.console import Problem
from sbeval.findings import CheckRun
from sbeval.output.fingerprints import fingerprinted
from sbeval.runner import summarise


class BaselineError(Exception):
    """A baseline file that cannot be read; the message names it."""


class Entry(BaseModel):
    fingerprint: str
    path: str
    code: str
    stated: str = ""


class Baseline(BaseModel):
    sbeval: str
    findings: list[Entry]


def of(run: CheckRun) -> Baseline:
    entries = [Entry(fingerprint=fp, path=result.path, code=finding.code,
                     stated=finding.stated.text if finding.stated else "")
               for result, finding, fp in fingerprinted(run)]
    return Baseline(sbeval=run.sbeval, findings=sorted(entries, key=lambda e: (e.path, e.code, e.fingerprint)))


def write(run: CheckRun, path: Path) -> int:
    baseline = of(run)
    try:
        path.write_text(baseline.model_dump_json(indent=2) + "\n", encoding="utf-8")
    except OSError as err:
        raise BaselineError(f"无法写入基线文件 {path}：{err.strerror or err}。") from err
    return len(baseline.findings)


def read(path: Path) -> set[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise BaselineError(f"无法读取基线文件 {path}：{getattr(err, 'strerror', None) or err}。") from err
    try:
        return {entry.fingerprint for entry in Baseline.model_validate(json.loads(text)).findings}
    except (ValueError, ValidationError) as err:
        raise BaselineError(f"基线文件 {path} 不是 sbeval --write-baseline 写出的格式。") from err


def hide(run: CheckRun, known: set[str]) -> tuple[CheckRun, int]:
    """``run`` without the findings whose fingerprint is ``known``, and how many were hidden."""
    prints = iter([fp for _, _, fp in fingerprinted(run)])  # in the order of files, then findings
    files = [result.model_copy(update={"findings": [f for f in result.findings if next(prints) not in known]})
             for result in run.files]
    hidden = sum(len(old.findings) - len(new.findings) for old, new in zip(run.files, files))
    return run.model_copy(update={"files": files, "summary": summarise(files)}), hidden


def known(path: Path | None, new: Path | None) -> set[str] | None:
    """The fingerprints of the baseline ``path``, read before the batch runs so that a bad file stops it
    at once; ``new`` (the baseline to write) is checked for a folder too."""
    if new is not None and not new.parent.is_dir():
        raise Problem(f"无法写入 {new}：文件夹 {new.parent} 不存在。")
    try:
        return read(path) if path is not None else None
    except BaselineError as err:
        raise Problem(str(err)) from err


def apply(run: CheckRun, path: Path | None, fingerprints: set[str] | None, new: Path | None,
          quiet: bool) -> CheckRun:
    """Writes today's findings to ``new``, then hides those of the baseline ``path``; counts on stderr."""
    if new is not None:
        try:
            count = write(run, new)
        except BaselineError as err:
            raise Problem(str(err)) from err
        if not quiet:
            click.echo(f"已把{count}个问题写入基线 {new}。", err=True)
    if fingerprints is None:
        return run
    run, hidden = hide(run, fingerprints)
    if not quiet:
        click.echo(f"基线 {path} 隐藏了{hidden}个已知问题。", err=True)
    return run
