"""Spellings of one name: blocking keys and the name-level comparison used by every layer.

The store indexes entity names under :func:`keys_for` and answers "which entity is called X"
with :func:`same_name`; :mod:`cronica.link.resolve` builds its cross-article decision on top.

- **alias table** (``resources/entity_aliases_es.tsv``: ``Alianza Atlántica`` = ``OTAN``) and
  **acronyms** (``OIEA`` = the initials of ``Organismo Internacional de Energía Atómica``);
- **PER**: the surnames must match after transliteration normalisation
  (``Zelenskiy``/``Zelensky``/``Zelenski``/``Zelenskyy``), by consonant skeleton
  (``Dimitri``/``Dmitri``) or by a one-letter typo (``Stoltnberg``); given names, when both
  are present, must be compatible too;
- **LOC**: the transliteration keys or skeletons match with high string similarity
  (``Avdiivka``/``Avdeevka``/``Avdiyivka``; ``Dnipro`` != ``Dnipropetrovsk``);
- **ORG/MISC**: same transliteration key, or acronym/alias.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from . import resources
from .names import fold, initials, skeleton, translit_key


@lru_cache(maxsize=1)
def _slavic_rules() -> tuple[tuple[re.Pattern, str], ...]:
    seen: dict[str, str] = {}
    for row in resources.table("translit_slavic_es.tsv"):
        seen.setdefault(row[1], row[2])
    return tuple((re.compile(p), r) for p, r in seen.items())


@lru_cache(maxsize=65536)
def slavic_key(name: str) -> str:
    """A phonetic key on which Ukrainian, Russian, English-, German- and Spanish-style spellings of
    one Slavic name meet (``resources/translit_slavic_es.tsv``): Oleh/Oleg, Hroza/Groza,
    Kharkiv/Járkov, Klitschko/Klichkó, Mykolaiv/Nicolaiev, Oleksii/Aleksei."""
    s = fold(name)
    s = re.sub(r"['’`´]", "", s).replace("-", " ")
    for rx, rep in _slavic_rules():
        s = rx.sub(rep, s)
    s = s.replace("y", "i").replace("w", "v")
    s = re.sub(r"(.)\1", r"\1", s)
    return re.sub(r"[^a-z0-9 ]", "", s).strip()


@lru_cache(maxsize=65536)
def slavic_skeleton(name: str) -> str:
    """:func:`slavic_key` without its vowels after each word's first letter (Horlivka/Gorlovka -> grlvk)."""
    return " ".join(w[0] + re.sub(r"[aeiou]", "", w[1:]) for w in slavic_key(name).split() if w)


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


def keys_for(name: str, type_: str) -> set[str]:
    """Blocking keys under which a name is indexed (the store keeps them in a table)."""
    keys = {"t:" + translit_key(name)}
    toks = translit_key(name).split()
    if toks:
        keys.add("s:" + skeleton(name).split()[-1])
        keys.add("l:" + toks[-1][:4])
        sk = slavic_skeleton(name).split()
        if sk:
            keys.add("v:" + sk[-1])
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
    if len(slavic_skeleton(a)) >= 3 and slavic_skeleton(a) == slavic_skeleton(b):
        return True  # Klitschko/Klichkó, Sinegubov/Synehubov
    if min(len(ka), len(kb)) >= 6 and Levenshtein.distance(ka, kb) <= 1:
        return True  # Stoltnberg
    return False


def _given_compatible(a: list[str], b: list[str]) -> bool:
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if len(x.rstrip(".")) == 1 or len(y.rstrip(".")) == 1:
        return fold(x)[0] == fold(y)[0]
    return _surname_match(x, y) or ratio(translit_key(x), translit_key(y)) >= 80 \
        or ratio(slavic_key(x), slavic_key(y)) >= 80  # Oleksii/Aleksei, Serhiy/Sergei


@lru_cache(maxsize=200_000)
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
    if fold(a).replace("zh", "j") == fold(b).replace("zh", "j"):
        return True  # the French transliteration of the wire copy: Ryjivka/Ryzhivka
    if skeleton(a) == skeleton(b) and ratio(ka, kb) >= 75:
        return True
    if slavic_skeleton(a) == slavic_skeleton(b) and ratio(slavic_key(a), slavic_key(b)) >= 70:
        return True  # Horlivka/Gorlovka, Mykolaiv/Nicolaiev, Hroza/Groza
    return min(len(ka), len(kb)) >= 6 and Levenshtein.distance(ka, kb) <= 1
