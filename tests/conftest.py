"""Shared fixtures: where the real reports live, and a password-locked PDF built on the fly.

The corpus is ``../shared/corpus`` beside the repository (seed000-004 in three formats, ``real/`` with the
real reports and their labels). Set ``SBEVAL_CORPUS`` to another folder to use that one instead; a folder
that does not exist hides the corpus, e.g. ``SBEVAL_CORPUS=/nonexistent python -m pytest -q``: every test
that asks for ``corpus`` or ``real_corpus`` is then skipped and the rest run as usual.
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
from built import serialise

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("SBEVAL_CORPUS") or REPO.parent / "shared" / "corpus").resolve()
SAMPLES = REPO / "samples"


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The corpus folder (seed000-004.{txt,docx,pdf}); skips the test when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def real_corpus(corpus: Path) -> Path:
    """The real reports (``real/pdf``, ``real/text`` with ``labels``); skips the test when they are absent."""
    real = corpus / "real"
    if not real.is_dir():
        pytest.skip(f"real corpus not found at {real}")
    return real


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s, j = list(range(256)), 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def _encrypted_pdf(user: bytes = b"secret", owner: bytes = b"owner") -> bytes:
    """A one-page PDF under the standard RC4 40-bit security handler (revision 2) with a user password."""
    pad = lambda password: (password + _PAD)[:32]  # noqa: E731
    o_entry = _rc4(hashlib.md5(pad(owner)).digest()[:5], pad(user))
    file_id = b"0123456789abcdef"
    key = hashlib.md5(pad(user) + o_entry + struct.pack("<i", -4) + file_id).digest()[:5]
    u_entry = _rc4(key, _PAD)
    stream = _rc4(hashlib.md5(key + b"\x04\x00\x00\x00\x00").digest()[:10], b"BT /F1 12 Tf 72 720 Td (Hi) Tj ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (o_entry.hex().encode(), u_entry.hex().encode()),
    ]
    ids = file_id.hex().encode()
    return serialise(objects, b" /Encrypt 5 0 R /ID [<%s> <%s>]" % (ids, ids))


@pytest.fixture
def encrypted_pdf() -> Callable[..., bytes]:
    """Builds a one-page PDF locked with a user password (no PDF library needed)."""
    return _encrypted_pdf
