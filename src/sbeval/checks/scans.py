"""Findings resting on figures read by OCR from a scanned page: at most warnings, and they say so."""

from __future__ import annotations

from decimal import Decimal

from sbeval.findings import Finding, Severity
from sbeval.messages import msg


def ocr_confidence(finding: Finding) -> Decimal | None:
    """The lowest OCR confidence among the places the finding rests on; None when none was scanned."""
    read = [place.ocr for place in (finding.location, *(r.location for r in finding.related)) if place.ocr is not None]
    return min(read, default=None)


def as_read(finding: Finding) -> Finding:
    """``finding`` as its figures were read: one resting on OCR is at most a warning and names the confidence."""
    confidence = ocr_confidence(finding)
    if confidence is None:
        return finding
    note = msg("finding.ocr", confidence=f"{confidence:.2f}")
    template = finding.template.plus(note) if finding.template is not None else None
    severity = min(finding.severity, Severity.WARNING, key=lambda s: s.rank)
    return finding.model_copy(update={"severity": severity, "message": finding.message + note.text(),
                                      "template": template})
