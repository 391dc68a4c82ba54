"""The reporting lexicon: verbs, prepositional cues, channels and speaker nouns (data, not code)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ... import resources
from ...names import fold


@dataclass(frozen=True)
class Cue:
    form: str
    kind: str  # verb prep channel speaker anon
    stance: str
    negated: str  # stance when negated, "-" when a negated cue is not a statement
    args: str  # que obj a de


@dataclass
class Lexicon:
    verbs: dict[str, Cue] = field(default_factory=dict)
    preps: dict[str, Cue] = field(default_factory=dict)
    channels: set[str] = field(default_factory=set)
    speakers: set[str] = field(default_factory=set)
    anon: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    forms: dict[str, str] = field(default_factory=dict)  # irregular verb form -> lemma the tagger misses
    periphrasis: set[str] = field(default_factory=set)  # verbs an infinitive cue may hang on ("volvió a pedir")
    documents: set[str] = field(default_factory=set)  # "según un decreto de X": the channel, X speaks
    basis: set[str] = field(default_factory=set)  # "según estimaciones de X": X speaks, no channel

    @classmethod
    def load(cls) -> "Lexicon":
        lex = cls()
        for row in resources.table("reporting_es.tsv"):
            if len(row) < 5:
                continue
            cue = Cue(row[0], row[1], row[2], row[3], row[4])
            if cue.kind == "verb":
                lex.verbs[cue.form] = cue
            elif cue.kind == "prep":
                lex.preps[cue.form] = cue
            elif cue.kind == "channel":
                lex.channels.add(cue.form)
            elif cue.kind == "speaker":
                lex.speakers.add(cue.form)
            elif cue.kind == "anon":
                lex.anon.add(cue.form)
            elif cue.kind == "form":
                lex.forms[cue.form.lower()] = cue.stance
            elif cue.kind == "periphrasis":
                lex.periphrasis.add(cue.form)
            elif cue.kind == "document":
                lex.documents.add(cue.form)
                lex.channels.add(cue.form)
            elif cue.kind == "basis":
                lex.basis.add(cue.form)
        lex.titles = {t.lower() for t in resources.lines("titles_es.txt")}
        lex.demonyms = {fold(row[0]) for row in resources.table("demonyms_es.tsv")}
        return lex


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon.load()


def reporting_stances() -> dict[str, str]:
    """Every reporting verb's lemma and its stance (``decir`` -> ``assert``, ``negar`` -> ``deny``)."""
    return {lemma: cue.stance for lemma, cue in lexicon().verbs.items()}
