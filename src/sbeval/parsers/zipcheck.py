"""Zip sanity and decompression-bomb limits, checked on the zip directory before a library inflates
an Office package (.docx, .xlsx)."""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from sbeval.messages import Message, msg
from sbeval.parsers.errors import ReadError

# python-docx and openpyxl inflate parts into memory on open, so the limits are checked on the
# zip directory first. zipfile never yields more than an entry's declared size, so the
# declared sizes are a safe bound even when a crafted archive lies about them.
MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 100
RATIO_MIN_SIZE = 50 * 1024 * 1024


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def check_zip(path: Path, corrupt: str | Message) -> None:
    """Raise ``ReadError`` when ``path`` is not a readable zip or would inflate past the limits."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError):
        raise ReadError(str(path), corrupt) from None
    except OSError as err:
        raise ReadError(str(path), msg("reason.cannot_open_paren", detail=str(err.strerror or err))) from None
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_UNCOMPRESSED:
        limit = _mb(MAX_TOTAL_UNCOMPRESSED)
        raise ReadError(str(path), f"解压后体积超过上限（{_mb(total)}，上限 {limit}），疑似压缩炸弹，已拒绝读取")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_MIN_SIZE and ratio > MAX_RATIO:
            detail = f"{info.filename} 压缩比 {ratio:.0f} 倍，解压后 {_mb(info.file_size)}"
            raise ReadError(str(path), f"解压后体积超过上限（{detail}），疑似压缩炸弹，已拒绝读取")
