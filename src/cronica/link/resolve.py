"""Cross-article entity resolution: one entity per real person, organisation and place.

Decision rule (``same_entity``), explainable in one line per type:

- **types must agree** (a MISC may join an ORG of the same name);
- **alias table** (``resources/entity_aliases_es.tsv``: ``Alianza Atlántica`` = ``OTAN``) and
  **acronyms** (``OIEA`` = the initials of ``Organismo Internacional de Energía Atómica``) match;
- **PER**: the surnames must match after transliteration normalisation
  (``Zelenskiy``/``Zelensky``/``Zelenski``/``Zelenskyy``), by consonant skeleton
  (``Dimitri``/``Dmitri``) or by a one-letter typo (``Stoltnberg``); given names, when both
  are present, must be compatible too. A shared first name alone never merges
  (``Vladimir Putin`` != ``Vladimir Saldo``, ``Oleksandr Syrsky`` != ``Oleksandr Tarnavsky``);
- **LOC**: same GeoNames id when both are geocoded and the ids differ -> never; otherwise the
  transliteration keys or skeletons match with high string similarity
  (``Avdiivka``/``Avdeevka``/``Avdiyivka``; ``Dnipro`` != ``Dnipropetrovsk``);
- **ORG/MISC**: same transliteration key, or acronym/alias.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from .. import resources
from ..names import fold, initials, skeleton, translit_key


@lru_cache(maxsize=1)
def _aliases() -> dict[str, tuple[str, str]]:
    out = {}
    for row in resources.table("entity_aliases_es.tsv"):
        out[fold(row[0])] = (row[1], row[2])
    for row in resources.table("acronyms_es.tsv"):
        out.setdefault(fold(row[0]), (row[2], row[1]))
        out.setdefault(fold(row[2]), (row[2], row[1]))
    return out


def alias_canonical(name: str) -> Optional[str]:
    hit = _aliases().get(fold(name))
    return hit[0] if hit else None


@dataclass
class KnownEntity:
    """An entity already in the store, as the resolver needs to see it."""

    id: int
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    geonames_id: Optional[int] = None


def keys_for(name: str, type_: str) -> set[str]:
    """Blocking keys under which a name is indexed (the store keeps them in a table)."""
    keys = {"t:" + translit_key(name)}
    toks = translit_key(name).split()
    if toks:
        keys.add("s:" + skeleton(name).split()[-1])
        keys.add("l:" + toks[-1][:4])
    canon = alias_canonical(name)
    if canon:
        keys.add("t:" + translit_key(canon))
    if type_ in ("ORG", "MISC"):
        ini = initials(name)
        if len(ini) >= 2:
            keys.add("t:" + translit_key(ini))
        if name.isupper():
            keys.add("t:" + translit_key(name))
    return keys


def _surname_match(a: str, b: str) -> bool:
    ka, kb = translit_key(a), translit_key(b)
    if ka == kb or skeleton(a) == skeleton(b):
        return True
    if min(len(ka), len(kb)) >= 6 and Levenshtein.distance(ka, kb) <= 1:
        return True  # Stoltnberg
    return False


def _given_compatible(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if len(x.rstrip(".")) == 1 or len(y.rstrip(".")) == 1:
        return fold(x)[0] == fold(y)[0]
    return _surname_match(x, y) or ratio(translit_key(x), translit_key(y)) >= 80


def same_name(a: str, b: str, type_: str) -> bool:
    if fold(a) == fold(b):
        return True
    ca, cb = alias_canonical(a) or a, alias_canonical(b) or b
    if fold(ca) == fold(cb):
        return True
    if type_ == "PER":
        ta, tb = a.split(), b.split()
        if not ta or not tb:
            return False
        if not _surname_match(ta[-1], tb[-1]):
            return False
        return _given_compatible(ta[:-1], tb[:-1])
    ka, kb = translit_key(a), translit_key(b)
    if ka == kb:
        return True
    if type_ in ("ORG", "MISC"):
        if a.isupper() and len(a) >= 2 and initials(b).upper() == a:
            return True
        if b.isupper() and len(b) >= 2 and initials(a).upper() == b:
            return True
        return False
    # LOC
    if len(ka.split()) != len(kb.split()):
        return False
    if skeleton(a) == skeleton(b) and ratio(ka, kb) >= 75:
        return True
    return min(len(ka), len(kb)) >= 6 and Levenshtein.distance(ka, kb) <= 1


def same_entity(name: str, type_: str, aliases: Iterable[str], geonames_id: Optional[int],
                known: KnownEntity) -> bool:
    types = {type_, known.type}
    if len(types) > 1 and types != {"ORG", "MISC"}:
        return False
    if type_ == "LOC" and geonames_id and known.geonames_id and geonames_id != known.geonames_id:
        return False
    if type_ == "LOC" and geonames_id and known.geonames_id == geonames_id:
        return True
    mine = [name, *aliases]
    theirs = [known.name, *known.aliases]
    if type_ == "PER":
        # compare full names only (a lone surname links through its article's full name)
        full_a = [x for x in mine if len(x.split()) > 1] or mine
        full_b = [x for x in theirs if len(x.split()) > 1] or theirs
        return any(same_name(x, y, "PER") for x in full_a for y in full_b)
    return any(same_name(x, y, type_) for x in mine for y in theirs)


def best_name(names: Iterable[str], type_: str) -> str:
    """The most complete, well-formed variant: most words, then most frequent, then accents."""
    counts: dict[str, int] = {}
    for n in names:
        counts[n] = counts.get(n, 0) + 1
    def score(n: str):
        wellformed = not n.isupper() or len(n) <= 6
        return (wellformed, len(n.split()) if type_ == "PER" else 0, counts[n], n != fold(n), -len(n))
    return max(counts, key=score)
