"""SARIF output validates against the SARIF 2.1.0 JSON schema (copy in schemas/, see its README)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from jsonschema import Draft4Validator

from sbeval.cli import cli
from sbeval.findings import CheckRun
from sbeval.output import render

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-2.1.0-rtm.5.json").read_text(encoding="utf-8"))


def errors(log: object) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in Draft4Validator(SCHEMA).iter_errors(log)]


def test_the_fixed_run_is_valid_sarif(run: CheckRun) -> None:
    log = json.loads(render("sarif", run))
    assert errors(log) == []
    assert errors({**log, "version": "2.0.0"})  # the schema does reject a broken log


def test_a_real_batch_is_valid_sarif(corpus: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    result = CliRunner().invoke(cli, ["check", str(corpus / "seed001.txt"), str(corpus / "seed003.docx"), str(bad),
                                      "-f", "sarif", "-j", "1"])
    log = json.loads(result.stdout)
    assert result.exit_code == 2 and log["runs"][0]["results"] and errors(log) == []


def test_uris_are_uri_references(run: CheckRun) -> None:
    """An absolute path becomes a file: URI (a relative reference may not start with "/"); names are
    percent-encoded. The SARIF multitool's `validate` (SARIF1004) asks for both."""
    moved = run.model_copy(update={"files": [
        run.files[0].model_copy(update={"path": "/srv/报告/2023 年.pdf"}),
        run.files[1].model_copy(update={"path": "子目录/seed002.txt"}), *run.files[2:]]})
    log = json.loads(render("sarif", moved))
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in log["runs"][0]["results"]]
    assert sorted(uris) == ["%E5%AD%90%E7%9B%AE%E5%BD%95/seed002.txt"] + ["file:///srv/%E6%8A%A5%E5%91%8A/2023%20%E5%B9%B4.pdf"] * 2
    assert errors(log) == []
