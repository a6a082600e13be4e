"""A finding on a prose relation names the relation's cue words (其中…合计, 完成预算的, 比上年…增长)."""

from __future__ import annotations

from sbeval.checks.base import location_of
from sbeval.findings import Finding
from sbeval.schema.figures import Figure
from sbeval.schema.relations import ChangeRelation, RatioRelation, SumRelation
from sbeval.schema.report import Report

_Key = tuple[str, str]
_ARITHMETIC = frozenset("12345")


def _key_of_figure(figure: Figure) -> _Key:
    return figure.text, location_of(figure).model_dump_json()


def _key_of_finding(finding: Finding) -> _Key | None:
    return (finding.stated.text, finding.location.model_dump_json()) if finding.stated else None


def relation_cues(report: Report) -> dict[_Key, str]:
    """The cue of each prose relation by its figures, the principal figure first."""
    cues: dict[_Key, str] = {}
    others: dict[_Key, str] = {}
    relations: list[SumRelation | RatioRelation | ChangeRelation] = [*report.sums, *report.ratios, *report.changes]
    for relation in relations:
        if not relation.cue:
            continue
        present = relation.figures()
        if present:
            cues.setdefault(_key_of_figure(present[0]), relation.cue)
        for figure in present[1:]:
            others.setdefault(_key_of_figure(figure), relation.cue)
    return {**others, **cues}


def with_cue(finding: Finding, cues: dict[_Key, str]) -> Finding:
    """The finding naming its relation's cue; only the arithmetic rules (SB1xx–SB5xx) read prose relations."""
    if finding.code[2:3] not in _ARITHMETIC:
        return finding
    key = _key_of_finding(finding)
    cue = cues.get(key) if key else None
    return finding.model_copy(update={"cue": cue}) if cue and finding.cue is None else finding
