"""Stage ``cronica_times_v1``: time expressions resolved against the publication date.

(First level; the full tagger lives in :mod:`cronica.nlp.timex`.)
"""
from __future__ import annotations

from spacy.language import Language

from .state import state


@Language.factory("cronica_times_v1")
def make_times(nlp, name):
    return TimesStage()


class TimesStage:
    def __call__(self, doc):
        from .timex import find_times

        st = state(doc)
        st.times = find_times(doc.text, st.published)
        return doc
