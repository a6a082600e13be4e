"""Time ``sbeval.parsers.read()`` on each corpus file, and for PDFs pdfplumber's own text+tables floor.

Usage: ``python benchmarks/readers.py [corpus_dir]`` (default ``../shared/corpus`` beside the repository).
Prints the median of 5 runs (after one warm-up) in milliseconds; the goal for a PDF is read ≤ 1.3 × floor.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from collections.abc import Callable

import pdfplumber

from sbeval.parsers import ReadError
from sbeval.parsers import read

RUNS = 5
SUFFIXES = (".txt", ".docx", ".pdf")
DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def medians_ms(*jobs: Callable[[], object], runs: int = RUNS) -> list[float]:
    """Median wall time of each job; the jobs' runs are interleaved so that load from
    other processes falls on all of them alike."""
    for job in jobs:
        job()  # warm-up: imports, caches
    times: list[list[float]] = [[] for _ in jobs]
    for _ in range(runs):
        for job, spent in zip(jobs, times):
            start = time.perf_counter()
            job()
            spent.append(time.perf_counter() - start)
    return [statistics.median(spent) * 1000 for spent in times]


def pdf_floor(path: Path) -> None:
    """pdfplumber's own text and table extraction on every page: what any pdfplumber reader must pay."""
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.extract_tables()


def main(argv: list[str]) -> int:
    corpus = Path(argv[1]) if len(argv) > 1 else DEFAULT_CORPUS
    files = sorted(p for p in corpus.iterdir() if p.suffix in SUFFIXES)
    if not files:
        print(f"没有找到语料文件：{corpus}")
        return 1
    print(f"{'file':<16}{'read ms':>10}{'floor ms':>10}{'ratio':>8}")
    for path in files:
        try:
            read(path)
        except ReadError as error:
            print(f"{path.name:<16}跳过：{error}")
            continue
        jobs: list[Callable[[], object]] = [lambda: read(path)]
        if path.suffix == ".pdf":
            jobs.append(lambda: pdf_floor(path))
        timed = medians_ms(*jobs)
        read_ms = timed[0]
        if path.suffix == ".pdf":
            floor_ms = timed[-1]
            print(f"{path.name:<16}{read_ms:>10.1f}{floor_ms:>10.1f}{read_ms / floor_ms:>8.2f}")
        else:
            print(f"{path.name:<16}{read_ms:>10.1f}{'':>10}{'':>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
