"""Whole ``sbeval check`` processes on each corpus file, and for PDFs pdfplumber's own text+tables floor.

Usage: ``python benchmarks/readers.py [--runs N] [corpus_dir]`` (default ``../shared/corpus`` beside the
repository, with its ``real/pdf/*.pdf``). Each file is checked by a fresh ``sbeval check`` process; for a
PDF the same run also times a process doing pdfplumber's ``extract_text()`` + ``extract_tables()`` on
every page (the floor any pdfplumber reader pays) and a ``sbeval check`` with PDFium switched off (every
page through pdfplumber, as before). The processes are interleaved, so that load from other processes
falls on all of them alike; medians of N runs (after one warm-up) in milliseconds, and the range of the
ratio over the runs. The goal for a born-digital PDF is check ≤ 0.5 × floor.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 5
SUFFIXES = (".txt", ".docx", ".pdf")
DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

CHECK = "import sys; from sbeval.cli import cli; cli(['check', sys.argv[1], '--fail-on', 'never', '-q'])"
CHECK_PDFPLUMBER = "from sbeval.parsers.pdf import reader; reader.FAST = False; " + CHECK
FLOOR = """import sys, pdfplumber
with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        page.extract_text()
        page.extract_tables()
"""


def _seconds(code: str, path: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(path)], check=False, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def timed(codes: list[str], path: Path, runs: int) -> list[list[float]]:
    """Each process's wall times over ``runs`` rounds, the processes interleaved within a round."""
    for code in codes:
        _seconds(code, path)  # warm-up: the file and the libraries in the page cache
    times: list[list[float]] = [[] for _ in codes]
    for _ in range(runs):
        for code, spent in zip(codes, times):
            spent.append(_seconds(code, path))
    return times


def files(corpus: Path) -> list[Path]:
    found = sorted(p for p in corpus.iterdir() if p.suffix in SUFFIXES)
    real = corpus / "real" / "pdf"
    return found + (sorted(real.glob("*.pdf")) if real.is_dir() else [])


def main(argv: list[str]) -> int:
    args = argv[1:]
    runs = RUNS
    if len(args) >= 2 and args[0] == "--runs":
        runs, args = int(args[1]), args[2:]
    corpus = Path(args[0]) if args else DEFAULT_CORPUS
    paths = files(corpus) if corpus.is_dir() else []
    if not paths:
        print(f"没有找到语料文件：{corpus}")
        return 1
    print(f"{runs} runs each, medians in ms; ratio = check / floor (min–max over the runs)")
    print(f"{'file':<40}{'check':>8}{'floor':>8}{'ratio':>7}{'range':>13}{'pdfplumber':>12}{'ratio':>7}")
    for path in paths:
        if path.suffix != ".pdf":
            check = timed([CHECK], path, runs)[0]
            print(f"{path.name:<40}{statistics.median(check) * 1000:>8.0f}")
            continue
        check, floor, before = timed([CHECK, FLOOR, CHECK_PDFPLUMBER], path, runs)
        ratios = [c / f for c, f in zip(check, floor)]
        ratio = statistics.median(check) / statistics.median(floor)
        old = statistics.median(before) / statistics.median(floor)
        print(f"{path.name:<40}{statistics.median(check) * 1000:>8.0f}{statistics.median(floor) * 1000:>8.0f}"
              f"{ratio:>7.2f}{f'{min(ratios):.2f}–{max(ratios):.2f}':>13}"
              f"{statistics.median(before) * 1000:>12.0f}{old:>7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
