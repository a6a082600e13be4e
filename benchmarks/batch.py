"""A batch of at least 40 reports (copies of the seed reports): throughput with --jobs 2 against --jobs 1
(goal ≥ 1.7×), peak memory per worker, and the cold start of `sbeval --version` / `sbeval --help`
against `python -c "import click, pydantic, rich"` (goal ≤ 1.2×), all in the same run.

    python benchmarks/batch.py [--copies 3] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SPEEDUP_GOAL = 1.7
START_GOAL = 1.2


def sbeval_command() -> list[str]:
    script = Path(sys.executable).parent / "sbeval"
    return [str(script)] if script.is_file() else [sys.executable, "-m", "sbeval"]


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, workers included) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def timed_together(commands: list[list[str]]) -> float:
    """Wall seconds until every one of ``commands``, started at once, has finished."""
    start = time.perf_counter()
    running = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for c in commands]
    for process in running:
        process.wait()
    return time.perf_counter() - start


def halves(files: list[Path], folder: Path) -> list[Path]:
    """The batch split into two folders, file by file in turn: two independent ``--jobs 1`` processes on
    them are what this machine's two cores can do at best, whatever a pool does (its ceiling)."""
    parts = [folder / "a", folder / "b"]
    for part in parts:
        part.mkdir()
    for index, path in enumerate(files):
        shutil.copy(path, parts[index % 2] / path.name)
    return parts


def median_timed(command: list[str], runs: int) -> tuple[float, float]:
    timed(command)  # the first run warms the file cache
    samples = [timed(command) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), statistics.median(s[1] for s in samples)


def alternating(commands: dict[int, list[str]], runs: int) -> dict[int, list[tuple[float, float]]]:
    """Wall and CPU seconds of every run per command, the commands run in turn so that both meet the same load."""
    for command in commands.values():
        timed(command)  # warms the file cache
    samples: dict[int, list[tuple[float, float]]] = {key: [] for key in commands}
    for _ in range(runs):
        for key, command in commands.items():
            samples[key].append(timed(command))
    return samples


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text(encoding="ascii").split()[:3])
    except OSError:
        return "unknown"


def median_wall(command: list[str], runs: int) -> float:
    return median_timed(command, runs)[0]


def make_batch(folder: Path, copies: int) -> list[Path]:
    seeds = sorted(p for p in CORPUS.glob("seed*.*") if p.suffix in {".txt", ".docx", ".pdf"})
    for copy in range(copies):
        for seed in seeds:
            shutil.copy(seed, folder / f"{seed.stem}-{copy}{seed.suffix}")
    return sorted(folder.iterdir())


_MEMORY = """
import resource, sys
from pathlib import Path
from sbeval.batch import check_files
from sbeval.runner import collect
check_files(collect([Path(sys.argv[1])]), jobs=2)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


# The batch in one process, each file's CPU seconds recorded by the worker that ran it: the critical path
# in CPU seconds (the parent's serial part + the busiest worker), which the machine's load does not lengthen.
_CRITICAL = """
import json, os, resource, sys, time
from pathlib import Path
import sbeval.batch as batch
from sbeval.output import render
from sbeval.runner import collect
start = time.process_time()
checked = batch.check_file_limited
def timed_check(*args):
    before = time.process_time()
    result = checked(*args)
    with open(sys.argv[2], "a") as log:
        log.write(json.dumps([os.getpid(), time.process_time() - before]) + "\\n")
    return result
batch.check_file_limited = timed_check
files = collect([Path(sys.argv[1])])
batch._warm()
serial = time.process_time()
run = batch.check_files(files, jobs=int(sys.argv[3]))
collected = time.process_time()
render("json", run)
done = time.process_time()
self = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"serial": serial, "parent_wait": collected - serial, "render": done - collected,
                  "parent": self.ru_utime + self.ru_stime}))
