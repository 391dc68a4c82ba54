"""After an article is stored: link its events to merged events and its statements to claims."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Article
from .claims import link_claims
from .events_merge import merge_article_events

if TYPE_CHECKING:  # the store calls us; we never import it at run time
    from ..store.base import Store


def link_article(store: "Store", art: Article, gids: dict[str, int]) -> None:
    merge_article_events(store, art, gids)
    link_claims(store, art, gids)
