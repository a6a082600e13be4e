"""The size limits are raised by `--limit NAME=VALUE` or by `limits` in the configuration, and the raised
limits reach the readers in the batch's worker processes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sbeval.cli import cli
from sbeval.config import ConfigError, load
from sbeval.parsers.bounds import DEFAULT, NAMES, Limits, parse_values, with_values


def _texts(folder: Path, lines: int) -> list[str]:
    paths = []
    for name in ("a.txt", "b.txt"):
        path = folder / name
        path.write_text("一、基金收入情况\n" + "基金收入100万元。\n" * lines, encoding="utf-8")
        paths.append(str(path))
    return paths


def _check(folder: Path, *args: str) -> tuple[int, list[dict[str, str]], str]:
    result = CliRunner().invoke(cli, ["check", "-q", "--format", "json", "--config", str(folder / "sbeval.toml"),
                                      *args])
    files = json.loads(result.stdout)["files"] if result.stdout.strip() else []
    return result.exit_code, files, result.stderr


def test_limits_from_the_configuration_reach_the_worker_processes(tmp_path: Path) -> None:
    paths = _texts(tmp_path, 60)
    (tmp_path / "sbeval.toml").write_text("limits = { lines = 20 }\n", encoding="utf-8")
    code, files, _ = _check(tmp_path, "-j", "2", *paths)
    assert code == 2 and all("超过上限 20 行" in f["error"] and "--limit lines=" in f["error"] for f in files)
    (tmp_path / "sbeval.toml").write_text("limits = { lines = 100 }\n", encoding="utf-8")
    code, files, _ = _check(tmp_path, "-j", "2", *paths)
    assert code == 0 and [f["status"] for f in files] == ["ok", "ok"]


def test_the_command_line_beats_the_configuration_name_by_name(tmp_path: Path) -> None:
    paths = _texts(tmp_path, 60)
    (tmp_path / "sbeval.toml").write_text("limits = { lines = 20, pages = 3 }\n", encoding="utf-8")
    code, files, _ = _check(tmp_path, "-j", "2", "--limit", "lines=100", *paths)
    assert code == 0 and [f["status"] for f in files] == ["ok", "ok"]
    assert load(tmp_path).limits == {"lines": 20, "pages": 3}


@pytest.mark.parametrize(("value", "words"), [
    ("pages", ["名称=正整数"]), ("pages=lots", ["名称=正整数"]), ("pages=0", ["pages", "正整数"]),
    ("sheets=3", ["没有上限 sheets", "page-chars"]),
])
def test_a_bad_limit_option_is_a_usage_error(tmp_path: Path, value: str, words: list[str]) -> None:
    (tmp_path / "sbeval.toml").write_text("", encoding="utf-8")
    code, _, err = _check(tmp_path, "--limit", value, *_texts(tmp_path, 1))
    assert code == 2 and err.startswith("错误：") and all(word in err for word in words), err


@pytest.mark.parametrize(("text", "words"), [
    ("limits = { sheets = 3 }\n", ["limits", "没有上限 sheets"]),
    ("limits = { pages = 0 }\n", ["limits", "正整数"]),
    ("limits = { pages = \"many\" }\n", ["limits.pages", "须为整数"]),
])
def test_a_bad_limit_in_the_configuration_names_the_setting(tmp_path: Path, text: str, words: list[str]) -> None:
    (tmp_path / "sbeval.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load(tmp_path)
    assert all(word in str(caught.value) for word in words), str(caught.value)


def test_every_limit_has_a_name_and_values_replace_only_what_they_name() -> None:
    assert len(NAMES) == len(Limits.__dataclass_fields__)
    raised = with_values(parse_values(["page-chars=50000", " Pages = 900"]))
    assert raised == Limits(pages=900, page_chars=50_000) and raised.lines == DEFAULT.lines
