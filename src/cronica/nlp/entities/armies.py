"""A country's army under several names is one organisation, and two countries' armies are two.

"el Ejército maliense", "las Fuerzas Armadas Malienses (FAMA)" and "las Fuerzas Armadas de Malí" are one
organisation; "el Ejército ucraniano" and "el Ejército ruso" are two (grouped by their written form alone, they were
one); "el Ejército" with no country is the army named nearest before it. The dev gold names such an organisation
"Fuerzas Armadas de <país>" and keeps "Ejército <gentilicio>" among its other names.
"""
from __future__ import annotations

import re
from typing import Optional

from ... import resources
from ...names import fold
from .lexicon import Mention, _Group

HEADS = tuple(sorted(resources.words("es/actors/forces.tsv", "national_forces"), key=len, reverse=True))
_NEXT = re.compile(r"\s+(\w+)")


def _demonym(ec, word: str) -> Optional[str]:
    """The country of a demonym, singular or plural, either case ("ruso", "Malienses", "sudanesas")."""
    w = word.lower()
    for form in (w, w[:-2] if w.endswith("es") else None, w[:-1] if w.endswith("s") else None):
        if form and form in ec.demonyms:
            return ec.demonyms[form]
    return None


def country_of(ec, m: Mention, text: str) -> Optional[str]:
    """The country an army mention names ("" for a bare "Ejército"), or None when it is no national army."""
    form = re.sub(r"^(?:El|La|Los|Las)\s+", "", m.text)  # ("Las Fuerzas Armadas Malienses" after a headline)
    for head in HEADS:
        if form == head:
            nxt = _NEXT.match(text, m.end)
            return (_demonym(ec, nxt.group(1)) if nxt else None) or ""
        if form.startswith(head + " "):
            rest = form[len(head) + 1:]
            of = re.match(r"(?:de|del)\s+(?:la\s+|el\s+)?(.+)$", rest)
            if of:
                return of.group(1) if fold(of.group(1)) in ec.countries else None
            return _demonym(ec, rest) if " " not in rest else None
    return None


def merge_armies(ec, groups: dict[str, _Group], text: str) -> None:
    """Regroup the mentions of national armies by country (see the module's docstring)."""
    found: list[tuple[Mention, str, str]] = []  # (mention, country, key of its group)
    for key, g in groups.items():
        if g.name and not any(country_of(ec, m, text) for m in g.mentions):
            continue  # an armed group of the table under its own name
        for m in g.mentions:
            c = country_of(ec, m, text)
            if c is not None:
                found.append((m, c, key))
    named = sorted((m.start, c) for m, c, _ in found if c)
    if not named:
        return
    table_names = {fold(c): groups[k].name for m, c, k in found if c and groups[k].name}
    moved: dict[str, list[Mention]] = {}
    for m, c, key in found:
        if not c:  # "el Ejército": the army named last before it, else the first one named
            c = next((cc for s, cc in reversed(named) if s < m.start), named[0][1])
        moved.setdefault(fold(c), []).append(m)
        g = groups.get(key)
        if g is not None:
            g.mentions = [x for x in g.mentions if x is not m]
    for key in [k for k, g in groups.items() if not g.mentions]:
        del groups[key]
    for country, ms in moved.items():
        display = next(c for _, c in named if fold(c) == country)
        g = groups.setdefault("army|" + country, _Group())
        g.mentions.extend(ms)
        g.label_votes["ORG"] += 1.0 * len(ms)
        g.name = table_names.get(country) or (
            f"Fuerzas Armadas de {display}" if any("Fuerzas Armadas" in m.text for m in ms) else f"Ejército de {display}")
