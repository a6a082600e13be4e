"""One text normalisation shared by every reader; the raw text is kept beside it for excerpts."""

from __future__ import annotations

import re
import unicodedata

_CJK = (
    "\u2e80-\u2fdf"  # radicals, Kangxi radicals
    "\u3000-\u303f"  # CJK symbols and punctuation
    "\u3040-\u30ff"  # kana
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # ideographs
    "\uff00-\uffef"  # full-width forms (the ones kept as CJK punctuation)
    "\u2018-\u201f\u2026\u2014\u00b7"  # quotes, ellipsis, dash, middle dot
    "\u2460-\u24ff\u3200-\u32ff"  # ①, ㈠ and friends
)
CJK_CLASS = f"[{_CJK}]"

# Full-width punctuation that Chinese text uses as its own punctuation stays as written;
# the rest of the full-width ASCII block (digits, letters, %, +, -, ., =, <, >, …) goes half-width.
_KEEP_FULL_WIDTH = set("，（）：；！？")
_WIDTH_MAP = {
    cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp) not in _KEEP_FULL_WIDTH
}
_WIDTH_MAP.update({0x3000: 0x20, 0xFFFE: ord("-"), 0x00A0: 0x20, 0x2212: ord("-")})
# Kangxi radicals (U+2F00–U+2FD5) that fonts and PDF producers emit in place of ideographs;
# their compatibility decomposition is the ordinary ideograph.
_WIDTH_MAP.update({cp: ord(unicodedata.normalize("NFKC", chr(cp))) for cp in range(0x2F00, 0x2FD6)})
# CJK-compatibility forms of the common radicals seen in PDFs (⺠ → 民, ⻓ → 长, …).
_WIDTH_MAP.update({ord(a): ord(b) for a, b in zip("⺠⻓⻔⻘⻢⻜⻬⻮⻰⻋⻅⻆⻉⻄", "民长门青马飞齐齿龙车见角贝西")})

_SPACE_BEFORE_CJK = re.compile(rf"[ \t]+(?={CJK_CLASS})")
_SPACE_AFTER_CJK = re.compile(rf"(?<={CJK_CLASS})[ \t]+")
_WRAPPED_NUMBER = re.compile(r"([\d.,]*\d[\d.,]*)\n(?=([\d.,]*%?))")
_WRAPPED_SIGN = re.compile(r"(?<=[-+])\n(?=\d)")
_NEWLINE_TOUCHING_CJK = re.compile(rf"(?<={CJK_CLASS})\n|\n(?={CJK_CLASS})")
_SPACE_RUN = re.compile(r"[ \t]{2,}")


def _join_wrapped_number(match: re.Match[str]) -> str:
    # Two numbers on consecutive lines (433.87 / 419.93) are not one number broken by a wrap.
    head, tail = match.group(1), match.group(2)
    if tail and (head + tail).count(".") <= 1:
        return head
    return match.group(0)


def normalize(raw: str, *, wrapped: bool = False) -> str:
    """Normalise the text of one paragraph or one cell.

    ``wrapped`` says the newlines are visual line wraps (PDF lines); then a
    number broken over two lines is joined and every newline that touches a
    CJK character disappears. Without it (Word paragraphs inside a cell,
    text-file lines) a newline is a real break and only one between two CJK
    characters is dropped. Never call this on text that spans two blocks.
    """
    text = raw.replace("\r\n", "\n").replace("\r", "\n").translate(_WIDTH_MAP)
    text = _SPACE_BEFORE_CJK.sub("", text)
    text = _SPACE_AFTER_CJK.sub("", text)
    text = "\n".join(line.strip(" \t") for line in text.split("\n"))
    if wrapped:
        text = _WRAPPED_NUMBER.sub(_join_wrapped_number, text)
        text = _WRAPPED_SIGN.sub("", text)
        text = _NEWLINE_TOUCHING_CJK.sub("", text)
        text = re.sub(r"\n+", " ", text)
    else:
        text = re.sub(rf"(?<={CJK_CLASS})\n(?={CJK_CLASS})", "", text)
        text = re.sub(r"\n{2,}", "\n", text)
    text = _SPACE_RUN.sub(" ", text)
    return text.strip()


def compact(text: str) -> str:
    """The text with all whitespace removed: the form used to compare renderings."""
    return re.sub(r"\s+", "", text)
