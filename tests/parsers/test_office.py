"""Legacy .doc/.wps/.et files read through LibreOffice: the same document and findings as the .docx/.xlsx
they were made from, under their own names; every failure one Chinese line, the batch going on."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

import sbeval.parsers.office.soffice as soffice
from sbeval.cli import cli
from sbeval.parsers import ReadError, read
from sbeval.schema.document import Document

OFFICE = soffice.find_office()
needs_office = pytest.mark.skipif(OFFICE is None, reason="LibreOffice (soffice) is not on PATH: .doc/.wps/.et conversion not tested")
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def save_as(source: Path, target: str, folder: Path) -> Path:
    """``source`` converted by LibreOffice to the format ``target`` (a suffix), as the test's own input."""
    assert OFFICE is not None
    subprocess.run([OFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless", "--norestore",
                    "--convert-to", target, "--outdir", str(folder), str(source)],
                   check=True, capture_output=True, timeout=300)
    result = folder / f"{source.stem}.{target}"
    assert result.is_file()
    return result


def contents(document: Document) -> list[tuple[str, object]]:
    """Each block's kind and text (a table's cells, with their sheet references)."""
    return [(b.kind, [(c.text, c.location.ref) for c in b.cells]) if b.kind == "table" else (b.kind, b.text)
            for b in document.blocks]


def files(document: Document) -> set[str]:
    named = {b.location.file for b in document.blocks}
    named |= {c.location.file for b in document.tables() for c in b.cells}
    return named | {p.location.file for p in document.headers + document.footers} | {document.path}


@pytest.fixture(scope="module")
def legacy(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> dict[str, Path]:
    """seed001.docx saved as .doc (and that .doc renamed .wps, as WPS writes it), and a small 自评表
    .xlsx saved as .xls and renamed .et, each with its source."""
    if OFFICE is None:
        pytest.skip("LibreOffice (soffice) is not on PATH: .doc/.wps/.et conversion not tested")
    folder = tmp_path_factory.mktemp("legacy")
    docx = folder / "report.docx"
    shutil.copyfile(corpus / "seed001.docx", docx)
    doc = save_as(docx, "doc", folder / "made")
    xlsx = folder / "table.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "自评表"
    sheet["A1"] = "项目支出绩效自评表"
    sheet.merge_cells("A1:D1")
    sheet.append(["项目", "预算数（万元）", "执行数（万元）", "执行率"])
    for name, budget, spent in (("甲项目", 1200, 1032.5), ("乙项目", 300, 280), ("合计", 1500, 1312.5)):
        sheet.append([name, budget, spent, spent / budget])
    for row in range(3, 6):
        sheet.cell(row, 3).number_format = "#,##0.00"
        sheet.cell(row, 4).number_format = "0.00%"
    book.save(xlsx)
    xls = save_as(xlsx, "xls", folder / "made")
    batch = folder / "batch"
    batch.mkdir()
    paths = {"docx": docx, "xlsx": xlsx, "doc": batch / "report.doc", "wps": batch / "report.wps",
             "et": batch / "table.et", "bad": batch / "damaged.doc"}
    shutil.copyfile(doc, paths["doc"])
    shutil.copyfile(doc, paths["wps"])
    shutil.copyfile(xls, paths["et"])
    paths["bad"].write_bytes(OLE2 + os.urandom(6000))
    return paths


def test_a_doc_reads_as_the_docx_it_was_saved_from(legacy: dict[str, Path]) -> None:
    original, converted = read(legacy["docx"]), read(legacy["doc"])
    assert contents(converted) == contents(original)
    assert any("91796万元" in b.text for b in converted.blocks if b.kind == "paragraph")
    assert converted.tables() and converted.tables()[0].cells
    assert files(converted) == {str(legacy["doc"])}


def test_an_et_reads_as_the_xlsx_it_was_saved_from(legacy: dict[str, Path]) -> None:
    original, converted = read(legacy["xlsx"]), read(legacy["et"])
    assert contents(converted) == contents(original)
    cells = {c.location.ref: c.text for c in converted.tables()[0].cells}
    assert cells["C3"] == "1,032.50" and cells["D3"] == "86.04%"
    assert {c.location.sheet for c in converted.tables()[0].cells} == {"自评表"}
    assert files(converted) == {str(legacy["et"])}


def cli_runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]  # click 8.1; stderr apart from 8.2 on
    except TypeError:
        return CliRunner()


