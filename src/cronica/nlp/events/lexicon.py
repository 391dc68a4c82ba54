"""The events lexicon: triggers with their constraints, and the word classes the steps read.

Read from ``resources/es/events/triggers.tsv``; the reporting words (for an event inside someone's words)
from the one reporting lexicon, ``resources/es/reporting/`` (data, with the sources it was written from). Verb triggers
are matched in every conjugated form (:func:`cronica.nlp.spanish.conjugate`), so the lemmatiser's errors
on rare verb forms do not matter.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ... import resources
from ...names import fold
from ..spanish import conjugate, noun_forms, participle_lemma
from ..statements.lexicon import lexicon as reporting_lexicon

LEXICON = "es/events/triggers.tsv"


@dataclass
class Trigger:
    id: str  # the row id in the lexicon
    words: list[str]  # lemma words; "..." = gap
    head: int  # index of the word whose span is the trigger, or -1 for the whole phrase
    type: str
    pos: str  # V / N
    cons: dict[str, str]
    forms: dict[str, str] = field(default_factory=dict)  # verb form -> tag


@dataclass
class Lexicon:
    triggers: list[Trigger]
    classes: dict[str, set[str]]
    report: dict[str, str]
    expect: set[str]
    hypo: set[str]
    block: set[str]
    light: set[str]
    result: set[str]
    new: set[str]
    verb_index: dict[str, list[tuple[Trigger, str]]]
    noun_index: dict[str, list[Trigger]]
    report_forms: dict[str, str]  # folded verb form -> reporting lemma
    expect_for: dict[str, set[str]] = field(default_factory=dict)  # governing word -> the event types it makes expected
    frame: set[str] = field(default_factory=set)
    notplace: set[str] = field(default_factory=set)
    attempt: set[str] = field(default_factory=set)
    willing: set[str] = field(default_factory=set)  # words of will, readiness or possibility: what they govern is not done
    undergo: set[str] = field(default_factory=set)
    purpose: set[str] = field(default_factory=set)
    stage: set[str] = field(default_factory=set)
    achieved: set[str] = field(default_factory=set)  # qualities of actions whose purpose was reached ("decisivo")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    trig: list[Trigger] = []
    classes: dict[str, set[str]] = {}
    sets: dict[str, set[str]] = {k: set() for k in ("expect", "hypo", "block", "light", "result", "new", "frame", "notplace",
                                                          "attempt", "undergo", "purpose", "stage", "willing", "achieved")}
    expect_for: dict[str, set[str]] = {}
    report_irregular: dict[str, str] = {}
    for row in resources.rows(LEXICON).rows:
        kind, phrase, value, cons_s = row["kind"], row["phrase"], row["value"], row["constraints"]
        if kind == "trigger":
            raw = phrase.split()
            head = next((i for i, w in enumerate(x for x in raw if x != "...") if w.endswith("*")), -1)  # among matched words
            words = [w.rstrip("*") for w in raw]
            cons: dict[str, str] = {}
            for c in filter(None, (x.strip() for x in cons_s.split(","))):
                k, _, v = c.partition("=")
                cons[k] = v
            t = Trigger(row["id"], words, head, value, cons.get("pos", "N"), cons)
            if t.pos == "V":
                t.forms = conjugate(words[0])
                for extra in filter(None, cons.get("forms", "").split("|")):
                    t.forms.setdefault(extra, "part" if extra.endswith(("ído", "ída", "ídos", "ídas", "echo")) else "past")
            trig.append(t)
        elif kind == "class":
            classes[phrase] = {fold(w) for w in value.split("|") if w}
        elif kind == "expect" and value.strip():
            expect_for[fold(phrase)] = {v for v in value.split("|") if v}
        elif kind in sets:
            sets[kind].add(fold(phrase))
    verb_index: dict[str, list[tuple[Trigger, str]]] = {}
    noun_index: dict[str, list[Trigger]] = {}
    for t in trig:
        if t.pos == "V":
            for form, tag in t.forms.items():
                verb_index.setdefault(fold(form), []).append((t, tag))
        else:
            for form in noun_forms(t.words[0]):
                noun_index.setdefault(form, []).append(t)
    # the reporting words: the one reporting lexicon (resources/es/reporting), and "según"
    reporting = reporting_lexicon()
    # (not a verb that reports only a count it gives: offering pictures of a strike reports no strike)
    report = {lemma: cue.stance for lemma, cue in reporting.verbs.items() if cue.args != "count"}
    report.update({form: cue.stance for form, cue in reporting.preps.items() if form == "según"})
    report_irregular.update({fold(f): lemma for f, lemma in reporting.forms.items() if lemma in report})
    report_forms: dict[str, str] = {}
    for lem in report:
        if lem.endswith(("ar", "er", "ir")):
            for form in conjugate(lem):
                report_forms.setdefault(fold(form), lem)
        else:
            report_forms[fold(lem)] = lem
    for form, lem in report_irregular.items():
        report_forms.setdefault(form, lem)
    return Lexicon(trig, classes, report, sets["expect"], sets["hypo"], sets["block"], sets["light"], sets["result"], sets["new"],
                   verb_index, noun_index, report_forms, expect_for,
                   **{k: sets[k] for k in ("frame", "notplace", "attempt", "undergo", "purpose", "stage", "willing", "achieved")})


def match_phrase(ctx, doc, tok, t: Trigger):
    """The tokens of ``t``'s phrase from ``tok`` on, in order within its sentence ("..." allows a longer gap), or None."""
    toks = [tok]
    i = tok.i
    sent_end = tok.sent.end
    gap = 5
    for w in t.words[1:]:
        if w == "...":
            gap = 7
            continue
        hit = None
        for j in range(i + 1, min(sent_end, i + 1 + gap)):
            x = doc[j]
            if fold(x.text) == fold(w) or fold(x.lemma_) == fold(w) or fold(x.text) in noun_forms(w) \
                    or w.endswith(("ar", "er", "ir")) and x.pos_ in ("ADJ", "VERB") and fold(w) in participle_lemma(x):
                # ("un misil lanzado": the tagger's lemma of a participle is the adjective)
                hit = x
                break
        if hit is None:
            return None
        toks.append(hit)
        i = hit.i
        gap = 5
    return toks
