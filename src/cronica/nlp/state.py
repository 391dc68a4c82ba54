"""What our pipeline stages read and write on a spaCy ``Doc``: one ``DocState`` in ``doc._.cronica``."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Optional

from spacy.tokens import Doc

from ..model import Entity, Event, Figure, Statement, TimeExpr


@dataclass
class DocState:
    published: Optional[date] = None  # anchor for relative times
    outlet: Optional[str] = None
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


if not Doc.has_extension("cronica"):
    Doc.set_extension("cronica", default=None)


def state(doc: Doc) -> DocState:
    st = doc._.cronica
    if st is None:
        st = DocState()
        doc._.cronica = st
    return st
