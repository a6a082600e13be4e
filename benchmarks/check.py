"""Per seed PDF: median time of reading vs extraction + checks (goal: extraction + checks < half the reading)."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sbeval.extract import extract
from sbeval.parsers import read

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
RUNS = 5

try:
    from sbeval.checks.registry import run_checks
except ImportError:  # checks not present: time extraction alone
    run_checks = None


def median_ms(action: Callable[[], Any]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def extract_and_check(document: Any) -> None:
    report = extract(document)
    if run_checks is not None:
        run_checks(report)


def main() -> int:
    worst = 0.0
    print(f"{'file':<14}{'read ms':>10}{'extract+check ms':>18}{'ratio':>8}")
    for path in sorted(CORPUS.glob("seed*.pdf")):
        document = read(path)
        extract_and_check(document)  # warm imports and caches
        reading = median_ms(lambda: read(path))
        checking = median_ms(lambda: extract_and_check(document))
        ratio = checking / reading
        worst = max(worst, ratio)
        print(f"{path.name:<14}{reading:>10.1f}{checking:>18.1f}{ratio:>8.2f}")
    print(f"worst ratio {worst:.2f} (goal < 0.50)")
    return 0 if worst < 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
