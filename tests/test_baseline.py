"""--write-baseline records today's findings by fingerprint; --baseline hides them, new ones still show."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from sbeval.cli import cli

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "sample01_county_funds.txt"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def findings(out: str) -> list[dict[str, object]]:
    return [f for file in json.loads(out)["files"] for f in file["findings"]]


def test_a_baseline_hides_what_it_recorded(tmp_path: Path) -> None:
    base = tmp_path / "baseline.json"
    code, out, err = run("check", str(SAMPLE), "-f", "json", "--write-baseline", str(base))
    before = findings(out)
    assert code == 1 and before and f"已把{len(before)}个问题写入基线" in err
    recorded = json.loads(base.read_text(encoding="utf-8"))
    assert len({e["fingerprint"] for e in recorded["findings"]}) == len(before)
    assert {e["code"] for e in recorded["findings"]} == {f["code"] for f in before}
    code, out, err = run("check", str(SAMPLE), "-f", "json", "--baseline", str(base))
    assert code == 0 and findings(out) == [] and f"隐藏了{len(before)}个已知问题" in err
    assert json.loads(out)["summary"]["error"] == 0


def test_a_new_finding_shows_through_the_baseline(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    base = tmp_path / "baseline.json"
    run("check", str(report), "--write-baseline", str(base), "-q")
    report.write_text(report.read_text(encoding="utf-8") + "\n基金支出300万元，其中：待遇支出100万元，其他支出10万元，"
                      "转移支出30万元。\n", encoding="utf-8")
    code, out, _ = run("check", str(report), "-f", "json", "--baseline", str(base), "-q")
    new = findings(out)
    assert code == 1 and [f["code"] for f in new] == ["SB101"] and new[0]["stated"]["value"] == "300"


def test_same_fingerprints_in_sarif_gitlab_and_baseline(tmp_path: Path) -> None:
    base, sarif, gitlab = tmp_path / "b.json", tmp_path / "o.sarif", tmp_path / "gl.json"
    run("check", str(SAMPLE), "--write-baseline", str(base), "-o", f"sarif={sarif}", "-o", f"gitlab={gitlab}", "-q")
    recorded = {e["fingerprint"] for e in json.loads(base.read_text(encoding="utf-8"))["findings"]}
    results = json.loads(sarif.read_text(encoding="utf-8"))["runs"][0]["results"]
    assert {r["partialFingerprints"]["sbeval/v1"] for r in results} == recorded
    assert {i["fingerprint"] for i in json.loads(gitlab.read_text(encoding="utf-8"))} == recorded


def test_bad_baselines_are_one_chinese_line_exit_2_before_the_batch(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"findings": 3}', encoding="utf-8")
    for path, words in ((tmp_path / "none.json", "无法读取基线文件"), (broken, "不是 sbeval --write-baseline")):
        code, out, err = run("check", str(SAMPLE), "--baseline", str(path))
        assert code == 2 and out == "" and len(err.splitlines()) == 1 and words in err
    code, _, err = run("check", str(SAMPLE), "--write-baseline", str(tmp_path / "no" / "b.json"))
    assert code == 2 and err.startswith("错误：无法写入")
