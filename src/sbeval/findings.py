"""Findings: the contract between checks and the output formats."""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from sbeval.messages import DEFAULT_LANG, Lang, Message
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
    # The message as a template and its arguments: ``message`` in any language. Not part of the JSON contract.
    template: Message | None = Field(default=None, exclude=True)

    def in_lang(self, lang: Lang) -> Finding:
        if self.template is None:
            return self
        return self.model_copy(update={"message": self.template.text(lang)})


class FileResult(BaseModel):
    path: str
    status: Literal["ok", "error"]
    error: str | None = None
    findings: list[Finding] = Field(default_factory=list)
    # Why the file is unreadable, as a template: ``error`` in any language. Not part of the JSON contract.
    reason: Message | None = Field(default=None, exclude=True)

    @classmethod
    def unreadable(cls, path: str, reason: Message) -> FileResult:
        return cls(path=path, status="error", error=_line(reason.text(DEFAULT_LANG)), reason=reason)

    def in_lang(self, lang: Lang) -> FileResult:
        error = _line(self.reason.text(lang)) if self.reason is not None else self.error
        return self.model_copy(update={"error": error, "findings": [f.in_lang(lang) for f in self.findings]})


def _line(text: str) -> str:
    return " ".join(text.splitlines())


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
    # The language of every message and reason ("zh" or "en").
    lang: Lang = DEFAULT_LANG

    def in_lang(self, lang: Lang) -> CheckRun:
        """The run with its messages and reasons in ``lang``; the findings themselves do not change."""
        if lang == self.lang:
            return self
        return self.model_copy(update={"lang": lang, "files": [f.in_lang(lang) for f in self.files]})
