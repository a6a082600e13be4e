"""Choose a reader from what a file contains, and turn every failure into one Chinese ``ReadError``."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

from sbeval.parsers.bounds import check_document
from sbeval.messages import Message, msg
from sbeval.messages.catalogue import TEMPLATES
from sbeval.parsers.errors import InternalError, ReadError, raised_in
from sbeval.parsers.sniff import KIND_NAMES, sniff
from sbeval.schema.document import Document

SUPPORTED = {".docx": "docx", ".pdf": "pdf", ".xlsx": "xlsx", ".txt": "text", ".md": "text"}
# Legacy suffixes -> the family their content is converted as when it is not recognised by itself.
LEGACY = {".doc": "doc", ".wps": "doc", ".xls": "xls", ".et": "xls"}
_OLD_WORD = {".doc": "Word 97-2003 文档（.doc）", ".wps": "WPS 文字文档（.wps）"}
_OLD_SHEET = {".xls": "Excel 97-2003 表格（.xls）", ".et": "WPS 表格（.et）"}
_OFFICE_KINDS = ("docx", "xlsx")
_WHITESPACE = b" \t\r\n\x0b\x0c\x00"
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
# Libraries whose own code fails on a malformed file (the innermost frame of the exception is theirs).
DOCUMENT_LIBRARIES = ("docx", "lxml", "pdfminer", "pdfplumber", "pypdfium2", "openpyxl", "zipfile", "zlib",
                      "xml", "charset_normalizer", "PIL")


def read_file(path: Path) -> Document:
    """Read ``path`` with the reader its content calls for.

    ``ReadError`` when the file is at fault, ``InternalError`` when sbeval is.
    """
    kind = _check(path)
    try:
        return check_document(_read(path, kind))
    except (ReadError, InternalError):
        raise
    except MemoryError:
        raise ReadError(str(path), msg("reason.out_of_memory")) from None
    except Exception as err:  # noqa: BLE001 - a library failing on the file is the file's; anything else is ours
        if raised_in(err, DOCUMENT_LIBRARIES):
            raise ReadError(str(path), msg("reason.unparsable", error=type(err).__name__)) from err
        raise InternalError(str(path), err) from err


def _read(path: Path, kind: str) -> Document:
    if kind == "docx":
        from sbeval.parsers.docx.reader import read_docx

        return read_docx(path)
    if kind == "pdf":
        from sbeval.parsers.pdf.reader import read_pdf

        return read_pdf(path)
    if kind == "xlsx":
        from sbeval.parsers.xlsx.reader import read_xlsx

        return read_xlsx(path)
    if kind in LEGACY.values() or kind == "rtf":
        from sbeval.parsers.office.legacy import read_legacy

        return read_legacy(path, kind, _read)
    from sbeval.parsers.text.reader import read_text

    return read_text(path)


def _check(path: Path) -> str:
    """The reader kind for ``path`` ("docx", "pdf", "xlsx", "text", or "doc"/"rtf"/"xls" to convert first),
    or ``ReadError`` saying why there is none."""
    name = str(path)
    if not path.exists():
        raise ReadError(name, msg("reason.not_found"))
    if path.is_dir():
        raise ReadError(name, msg("reason.folder"))
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8192)
    except PermissionError:
        raise ReadError(name, msg("reason.permission")) from None
    except OSError as err:
        raise ReadError(name, msg("reason.cannot_open", detail=str(err.strerror or err))) from None
    if size == 0 or (size <= len(head) and not _strip_bom(head).strip(_WHITESPACE)):
        raise ReadError(name, msg("reason.empty"))
    suffix = path.suffix.lower()
    kind = sniff(path, head)
    if kind == "ole2-encrypted":
        raise ReadError(name, msg("reason.office_encrypted"))
    legacy = _legacy_kind(suffix, kind)
    if legacy is not None:
        return legacy
    old_format = suffix in LEGACY
    if kind == "ole2" or (old_format and kind not in {"docx", "pdf", "xlsx"}):
        raise ReadError(name, _old_format_message(path, kind))
    expected = SUPPORTED.get(suffix)
    if expected is None and not old_format:
        raise ReadError(name, msg("reason.unsupported", suffix=suffix or msg("reason.no_extension")))
    if kind in {"broken-zip", "zip"} and expected in _OFFICE_KINDS:
        raise ReadError(name, msg("reason.broken_zip", kind=msg(f"reason.kind.{expected}")))
    if expected == "pdf" and kind == "pdf" and not _has_pdf_trailer(path, size):
        raise ReadError(name, msg("reason.pdf_truncated"))
    if kind == expected or (expected == "text" and kind == "binary"):
        return expected  # binary "text" is rejected by the text decoder with its own message
    if expected is not None and expected != "text" and kind in {"text", "binary"}:
        raise ReadError(name, msg("reason.wrong_content", suffix=suffix, kind=_kind_name(kind),
                                  expected=msg(f"reason.kind.{expected}")))
    raise ReadError(name, msg("reason.wrong_extension", suffix=suffix, kind=_kind_name(kind)))


def _kind_name(kind: str) -> Message | str:
    return msg(f"reason.kind.{kind}") if f"reason.kind.{kind}" in TEMPLATES else kind


def _legacy_kind(suffix: str, kind: str) -> str | None:
    """How a .doc/.wps/.xls/.et file is converted: by its content when recognised, else by its suffix."""
    family = LEGACY.get(suffix)
    if family is None:
        return None
    if kind in {"doc", "xls"}:
        return kind
    if kind == "rtf" and family == "doc":  # Word and WPS save RTF under .doc too
        return "rtf"
    return family if kind == "ole2" else None  # an unrecognised (or damaged) compound file: let LibreOffice try


def _strip_bom(head: bytes) -> bytes:
    for bom in _BOMS:
        if head.startswith(bom):
            return head[len(bom):]
    return head


def _old_format_message(path: Path, kind: str) -> str:
    suffix = path.suffix.lower()
    if suffix in _OLD_SHEET or suffix in _OLD_WORD:
        # Content LibreOffice is not asked to convert (an image, text, an unknown binary format).
        sheet = suffix in _OLD_SHEET
        what = _OLD_SHEET[suffix] if sheet else _OLD_WORD[suffix]
        save_as = "请在 Excel 或 WPS 中另存为 .xlsx" if sheet else "请在 Word 或 WPS 中另存为 .docx"
        return f"扩展名为 {suffix}，但内容是{KIND_NAMES.get(kind, kind)}，不是可读取的{what}；{save_as}"
    problem = f"扩展名为 {suffix or '（无）'}，但内容是{KIND_NAMES['ole2']}"
    office = shutil.which("soffice") or shutil.which("libreoffice")
    advice = "请在 Word 或 WPS 中另存为 .docx"
    if office:
        command = Path(office).name
        advice += f"，或用已安装的 LibreOffice 转换：{command} --headless --convert-to docx {shlex.quote(str(path))}"
    return f"{problem}；{advice}"


def _has_pdf_trailer(path: Path, size: int) -> bool:
    # Every complete PDF ends with %%EOF (a few producers append some bytes after it).
    with path.open("rb") as handle:
        handle.seek(max(0, size - 2048))
        return b"%%EOF" in handle.read()
