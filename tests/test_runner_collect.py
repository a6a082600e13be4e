"""Which files `sbeval check` takes from the paths it is given."""

from __future__ import annotations

from pathlib import Path

from sbeval.runner import collect


def test_folder_gives_reports_sorted_and_recursive_but_not_markdown_docs_or_lock_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/report2.pdf", "report1.docx", "notes.txt", "README.md", "data.xlsx", "~$data.xlsx", "slides.pptx",
                 "old.DOC", "b/wps.wps", "sheet.et", "~$old.doc"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.relative_to(tmp_path).as_posix() for p in collect([tmp_path])] == [
        "b/report2.pdf", "b/wps.wps", "data.xlsx", "notes.txt", "old.DOC", "report1.docx", "sheet.et",
    ]


def test_named_files_are_taken_as_given_even_markdown(tmp_path: Path) -> None:
    named = [tmp_path / "report.md", tmp_path / "missing.pdf"]
    assert collect(named) == named
