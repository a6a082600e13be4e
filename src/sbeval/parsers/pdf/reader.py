"""The .pdf reader (pdfplumber): body paragraphs and ruled tables, each with its page."""

from __future__ import annotations

import sys
from decimal import Decimal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from pdfplumber.page import Page
from pdfplumber.pdf import PDF

from sbeval.parsers.bounds import current, refusal
from sbeval.parsers.grid import to_table
from sbeval.messages import msg
from sbeval.parsers.errors import ReadError, raised_in
from sbeval.parsers.headings import numbering_level
from sbeval.parsers.normalize import normalize
from sbeval.parsers.pdf import limits, ocr
from sbeval.parsers.pdf.flow import Item, flow
from sbeval.parsers.pdf.page import Line, PageContent, read_page
from sbeval.parsers.pdf.pdfium import FastPage, open_document, read_fast
from sbeval.parsers.pdf.furniture import strip_running
from sbeval.parsers.pdf.paragraphs import Para, page_layouts
from sbeval.parsers.pdf.tables import PageGrid
from sbeval.schema.document import Block, Document, Heading, Location, Paragraph, Table

FAST = True  # characters and ruling lines from PDFium where it serves; False: pdfplumber for every page
PDF_LIBRARIES = ("pdfminer", "pdfplumber", "pypdfium2", "PIL")

NO_TEXT = msg("reason.pdf_no_text")
TOO_LARGE = msg("reason.pdf_too_large")
CORRUPT = msg("reason.pdf_corrupt")
ENCRYPTED = msg("reason.pdf_encrypted")


limits.install()


def _pages(path: Path, pdf: PDF) -> list[Page]:
    """The pages the page tree holds, counted before any is parsed (a /Count may lie either way)."""
    found = limits.page_objects(pdf.doc, current().pages)
    if len(found) > current().pages:
        raise ReadError(str(path), refusal(f"PDF 至少有 {len(found)} 页", "pages", "页"))
    pages, doctop = [], 0.0
    for number, page_object in enumerate(found, 1):
        page = Page(pdf, page_object, page_number=number, initial_doctop=doctop)
        pages.append(page)
        doctop += float(page.height)
    pdf._pages = pages  # what pdfplumber would build itself, from the same walk
    return pages


@contextmanager
def _opened(path: Path) -> Iterator[PDF]:
    """``pdfplumber.open`` whose closing does not walk the whole page tree again (pdfplumber's own
    ``close`` drops its page list, then rebuilds it from every page the tree holds to close each)."""
    pdf = pdfplumber.open(path)
    try:
        yield pdf
    finally:
        pdf.stream.close()


def _checked(path: Path, page: Page, number: int, document: pdfium.PdfDocument | None) -> Page | FastPage:
    """The page to read (PDFium's reading of it where PDFium serves) once its content streams and
    characters are within the per-page limits; the content is measured before either library reads it."""
    if limits.content_size(page.page_obj) > limits.MAX_PAGE_CONTENT_BYTES:
        raise ReadError(str(path), f"PDF 第 {number} 页的内容过大（超过 {limits.MAX_PAGE_CONTENT_BYTES // 2**20} MB），已拒绝读取")
    source: Page | FastPage = _fast(document, page, number) or page
    if len(source.chars) > current().page_chars:
        raise ReadError(str(path), refusal(f"PDF 第 {number} 页有 {len(source.chars)} 个字符", "page-chars"))
    return source


@contextmanager
def _pdfium(path: Path, pages: int) -> Iterator[pdfium.PdfDocument | None]:
    """PDFium's reading of the file (for its characters, or to render scans for OCR) when it finds the
    same pages as pdfminer's walk of the page tree."""
    document = open_document(path) if FAST or ocr.available() else None
    if document is not None and len(document) != pages:
        document.close()
        document = None
    try:
        yield document
    finally:
        if document is not None:
            document.close()


def _fast(document: pdfium.PdfDocument | None, page: Page, number: int) -> FastPage | None:
    """The page read by PDFium; None where pdfplumber must read it."""
    if document is None or not FAST or page.rotation:
        return None
    try:
        return read_fast(document, number - 1, float(page.width), float(page.height), float(page.initial_doctop))
    except pdfium.PdfiumError:
        return None


def _scanned(path: Path, document: pdfium.PdfDocument, page: Page, number: int, total: int) -> PageContent:
    """A page without a text layer, read by OCR on its rendering (progress on an interactive stderr)."""
    if sys.stderr.isatty():
        print(f"OCR：{path.name} 第 {number}/{total} 页", file=sys.stderr, flush=True)
    scanned = ocr.read_scanned(document, number - 1, float(page.width), float(page.height),
                               float(page.initial_doctop))
    return read_page(scanned, number)


def _is_password_error(error: BaseException | None) -> bool:
    """pdfplumber wraps pdfminer's PDFPasswordIncorrect / PDFEncryptionError in its own exception."""
    for _ in range(5):
        if error is None:
            return False
        if "Password" in type(error).__name__ or "Encrypt" in type(error).__name__:
            return True
        inner = error.args[0] if error.args and isinstance(error.args[0], BaseException) else None
        error = error.__cause__ or inner
    return False


