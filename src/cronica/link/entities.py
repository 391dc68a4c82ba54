"""Cross-article entities: each entity of a new article joins a stored one or starts a new one.

Candidates come from the store's blocking keys (:func:`cronica.namekeys.keys_for`, an indexed
lookup); the decision is :func:`cronica.link.resolve.choose`. The canonical name is recomputed
from how often each spelling was seen (bounded by distinct spellings, not by articles).
"""
from __future__ import annotations

from typing import Optional, Protocol

from ..model import Article, Entity, Geo
from ..namekeys import keys_for
from ..records import KnownEntity
from .resolve import best_name, choose


class EntityStore(Protocol):
    def entity_candidates(self, keys: set[str]) -> list[KnownEntity]: ...
    def create_entity(self, ent: Entity) -> int: ...
    def add_entity_mentions(self, entity_id: int, n: int, geo: Optional[Geo]) -> None: ...
    def add_entity_names(self, entity_id: int, aliases, keys) -> None: ...
    def entity_alias_counts(self, entity_id: int) -> dict[str, int]: ...
    def entity_has_geo(self, entity_id: int) -> bool: ...
    def set_entity_name(self, entity_id: int, name: str) -> None: ...
    def insert_article_entity(self, art: Article, ent: Entity, entity_id: int) -> None: ...


def spellings(art: Article, ent: Entity) -> list[str]:
    return sorted({art.text[s:e] for s, e in ent.mentions} | {ent.name})


def resolve_entities(store: EntityStore, art: Article) -> dict[str, int]:
    """Link every entity of ``art``; returns its local ids -> cross-article entity ids."""
    gids: dict[str, int] = {}
    # full names first: a lone surname in the same article then finds its person already linked
    order = sorted(art.entities, key=lambda e: (-len(e.name.split()) if e.type == "PER" else 0, e.id))
    for ent in order:
        aliases = spellings(art, ent)
        keys: set[str] = set()
        for a in aliases:
            keys |= keys_for(a, ent.type)
        match = choose(ent, aliases, store.entity_candidates(keys))
        if match is None:
            gid = store.create_entity(ent)
        else:
            gid = match.id
            store.add_entity_mentions(gid, len(ent.mentions), ent.geo)
        store.add_entity_names(gid, aliases, keys)
        if match is not None and not (ent.type == "LOC" and store.entity_has_geo(gid)):
            # canonical name: the geocoded place name stays; otherwise the most complete well-formed variant
            names = [ent.name]
            for alias, n in store.entity_alias_counts(gid).items():
                names.extend([alias] * min(n, 50))
            store.set_entity_name(gid, best_name(names, ent.type))
        gids[ent.id] = gid
        store.insert_article_entity(art, ent, gid)
    return gids
