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
from sbeval.parsers.zipcheck import check_zip

CORRUPT = "文件已损坏或不是有效的 Word 文档（.docx）"


def open_docx(path: Path) -> DocxDocument:
    """The python-docx document for ``path``; every failure becomes a Chinese ``ReadError``."""
    check_zip(path, CORRUPT)
    try:
        return docx.Document(str(path))
    except etree.XMLSyntaxError as err:
        raise ReadError(str(path), f"文件内部的 XML 无法解析（{err.msg}），文件可能已损坏") from None
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, OpcError):
        # KeyError: no main document part; ValueError: a package of another kind (.xlsx, .pptx)
        raise ReadError(str(path), CORRUPT) from None
    except OSError as err:
        raise ReadError(str(path), f"无法打开文件（{err.strerror or err}）") from None
