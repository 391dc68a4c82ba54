"""Language resources kept as data (one file per list, each saying where it came from).

``lines(name)`` reads a one-item-per-line list; ``table(name)`` a tab-separated table.
Lines starting with ``#`` are comments.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    out = []
    for raw in (HERE / name).read_text(encoding="utf-8").splitlines():
        s = raw.strip()
        if s and not s.startswith("#"):
            out.append(s)
    return tuple(out)


@lru_cache(maxsize=None)
def table(name: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(c.strip() for c in s.split("\t")) for s in lines(name))


@lru_cache(maxsize=None)
def records(name: str) -> tuple[dict[str, str], ...]:
    """A TSV with ``# source:``/``# licence:`` comment lines, then a header row, then one record a line
    (the layout of the files under ``es/``). Empty cells are empty strings."""
    rows = table(name)
    if not rows:
        return ()
    head = rows[0]
    return tuple({h: (r[i] if i < len(r) else "") for i, h in enumerate(head)} for r in rows[1:])


def header(name: str) -> dict[str, str]:
    """The ``# key: value`` comment lines at the top of a resource file (source, licence, ...)."""
    out: dict[str, str] = {}
    for raw in (HERE / name).read_text(encoding="utf-8").splitlines():
        if not raw.startswith("#"):
            break
        k, sep, v = raw[1:].partition(":")
        if sep and k.strip() and " " not in k.strip():
            out.setdefault(k.strip().lower(), v.strip())
    return out
