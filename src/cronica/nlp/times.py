"""Stage ``cronica_times_v1``: time expressions resolved against the publication date.

(First level; the full tagger lives in :mod:`cronica.nlp.timex`.)
"""
from __future__ import annotations

from spacy.language import Language

from .doc import text_of
from .stage import Stage


@Language.factory("cronica_times_v1", requires=["doc._.layout", "doc._.entities"], assigns=["doc._.times"])
def make_times(nlp, name):
    return TimesStage()


class TimesStage(Stage):
    stage, output = "times", "times"

    def process(self, doc) -> None:
        from .timex import find_times

        times = find_times(text_of(doc), doc._.published)
        # a date inside a longer name is part of the name: "el grupo rebelde Movimiento 23 de Marzo (M23)"
        names = [(a, b) for e in (doc._.entities or []) for a, b in e.mentions]
        doc._.times = [t for t in times if not any(a <= t.span[0] and t.span[1] <= b and b - a > t.span[1] - t.span[0]
                                                   for a, b in names)]
