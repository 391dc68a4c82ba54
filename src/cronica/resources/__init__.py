"""Language resources kept as data, each file saying where it came from.

Layout: ``es/<category>/<name>.tsv`` (one folder per language and category). A file opens with ``#``
comment lines, among them ``# source: ...`` (where the list came from) and ``# licence: ...``; the first
other line is the header row (tab-separated column names); every later line is a row. Rule files have
an ``id`` column (unique in the file) and an ``example`` column holding a real sentence from the press,
which a test runs through the pipeline.

``rows(path)`` reads such a table; ``words(path, name)`` one named class of a word-class file
(columns ``id``, ``words`` with ``|``-separated entries). ``lines(name)``/``table(name)`` read the older
flat files (one item per line / tab-separated, ``#`` comments).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ResourceError

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Table:
    """One resource table: its header comments (``source``, ``licence`` ...), columns and rows."""

    path: str
    meta: dict
    columns: tuple[str, ...]
    rows: tuple[dict, ...]

    def by_id(self) -> dict[str, dict]:
        return {r["id"]: r for r in self.rows}


@lru_cache(maxsize=None)
def rows(path: str) -> Table:
    """The table at ``resources/<path>`` (e.g. ``es/events/triggers.tsv``), checked as it is read."""
    full = HERE / path
    try:
        raw = full.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise ResourceError(f"resource {path} cannot be read: {e}") from e
    meta: dict[str, str] = {}
    columns: tuple[str, ...] = ()
    out = []
    for n, line in enumerate(raw, 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            key, sep, value = line[1:].strip().partition(":")
            if sep and key.strip().isidentifier() and not columns:
                meta[key.strip().lower()] = (meta.get(key.strip().lower(), "") + " " + value.strip()).strip()
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not columns:
            columns = tuple(cells)
            continue
        if len(cells) > len(columns):
            raise ResourceError(f"{path}:{n}: {len(cells)} cells for {len(columns)} columns")
        out.append(dict(zip(columns, cells + [""] * (len(columns) - len(cells)))))
    if "source" not in meta:
        raise ResourceError(f"{path}: no '# source:' line")
    if "id" in columns:
        seen: set[str] = set()
        for r in out:
            if not r["id"] or r["id"] in seen:
                raise ResourceError(f"{path}: id {r['id']!r} missing or repeated")
            seen.add(r["id"])
    return Table(path, meta, columns, tuple(out))


@lru_cache(maxsize=None)
def words(path: str, name: str) -> frozenset[str]:
    """The words of class ``name`` in a word-class file (``id``/``words`` columns)."""
    for r in rows(path).rows:
        if r["id"] == name:
            return frozenset(w.strip() for w in r["words"].split("|") if w.strip())
    raise ResourceError(f"{path}: no word class {name!r}")


_ACCENT = {"a": "[aá]", "e": "[eé]", "i": "[ií]", "o": "[oó]", "u": "[uúü]", "á": "[aá]", "é": "[eé]",
           "í": "[ií]", "ó": "[oó]", "ú": "[uú]"}


def pattern(path: str, *names: str, plural: bool = False) -> str:
    """A regex alternation (accents optional, longest first) of the words of classes ``names`` of a
    word-class file; with ``plural``, each word's plural too (``aldea(?:s)?``, ``ciudad(?:es)?``)."""
    out = set()
    for n in names:
        out |= words(path, n)
    def one(word: str, inflect: bool) -> str:
        body = "".join(_ACCENT.get(c, re.escape(c)) for c in word.lower())
        if inflect:
            body += "(?:es)?" if word[-1] not in "aeiouáéíóú" else "(?:s)?"
        return body

    alts = []
    for w in sorted(out, key=len, reverse=True):
        head, *rest = w.split()  # "campo de refugiados": the head noun takes the plural
        alts.append(r"\s+".join([one(head, plural)] + [one(r, False) for r in rest]))
    return "(?:" + "|".join(alts) + ")"


def all_tables(lang: str = "es") -> list[str]:
    """Every table under ``resources/<lang>/`` (for the integrity tests)."""
    return sorted(str(p.relative_to(HERE)) for p in (HERE / lang).rglob("*.tsv"))


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
    """The rows of a table under ``es/`` as dicts (empty cells are empty strings)."""
    return rows(name).rows


def header(name: str) -> dict[str, str]:
    """The ``# key: value`` comment lines at the top of a resource file (source, licence, kind ...)."""
    return rows(name).meta
