"""Every rule of the events lexicon (``resources/es/events/triggers.tsv``) read on its real example.

Each row of a rule kind carries a verbatim sentence from the Spanish-language press (``example``) and where
it was published (``example_source``). The sentence is parsed by the real pipeline and the row must do what
its kind says there: a trigger row yields an accepted mention of that row, of its type, at the phrase's head
word; a cue row (``expect``, ``hypo``, ``block`` ...) gives its documented effect on the event it governs.
A row whose real example it cannot read right is a rule to fix, not a test to skip.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Optional

import pytest

from cronica import resources
from cronica.model import EVENT_TYPES
from cronica.names import fold
from cronica.nlp import pipeline as P
from cronica.nlp.events.arguments import assign_arguments
from cronica.nlp.events.component import retype
from cronica.nlp.events.context import EventContext, Mention
from cronica.nlp.events.dates import assign_date
from cronica.nlp.events.lexicon import LEXICON, Lexicon, lexicon
from cronica.nlp.events.status import grammar_mood, report_status
from cronica.nlp.events.triggers import accept_any, find_mentions
from cronica.nlp.spanish import conjugate

# kinds whose rows are rules with a real example (class rows are word lists; reporting verbs belong to statements)
RULE_KINDS = ("trigger", "expect", "hypo", "block", "purpose", "light", "result", "new", "frame", "attempt",
              "undergo", "stage", "notplace", "willing")
# examples are read as published on this day: late enough that every dated example is in the past
PUBLISHED = date(2026, 12, 31)

TABLE = resources.rows(LEXICON)
RULES = [r for r in TABLE.rows if r["kind"] in RULE_KINDS]


@dataclass
class Reading:
    """One example as the events steps read it: every trigger mention, accepted or not, and the events."""

    doc: object
    mentions: list[Mention]
    accepted: dict[int, bool]  # id(mention) -> accepted
    types: dict[int, Optional[str]]  # id(mention) -> type after retyping (None: dropped)
    events: list = field(default_factory=list)

    def kept(self) -> list[Mention]:
        return [m for m in self.mentions if self.accepted[id(m)] and self.types[id(m)]]


@lru_cache(maxsize=None)
def parse(text: str):
    nlp = P.load()
    return nlp(P.new_doc(nlp, text, PUBLISHED))


def analyse(doc, lex: Lexicon) -> Reading:
    """The events steps over a parsed example, with the given lexicon."""
    ctx = EventContext.build(doc)
    ctx.lex = lex
    mentions = []
    accepted, types = {}, {}
    for first in find_mentions(ctx, doc):
        chosen = accept_any(ctx, first)  # (the first row of its words that passes, as the events stage reads it)
        m = chosen if chosen is not None else first
        mentions.append(m)
        accepted[id(m)] = ok = chosen is not None
        kept = retype(ctx, m) if ok else None
        types[id(m)] = kept.trigger.type if kept is not None else None
    statements = list(doc._.statements)
    for m in mentions:
        if accepted[id(m)] and types[id(m)]:
            assign_arguments(ctx, m)
            grammar_mood(ctx, m)
            assign_date(ctx, m)
            report_status(ctx, m, statements)
    return Reading(doc, mentions, accepted, types, list(doc._.events))


@lru_cache(maxsize=None)
def read(text: str) -> Reading:
    return analyse(parse(text), lexicon())


def without(row) -> Lexicon:
    """The lexicon without one cue row (to show that the row, not another rule, gives the effect)."""
    lex, word = lexicon(), fold(row["phrase"])
    if row["kind"] == "expect":
        return replace(lex, expect=lex.expect - {word}, expect_for={k: v for k, v in lex.expect_for.items() if k != word})
    return replace(lex, **{row["kind"]: getattr(lex, row["kind"]) - {word}})


def same(m: Mention, r: Reading) -> Optional[Mention]:
    """The accepted mention of another reading at the same word with the same row, if any."""
    return next((x for x in r.mentions if x.tok.i == m.tok.i and x.trigger.id == m.trigger.id), None)


def cue_tokens(doc, phrase: str) -> list:
    """The example's words that are the cue (its lemma, a conjugated form, or the word as written)."""
    p = fold(phrase)
    if p.endswith(("arse", "erse", "irse")):
        p = p[:-2]  # "producirse": the clitic is a word of its own or glued to the form
    forms = {fold(f) for f in conjugate(p)} if p.endswith(("ar", "er", "ir")) else set()
    forms |= {f[:-1] + e for f in forms if f.endswith(("ado", "ido")) for e in ("a", "os", "as")}  # participles agree
    forms |= {p, p + "s", p + "es", p[:-1] + "a", p[:-1] + "as"} if p.endswith("o") else {p, p + "s"}
    return [t for t in doc if fold(t.lemma_) == p or fold(t.text) in forms]


