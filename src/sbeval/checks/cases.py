"""The rule case files (``checks/cases/SBnnn.yaml``): the one source of every rule's examples.

Each case is a report text and the findings of its rule, pinned. A case named ``flags_…`` is
*flagged* (at least one finding of the rule), one named ``accepts_…`` is *accepted* (none);
``example: true`` marks the ones `sbeval rules CODE` shows as the rule's documented examples.
The test suite runs every case through the whole pipeline (text → document → report → checks).
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

Outcome = Literal["flagged", "accepted"]


class PinnedFinding(BaseModel):
    """A finding as a case pins it: the rule, the stated value, the recomputed interval, the line."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    stated: str | None
    expected: tuple[str, str] | None
    line: int | None


class RuleCase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str
    name: str
    text: str
    findings: tuple[PinnedFinding, ...] = ()
    example: bool = False
    relations: tuple[str, ...] | None = Field(
        default=None, description="Kinds of ratio and change relations extraction must find, when pinned.")

    @property
    def outcome(self) -> Outcome:
        return "flagged" if self.name.startswith("flags_") else "accepted"

    @model_validator(mode="after")
    def _outcome_matches_findings(self) -> RuleCase:
        if not self.name.startswith(("flags_", "accepts_")):
            raise ValueError(f"{self.code} case {self.name}: a name starts with flags_ or accepts_")
        if (self.outcome == "flagged") != bool(self.findings):
            raise ValueError(f"{self.code} case {self.name}: flags_ cases pin findings, accepts_ cases none")
        if any(f.code != self.code for f in self.findings):
            raise ValueError(f"{self.code} case {self.name}: pins a finding of another rule")
        return self


def case_codes() -> list[str]:
    """Codes that have a case file, sorted."""
    return sorted(p.name[:-5] for p in files("sbeval.checks").joinpath("cases").iterdir() if p.name.endswith(".yaml"))


@lru_cache(maxsize=None)
def cases_of(code: str) -> tuple[RuleCase, ...]:
    """Every case of ``code``'s file, in file order; none when the rule has no file."""
    resource = files("sbeval.checks").joinpath("cases").joinpath(f"{code}.yaml")
    if not resource.is_file():
        return ()
    data = yaml.safe_load(resource.read_text(encoding="utf-8"))
    if data.pop("check", None) != code:
        raise ValueError(f"cases/{code}.yaml: its first key must be `check: {code}`")
    return tuple(RuleCase(code=code, name=name, **body) for name, body in data.items())


def examples_of(code: str) -> tuple[RuleCase, ...]:
    """The documented examples: flagged ones first, then accepted ones."""
    chosen = [case for case in cases_of(code) if case.example]
    return tuple(sorted(chosen, key=lambda case: case.outcome != "flagged"))
