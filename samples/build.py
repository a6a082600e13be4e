"""Build samples/<name>.docx and .pdf from samples/<name>.txt (the source) with the shared corpus generator."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent
REPO = SAMPLES.parent
MAKE_CORPUS = REPO.parent / "shared" / "corpus" / "tools" / "make_corpus.py"

# Page style per sample (make_corpus picks "gongwen" for every name that does not start with
# digits); one report-style document keeps the readers exercised on both layouts.
STYLES: dict[str, str] = {
    "sample01_county_funds": "gongwen",
    "sample02_unit_selfeval": "report",
    "sample03_city_workinjury": "gongwen",
}
DEFAULT_STYLE = "gongwen"


def build(sources: list[Path]) -> None:
    """Run make_corpus once per style group; outputs keep the source stem."""
    if not MAKE_CORPUS.is_file():
        sys.exit(f"找不到生成脚本 / make_corpus.py not found: {MAKE_CORPUS}")
    groups: dict[str, list[Path]] = {}
    for src in sources:
        groups.setdefault(STYLES.get(src.stem, DEFAULT_STYLE), []).append(src)
    for style, group in sorted(groups.items()):
        cmd = [sys.executable, str(MAKE_CORPUS), *map(str, group),
               "--out-dir", str(SAMPLES), "--pdf", "--style", style]
        subprocess.run(cmd, check=True)
    for src in sources:
        for suffix in (".txt", ".docx", ".pdf"):
            out = SAMPLES / f"{src.stem}{suffix}"
            if not out.is_file():
                sys.exit(f"未生成 / not built: {out}")


def main(argv: list[str]) -> None:
    sources = [Path(a).resolve() for a in argv] or sorted(SAMPLES.glob("sample*.txt"))
    build(sources)


if __name__ == "__main__":
    main(sys.argv[1:])
