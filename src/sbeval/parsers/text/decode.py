"""Decode a text file's bytes: BOMs, strict UTF-8, then GB18030, then charset-normalizer's guess."""

from __future__ import annotations

import codecs
import re
from functools import cache

import charset_normalizer

from sbeval.messages import msg
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
_HANZI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
# The Chinese code pages tried in turn; a text in another one (Shift-JIS, EUC-KR…) decodes as
# GB18030 all the same, into rare characters: it must read as Chinese to be accepted.
_CHINESE_CODECS = (("gb18030", "GB18030"), ("cp950", "Big5"))
_MIN_JUDGED = 20  # fewer Chinese characters than this are too few to judge
_MIN_COMMON = 0.85  # share of common characters in real text: 0.99+; in mis-decoded text: under 0.6
_UNCERTAIN = msg("reason.uncertain_encoding")


def decode_text(data: bytes, path: str) -> tuple[str, str]:
    """The text of ``data`` and the name of its encoding; ``ReadError`` when it is not text."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec).lstrip("\ufeff"), label
            except UnicodeDecodeError:
                raise ReadError(path, msg("reason.bom", label=label)) from None
    if b"\x00" in data:
        raise ReadError(path, msg("reason.not_text_nul"))
    text, encoding = _decode_without_bom(data, path)
    # Random bytes sometimes decode by chance; real text has (almost) no control characters.
    if len(_CONTROL.findall(text)) > max(2, len(text) // 1000):
        raise ReadError(path, msg("reason.not_text_control"))
    return text.lstrip("\ufeff"), encoding


def _decode_without_bom(data: bytes, path: str) -> tuple[str, str]:
    # Strict UTF-8 almost never accepts anything else; GB18030 goes before the statistical
    # guess because short Chinese texts are often mistaken for another code page.
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    for codec, label in _CHINESE_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if reads_as_chinese(text):
            return text, label
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ReadError(path, msg("reason.unknown_encoding"))
    if not reads_as_chinese(str(best)):
        raise ReadError(path, _UNCERTAIN)
    return str(best), best.encoding


def reads_as_chinese(text: str) -> bool:
    """False when ``text`` is not Chinese as decoded: Japanese kana, or Chinese characters that are
    mostly rare ones (what Big5 or Shift-JIS bytes become when read as GB18030). A text without
    Chinese characters is not judged here."""
    hanzi = _HANZI.findall(text)
    kana = len(_KANA.findall(text))
    if kana >= 5 and kana > len(hanzi) // 20:
        return False
    if len(hanzi) < _MIN_JUDGED:
        return True
    common = _common_characters()
    return sum(ch in common for ch in hanzi) >= _MIN_COMMON * len(hanzi)


@cache
def _common_characters() -> frozenset[str]:
    """The level-1 characters of GB2312 (3,755 simplified) and Big5 (5,401 traditional)."""
    found: set[str] = set()
    for lead in range(0xB0, 0xD8):
        found.update(_decoded(bytes([lead, trail]), "gb2312") for trail in range(0xA1, 0xFF))
    for lead in range(0xA4, 0xC7):
        trails = [*range(0x40, 0x7F), *(range(0xA1, 0xFF) if lead < 0xC6 else ())]
        found.update(_decoded(bytes([lead, trail]), "big5") for trail in trails)
    found.discard("")
    return frozenset(found)


def _decoded(pair: bytes, codec: str) -> str:
    try:
        return pair.decode(codec)
    except UnicodeDecodeError:
        return ""
