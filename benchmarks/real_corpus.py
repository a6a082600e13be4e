"""sbeval on the real corpus: labelled relations found and false alarms, per kind, and mutation recall.

For each text in ../shared/corpus/real/text/ with its labels/NNN.json:
- a failing label (holds false) is *found* when an error or warning touches its figures;
- a holding label (holds true) is *flagged* (a false alarm) when one does;
- mutation recall: for each holding label, copies of the text with one of its figures changed by a
  people-slip (a digit +3, two neighbouring digits swapped; only figures that occur once in the text),
  and whether sbeval then raises a new error or warning on the label's lines.
Also the seeds (their known findings, tests/corpus) and the real PDFs (errors per file).
Run: python benchmarks/real_corpus.py [--no-pdf] [--no-mutants] [--misses KIND|all]
"""

from __future__ import annotations

import json
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sbeval.checks import run_checks
from sbeval.extract import extract
from sbeval.extract.lexicon.variants import simplified
from sbeval.findings import Finding
from sbeval.parsers import read

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "real"
SEED = 20261203
_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d])")
_DATE_AFTER = re.compile(r"^(?:年|月(?!均|份?支出)|日|号|季度|时|期|届|批|次会)")
# Figures known wrong in the real PDFs: (file, stated value) of a finding that must be raised.
PDF_KNOWN = {"putuo-caizhengju-2024-juesuan.pdf": {"71.73", "0.3"}}


@dataclass
class Label:
    file: Path
    kind: str
    quotes: list[str]
    holds: bool | None
    lines: set[int] = field(default_factory=set)


