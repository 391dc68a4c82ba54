"""Stage ``cronica_events_v1``: conflict events (placeholder until issue 7)."""
from __future__ import annotations

from spacy.language import Language

from .state import state


@Language.factory("cronica_events_v1")
def make_events(nlp, name):
    return EventsStage()


class EventsStage:
    def __call__(self, doc):
        state(doc).events = []
        return doc
