"""Armed actors and demonyms as data, shared by every layer (like :mod:`cronica.names`).

* ``resources/es/actors/armed_groups.tsv``: state forces, militias, rebel and jihadist groups,
  cartels and gangs of the wars the Spanish-language press covers, each with its Spanish name,
  acronyms, variants, the lower-case noun for its members (``talibanes``, ``hutíes``), its kind,
  country and side; the header of the file names its sources.
* ``resources/es/actors/demonyms.tsv`` and the older ``demonyms_es.tsv``: demonyms and the country
  they point to (``afgano`` -> AF), with their plurals.

Readers of the text use them to type and name a group (``las FAR`` is the Rapid Support Forces, an
organisation, not a place or a person) and the geocoder to tell which countries a story is about.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from . import resources
from .names import fold

GROUPS = "es/actors/armed_groups.tsv"
DEMONYMS = "es/actors/demonyms.tsv"


@dataclass(frozen=True)
class ArmedGroup:
    id: str
    name: str  # the canonical Spanish name
    acronyms: tuple[str, ...]
    variants: tuple[str, ...]
    members: tuple[str, ...]  # lower-case nouns for its fighters: "talibanes", "hutíes"
    kind: str  # state_force, rebel, jihadist, militia, paramilitary, cartel, gang, private_military
    countries: tuple[str, ...]  # ISO 3166-1 alpha-2, where it fights (first: where it is from)
    side: str  # government, insurgent, pro_government, criminal, foreign
    example: str

    @property
    def forms(self) -> tuple[str, ...]:
        """Every capitalised form that names the group."""
        return (self.name, *self.acronyms, *self.variants)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


@lru_cache(maxsize=None)
def armed_groups() -> tuple[ArmedGroup, ...]:
    out = []
    for r in resources.records(GROUPS):
        out.append(ArmedGroup(
            id=r["id"], name=r["name"], acronyms=_split(r["acronyms"]), variants=_split(r["variants"]),
            members=_split(r["members"]), kind=r["kind"], countries=_split(r["country"].upper()),
            side=r["side"], example=r["example"]))
    return tuple(out)


@lru_cache(maxsize=None)
def group_by_form() -> dict[str, ArmedGroup]:
    """Folded name, acronym or variant -> the group (case is kept apart by the caller: ``FAR``
    the acronym is not ``far``)."""
    out: dict[str, ArmedGroup] = {}
    for g in armed_groups():
        for f in g.forms:
            out.setdefault(fold(f), g)
    return out


@lru_cache(maxsize=None)
def group_by_member() -> dict[str, ArmedGroup]:
    """Folded lower-case noun for a group's fighters ("talibanes", "hutíes") -> the group."""
    out: dict[str, ArmedGroup] = {}
    for g in armed_groups():
        for f in g.members:
            out.setdefault(fold(f), g)
    return out


def group_of_fighters(word: str) -> Optional[ArmedGroup]:
    """The group a lower-case noun for its fighters names ("hutíes", "talibanes"), or None."""
    return group_by_member().get(fold(word)) if word.islower() else None


@lru_cache(maxsize=None)
def actor_countries() -> dict[str, str]:
    """Folded form (names, acronyms, variants, member nouns) -> the country of a group that fights
    in one country; groups of several countries (Estado Islámico, Wagner) say nothing of the story."""
    out: dict[str, str] = {}
    for g in armed_groups():
        if len(g.countries) != 1:
            continue
        for f in (*g.forms, *g.members):
            out.setdefault(fold(f), g.countries[0])
    return out


def plurals(word: str) -> list[str]:
    """Spanish plurals of a demonym: ``afgano`` -> ``afganos``, ``somalí`` -> ``somalíes``/``somalís``,
    ``francés`` -> ``franceses``, ``sudanés`` -> ``sudaneses``, ``alemán`` -> ``alemanes``."""
    w = word
    if w[-1] in "aeiou":
        return [w + "s"]
    if w[-1] in "áéíóú":
        return [w + "es", w + "s"]
    plain = w[:-2] + {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u"}.get(w[-2], w[-2]) + w[-1]
    return [plain + "es"]


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """Folded country name as the press writes it (``exonyms_es.tsv``) -> ISO country code."""
    return {fold(r[0]): r[3].upper() for r in resources.table("exonyms_es.tsv") if len(r) > 3 and r[1] == "country"}


@lru_cache(maxsize=None)
def demonym_countries() -> dict[str, str]:
    """Folded demonym (singular and plural, both genders as listed) -> ISO country code."""
    iso = country_codes()
    out: dict[str, str] = {}
    for r in resources.records(DEMONYMS):
        for form in _split(r["forms"]):
            for f in (form, *plurals(form)):
                out.setdefault(fold(f), r["country"].upper())
    for row in resources.table("demonyms_es.tsv"):
        cc = iso.get(fold(row[1])) if len(row) > 1 else None
        if cc:
            for f in (row[0], *plurals(row[0])):
                out.setdefault(fold(f), cc)
    return out


__all__ = ["ArmedGroup", "armed_groups", "group_by_form", "actor_countries", "country_codes", "demonym_countries",
           "plurals"]


@lru_cache(maxsize=None)
def country_names() -> dict[str, str]:
    """ISO country code -> its Spanish name (the CLDR name of ``exonyms_es.tsv``'s first country row)."""
    out: dict[str, str] = {}
    for r in resources.table("exonyms_es.tsv"):
        if len(r) > 3 and r[1] == "country":
            out.setdefault(r[3].upper(), r[0])
    return out


@lru_cache(maxsize=None)
def country_forms() -> frozenset[str]:
    """Every folded name of a country the press writes (CLDR names, press forms, the hand list)."""
    forms = {fold(r[0]) for r in resources.table("exonyms_es.tsv") if len(r) > 3 and r[1] == "country"}
    # "Myanmar (Birmania)": the press writes either name alone
    forms |= {fold(part) for f in forms if "(" in f for part in f.replace(")", "").split("(") if part.strip()}
    return frozenset({f.strip() for f in forms} | {fold(x) for x in state_names()})


def state_names() -> tuple[str, ...]:
    """Country and region names, and the capitals the press uses for their governments, as the press writes them
    (``countries_es.txt``, ``capitals_es.txt``: always places)."""
    return resources.lines("countries_es.txt") + resources.lines("capitals_es.txt")


@lru_cache(maxsize=None)
def capital_forms() -> frozenset[str]:
    """The folded names of the capitals the press uses for their governments ("Moscú niega")."""
    return frozenset(fold(x) for x in resources.lines("capitals_es.txt"))
