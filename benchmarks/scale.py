"""Cost against size: a seed repeated 1×, 4× and 16× (.txt lines, .docx body paragraphs and tables, .pdf
pages), time per 1,000 characters of the text read at each.

Goal: the 16× time per unit within 1.5× of the 1× one. Also one paragraph holding very many figures,
percentages or 其中 items, as flattened spreadsheets and OCR text write them.
Run: python benchmarks/scale.py [seed-number]
"""

from __future__ import annotations

import copy
import sys
import tempfile
import time
from pathlib import Path

import docx
import pypdfium2

from sbeval.checks.registry import run_checks
from sbeval.extract import extract
from sbeval.parsers import read
from sbeval.schema.document import Document, Table

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
FACTORS = (1, 4, 16)
RUNS = {1: 3, 4: 2, 16: 1}


def _timed(path: Path) -> tuple[int, float]:
    """Characters of text read from ``path``, and the CPU seconds reading, extraction and checks took
    (CPU time: on a shared machine wall time measures the neighbours)."""
    start = time.process_time()
    document = read(path)
    run_checks(extract(document))
    return _chars(document), time.process_time() - start


def _chars(document: Document) -> int:
    return sum(sum(len(c.text) for c in b.cells) if isinstance(b, Table) else len(b.text) for b in document.blocks)


def _repeated(folder: Path, seed: Path, factor: int) -> Path:
    """``seed`` with its body (.txt lines, .docx paragraphs and tables, .pdf pages) ``factor`` times over."""
    path = folder / f"x{factor}{seed.suffix}"
    if seed.suffix == ".txt":
        path.write_text((seed.read_text(encoding="utf-8").rstrip("\n") + "\n") * factor, encoding="utf-8")
    elif seed.suffix == ".docx":
        built = docx.Document(str(seed))
        body = built.element.body
        items = [child for child in body if not child.tag.endswith("}sectPr")]
        end = items[-1]
        for _ in range(factor - 1):
            for item in items:
                end.addnext(copy.deepcopy(item))
                end = end.getnext()
        built.save(str(path))
    else:
        source, built = pypdfium2.PdfDocument(str(seed)), pypdfium2.PdfDocument.new()
        for _ in range(factor):
            built.import_pages(source)
        built.save(str(path))
    return path


def _write(folder: Path, name: str, lines: list[str]) -> Path:
    path = folder / name
    if path.suffix == ".txt":
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        built = docx.Document()
        for line in lines:
            built.add_paragraph(line)
        built.save(str(path))
    return path


def _row(label: str, chars: int, seconds: float, base: float | None) -> float:
    per_unit = seconds / chars * 1000
    ratio = f"{per_unit / base:5.2f}×" if base else "  1.00×"
    print(f"{label:<34}{chars:>10,} 字 {seconds:8.2f} s {per_unit * 1000:8.2f} ms/千字 {ratio}")
    return per_unit


def main() -> int:
    seed = sys.argv[1] if len(sys.argv) > 1 else "001"
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for suffix in (".txt", ".docx", ".pdf"):
            source = CORPUS / f"seed{seed}{suffix}"
            _timed(source)  # the first run pays for imports and caches
            base = None
            for factor in FACTORS:
                path = _repeated(folder, source, factor)
                # the best of a few runs for the small sizes, where noise weighs most
                chars, seconds = min((_timed(path) for _ in range(RUNS[factor])), key=lambda run: run[1])
                per_unit = _row(f"seed{seed}{suffix} ×{factor}", chars, seconds, base)
                base = base or per_unit
                worst = max(worst, per_unit / base)
        for count in (500, 2000, 8000):
            dense = {
                "figures": "，".join(f"项目{i}收入{i * 7 % 997}.{i % 100:02d}万元" for i in range(count)) + "。",
                "percentages": "，".join(f"第{i}项完成率{i % 100}.{i % 10}%" for i in range(count)) + "。",
                "其中 items": "基金收入99999万元，其中：" + "，".join(f"子项{i}收入{i % 89 + 1}万元" for i in range(count)) + "。",
            }
            for kind, text in dense.items():
                path = _write(folder, "dense.txt", [text])
                _row(f"one paragraph, {count} {kind}", *_timed(path), None)
    print(f"worst 16×/1× time per unit: {worst:.2f} (goal ≤ 1.5)")
    return 0 if worst <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