def related(cue, tok) -> bool:
    """Is the cue word the trigger's governor (three steps up) or one of its dependents (two steps down)?"""
    x = tok
    for _ in range(3):
        if x.head == x:
            break
        x = x.head
        if x == cue:
            return True
    return any(c == cue or cue in c.children for c in tok.children) or cue.head == tok.head and cue.dep_ == "aux"


def governed(reading: Reading, phrase: str) -> list[tuple[object, Mention]]:
    """(cue word, mention) pairs where the cue governs or modifies an accepted trigger."""
    return [(c, m) for c in cue_tokens(reading.doc, phrase) for m in reading.kept() if related(c, m.tok)]


def describe(reading: Reading) -> str:
    rows = [f"{m.trigger.id}@{m.tok.text}:{'ok' if reading.accepted[id(m)] else 'rejected'}"
            f"/{reading.types[id(m)]}/mood={m.mood}/date={m.date and m.date.value}/places={m.places}/actors={m.actors}"
            for m in reading.mentions]
    return "; ".join(rows) or "no trigger found"


def check_trigger(row, r: Reading) -> None:
    mine = [m for m in r.mentions if m.trigger.id == row["id"]]
    assert mine, f"no mention of {row['id']}: {describe(r)}"
    good = [m for m in mine if r.accepted[id(m)] and r.types[id(m)] == row["value"] and not m.ref_only]
    assert good, f"{row['id']} found but not accepted as {row['value']}: {describe(r)}"
    m = good[0]
    head = row["phrase"].split()
    star = next((w.rstrip("*") for w in head if w.endswith("*")), head[0])
    forms = {fold(f) for f in m.trigger.forms} if star == head[0].rstrip("*") else set()
    assert fold(m.tok.lemma_) == fold(star) or fold(m.tok.text) in forms or fold(m.tok.text).startswith(fold(star)[:4]), \
        f"the trigger is {m.tok.text!r}, not the phrase's head {star!r}"


def by_the_row(row, r: Reading, cands: list[Mention], effect, what: str) -> None:
    """Some candidate shows the effect (a true value), and the same reading without the row gives that candidate
    another value: the row, not another rule, does the work."""
    assert cands, f"{row['phrase']!r} is not where the rule looks: {describe(r)}"
    hits = [m for m in cands if effect(m, r)]
    assert hits, f"no {what} with {row['phrase']!r}: {describe(r)}"
    r0 = analyse(r.doc, without(row))
    assert any((x := same(m, r0)) is None or effect(x, r0) != effect(m, r) for m in hits), \
        f"{what} comes from another rule: the example reads the same without {row['id']}"


def check_mood(mood: str):
    def check(row, r: Reading) -> None:
        by_the_row(row, r, [m for _, m in governed(r, row["phrase"])], lambda m, _: m.mood == mood, f"{mood} event")
    return check


def check_block(row, r: Reading) -> None:
    cues = cue_tokens(r.doc, row["phrase"])
    under = [m for m in r.mentions if any(c in clause_of(m.tok) for c in cues)]
    by_the_row(row, r, under, lambda m, rr: not rr.accepted[id(m)], "trigger blocked")


def clause_of(tok, steps: int = 4) -> list:
    """The governors of a trigger up to ``steps`` levels, and the markers of their clauses ("para", "sin")."""
    out, x = [], tok
    for _ in range(steps):
        out += [c for c in x.children if c.dep_ == "mark"]
        if x.head == x:
            break
        x = x.head
        out.append(x)
    return out


def check_light(row, r: Reading) -> None:
    cands = [m for c, m in governed(r, row["phrase"]) if m.trigger.pos == "N" and m.tok.head == c]
    # the light verb lends its noun an actor, a time, or the target that makes it an event ("abrieron fuego contra")
    by_the_row(row, r, cands, lambda m, rr: (rr.accepted[id(m)], tuple(m.actors), m.date),
               "actor, time or target from the light verb")


def check_result(row, r: Reading) -> None:
    cands = [m for c, m in governed(r, row["phrase"]) if m.trigger.pos == "N" and m.tok.head == c
             and m.tok.dep_ in ("nsubj", "nsubj:pass")]
    by_the_row(row, r, cands, lambda m, _: m.date, "time taken from the verb")


