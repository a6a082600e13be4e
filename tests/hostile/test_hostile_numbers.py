"""Digit runs no report writes: text, not figures; no Decimal trap; a failing rule is contained."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from sbeval.checks import registry
from sbeval.checks.arithmetic.totals import TotalNotSumOfParts
from sbeval.cli import cli
from sbeval.extract import extract
from sbeval.extract.core.figures import find_figures
from sbeval.numbers import Interval, safe_decimals, within_digits
from sbeval.parsers import read
from sbeval.schema.document import Location

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
RUN = "9" * 400
HOSTILE = (
    f"基金收入{RUN}万元，其中保险费收入{RUN}万元，财政补贴收入5万元。"
    f"基金支出{'1' * 30}.{'1' * 30}万元，结余{'9' * 25}万元，收入完成预算的{RUN}%。"
    "基金总收入1200万元，其中保险费收入1000万元，财政补贴收入100万元，利息收入50万元。"
)
SEED = (CORPUS / "seed001.txt").read_text(encoding="utf-8")


def _check_json(*paths: Path) -> tuple[int, dict[str, object], str]:
    result = CliRunner().invoke(cli, ["check", "--format", "json", "-j", "1", *map(str, paths)])
    return result.exit_code, json.loads(result.stdout), result.stderr


def test_digit_runs_are_not_figures() -> None:
    figures = find_figures(HOSTILE, Location(file="t.txt"))
    assert [f.text for f in figures] == ["5万元", "1200万元", "1000万元", "100万元", "50万元"]
    assert within_digits(Decimal("123456789012345678"), 0)
    assert not within_digits(Decimal("1234567890123456789"), 0)
    assert not within_digits(Decimal("1.5"), 19)


def test_nothing_traps_in_the_safe_context() -> None:
    with safe_decimals():
        huge = Interval.exact(Decimal("9e999998")) * Interval.exact(Decimal("9e999998"))
        assert not huge.bounded
        assert Decimal("1e40").quantize(Decimal("0.01")).is_nan()


@pytest.mark.parametrize("suffix", [".txt", ".docx"])
def test_long_digit_runs_are_checked_cleanly(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"runs{suffix}"
    if suffix == ".txt":
        path.write_text(HOSTILE + "\n" + "7" * 5000 + "\n" + SEED, encoding="utf-8")
    else:
        built = docx.Document()
        for line in [HOSTILE, *SEED.splitlines()]:
            built.add_paragraph(line)
        table = built.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "项目", "金额"
        table.cell(1, 0).text, table.cell(1, 1).text = "合计", RUN
        built.save(str(path))
    code, payload, err = _check_json(path)
    assert code == 1 and "Traceback" not in err
    files = payload["files"]
    assert isinstance(files, list) and files[0]["status"] == "ok"
    messages = [f["message"] for f in files[0]["findings"]]
    assert any("基金支出37977万元" in m for m in messages)  # the seed's own errors are still found
    assert not any("9999" in m for m in messages)


def test_a_failing_rule_leaves_the_others_running(monkeypatch: pytest.MonkeyPatch) -> None:
    report = extract(read(CORPUS / "seed001.txt"))
    before = registry.run_checks(report)
    assert {"SB101"} < {f.code for f in before}

    def broken(self: TotalNotSumOfParts, report: object) -> object:
        yield from ()
        raise ArithmeticError("a relation this rule cannot handle")

    monkeypatch.setattr(TotalNotSumOfParts, "run", broken)
    after = registry.run_checks(report)
    assert after == [f for f in before if f.code != "SB101"]
    assert len(after) > 0
