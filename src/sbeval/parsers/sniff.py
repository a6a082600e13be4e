"""What a file really is, from its bytes (magic numbers, the ZIP directory), not from its name."""

from __future__ import annotations

import zipfile
from pathlib import Path

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = ("EncryptedPackage".encode("utf-16-le"), b"EncryptedPackage")
# Directory entry names (UTF-16-LE, NUL-terminated) of a Word 97 body and an Excel 97 workbook stream;
# WPS 文字 and WPS 表格 write the same streams in their .wps/.et files.
_STREAMS = (("WordDocument".encode("utf-16-le") + b"\x00\x00", "doc"), ("Workbook".encode("utf-16-le") + b"\x00\x00", "xls"))

# Content kind -> how a person names it.
KIND_NAMES = {
    "pdf": "PDF 文档",
    "docx": "Word 文档（.docx）",
    "xlsx": "Excel 表格（.xlsx）",
    "pptx": "PowerPoint 演示文稿（.pptx）",
    "odf": "OpenDocument 文档（.odt/.ods）",
    "zip": "ZIP 压缩包",
    "ole2": "旧版 Office/WPS 文档（.doc/.wps/.xls/.et）",
    "doc": "Word 97-2003 或 WPS 文字文档（.doc/.wps）",
    "xls": "Excel 97-2003 或 WPS 表格（.xls/.et）",
    "ole2-encrypted": "加密的 Office 文档",
    "rtf": "RTF 文档",
    "png": "PNG 图片",
    "jpeg": "JPEG 图片",
    "gif": "GIF 图片",
    "tiff": "TIFF 图片",
    "gzip": "gzip 压缩包",
    "rar": "RAR 压缩包",
    "7z": "7z 压缩包",
    "text": "纯文本",
    "binary": "无法识别的二进制数据",
    "broken-zip": "损坏的 ZIP 压缩包",
}
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (OLE2_MAGIC, "ole2"),
    (b"{\\rtf", "rtf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"\x1f\x8b", "gzip"),
    (b"Rar!", "rar"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
)
_TEXT_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniff(path: Path, head: bytes) -> str:
    """The content kind of ``path`` (a key of ``KIND_NAMES``), or "broken-zip" for an unreadable ZIP."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(path)
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return _ole2_kind(path) if kind == "ole2" else kind
    if head.startswith(_TEXT_BOMS) or b"\x00" not in head:
        return "text"
    return "binary"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return "broken-zip"
    if "word/document.xml" in names:
        return "docx"
    if any(name.startswith("xl/") for name in names):
        return "xlsx"
    if any(name.startswith("ppt/") for name in names):
        return "pptx"
    if "mimetype" in names and "content.xml" in names:
        return "odf"
    return "zip"


def _ole2_kind(path: Path) -> str:
    # The stream names live in the compound file's directory, UTF-16-LE encoded; an
    # encrypted .docx/.xlsx is an OLE2 container holding an "EncryptedPackage" stream.
    overlap = b""
    found: set[str] = set()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 22):
            window = overlap + chunk
            if any(marker in window for marker in _ENCRYPTED):
                return "ole2-encrypted"
            found.update(kind for marker, kind in _STREAMS if marker in window)
            overlap = window[-64:]
    return "doc" if "doc" in found else "xls" if "xls" in found else "ole2"
