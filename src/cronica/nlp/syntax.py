"""Small helpers over spaCy's dependency parse, shared by the rule stages."""
from __future__ import annotations

from typing import Iterable, Iterator

NOMINAL_POS = frozenset({"NOUN", "PROPN"})
VERBAL_POS = frozenset({"VERB", "AUX", "ADJ"})
NON_VERB_POS = frozenset({"ADP", "DET", "CCONJ", "SCONJ", "PRON", "NUM", "PUNCT"})


def walk(tok, depth: int) -> Iterator[tuple[object, int]]:
    """(token, depth) for every token below ``tok`` down to ``depth`` levels."""
    stack = [(c, 1) for c in tok.children]
    while stack:
        x, d = stack.pop()
        if d > depth:
            continue
        yield x, d
        stack.extend((c, d + 1) for c in x.children)


def between_up(x, top) -> Iterator[object]:
    """The tokens on the way up from ``x`` to ``top``, neither counted (up to the root if ``top`` is not above)."""
    y = x.head
    while y.i != top.i and y.head.i != y.i:
        yield y
        y = y.head


def uniq(items: Iterable) -> list:
    """Items in first-seen order, without repeats and without None."""
    out = []
    for x in items:
        if x is not None and x not in out:
            out.append(x)
    return out


def passive_aux(tok) -> bool:
    """Does ``tok`` carry a passive auxiliary ("fueron atacados"; the parser often marks "ser" a plain auxiliary)?"""
    return any(c.dep_ == "aux:pass" or c.dep_ == "aux" and c.lemma_ == "ser" for c in tok.children)


def qualifying_participle(tok) -> bool:
    """A participle that qualifies a noun ("la ciudad tomada", "la nota publicada por ...")."""
    return tok.dep_ in ("acl", "amod") and "Part" in tok.morph.get("VerbForm")


def case_of(tok) -> str:
    """The prepositions (and fixed words) that introduce a noun phrase: "en", "cerca de", "a lo largo de"."""
    i = tok.i
    words = [c.lower_ for c in tok.children if c.dep_ in ("case", "fixed") or (c.dep_ == "advmod" and c.i < i)]
    h = tok.head  # (spaCy gives the children in text order)
    if h.lower_ == "cerca" and (tok.dep_ == "obl" or h.dep_ == "advmod"):
        return "cerca"
    return " ".join(words)


def has_definite_article(tok) -> bool:
    """The noun carries a definite article ("la matanza", "los ataques"; not "un ataque", "ataques")."""
    return any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in tok.children)


def is_nominal(tok) -> bool:
    return tok.pos_ in NOMINAL_POS


__all__ = ["walk", "between_up", "uniq", "passive_aux", "case_of", "has_definite_article", "is_nominal", "inflected", "third_plural", "agrees", "own_words", "NOMINAL_POS",
           "VERBAL_POS", "NON_VERB_POS"]


def inflected(verb):
    """The word that carries the verb's person and number: its finite auxiliary ("han negado"), or the verb itself."""
    return next((c for c in verb.children if c.dep_.startswith("aux") and c.morph.get("Person")), verb)


def third_plural(verb) -> bool:
    """A third-person plural verb, or one whose auxiliary is ("desde Kiev afirmaron", "lo han negado")."""
    fin = inflected(verb)
    return "Plur" in fin.morph.get("Number") and "3" in fin.morph.get("Person")


def agrees(verb, subj) -> bool:
    """A third-person singular verb cannot have a plural common-noun subject (a coordinated one is plural); a plural
    verb may go with a singular collective ("La mayoría de los testigos ... aseguraron"), and names, infinitives and
    words without number agree with anything."""
    fin = inflected(verb)
    vn, sn = fin.morph.get("Number"), subj.morph.get("Number")
    if not vn or not sn or subj.pos_ not in ("NOUN", "PRON") or "3" not in fin.morph.get("Person"):
        return True
    if any(c.dep_ == "conj" for c in subj.children):
        sn = ["Plur"]
    return not (vn == ["Sing"] and sn == ["Plur"])


def own_words(c):
    """A noun phrase's own words: its head, modifiers and "de" phrase ("uno de los proyectiles", "un aparato no
    identificado, probablemente un dron ruso"), not its conjuncts nor what is said beside it ("Las tropas, apoyadas por
    drones, ...", "Tanques y helicópteros rusos", "Soldados rusos a bordo de helicópteros")."""
    yield c
    for k in c.children:
        if k.dep_ in ("conj", "cc", "acl", "parataxis", "punct", "advmod", "obl") \
                or k.dep_ == "nmod" and case_of(k) not in ("de", "del") \
                or k.dep_ == "amod" and any(x.dep_ in ("obj", "obl", "nmod") for x in k.children):
            continue
        yield from own_words(k)


ASIDE_MARKS = {"--": "--", "—": "—", "–": "–", "(": ")"}


def in_aside(doc, lo: int, i: int, hi: int) -> bool:
    """Is token ``i`` inside a parenthetical (between dashes, or in parentheses) opened after token ``lo`` and closed
    before token ``hi``?"""
    opener = next((t for t in reversed(doc[lo:i]) if t.text in ASIDE_MARKS or t.text == ")"), None)
    if opener is None or opener.text == ")":
        return False
    close = ASIDE_MARKS[opener.text]
    if close == opener.text and sum(t.text == close for t in doc[lo:i]) % 2 == 0:
        return False  # (a dash that closes an aside before)
    return any(t.text == close for t in doc[i + 1:hi])


def meanwhile_there(clause, trig) -> bool:
    """A "mientras" clause on the trigger with no subject of its own tells where the one struck was at the time ("fue
    atacado mientras realizaba labores de reconocimiento junto al puerto de Novorosisk"); not "mientras que", a
    contrast."""
    doc = clause.doc
    return clause.dep_ == "advcl" and clause.head.i == trig.i and not any(c.dep_.startswith("nsubj") for c in clause.children) \
        and any(c.dep_ == "mark" and c.lower_ == "mientras" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ != "que"
                for c in clause.children)