def test_a_folder_batch_checks_doc_wps_and_et_and_goes_past_a_damaged_one(legacy: dict[str, Path]) -> None:
    runner = cli_runner()
    batch = runner.invoke(cli, ["check", str(legacy["doc"].parent), "--format", "json", "--jobs", "2", "-q"])
    alone = runner.invoke(cli, ["check", str(legacy["docx"]), "--format", "json", "-q"])
    assert batch.exit_code == 2 and alone.exit_code == 1
    results = {Path(f["path"]).name: f for f in json.loads(batch.stdout)["files"]}
    assert sorted(results) == ["damaged.doc", "report.doc", "report.wps", "table.et"]
    expected = json.loads(alone.stdout)["files"][0]["findings"]
    assert expected  # seed001 has known inconsistencies
    for name in ("report.doc", "report.wps"):
        assert results[name]["status"] == "ok" and results[name]["findings"] == expected
    assert results["table.et"]["status"] == "ok"
    damaged = results["damaged.doc"]
    assert damaged["status"] == "error" and "Traceback" not in damaged["error"]
    assert damaged["error"].startswith(f"{legacy['bad'].as_posix()}：LibreOffice 无法打开")
    assert "另存为 .docx" in damaged["error"]


@needs_office
def test_a_corrupt_doc_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "损坏的报告.doc"
    path.write_bytes(OLE2 + os.urandom(4000))
    with pytest.raises(ReadError) as info:
        read(path)
    assert info.value.path == str(path)
    assert info.value.problem.startswith("LibreOffice 无法打开该Word/WPS 文字文档")


def fake_office(folder: Path, script: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A ``soffice`` running ``script`` first on PATH."""
    folder.mkdir()
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    command = folder / "soffice"
    command.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    command.chmod(command.stat().st_mode | stat.S_IEXEC)


def test_a_conversion_that_hangs_is_stopped_with_its_children(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marker = tmp_path / "child.pid"
    # The launcher starts a child that would outlive it, as soffice starts soffice.bin.
    fake_office(tmp_path / "bin", f"sleep 30 & echo $! > {marker}; wait", monkeypatch)
    monkeypatch.setattr(soffice, "TIMEOUT_SECONDS", 0.5)
    path = tmp_path / "report.wps"
    path.write_bytes(OLE2 + b"\x00" * 600)
    with pytest.raises(ReadError) as info:
        read(path)
    assert info.value.path == str(path)
    assert info.value.problem.startswith("LibreOffice 转换超时（超过 0.5 秒），已中止")
    assert not running(int(marker.read_text()))


def running(pid: int) -> bool:
    """Whether ``pid`` still runs (a killed orphan may linger as a zombie until init reaps it)."""
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return status.rsplit(")", 1)[1].split()[0] not in {"Z", "X"}


def test_a_conversion_without_output_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_office(tmp_path / "bin", "exit 0", monkeypatch)
    path = tmp_path / "table.et"
    path.write_bytes(OLE2 + b"\x00" * 600)
    with pytest.raises(ReadError) as info:
        read(path)
    assert info.value.problem.startswith("LibreOffice 无法打开该Excel/WPS 电子表格")
    assert "另存为 .xlsx" in info.value.problem


@pytest.mark.parametrize(("name", "advice"), [("report.doc", "另存为 .docx"), ("report.wps", "另存为 .docx"),
                                              ("table.et", "另存为 .xlsx"), ("table.xls", "另存为 .xlsx")])
def test_without_libreoffice_the_advice_names_both_ways(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        name: str, advice: str) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    path = tmp_path / name
    path.write_bytes(OLE2 + b"\x00" * 600)
    with pytest.raises(ReadError) as info:
        read(path)
    problem = info.value.problem
    assert problem.startswith(f"读取 {path.suffix} 格式的") and "未找到 soffice" in problem
    assert advice in problem and "安装 LibreOffice" in problem


def test_without_libreoffice_the_cli_says_so_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    path = tmp_path / "report.doc"
    path.write_bytes(OLE2 + b"\x00" * 600)
    result = cli_runner().invoke(cli, ["check", str(tmp_path), "--format", "json", "-q"])
    assert result.exit_code == 2
    (found,) = json.loads(result.stdout)["files"]
    assert found["status"] == "error" and "\n" not in found["error"]
    assert found["error"].startswith(f"{path.as_posix()}：读取 .doc 格式的Word/WPS 文字文档需要 LibreOffice")


@pytest.mark.parametrize(("head", "kind"), [("WordDocument", "Word 97-2003"), ("Workbook", "Excel 97-2003")])
def test_legacy_content_under_a_new_name_asks_for_the_right_suffix(tmp_path: Path, head: str, kind: str) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(OLE2 + b"\x00" * 120 + head.encode("utf-16-le") + b"\x00" * 200)
    with pytest.raises(ReadError) as info:
        read(path)
    assert info.value.problem.startswith(f"扩展名为 .docx，但内容是{kind}") and "请改正扩展名" in info.value.problem


def test_an_image_named_doc_is_not_sent_to_libreoffice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake_office(tmp_path / "bin", "exit 3", monkeypatch)  # would fail differently if it were called
    path = tmp_path / "report.doc"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with pytest.raises(ReadError) as info:
        read(path)
    assert info.value.problem.startswith("扩展名为 .doc，但内容是PNG 图片，不是可读取的Word 97-2003 文档（.doc）")
