"""What every cronica stage shares: a failure on one article is a warning naming the stage, never a lost article.

A stage subclasses :class:`Stage`, names the ``doc._`` extension it writes (``output``) and implements
``process(doc)``. When ``process`` raises, the output is left empty (or ``empty()``), the article gets the
warning ``"<stage> stage failed: <error>"`` and the pipeline goes on with the next stage, so the article is
still stored with everything the other stages found.
"""
from __future__ import annotations

import logging

from .doc import warnings_of

log = logging.getLogger("cronica")


class Stage:
    stage = "stage"
    output = ""

    def __call__(self, doc):
        try:
            self.process(doc)
        except Exception as e:  # noqa: BLE001  one odd article must not sink the batch (recorded, not hidden)
            log.debug("%s stage failed", self.stage, exc_info=True)
            setattr(doc._, self.output, self.empty(doc))
            warnings_of(doc).append(f"{self.stage} stage failed: {type(e).__name__}: {e}")
        return doc

    def process(self, doc) -> None:
        raise NotImplementedError

    def empty(self, doc):
        return []
