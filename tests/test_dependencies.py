"""Every runtime dependency declared in pyproject.toml is imported by the package, and nothing the
package imports from outside the standard library is left undeclared."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

REPO = Path(__file__).resolve().parents[1]
# Distribution name → the top-level module it provides, where the two differ.
MODULE_OF = {"python-docx": "docx", "charset-normalizer": "charset_normalizer", "pyyaml": "yaml"}
# Modules that come with a declared distribution (pdfplumber brings pdfminer).
BROUGHT = {"pdfminer": "pdfplumber"}


def declared(extras: tuple[str, ...] = ("ocr",)) -> dict[str, str]:
    """The runtime dependencies and those of the optional extras the package imports (lazily) for."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    specs = project["dependencies"] + [spec for extra in extras for spec in project["optional-dependencies"][extra]]
    names = [re.split(r"[<>=!~\[; ]", spec, maxsplit=1)[0].lower() for spec in specs]
    return {MODULE_OF.get(name, name.replace("-", "_")): name for name in names}


def imported() -> set[str]:
    found: set[str] = set()
    for path in (REPO / "src" / "sbeval").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module.split(".")[0])
    return {name for name in found if name != "sbeval" and name not in sys.stdlib_module_names}


def test_every_declared_dependency_is_used() -> None:
    unused = set(declared()) - imported() - set(BROUGHT.values())
    assert unused == set()


def test_every_imported_library_is_declared() -> None:
    modules = set(declared())
    missing = {m for m in imported() if m not in modules and BROUGHT.get(m) not in modules}
    assert missing == set()
