"""Small hostile files built inside the tests (nothing large is committed)."""

from __future__ import annotations

import zlib

_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def pdf(pages: int, count: int | None = None, text: str = "Page", content: bytes | None = None,
        flate: bool = False) -> bytes:
    """A PDF of ``pages`` pages, each one line of ``text`` (or the raw ``content`` stream), whose page tree
    says ``/Count count`` (the true number when None). ``flate`` compresses the content stream."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"", _FONT]  # the page tree (2) is filled below
    kids = []
    for number in range(1, pages + 1):
        line = f"{text} {number}: {' '.join(['words'] * number)}"[:90]
        stream = content if content is not None else f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode()
        filters = b""
        if flate:
            stream, filters = zlib.compress(stream, 9), b" /Filter /FlateDecode"
        objects.append(b"<< /Length %d%s >>\nstream\n" % (len(stream), filters) + stream + b"\nendstream")
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % len(objects))
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), pages if count is None else count)
    return serialise(objects)


def serialise(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF file of ``objects`` (numbered from 1, the catalog first) with a correct xref table;
    ``trailer`` adds entries to the trailer dictionary (/Encrypt, /ID)."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)