def labels() -> list[Label]:
    found: list[Label] = []
    for path in sorted((REAL / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for raw in json.loads((REAL / "text" / "labels" / f"{path.name[:3]}.json").read_text(encoding="utf-8")):
            label = Label(path, raw["kind"], raw["quote"], raw["holds"])
            for quote in label.quotes:
                at = text.find(quote)
                if at >= 0:
                    first = text.count("\n", 0, at) + 1
                    label.lines.update(range(first, first + quote.count("\n") + 1))
            found.append(label)
    return found


def significant(path: Path) -> list[Finding]:
    return [f for f in run_checks(extract(read(path))) if f.severity.value != "note"]


def _digits(text: str) -> str:
    return re.sub(r"[^\d.]", "", text.replace(",", ""))


def touches(finding: Finding, label: Label) -> bool:
    """The finding sits on the label's lines; its stated figure and one of its related figures are the label's."""
    lines = {finding.location.line} | {r.location.line for r in finding.related}
    if not lines & label.lines:
        return False
    numbers = {_digits(m.group()) for q in label.quotes for m in _NUMBER.finditer(simplified(q))}
    stated = _digits(finding.stated.text) if finding.stated else ""
    related = [_digits(r.text) for r in finding.related]
    return stated in numbers and (not related or any(r in numbers for r in related))


def figures_once(text: str, label: Label) -> Iterator[tuple[int, str]]:
    """(offset, figure) for each figure of the label's quotes that occurs once in the text and is no date."""
    seen: set[int] = set()
    for quote in label.quotes:
        base = text.find(quote)
        if base < 0:
            continue
        for m in _NUMBER.finditer(quote):
            at = base + m.start()
            occurrences = [n for n in _NUMBER.finditer(text) if n.group() == m.group()]
            if at in seen or len(occurrences) != 1 or _DATE_AFTER.match(quote[m.end():]):
                continue
            seen.add(at)
            yield at, m.group()


def slips(figure: str, rng: random.Random) -> list[str]:
    """A digit +3 and two neighbouring different digits swapped, at seeded positions; never a leading zero."""
    positions = [i for i, c in enumerate(figure) if c.isdigit()]
    out: list[str] = []
    plus = [i for i in positions if not (i == 0 and (int(figure[i]) + 3) % 10 == 0)]
    if plus:
        i = rng.choice(plus)
        out.append(figure[:i] + str((int(figure[i]) + 3) % 10) + figure[i + 1:])
    pairs = [(i, j) for i, j in zip(positions, positions[1:])
             if j == i + 1 and figure[i] != figure[j] and not (i == 0 and figure[j] == "0")]
    if pairs:
        i, j = rng.choice(pairs)
        out.append(figure[:i] + figure[j] + figure[i] + figure[j + 1:])
    return out


def _key(f: Finding) -> tuple[str, int | None, str]:
    return f.code, f.location.line, f.stated.value if f.stated else ""


@dataclass
class Tally:
    failing: int = 0
    found: int = 0
    holding: int = 0
    flagged: int = 0
    mutants: int = 0
    caught: int = 0


@dataclass
class Result:
    tallies: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    flagged: list[tuple[Label, Finding]] = field(default_factory=list)  # holding labels an alarm touches
    loose: list[tuple[str, Finding]] = field(default_factory=list)  # alarms that touch no label
    missed: list[tuple[Label, str, str]] = field(default_factory=list)  # (label, figure, slip) not caught


def measure(with_mutants: bool = True) -> Result:
    """Per label kind the counts, the false alarms on holding labels and the alarms that touch no label."""
    result = Result()
    tallies, loose = result.tallies, result.loose
    rng = random.Random(SEED)
    by_file: dict[Path, list[Label]] = defaultdict(list)
    for label in labels():
        by_file[label.file].append(label)
    with tempfile.TemporaryDirectory() as tmp:
        for path, file_labels in by_file.items():
            text = path.read_text(encoding="utf-8")
            base = significant(path)
            loose += [(path.name, f) for f in base if not any(touches(f, x) for x in file_labels)]
            for label in file_labels:
                tally = tallies[label.kind]
                hits = [f for f in base if touches(f, label)]
                hit = bool(hits)
                if label.holds is False:
                    tally.failing += 1
                    tally.found += hit
                elif label.holds:
                    # A finding that a failing label accounts for (the same quote labelled twice, as a
                    # miss and as a ratio that holds) is that label's, not a false alarm on this one.
                    hits = [f for f in hits if not any(touches(f, x) for x in file_labels if x.holds is False)]
                    tally.holding += 1
                    tally.flagged += bool(hits)
                    result.flagged += [(label, f) for f in hits[:1]]
                    if with_mutants:
                        _mutate(text, label, base, rng, tally, Path(tmp) / path.name, result.missed)
    return result


def _mutate(text: str, label: Label, base: list[Finding], rng: random.Random, tally: Tally, out: Path,
            missed: list[tuple[Label, str, str]]) -> None:
    before = {_key(f) for f in base}
    for at, figure in figures_once(text, label):
        for slip in slips(figure, rng):
            out.write_text(text[:at] + slip + text[at + len(figure):], encoding="utf-8")
            tally.mutants += 1
            new = [f for f in significant(out) if _key(f) not in before]
            caught = any(({f.location.line} | {r.location.line for r in f.related}) & label.lines for f in new)
            tally.caught += caught
            if not caught:
                missed.append((label, figure, slip))


def seeds() -> list[tuple[str, int, int]]:
    """(seed file, findings expected, errors and warnings raised) from tests/corpus's known findings."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "corpus_findings", Path(__file__).resolve().parents[1] / "tests" / "corpus" / "test_corpus_findings.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = []
    for name, expected in module.EXPECTED.items():
        for suffix in ("txt", "docx", "pdf"):
            rows.append((f"{name}.{suffix}", len(expected), len(significant(REAL.parent / f"{name}.{suffix}"))))
    return rows


def pdfs() -> list[tuple[str, int, str]]:
    """(pdf, errors and warnings, known inconsistencies found / known) per real PDF."""
    rows = []
    for path in sorted((REAL / "pdf").glob("*.pdf")):
        try:
            found = significant(path)
        except Exception as err:  # a reader failure is a result to show, not a crash of the benchmark
            rows.append((path.name, -1, type(err).__name__))
            continue
        known = PDF_KNOWN.get(path.name, set())
        hit = {f.stated.value for f in found if f.stated} & known
        rows.append((path.name, len(found), f"{len(hit)}/{len(known)}"))
    return rows


def table(tallies: dict[str, Tally]) -> str:
    lines = [f"{'kind':<12}{'failing found':>15}{'holding flagged':>17}{'mutation recall':>22}"]
    total = Tally()
    for kind in sorted(tallies):
        t = tallies[kind]
        for name in vars(total):
            setattr(total, name, getattr(total, name) + getattr(t, name))
        lines.append(_row(kind, t))
    lines.append(_row("all", total))
    return "\n".join(lines)


def _row(kind: str, t: Tally) -> str:
    recall = f"{t.caught}/{t.mutants} ({100 * t.caught / t.mutants:.0f}%)" if t.mutants else "-"
    return f"{kind:<12}{f'{t.found}/{t.failing}':>15}{f'{t.flagged}/{t.holding}':>17}{recall:>22}"


def main(argv: list[str]) -> int:
    result = measure(with_mutants="--no-mutants" not in argv)
    print(table(result.tallies))
    print(f"\nholding labels flagged: {len(result.flagged)}")
    for label, f in result.flagged:
        print(f"  {label.file.name[:3]} {label.kind} line {f.location.line} {f.code} {f.message[:80]}")
    print(f"\nerrors/warnings touching no label: {len(result.loose)}")
    for name, f in result.loose:
        print(f"  {name} line {f.location.line} {f.code} {f.message[:90]}")
    if "--misses" in argv:
        kind = argv[argv.index("--misses") + 1]
        print("\nmutants not caught: file, kind, figure -> slip, quote")
        for label, figure, slip in result.missed:
            if kind in ("all", label.kind):
                quote = " / ".join(label.quotes)
                print(f"  {label.file.name[:3]} {label.kind} {figure} -> {slip}  {quote[:160]}")
    counts = Counter[str]()
    print("\nseeds: file, expected, raised")
    for name, expected, raised in seeds():
        counts["seed ok"] += expected == raised
        print(f"  {name:<14}{expected:>4}{raised:>4}")
    if "--no-pdf" not in argv:
        print("\nreal PDFs: errors+warnings, known inconsistencies found")
        for name, raised, known in pdfs():
            print(f"  {name:<40}{raised:>4}  {known}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