def check_new(row, r: Reading) -> None:
    cands = [m for c, m in governed(r, row["phrase"]) if c.head == m.tok]
    by_the_row(row, r, cands, lambda m, _: m.is_new, "mention marked new")


def check_frame(row, r: Reading) -> None:
    cands = [m for c in cue_tokens(r.doc, row["phrase"]) for m in r.kept() if m.tok.head == c and m.tok.dep_ == "nmod"]
    by_the_row(row, r, cands, lambda m, _: m.date, "time taken through the frame noun")


def check_attempt(row, r: Reading) -> None:
    lexicon_type = {t.id: t.type for t in lexicon().triggers}
    cands = [m for _, m in governed(r, row["phrase"]) if lexicon_type[m.trigger.id] == "territory_change"]
    by_the_row(row, r, cands, lambda m, rr: rr.types[id(m)] == "clash", "attempted change read as fighting")


def check_undergo(row, r: Reading) -> None:
    cands = [m for c, m in governed(r, row["phrase"]) if m.tok.head == c and m.tok.dep_ == "obj"]
    ents = {e.id: e for e in r.doc._.entities}

    def from_subject(m: Mention, _) -> bool:
        subj = [x for s in m.tok.head.children if s.dep_ in ("nsubj", "nsubj:pass") for x in s.subtree]
        return any(x.idx <= a < x.idx + len(x.text) for p in m.places for a, _ in ents[p].mentions for x in subj)
    by_the_row(row, r, cands, from_subject, "place taken from the subject")


def check_stage(row, r: Reading) -> None:
    cands = [m for c in cue_tokens(r.doc, row["phrase"]) for m in r.kept() if m.tok.head == c and m.tok.dep_ == "nmod"]
    ents = {e.id: e for e in r.doc._.entities}

    def from_subject(m: Mention, _) -> bool:
        h = m.tok.head
        subj = [x for s in list(h.children) + list(h.head.children) if s.dep_ == "nsubj" for x in s.subtree]
        return any(x.idx <= a < x.idx + len(x.text) for p in m.places for a, _ in ents[p].mentions for x in subj)
    by_the_row(row, r, cands, from_subject, "place taken from the subject of the predicate noun")


def check_notplace(row, r: Reading) -> None:
    """A channel named where a place could be ("en Telegram", "en su canal de Telegram", "con ayuda y guía de Dios") is
    no event's place.
    The NER seldom types a channel as a place, so the row is a guard: no reading without it is required."""
    name = fold(row["phrase"])
    slot = re.search(r"\b(en|a traves de|de)\b[^.;]{0,40}\b" + re.escape(name) + r"\b", fold(r.doc.text))
    assert slot, f"{row['phrase']!r} is not in a place slot of the example"
    assert r.kept(), f"the example has no event: {describe(r)}"
    named = {e.id for e in r.doc._.entities if fold(e.name) == name}
    assert not any(named & set(m.places) for m in r.kept()), describe(r)


def check_achieved(row, r: Reading) -> None:
    # the quality qualifies the noun the purpose clause hangs on ("acciones decisivas para liberar")
    cues = cue_tokens(r.doc, row["phrase"])
    cands = [m for m in r.kept() if any(c in m.tok.head.children for c in cues)]
    by_the_row(row, r, cands, lambda m, _: m.mood != "expected", "aim reached")


CHECKS = {"achieved": check_achieved, "trigger": check_trigger, "expect": check_mood("expected"), "hypo": check_mood("hypothetical"), "willing": check_mood("hypothetical"),
          "block": check_block, "purpose": check_mood("expected"), "light": check_light, "result": check_result, "new": check_new,
          "frame": check_frame, "attempt": check_attempt, "undergo": check_undergo,
          "stage": check_stage,           "notplace": check_notplace}


def test_every_rule_has_a_real_example():
    missing = [r["id"] for r in RULES if not r["example"] or not r["example_source"].startswith(("http://", "https://"))]
    assert not missing, f"{len(missing)} rules without an example and its source: {missing[:20]}"


def test_every_trigger_type_is_a_spec_type():
    assert {r["value"] for r in RULES if r["kind"] == "trigger"} <= set(EVENT_TYPES)


@pytest.mark.parametrize("row", [r for r in RULES if r["example"]], ids=lambda r: r["id"])
def test_rule_reads_its_example(row):
    CHECKS[row["kind"]](row, read(row["example"]))
