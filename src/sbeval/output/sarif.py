"""SARIF 2.1.0 from typed models: rules from the registry, one result per finding, sorted."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Any
from urllib.parse import quote

from pydantic import BaseModel, ConfigDict, Field

from sbeval.checks.registry import ALL_CHECKS, location_key
from sbeval.findings import CheckRun, Finding
from sbeval.output.fingerprints import VERSION, fingerprinted, logical_location

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


class _Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True)


class Message(_Model):
    text: str


class Rule(_Model):
    id: str
    name: str
    short_description: Message = Field(alias="shortDescription")
    full_description: Message = Field(alias="fullDescription")
    default_configuration: dict[str, str] = Field(alias="defaultConfiguration")


class Region(_Model):
    start_line: int = Field(alias="startLine")


class PhysicalLocation(_Model):
    artifact_location: dict[str, str] = Field(alias="artifactLocation")
    region: Region | None = None


class LogicalLocation(_Model):
    fully_qualified_name: str = Field(alias="fullyQualifiedName")
    kind: str


class Location(_Model):
    physical_location: PhysicalLocation = Field(alias="physicalLocation")
    logical_locations: list[LogicalLocation] | None = Field(default=None, alias="logicalLocations")


class Result(_Model):
    rule_id: str = Field(alias="ruleId")
    rule_index: int = Field(alias="ruleIndex")
    level: str
    message: Message
    locations: list[Location]
    partial_fingerprints: dict[str, str] = Field(alias="partialFingerprints")
    properties: dict[str, Any]


class Notification(_Model):
    level: str
    message: Message
    locations: list[Location]


class Invocation(_Model):
    execution_successful: bool = Field(alias="executionSuccessful")
    tool_execution_notifications: list[Notification] = Field(alias="toolExecutionNotifications")


def _rules() -> list[Rule]:
    return [
        Rule(id=c.code, name=c.name, shortDescription=Message(text=c.summary()),
             fullDescription=Message(text=c.documentation()),
             defaultConfiguration={"level": c.severity.value})
        for c in sorted(ALL_CHECKS, key=lambda c: c.code)
    ]


def _uri(path: str) -> str:
    """A URI reference: file:///… for an absolute path (a relative one may not start with "/"), else the
    relative path; percent-encoded either way (Chinese file names)."""
    pure = PurePath(path)
    return pure.as_uri() if pure.is_absolute() else quote(pure.as_posix(), safe="/")


def _logical(finding: Finding) -> list[LogicalLocation] | None:
    name = logical_location(finding.location)
    kind = "element" if finding.location.table is not None else "text"
    return [LogicalLocation(fullyQualifiedName=name, kind=kind)] if name else None


def _result(uri: str, finding: Finding, fingerprint: str, index: dict[str, int]) -> Result:
    loc = finding.location
    region = Region(startLine=loc.line) if loc.line is not None else None
    properties: dict[str, Any] = {
        key: value for key, value in loc.model_dump().items() if value not in (None, "")
    }
    properties["kind"] = finding.kind
    if finding.stated is not None:
        properties["stated"] = finding.stated.model_dump()
    if finding.expected is not None:
        properties["expected"] = finding.expected.model_dump()
    if finding.cue:
        properties["cue"] = finding.cue
    return Result(
        ruleId=finding.code, ruleIndex=index[finding.code], level=finding.severity.value,
        message=Message(text=finding.message), properties=properties,
        partialFingerprints={VERSION: fingerprint},
        locations=[Location(physicalLocation=PhysicalLocation(artifactLocation={"uri": uri}, region=region),
                            logicalLocations=_logical(finding))],
    )


def render(run: CheckRun) -> str:
    rules = _rules()
    index = {rule.id: i for i, rule in enumerate(rules)}
    triples = sorted(
        ((_uri(f.path), finding, fp) for f, finding, fp in fingerprinted(run)),
        key=lambda p: (p[0], location_key(p[1].location), p[1].code, p[1].message),
    )
    notifications = [
        Notification(level="error", message=Message(text=f.error or "无法读取"),
                     locations=[Location(physicalLocation=PhysicalLocation(artifactLocation={"uri": _uri(f.path)}))])
        for f in sorted(run.files, key=lambda f: f.path) if f.status == "error"
    ]
    invocation = Invocation(executionSuccessful=not notifications, toolExecutionNotifications=notifications)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "sbeval", "version": run.sbeval,
                                "rules": [r.model_dump(by_alias=True, exclude_none=True) for r in rules]}},
            "invocations": [invocation.model_dump(by_alias=True, exclude_none=True)],
            "results": [_result(uri, f, fp, index).model_dump(by_alias=True, exclude_none=True)
                        for uri, f, fp in triples],
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
