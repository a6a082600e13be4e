"""Exit statuses of the command line, shared by cli.py and runner.py."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FINDINGS = 1
    ERROR = 2  # an unreadable input or a usage error; wins over FINDINGS
