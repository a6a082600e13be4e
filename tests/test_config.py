"""Settings from [tool.sbeval] or sbeval.toml found upward, options over them, bad files exit 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from sbeval.cli import cli
from sbeval.config import ConfigError, Settings, load

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "sample01_county_funds.txt"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def codes(out: str) -> dict[str, str]:
    return {f["code"]: f["severity"] for f in json.loads(out)["files"][0]["findings"]}


def test_found_upward_in_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.sbeval]\nselect = ["sb2", "SB401"]\nfail-on = "warning"\njobs = 3\n'
        'timeout = 5\nseverity = { SB2 = "note", SB202 = "warning" }\n', encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    settings = load(deep)
    assert settings == Settings(select=["SB2", "SB401"], fail_on="warning", jobs=3, timeout=5.0,
                                severity={"SB2": "note", "SB202": "warning"})


def test_sbeval_toml_beats_a_pyproject_above_it_and_a_pyproject_without_the_table_is_passed(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.sbeval]\njobs = 1\n', encoding="utf-8")
    inner = tmp_path / "inner"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert load(inner).jobs == 1
    (inner / "sbeval.toml").write_text('jobs = 2\n', encoding="utf-8")
    assert load(inner).jobs == 2
    assert load(tmp_path / "nowhere-near" / "..").jobs == 1


def test_no_file_is_the_defaults(tmp_path: Path) -> None:
    assert load(tmp_path) == Settings()


@pytest.mark.parametrize(("text", "words"), [
    ("jobs = 0\n", ["jobs", "须不小于 1"]),
    ("jobs = \"2\"\n", ["jobs", "须为整数"]),
    ("timeout = -1\n", ["timeout", "须不小于 0"]),
    ("select = \"SB1\"\n", ["select", "须为列表"]),
    ("select = [\"SB999\"]\n", ["select 没有规则 SB999"]),
    ("severity = { SB101 = \"fatal\" }\n", ["severity.SB101", "须为以下之一"]),
    ("fial-on = \"error\"\n", ["fial-on", "不是可用的设置项"]),
    ("jobs = = 2\n", ["不是有效的 TOML", "第1行"]),
])
def test_bad_configuration_is_one_chinese_line_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      text: str, words: list[str]) -> None:
    (tmp_path / "sbeval.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load(tmp_path)
    assert all(word in str(raised.value) for word in words), str(raised.value)
    monkeypatch.chdir(tmp_path)
    code, out, err = run("check", str(SAMPLE))
    assert code == 2 and out == "" and err.splitlines() == [f"错误：{raised.value}"]


def test_options_override_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sbeval.toml").write_text('select = ["SB101"]\nfail-on = "never"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("check", str(SAMPLE), "-f", "json")
    assert code == 0 and set(codes(out)) == {"SB101"}
    code, out, _ = run("check", str(SAMPLE), "-f", "json", "--select", "SB2", "--fail-on", "error")
    assert code == 1 and codes(out) and all(c.startswith("SB2") for c in codes(out))


def test_severity_per_code_regrades_findings_and_the_exit_status(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    plain = codes(run("check", str(SAMPLE), "-f", "json")[1])
    assert "error" in plain.values()
    (tmp_path / "sbeval.toml").write_text('severity = { SB = "note" }\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("check", str(SAMPLE), "-f", "json")
    assert code == 0 and set(codes(out)) == set(plain) and set(codes(out).values()) == {"note"}
    summary = json.loads(out)["summary"]
    assert summary["error"] == summary["warning"] == 0 and summary["note"] == len(json.loads(out)["files"][0]["findings"])


def test_an_explicit_config_file(tmp_path: Path) -> None:
    project = tmp_path / "pyproject.toml"
    project.write_text('[tool.sbeval]\nselect = ["SB101"]\n', encoding="utf-8")
    code, out, _ = run("check", str(SAMPLE), "-f", "json", "--config", str(project), "--fail-on", "never")
    assert code == 0 and set(codes(out)) == {"SB101"}
    code, _, err = run("check", str(SAMPLE), "--config", str(tmp_path / "none.toml"))
    assert code == 2 and "不存在" in err
