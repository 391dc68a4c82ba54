"""Stage ``cronica_statements_v1``: who said what (placeholder until issue 6)."""
from __future__ import annotations

from spacy.language import Language

from .state import state


@Language.factory("cronica_statements_v1")
def make_statements(nlp, name):
    return StatementsStage()


class StatementsStage:
    def __call__(self, doc):
        state(doc).statements = []
        return doc
