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
