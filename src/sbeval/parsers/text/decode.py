"""Decode a text file's bytes: BOMs, strict UTF-8, then GB18030, then charset-normalizer's guess."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from sbeval.parsers.errors import ReadError

# UTF-32 BOMs first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# Control characters no text editor writes; form feed and the DOS end-of-file mark are tolerated.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """The text of ``data`` and the name of its encoding; ``ReadError`` when it is not text."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).lstrip("\ufeff"), label
            except UnicodeDecodeError:
                raise ReadError(path, f"文件以 {label} 字节顺序标记开头，但内容无法按 {label} 解码") from None
    if b"\x00" in data:
        raise ReadError(path, "不是文本文件：含有二进制数据（NUL 字节）")
    text, encoding = _decode_without_bom(data, path)
    # Random bytes sometimes decode by chance; real text has (almost) no control characters.
    if len(_CONTROL.findall(text)) > max(2, len(text) // 1000):
        raise ReadError(path, "不是可读的文本：含有大量控制字符（可能是二进制文件或无法识别的编码）")
    return text.lstrip("\ufeff"), encoding


def _decode_without_bom(data: bytes, path: str) -> tuple[str, str]:
    # Strict UTF-8 almost never accepts anything else; GB18030 goes before the statistical
    # guess because short Chinese texts are often mistaken for another code page.
    for codec, label in (("utf-8", "UTF-8"), ("gb18030", "GB18030")):
        try:
            return data.decode(codec), label
        except UnicodeDecodeError:
            continue
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ReadError(path, "不是可读的文本：无法识别文件的字符编码")
    return str(best), best.encoding
