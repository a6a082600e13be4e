"""The data flows one way: each layer imports only from the layers before it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "sbeval"
# Shared leaves (schema, numbers, findings) sit below every layer.
ORDER = ["leaf", "parsers", "extract", "checks", "output", "cli"]
LEAVES = {"schema", "numbers", "findings", "status", "messages", "__init__", "__main__"}


def layer_of(dotted: str) -> str:
    parts = dotted.split(".")
    head = parts[1] if len(parts) > 1 else "__init__"
    if head in LEAVES:
        return "leaf"
    return "cli" if head in {"cli", "console", "runner", "batch", "config", "baseline"} else head


def sbeval_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names if a.name.startswith("sbeval")]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("sbeval"):
            names.append(node.module)
    return names


MODULES = sorted(p for p in SRC.rglob("*.py"))


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_layers_import_only_earlier_layers(module: Path) -> None:
    dotted = "sbeval." + ".".join(module.relative_to(SRC).with_suffix("").parts)
    own = layer_of(dotted)
    for imported in sbeval_imports(module):
        if dotted.endswith("__main__"):
            continue
        assert ORDER.index(layer_of(imported)) <= ORDER.index(own), f"{dotted} imports {imported}"


def test_leaves_import_no_layer() -> None:
    for module in MODULES:
        dotted = "sbeval." + ".".join(module.relative_to(SRC).with_suffix("").parts)
        if layer_of(dotted) == "leaf" and not dotted.endswith(("__main__", "sbeval.__init__")):
            assert all(layer_of(i) == "leaf" for i in sbeval_imports(module)), dotted


# Inside a layer, its sub-packages flow one way too. Each entry: (package, its parts in order);
# a module at the package's top (its __init__ or a shared helper) may import any part, a part only
# earlier parts and the shared modules listed in ``BASE``.
INNER = {
    "sbeval.parsers": ["pdf", "docx", "xlsx", "text"],
    "sbeval.extract": ["lexicon", "core", "prose", "tables", "document"],
    "sbeval.checks": ["arithmetic", "scores", "tables", "targets", "document"],
}
# Parts of the same rank that may not import each other, per package: the readers, the prose and
# table finders, and every group of checks (a rule reads the report, never another rule).
def _pairs(rank: list[str]) -> set[tuple[str, str]]:
    return {(a, b) for a in rank for b in rank if a != b}


SIBLINGS = {
    "sbeval.parsers": _pairs(INNER["sbeval.parsers"]),
    "sbeval.extract": _pairs(["prose", "tables"]),
    "sbeval.checks": _pairs(INNER["sbeval.checks"]),
}


def _part(dotted: str, package: str, parts: list[str]) -> str | None:
    rest = dotted[len(package) + 1:].split(".") if dotted.startswith(package + ".") else []
    return rest[0] if rest and rest[0] in parts else None


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_sub_packages_flow_one_way(module: Path) -> None:
    dotted = "sbeval." + ".".join(module.relative_to(SRC).with_suffix("").parts)
    for package, parts in INNER.items():
        own = _part(dotted, package, parts)
        if own is None:
            continue
        for imported in sbeval_imports(module):
            other = _part(imported, package, parts)
            if other is None or other == own:
                continue
            assert (own, other) not in SIBLINGS[package], f"{dotted} imports its sibling {imported}"
            assert parts.index(other) < parts.index(own), f"{dotted} imports the later part {imported}"


def test_the_lexicon_is_only_words() -> None:
    """extract/lexicon holds word lists and lookups: it imports nothing else of extract."""
    for module in (SRC / "extract" / "lexicon").glob("*.py"):
        dotted = "sbeval.extract.lexicon." + module.stem
        for imported in sbeval_imports(module):
            assert not imported.startswith("sbeval.extract.") or imported.startswith("sbeval.extract.lexicon"), dotted
