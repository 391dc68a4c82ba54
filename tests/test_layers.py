"""The layers of linking: the store answers queries and holds all the SQL, the linker decides and
holds none; neither imports the other."""
from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "cronica"
SQL = re.compile(r"\b(SELECT\s.+?\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX)|PRAGMA\s+\w+)\b", re.S)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            out.add(base)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


def _package_of(rel: str, imp: str) -> str:
    """An import inside src/cronica resolved to its top-level package (link, store, ...)."""
    if imp.startswith("cronica."):
        return imp.split(".")[1]
    if imp.startswith(".."):
        return imp.lstrip(".").split(".")[0]
    if imp.startswith("."):
        return rel.split("/")[0]
    return ""


def test_store_imports_nothing_from_link_and_link_nothing_from_store():
    for layer, forbidden in (("store", "link"), ("link", "store")):
        for path in (SRC / layer).glob("*.py"):
            rel = str(path.relative_to(SRC))
            for imp in _imports(path):
                assert _package_of(rel, imp) != forbidden, (rel, imp)


def test_no_sql_outside_the_store():
    for path in SRC.rglob("*.py"):
        rel = str(path.relative_to(SRC))
        if rel.startswith("store/"):
            continue
        text = path.read_text(encoding="utf-8")
        assert not SQL.search(text), (rel, SQL.search(text).group(0)[:60])
