"""Open a .docx package safely: zip sanity and decompression-bomb limits before python-docx inflates it."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.opc.exceptions import OpcError
from lxml import etree

from sbeval.messages import msg
from sbeval.parsers.errors import ReadError
from sbeval.parsers.zipcheck import check_zip

CORRUPT = msg("reason.docx_corrupt")


def open_docx(path: Path) -> DocxDocument:
    """The python-docx document for ``path``; every failure becomes a Chinese ``ReadError``."""
    check_zip(path, CORRUPT)
    try:
        return docx.Document(str(path))
    except etree.XMLSyntaxError as err:
        raise ReadError(str(path), msg("reason.docx_xml", detail=str(err.msg))) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, OpcError):
        # KeyError: no main document part; ValueError: a package of another kind (.xlsx, .pptx)
        raise ReadError(str(path), CORRUPT) from None
    except OSError as err:
        raise ReadError(str(path), msg("reason.cannot_open_paren", detail=str(err.strerror or err))) from None