"""


def critical_path(folder: Path, jobs: int) -> tuple[float, float, float, int]:
    """CPU seconds: the parent before the first file (interpreter, imports), the busiest worker, and the
    sum over all workers; and how many processes ran files."""
    with tempfile.NamedTemporaryFile("r", suffix=".jsonl") as log:
        out = subprocess.run([sys.executable, "-c", _CRITICAL, str(folder), log.name, str(jobs)],
                             capture_output=True, text=True, check=True)
        parent = json.loads(out.stdout)
        busy: dict[int, float] = {}
        for line in log.read().splitlines():
            pid, seconds = json.loads(line)
            busy[pid] = busy.get(pid, 0.0) + seconds
    serial = parent["serial"] + parent["render"] + (parent["parent_wait"] if jobs == 1 else 0.0)
    return serial, max(busy.values()), sum(busy.values()), len(busy)


def peak_memory_mb(folder: Path) -> tuple[float, float]:
    """Peak RSS of the parent and of the largest worker of a --jobs 2 batch, in a fresh process."""
    out = subprocess.run([sys.executable, "-c", _MEMORY, str(folder)], capture_output=True, text=True, check=True)
    parent_kb, worker_kb = map(int, out.stdout.split())
    return parent_kb / 1024, worker_kb / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=3, help="copies of each seed report (15 seeds)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs per figure (median)")
    args = parser.parse_args()
    sbeval = sbeval_command()
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        files = make_batch(Path(tmp), args.copies)
        print(f"batch of {len(files)} reports")
        print(f"load average before: {load_average()} (on {len(os.sched_getaffinity(0))} cores)")
        samples = alternating({jobs: [*sbeval, "check", tmp, "-f", "json", "-q", "-j", str(jobs)] for jobs in (1, 2)},
                              args.runs)
        times = {jobs: (statistics.median(s[0] for s in got), statistics.median(s[1] for s in got))
                 for jobs, got in samples.items()}
        speedup = times[1][0] / times[2][0]
        # Each --jobs 1 run against the --jobs 2 run right after it: both met about the same load.
        pairs = sorted(one[0] / two[0] for one, two in zip(samples[1], samples[2]))
        ok &= speedup >= SPEEDUP_GOAL
        for jobs, (seconds, cpu) in times.items():
            walls = [s[0] for s in samples[jobs]]
            print(f"--jobs {jobs}: {seconds:6.2f} s  {len(files) / seconds:6.1f} reports/s  (CPU {cpu:.2f} s; "
                  f"runs {min(walls):.2f}–{max(walls):.2f} s)")
        print("(the wall-clock speedup needs two idle cores; CPU seconds show the work, whatever the load)")
        print(f"speedup {speedup:.2f}x (goal >= {SPEEDUP_GOAL}); per pair {' '.join(f'{p:.2f}' for p in pairs)}")
        with tempfile.TemporaryDirectory() as split:
            commands = [[*sbeval, "check", str(part), "-f", "json", "-q", "-j", "1"]
                        for part in halves(files, Path(split))]
            together = statistics.median(timed_together(commands) for _ in range(args.runs))
        print(f"machine ceiling: two --jobs 1 processes on the two halves at once: {together:.2f} s, "
              f"{times[1][0] / together:.2f}x; --jobs 2 reaches {together / times[2][0]:.0%} of it")
        print(f"parallel overhead: --jobs 2 uses {times[2][1] / times[1][1]:.2f}x the CPU of --jobs 1")
        print(f"load average after: {load_average()}")
        one = critical_path(Path(tmp), 1)
        two = critical_path(Path(tmp), 2)
        serial, busiest, total, workers = two
        print(f"CPU critical path: --jobs 1 {one[0]:.2f} s (parent, files included); --jobs 2 parent "
              f"{serial:.2f} s + busiest of {workers} workers {busiest:.2f} s (all workers {total:.2f} s) = "
              f"{serial + busiest:.2f} s: {one[0] / (serial + busiest):.2f}x on two idle cores")
        parent, worker = peak_memory_mb(Path(tmp))
        print(f"peak memory: parent {parent:.0f} MB, largest worker {worker:.0f} MB")
    bare = median_wall([sys.executable, "-c", "import click, pydantic, rich"], args.runs * 3)
    print(f"python -c 'import click, pydantic, rich': {bare * 1000:5.0f} ms")
    for flag in ("--version", "--help"):
        seconds = median_wall([*sbeval, flag], args.runs * 3)
        ok &= seconds <= START_GOAL * bare
        print(f"sbeval {flag:<9}: {seconds * 1000:5.0f} ms  {seconds / bare:.2f}x (goal <= {START_GOAL})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
