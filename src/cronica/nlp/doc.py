"""What the pipeline stages read and write on a spaCy ``Doc``: one extension per output.

Inputs, set by :func:`cronica.nlp.pipeline.new_doc`: ``doc._.published`` (the anchor for relative
times), ``doc._.outlet`` and ``doc._.raw_text`` (the article as given, before hard wraps were
read as spaces; same length as ``doc.text``).

Outputs, each written by one stage (its factory declares it in ``assigns``):
``doc._.layout``, ``doc._.entities``, ``doc._.times``, ``doc._.figures``, ``doc._.statements``,
``doc._.events``; any stage may append to ``doc._.warnings``.

:class:`DocIndex` holds the lookups several stages need (entity at a character, sentence of a
token, the token at a character); :meth:`DocIndex.of` builds it once per article (kept on
``doc._.index`` while the entities stay the same list) and stages pass it explicitly: no stage
keeps per-article state on itself.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc

from ..model import Entity

_DEFAULTS = {
    "published": None, "outlet": None, "raw_text": None, "layout": None,
    "entities": None, "times": None, "figures": None, "statements": None, "events": None, "warnings": None,
    "index": None,  # the DocIndex over the final entities, shared by the stages after the entity stage
    "text": None,  # doc.text, kept: spaCy joins every token's text on each access of doc.text
}
for _name, _default in _DEFAULTS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per article (spaCy rebuilds it from the tokens on every access)."""
    t = doc._.text
    if t is None:
        t = doc._.text = doc.text
    return t


def warnings_of(doc: Doc) -> list[str]:
    if doc._.warnings is None:
        doc._.warnings = []
    return doc._.warnings


def outputs(doc: Doc, name: str) -> list:
    """A stage's output list (empty when the stage did not run)."""
    return getattr(doc._, name) or []


@dataclass
class DocIndex:
    """Lookups over one parsed article: entities by character, sentences by token, tokens by character."""

    doc: Doc
    entities: list[Entity]
    text: str = ""
    ent_of_char: dict[int, Entity] = field(default_factory=dict)
    ents: dict[str, Entity] = field(default_factory=dict)
    sents: list = field(default_factory=list)
    sent_of: dict[int, int] = field(default_factory=dict)
    starts: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, doc: Doc) -> "DocIndex":
        """The index over the article's entities, built once and shared by the stages that read it."""
        ents = outputs(doc, "entities")
        ix = doc._.index
        if ix is None or ix.entities is not ents or len(ix.ents) != len(ents):
            ix = doc._.index = cls.build(doc, ents)
        return ix

    @classmethod
    def build(cls, doc: Doc, entities: Optional[list[Entity]] = None) -> "DocIndex":
        entities = entities if entities is not None else outputs(doc, "entities")
        ix = cls(doc, entities, text=text_of(doc))
        for e in entities:
            ix.ents[e.id] = e
            for s, t in e.mentions:
                for c in range(s, t):
                    ix.ent_of_char[c] = e
        ix.sents = list(doc.sents)
        for i, s in enumerate(ix.sents):
            for t in s:
                ix.sent_of[t.i] = i
        ix.starts = [t.idx for t in doc]
        return ix

    def entity_at(self, tok) -> Optional[Entity]:
        return self.ent_of_char.get(tok.idx)

    def tokens_in(self, a: int, b: int) -> list:
        """The tokens that start in ``[a, b)``, found by bisection instead of a walk over the whole article."""
        return list(self.doc[bisect.bisect_left(self.starts, a):bisect.bisect_left(self.starts, b)])

    def tok_at(self, char: int):
        """The token containing ``char``, else the first one after it."""
        i = bisect.bisect_right(self.starts, char) - 1
        if i >= 0 and char < self.doc[i].idx + len(self.doc[i].text):
            return self.doc[i]
        return self.doc[i + 1] if i + 1 < len(self.doc) else None


__all__ = ["DocIndex", "warnings_of", "outputs"]
