"""Writing one article: one transaction in which the linker stores and links it.

The store keeps data and answers indexed queries; the linker (:mod:`cronica.link.crossdoc`)
decides what is the same as what. This is where the two meet, so neither imports the other.
"""
from __future__ import annotations

from typing import Optional

from ..errors import CronicaError, StoreError
from ..link.crossdoc import LinkFeatures, forget, link_article
from ..model import Article


def not_spanish_message(language: Optional[str]) -> str:
    return f"text is not Spanish (detected {language}); stored without analysis"


def store_article(store, art: Article, feats: Optional[LinkFeatures] = None) -> bool:
    """Store ``art`` and link it to everything stored, in one transaction; False if already stored
    (same id, same text). The same id with a new text replaces the old version."""
    if store.has_article(art.id, art.meta.text_sha256):
        return False
    try:
        with store.transaction():
            if store.has_article(art.id):
                forget(store, art.id)
                store.delete_article(art.id)
            link_article(store, art, feats)
            if art.meta.language != "es":  # in the same transaction: a crash cannot lose the warning
                store.insert_failure(art.meta.source or art.id, "E106", not_spanish_message(art.meta.language), "warning")
    except CronicaError:
        raise
    except Exception as e:
        raise StoreError(f"could not store article {art.id}: {e}") from e
    return True
