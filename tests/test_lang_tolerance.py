"""`--lang en` and the materiality tolerance from the command line and the configuration."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from sbeval.checks import run_checks
from sbeval.cli import cli
from sbeval.extract import extract
from sbeval.numbers import Interval, Tolerance
from sbeval.parsers import read

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "seed001.txt"
CJK = re.compile(r"[\u3400-\u9fff]")
# Income 1,234.56 against parts adding up to 1,200.00: a gap of 34.555 beyond the rounding interval.
TOTAL = "2023年度基金收入合计1,234.56万元，其中：保险费收入1,000.00万元，财政补贴收入200.00万元，其他收入0.00万元。\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def total(tmp_path: Path) -> Path:
    path = tmp_path / "total.txt"
    path.write_text(TOTAL, encoding="utf-8")
    return path


def test_english_terminal_report_of_a_seed() -> None:
    code, out, _ = run("check", str(SEED), "--lang", "en", "--fail-on", "never")
    assert code == 0
    assert "Code" in out and "Message" in out and "Location" in out and "line " in out
    assert re.search(r"Checked 1 file\(s\): \d+ error\(s\)", out)
    for word in ("代码", "说明", "位置", "共检查", "但"):
        assert word not in out


def test_english_json_keeps_the_contract_and_says_its_language() -> None:
    _, chinese, _ = run("check", str(SEED), "-f", "json", "--fail-on", "never")
    _, english, _ = run("check", str(SEED), "-f", "json", "--lang", "en", "--fail-on", "never")
    zh, en = json.loads(chinese), json.loads(english)
    assert (zh["lang"], en["lang"]) == ("zh", "en")
    pairs = list(zip(zh["files"][0]["findings"], en["files"][0]["findings"]))
    assert pairs
    for zh_finding, en_finding in pairs:
        assert {k: v for k, v in zh_finding.items() if k != "message"} == \
               {k: v for k, v in en_finding.items() if k != "message"}
        assert en_finding["message"] != zh_finding["message"] and re.search(r"\b(but|the|is|of)\b", en_finding["message"])


def test_unreadable_reason_in_english(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, _ = run("check", str(empty), "-f", "json", "--lang", "en")
    assert code == 2
    error = json.loads(out)["files"][0]["error"]
    assert error == f"{empty.as_posix()}: the file is empty"


def test_bad_lang_is_a_usage_error() -> None:
    code, _, err = run("check", str(SEED), "--lang", "xx")
    assert code == 2 and "--lang" in err
    assert run("rules", "--lang", "fr")[0] == 2


def test_lang_from_the_configuration(tmp_path: Path, total: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sbeval.toml").write_text('lang = "en"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    _, out, _ = run("check", str(total), "-f", "json")
    assert json.loads(out)["files"][0]["findings"][0]["message"].startswith("基金收入 1,234.56万元, but")
    _, out, _ = run("check", str(total), "-f", "json", "--lang", "zh")
    assert json.loads(out)["lang"] == "zh"


def test_rules_in_english() -> None:
    code, out, _ = run("rules", "SB101", "--lang", "en")
    assert code == 0
    head = out.split("\n\n")[0]
    assert "Level: error" in head and not CJK.search(head)
    _, english, _ = run("rules", "--lang", "en")
    _, chinese, _ = run("rules")
    # English summaries may quote the genre's terms (其中, 科目编码) but are English sentences.
    for en_line, zh_line in zip(english.splitlines(), chinese.splitlines(), strict=True):
        assert en_line != zh_line and re.search(r"  (error|warning|note)  .*[a-z]{3,} [a-z]{2,}", en_line), en_line


@pytest.mark.parametrize(("options", "fires"), [
    ((), True),
    (("--tolerance-abs", "30"), True),
    (("--tolerance-abs", "40"), False),
    (("--tolerance-rel", "0.01"), True),
    (("--tolerance-rel", "0.05"), False),
])
def test_tolerance_options(total: Path, options: tuple[str, ...], fires: bool) -> None:
    code, out, _ = run("check", str(total), "-f", "json", *options)
    assert code == (1 if fires else 0)
    assert bool(json.loads(out)["files"][0]["findings"]) is fires


def test_tolerance_from_the_configuration_and_options_over_it(tmp_path: Path, total: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.sbeval]\ntolerance-abs = 40\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert run("check", str(total))[0] == 0
    assert run("check", str(total), "--tolerance-abs", "0")[0] == 1


@pytest.mark.parametrize("setting", ['tolerance-abs = -1', 'tolerance-rel = "much"', 'lang = "fr"'])
def test_bad_setting_is_exit_2_in_chinese(tmp_path: Path, total: Path, monkeypatch: pytest.MonkeyPatch,
                                          setting: str) -> None:
    (tmp_path / "sbeval.toml").write_text(setting + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, err = run("check", str(total))
    assert code == 2
    assert err.startswith("错误：配置文件") and setting.split(" ")[0] in err and CJK.search(err)


@pytest.mark.parametrize("value", ["-1", "abc", "nan"])
def test_bad_tolerance_option_is_a_usage_error(total: Path, value: str) -> None:
    assert run("check", str(total), "--tolerance-rel", value)[0] == 2


def test_tolerance_is_per_run(total: Path) -> None:
    report = extract(read(total))
    assert run_checks(report)
    assert not run_checks(report, tolerance=Tolerance(absolute=Decimal(40)))
    assert run_checks(report)  # nothing of the previous call stays behind


def test_gap_against_tolerance() -> None:
    stated, recomputed = Interval(low=Decimal("4.15"), high=Decimal("4.25")), Interval.exact(Decimal("4.28"))
    assert Tolerance().exceeded(stated, recomputed)
    assert Tolerance(absolute=Decimal("0.02")).exceeded(stated, recomputed)
    assert not Tolerance(absolute=Decimal("0.03")).exceeded(stated, recomputed)
    assert not Tolerance(relative=Decimal("0.01")).exceeded(stated, recomputed)


def test_unreadable_files_in_english(tmp_path: Path, encrypted_pdf: Callable[..., bytes]) -> None:
    seed_docx = SEED.with_suffix(".docx").read_bytes()
    bad = {"truncated.docx": seed_docx[: len(seed_docx) // 2], "renamed.pdf": b"\x00\x01binary" * 50,
           "locked.pdf": encrypted_pdf(), "empty.docx": b"", "image.docx": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64}
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    code, out, _ = run("check", str(tmp_path), "-f", "json", "--lang", "en")
    assert code == 2
    errors = [f["error"] for f in json.loads(out)["files"]]
    assert len(errors) == len(bad)
    for error in errors:
        path, _, reason = error.partition(": ")
        assert Path(path).name in bad and reason and not CJK.search(reason), error


@pytest.mark.parametrize("fmt", ["gitlab", "github"])
def test_ci_formats_place_findings_in_english(fmt: str) -> None:
    _, chinese, _ = run("check", str(SEED), "-f", fmt, "--fail-on", "never")
    _, english, _ = run("check", str(SEED), "-f", fmt, "--lang", "en", "--fail-on", "never")
    assert re.search(r"（第\d+行）", chinese) and not re.search(r"（第\d+行）", english)
    assert re.search(r" \(line \d+\)", english)
