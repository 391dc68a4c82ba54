"""Stage ``cronica_figures_v1``: quantities (money, people, weapons, distances) normalised."""
from __future__ import annotations

from spacy.language import Language

from .state import state


@Language.factory("cronica_figures_v1")
def make_figures(nlp, name):
    return FiguresStage()


class FiguresStage:
    def __call__(self, doc):
        from .numbers import find_figures

        st = state(doc)
        st.figures = find_figures(doc.text, doc)
        return doc
