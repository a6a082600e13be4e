"""Findings: the contract between checks and the output formats."""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from sbeval.schema.document import Location, Position

Kind = Literal[
    "sum", "balance", "percent", "yoy", "difference", "months", "per_capita", "target",
    "score_sum", "grade", "cross_ref", "duplicate", "missing", "unit", "year", "other",
]


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "note": 1}[self.value]


class Stated(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    value: str
    unit: str | None = None


class Expected(BaseModel):
    model_config = ConfigDict(frozen=True)

    low: str
    high: str
    text: str


class FindingLocation(Position):
    """A finding's place for people and tools: every field counts from 1, ``block`` as in 第N段."""

    excerpt: str = ""

    @classmethod
    def of(cls, location: Location, excerpt: str = "") -> FindingLocation:
        block = None if location.block is None else location.block + 1
        fields = location.model_dump(exclude={"file", "block"})
        return cls(**fields, block=block, excerpt=excerpt)


class Related(BaseModel):
    model_config = ConfigDict(frozen=True)

    label: str
    text: str
    location: FindingLocation


class Finding(BaseModel):
    """One inconsistency; field names and order are the JSON contract of `sbeval check --format json`."""

    model_config = ConfigDict(frozen=True)

    code: str
    rule: str
    kind: Kind
    severity: Severity
    message: str
    stated: Stated | None = None
    expected: Expected | None = None
    location: FindingLocation
    related: list[Related] = Field(default_factory=list)
    cue: str | None = None  # the words of the text that made the relation (其中…合计), when it is prose


class FileResult(BaseModel):
    path: str
    status: Literal["ok", "error"]
    error: str | None = None
    findings: list[Finding] = Field(default_factory=list)


class Summary(BaseModel):
    files: int = 0
    error: int = 0
    warning: int = 0
    note: int = 0
    unreadable: int = 0


class CheckRun(BaseModel):
    """The result of `sbeval check` over one or more files; the JSON output is this model."""

    sbeval: str
    files: list[FileResult] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)
    # Codes of the rules that ran (JUnit shows one test per rule); empty for the whole catalogue.
    # Not part of the JSON contract.
    rules: list[str] = Field(default_factory=list, exclude=True)
