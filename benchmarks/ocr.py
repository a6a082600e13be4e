"""Seconds per scanned page: an image-only PDF of a seed's pages, read by OCR in a whole ``sbeval check``.

Usage: ``python benchmarks/ocr.py [--pages N] [seed.pdf]`` (default: the first 4 pages of
``../shared/corpus/seed001.pdf``, rendered at 144 dpi into a PDF without a text layer). Prints the
process's wall and CPU time per page and how many of the seed's figures (numbers with 万元/元/%/人/个月)
on those pages the OCR reading kept. The goal is ≤ 8 s a page on 2 cores.
"""

from __future__ import annotations

import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium

DEFAULT_SEED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seed001.pdf"
FIGURE = re.compile(r"-?\d[\d,]*(?:\.\d+)?(?:万元|亿元|元|%|人|个月)")
PARSE = "import sys; from sbeval.cli import cli; cli(['parse', sys.argv[1], '-o', sys.argv[2]])"


def image_only(seed: Path, pages: int, out: Path) -> int:
    """``out``: pictures of the first ``pages`` pages of ``seed``; the number of pages written."""
    source = pdfium.PdfDocument(str(seed))
    built = pdfium.PdfDocument.new()
    count = min(pages, len(source))
    for index in range(count):
        width, height = source[index].get_size()
        page = built.new_page(width, height)
        image = pdfium.PdfImage.new(built)
        image.set_bitmap(pdfium.PdfBitmap.from_pil(source[index].render(scale=2.0).to_pil()))
        image.set_matrix(pdfium.PdfMatrix().scale(width, height))
        page.insert_obj(image)
        page.gen_content()
    built.save(str(out))
    return count


def figures(seed: Path, pages: int) -> Counter[str]:
    source = pdfium.PdfDocument(str(seed))
    text = "".join(source[i].get_textpage().get_text_range() for i in range(min(pages, len(source))))
    return Counter(FIGURE.findall(re.sub(r"\s+", "", text)))


def _texts(blocks: list[dict]) -> list[str]:
    return [b["text"] if b["kind"] != "table" else "".join(c["text"] for c in b["cells"]) for b in blocks]


def main(argv: list[str]) -> None:
    pages = int(argv[argv.index("--pages") + 1]) if "--pages" in argv else 4
    rest = [a for i, a in enumerate(argv) if a != "--pages" and (i == 0 or argv[i - 1] != "--pages")]
    seed = Path(rest[0]) if rest else DEFAULT_SEED
    with tempfile.TemporaryDirectory() as folder:
        scan, parsed = Path(folder) / "scan.pdf", Path(folder) / "scan.json"
        count = image_only(seed, pages, scan)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", PARSE, str(scan), str(parsed)], check=True)
        wall = time.perf_counter() - start
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        blocks = json.loads(parsed.read_text(encoding="utf-8"))["document"]["blocks"]
        read = Counter(FIGURE.findall("".join(_texts(blocks))))
    expected = figures(seed, pages)
    kept = sum(min(n, read[k]) for k, n in expected.items())
    print(f"{seed.name}: {count} scanned pages, {wall:.1f} s wall ({wall / count:.1f} s a page), "
          f"{used.ru_utime + used.ru_stime:.1f} s CPU; figures kept {kept}/{sum(expected.values())} (goal ≤ 8 s a page)")


if __name__ == "__main__":
    main(sys.argv[1:])
