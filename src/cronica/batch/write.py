"""Writing articles: the linker stores and links each one inside a transaction.

The store keeps data and answers indexed queries; the linker (:mod:`cronica.link.crossdoc`)
decides what is the same as what. This is where the two meet, so neither imports the other.

One article is one savepoint; the :class:`Writer` of a batch run commits every ``batch`` articles
(or every few seconds), so a commit is not paid per article. An article that fails rolls back
alone; a run that is killed loses at most the open batch, and running it again stores exactly that
(articles already stored are skipped), in the same order, so the store ends the same.
"""
from __future__ import annotations

import time
from typing import Optional

from ..errors import CronicaError, StoreError
from ..link.crossdoc import LinkFeatures, forget, link_article
from ..link.events_merge import forget_cache
from ..model import Article


def not_spanish_message(language: Optional[str]) -> str:
    return f"text is not Spanish (detected {language}); stored without analysis"


def _write(store, art: Article, feats: Optional[LinkFeatures]) -> None:
    if store.has_article(art.id):  # same id, new text: the new version replaces the old
        forget(store, art.id)
        store.delete_article(art.id)
    link_article(store, art, feats)
    if art.meta.language != "es":  # with the article: a crash cannot lose the warning
        store.insert_failure(art.meta.source or art.id, "E106", not_spanish_message(art.meta.language), "warning")


def store_article(store, art: Article, feats: Optional[LinkFeatures] = None) -> bool:
    """Store ``art`` and link it to everything stored, in its own transaction; False if already
    stored (same id, same text)."""
    if store.has_article(art.id, art.meta.text_sha256):
        return False
    try:
        with store.transaction():
            _write(store, art, feats)
    except CronicaError:
        forget_cache(store)
        raise
    except Exception as e:
        forget_cache(store)
        raise StoreError(f"could not store article {art.id}: {e}") from e
    return True


class Writer:
    """The one writer of a batch run: articles in input order, ``batch`` to a commit."""

    def __init__(self, store, batch: int = 16, max_seconds: float = 5.0):
        self.store, self.batch, self.max_seconds = store, max(1, batch), max_seconds
        self._tx = None
        self._n = 0
        self._since = 0.0

    def _open(self) -> None:
        if self._tx is None:
            self._tx = self.store.transaction()
            self._tx.__enter__()
            self._n, self._since = 0, time.monotonic()

    def add(self, art: Article, feats: Optional[LinkFeatures] = None) -> bool:
        """Store and link one article; False if already stored. A failure rolls back this article only."""
        self._open()
        if self.store.has_article(art.id, art.meta.text_sha256):
            return False
        try:
            with self.store.savepoint():
                _write(self.store, art, feats)
        except CronicaError:
            forget_cache(self.store)
            raise
        except Exception as e:
            forget_cache(self.store)
            raise StoreError(f"could not store article {art.id}: {e}") from e
        finally:
            self._n += 1
            if self._n >= self.batch or time.monotonic() - self._since > self.max_seconds:
                self.commit()
        return True

    def add_failure(self, source: str, code: str, message: str, severity: str = "error",
                    content_sha256: Optional[str] = None) -> bool:
        self._open()
        return self.store.insert_failure(source, code, message, severity, content_sha256)

    def commit(self) -> None:
        if self._tx is not None:
            tx, self._tx = self._tx, None
            tx.__exit__(None, None, None)

    def abort(self) -> None:
        if self._tx is not None:
            tx, self._tx = self._tx, None
            forget_cache(self.store)
            tx.__exit__(RuntimeError, RuntimeError("aborted"), None)

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, et, e, tb) -> bool:
        if et is None:
            self.commit()
        else:
            self.abort()
        return False
