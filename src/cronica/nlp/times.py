"""Stage ``cronica_times_v1``: time expressions resolved against the publication date.

(First level; the full tagger lives in :mod:`cronica.nlp.timex`.)
"""
from __future__ import annotations

from spacy.language import Language

from .doc import text_of
from .stage import Stage


@Language.factory("cronica_times_v1", requires=["doc._.layout"], assigns=["doc._.times"])
def make_times(nlp, name):
    return TimesStage()


class TimesStage(Stage):
    stage, output = "times", "times"

    def process(self, doc) -> None:
        from .timex import find_times

        doc._.times = find_times(text_of(doc), doc._.published)