def _read_pages(path: Path) -> list[PageContent]:
    try:
        with limits.inflation_budget(), _opened(path) as pdf:
            found = _pages(path, pdf)
            pages = []
            with _pdfium(path, len(found)) as document:
                for number, page in enumerate(found, 1):
                    content = read_page(_checked(path, page, number, document), number)
                    # PDFium's pages are pdfminer's (the same count) whenever ``document`` is open
                    if not content.has_text and content.has_images and document is not None and ocr.available():
                        content = _scanned(path, document, page, number, len(found))
                    pages.append(content)
                    page.close()  # drop pdfplumber's per-page object cache: long files stay small in memory
            return pages
    except ReadError:
        raise
    except limits.InflationLimit as error:
        raise ReadError(str(path), TOO_LARGE) from error
    except FileNotFoundError as error:
        raise ReadError(str(path), msg("reason.not_found")) from error
    except OSError as error:
        raise ReadError(str(path), f"无法打开文件（{error.strerror or type(error).__name__}）") from error
    # pdfminer fails on malformed files with whatever exception the broken structure provokes;
    # an exception raised in sbeval's own page reading is a bug of ours and goes up as one
    except Exception as error:  # noqa: BLE001
        if _caused_by(error, limits.InflationLimit):
            raise ReadError(str(path), TOO_LARGE) from error
        if _is_password_error(error):
            raise ReadError(str(path), ENCRYPTED) from error
        if not raised_in(error, PDF_LIBRARIES):
            raise
        raise ReadError(str(path), CORRUPT) from error


def _caused_by(error: BaseException | None, kind: type[BaseException]) -> bool:
    """True when ``kind`` is in ``error``'s chain of causes (pdfplumber wraps pdfminer's exceptions)."""
    for _ in range(5):
        if error is None:
            return False
        if isinstance(error, kind):
            return True
        inner = error.args[0] if error.args and isinstance(error.args[0], BaseException) else None
        error = error.__cause__ or error.__context__ or inner
    return False


def _location(path: Path, page: int, block: int, confidence: float | None = None) -> Location:
    read = None if confidence is None else Decimal(str(round(confidence, 3)))
    return Location(file=str(path), page=page, block=block, ocr=read)


def _paragraph(path: Path, para: Para, block: int) -> Heading | Paragraph | None:
    raw = para.raw
    text = normalize(raw, wrapped=True)
    if not text:
        return None
    level = numbering_level(text)
    if level is not None:
        return Heading(level=level, text=text, raw=raw, location=_location(path, para.page, block, para.confidence))
    return Paragraph(text=text, raw=raw, location=_location(path, para.page, block, para.confidence))


def _table(path: Path, grid: PageGrid, block: int, ordinal: int) -> Table:
    location = Location(file=str(path), page=grid.pages[0], block=block, table=ordinal)
    return to_table(grid, location, wrapped=True, pages=grid.pages)


def _blocks(path: Path, items: list[Item]) -> list[Block]:
    blocks: list[Block] = []
    tables = 0
    for item in items:
        if isinstance(item, PageGrid):
            tables += 1
            blocks.append(_table(path, item, len(blocks), tables))
        elif (block := _paragraph(path, item, len(blocks))) is not None:
            blocks.append(block)
    return blocks


def _furniture(path: Path, lines: list[tuple[int, Line]]) -> list[Paragraph]:
    return [
        Paragraph(text=normalize(line.raw, wrapped=True), raw=line.raw, location=Location(file=str(path), page=page))
        for page, line in lines
    ]


def _scan_warnings(pages: list[PageContent], blank: list[int]) -> list[str]:
    warnings = []
    read = [p for p in pages if any(line.confidence is not None for line in p.lines)]
    if read:
        lowest = min(line.confidence for p in read for line in p.lines if line.confidence is not None)
        numbers = "、".join(str(p.number) for p in read)
        warnings.append(f"第 {numbers} 页为扫描件，文字由 OCR 识别（最低置信度 {lowest:.2f}），依据这些页的问题至多为警告")
    scanned = [n for n in blank if pages[n - 1].has_images]
    if scanned:
        numbers = "、".join(str(n) for n in scanned)
        extra = "" if ocr.available() else f"；安装 {ocr.EXTRA} 后可识别扫描页"
        warnings.append(f"第 {numbers} 页没有文本层（可能是扫描件），这些页的文字未能读取{extra}")
    return warnings


def read_pdf(path: Path) -> Document:
    """Read a PDF; raise ``ReadError`` for a corrupt, encrypted, over-long or text-less file."""
    pages = _read_pages(path)
    blank = [p.number for p in pages if not p.has_text]
    if not pages:
        raise ReadError(str(path), msg("reason.pdf_no_pages"))
    if len(blank) == len(pages):
        raise ReadError(str(path), NO_TEXT if ocr.available() else NO_TEXT.plus(msg("reason.pdf_ocr_extra")))
    warnings = _scan_warnings(pages, blank)
    headers, footers = strip_running(pages)
    items = flow(pages, page_layouts(pages))
    return Document(
        path=str(path),
        format="pdf",
        pages=len(pages),
        blocks=_blocks(path, items),
        headers=_furniture(path, headers),
        footers=_furniture(path, footers),
        warnings=warnings,
    )
