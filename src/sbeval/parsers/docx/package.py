"""Open a .docx package safely: zip sanity and decompression-bomb limits before python-docx inflates it."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import OpcError
from lxml import etree

from sbeval.parsers.errors import ReadError

# python-docx inflates every part into memory on open, so the limits are checked on the
# zip directory first. zipfile never yields more than an entry's declared size, so the
# declared sizes are a safe bound even when a crafted archive lies about them.
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_MIN_SIZE = 50 * 1024 * 1024

CORRUPT = "文件已损坏或不是有效的 Word 文档（.docx）"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def check_zip(path: Path) -> None:
    """Raise ``ReadError`` when ``path`` is not a readable zip or would inflate past the limits."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError):
        raise ReadError(str(path), CORRUPT) from None
    except OSError as err:
        raise ReadError(str(path), f"无法打开文件（{err.strerror or err}）") from None
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_UNCOMPRESSED:
        limit = _mb(MAX_TOTAL_UNCOMPRESSED)
        raise ReadError(str(path), f"解压后体积超过上限（{_mb(total)}，上限 {limit}），疑似压缩炸弹，已拒绝读取")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_MIN_SIZE and ratio > MAX_RATIO:
            detail = f"{info.filename} 压缩比 {ratio:.0f} 倍，解压后 {_mb(info.file_size)}"
            raise ReadError(str(path), f"解压后体积超过上限（{detail}），疑似压缩炸弹，已拒绝读取")


def open_docx(path: Path) -> DocxDocument:
    """The python-docx document for ``path``; every failure becomes a Chinese ``ReadError``."""
    check_zip(path)
    try:
        return docx.Document(str(path))
    except etree.XMLSyntaxError as err:
        raise ReadError(str(path), f"文件内部的 XML 无法解析（{err.msg}），文件可能已损坏") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, OpcError):
        # KeyError: no main document part; ValueError: a package of another kind (.xlsx, .pptx)
        raise ReadError(str(path), CORRUPT) from None
    except OSError as err:
        raise ReadError(str(path), f"无法打开文件（{err.strerror or err}）") from None
