"""Settings from `[tool.sbeval]` in pyproject.toml or from an sbeval.toml, found upward from the working
directory; options on the command line override them. A bad file is one Chinese line and exit 2.
"""

from __future__ import annotations

import re
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from sbeval.numbers import Tolerance

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

OWN_FILE = "sbeval.toml"
PYPROJECT = "pyproject.toml"
SeverityName = Literal["error", "warning", "note"]
_TYPES = {
    "extra_forbidden": "不是可用的设置项（可用：select、ignore、severity、fail-on、jobs、timeout、limits、lang、"
                       "tolerance-abs、tolerance-rel）",
    "int_type": "须为整数", "float_type": "须为数字", "list_type": "须为列表，如 [\"SB1\"]",
    "string_type": "须为字符串", "dict_type": "须为表，如 {SB202 = \"warning\"}",
    "literal_error": "须为以下之一：{expected}", "greater_than_equal": "须不小于 {ge}",
}


class ConfigError(Exception):
    """A configuration that cannot be used; the message names the file and the setting."""


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, populate_by_name=True)

    select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, SeverityName] = Field(default_factory=dict)
    fail_on: Literal["error", "warning", "note", "never"] | None = Field(default=None, alias="fail-on")
    jobs: int | None = Field(default=None, ge=1)
    timeout: float | None = Field(default=None, ge=0)
    limits: dict[str, int] = Field(default_factory=dict)
    lang: Literal["zh", "en"] | None = None
    # Materiality above the rounding interval: in the unit the stated figure is written in, and as a share of it.
    tolerance_abs: float | None = Field(default=None, ge=0, alias="tolerance-abs")
    tolerance_rel: float | None = Field(default=None, ge=0, alias="tolerance-rel")

    @field_validator("select", "ignore")
    @classmethod
    def _codes(cls, codes: list[str]) -> list[str]:
        return [_known(code) for code in codes]

    @field_validator("limits")
    @classmethod
    def _limits(cls, table: dict[str, int]) -> dict[str, int]:
        from sbeval.parsers.bounds import with_values

        with_values(table)
        return table

    @field_validator("severity")
    @classmethod
    def _severity_codes(cls, table: dict[str, str]) -> dict[str, str]:
        return {_known(code): value for code, value in table.items()}


def tolerance_of(settings: Settings, absolute: Decimal | None, relative: Decimal | None) -> Tolerance:
    """The materiality tolerance: options over the configuration, zero when neither gives one."""
    def pick(option: Decimal | None, configured: float | None) -> Decimal:
        if option is not None:
            return option
        return Decimal(str(configured)) if configured is not None else Decimal(0)

    return Tolerance(absolute=pick(absolute, settings.tolerance_abs), relative=pick(relative, settings.tolerance_rel))


def _known(code: str) -> str:
    from sbeval.checks.registry import ALL_CHECKS

    wanted = code.strip().upper()
    if not wanted or not any(c.code.startswith(wanted) for c in ALL_CHECKS):
        raise ValueError(f"没有规则 {code}")
    return wanted


def find(start: Path) -> tuple[Path, dict[str, Any]] | None:
    """The nearest sbeval.toml, or pyproject.toml with a [tool.sbeval] table, in ``start`` or above it."""
    for folder in (start, *start.parents):
        own = folder / OWN_FILE
        if own.is_file():
            return own, _read(own)
        project = folder / PYPROJECT
        if project.is_file():
            table = _read(project).get("tool", {}).get("sbeval")
            if table is not None:
                return project, table
    return None


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"无法读取配置文件 {path}：{err}") from err
    except tomllib.TOMLDecodeError as err:
        where = re.search(r"line (\d+), column (\d+)", str(err))
        place = f"第{where[1]}行第{where[2]}列" if where else ""
        raise ConfigError(f"配置文件 {path} 不是有效的 TOML{('（' + place + '）') if place else ''}。") from err


def _explain(path: Path, err: ValidationError) -> str:
    first = err.errors()[0]
    key = ".".join(str(part) for part in first["loc"]) or "[tool.sbeval]"
    if first["type"] == "value_error":
        reason = str(first.get("ctx", {}).get("error", first["msg"]))
    else:
        reason = _TYPES.get(first["type"], "取值无效").format(**first.get("ctx", {}))
    return f"配置文件 {path} 中 {key} {reason}。"


def load(start: Path, explicit: Path | None = None) -> Settings:
    """Settings of ``explicit`` (an sbeval.toml or a pyproject.toml), else of the nearest file above ``start``."""
    found: tuple[Path, Any] | None
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"配置文件 {explicit} 不存在。")
        data = _read(explicit)
        found = (explicit, data.get("tool", {}).get("sbeval", {}) if explicit.name == PYPROJECT else data)
    else:
        found = find(start)
    if found is None:
        return Settings()
    path, table = found
    if not isinstance(table, dict):
        raise ConfigError(f"配置文件 {path} 中 [tool.sbeval] 须为表。")
    try:
        return Settings.model_validate(table)
    except ValidationError as err:
        raise ConfigError(_explain(path, err)) from err
