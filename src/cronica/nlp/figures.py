"""Stage ``cronica_figures_v1``: quantities (money, people, weapons, distances) normalised."""
from __future__ import annotations

from spacy.language import Language

from .doc import text_of
from .stage import Stage


@Language.factory("cronica_figures_v1", requires=["doc._.layout", "token.pos", "token.dep"], assigns=["doc._.figures"])
def make_figures(nlp, name):
    return FiguresStage()


class FiguresStage(Stage):
    stage, output = "figures", "figures"

    def process(self, doc) -> None:
        from .numbers import find_figures

        doc._.figures = find_figures(text_of(doc), doc)
