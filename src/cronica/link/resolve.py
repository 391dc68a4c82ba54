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

from typing import Iterable, Optional

from ..namekeys import alias_canonical, keys_for, same_name  # noqa: F401  (re-exported)
from ..names import fold
from ..records import KnownEntity


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


REGION_FEATURES = {"region", "country", "admin", "adm1", "adm2", "district"}
NEAR_SAME_PLACE_KM = 5.0  # two geocoded places further apart are different places, whatever their names


def _feature_kind(feature: Optional[str]) -> Optional[str]:
    if not feature:
        return None
    return "area" if feature in REGION_FEATURES else "point"


def _places_compatible(geo, known: KnownEntity) -> bool:
    """A city and its namesake region, or two namesakes far apart, stay apart."""
    if geo is None or known.lat is None or geo.lat is None:
        return True
    ka, kb = _feature_kind(geo.feature), _feature_kind(known.feature)
    if ka and kb and ka != kb:
        return False
    if ka == "point" and kb == "point":
        from ..geomath import haversine_km

        return haversine_km(geo.lat, geo.lon, known.lat, known.lon) <= NEAR_SAME_PLACE_KM
    return True


def choose(ent, aliases: list[str], candidates: list[KnownEntity]) -> Optional[KnownEntity]:
    """The stored entity this article entity is, or None for a new one.

    Places geocoded to the same gazetteer id are one place whatever their spelling (the Russian and
    the Ukrainian form of one town, ``Artiómovsk``/``Bajmut``); two different ids, a city against a
    region, or two points more than a few km apart never are. Among several candidates the one with
    the same spelling wins, then the one seen most often (a lone surname goes to the person most
    often named so)."""
    gid_geo = ent.geo.geonames_id if ent.geo else None
    ok = []
    for cand in candidates:
        if ent.type == "LOC":
            if gid_geo and cand.geonames_id == gid_geo:
                ok.append((0, cand))
                continue
            if not _places_compatible(ent.geo, cand):
                continue
        if same_entity(ent.name, ent.type, aliases, gid_geo, cand):
            exact = fold(ent.name) == fold(cand.name) or fold(ent.name) in {fold(a) for a in cand.aliases}
            ok.append((1 if exact else 2, cand))
    if not ok:
        return None
    ok.sort(key=lambda x: (x[0], -x[1].n_mentions, x[1].id))
    return ok[0][1]
