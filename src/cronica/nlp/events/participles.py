"""Participles that qualify a place ("la ciudad tomada", "la ocupada península de Crimea"): whether they tell the
taking of ground or only describe who holds it (the ``taken`` and ``state`` constraints of triggers.tsv)."""
from __future__ import annotations

from ...names import fold
from ..syntax import case_of, qualifying_participle
from .context import Mention
from .words import PARTLY, PLACE_NOUNS


def _on_a_noun(tok) -> bool:
    """A participle qualifying a noun, with no auxiliary ("la ciudad tomada", not "había tomado la base")."""
    return qualifying_participle(tok) and not any(c.dep_ in ("aux", "aux:pass") for c in tok.children)


def taken(ctx, m: Mention, value: str) -> bool:
    """``taken=CLASS``: a participle on a noun tells what was taken, and it must be ground (a word of CLASS, a place
    noun or a place): not "las conversaciones de paz retomadas en Estambul"."""
    tok, head = m.tok, m.tok.head
    if not _on_a_noun(tok) or head.pos_ != "NOUN":
        return True  # (not "afirmó ... que había tomado la base")
    words = ctx.lex.classes.get(value, set())
    doc = tok.doc
    named = tok.i > 1 and doc[tok.i - 1].text == "," and ctx.entity_at(doc[tok.i - 2]) is not None
    # ("la jefatura de la RPD, anexionada por Rusia": the name just before the comma, wherever the parser hung it)
    return named or fold(head.lemma_) in words | PLACE_NOUNS or ctx.entity_at(head) is not None


def state(ctx, m: Mention, value: str) -> bool:
    """``state``: a participle on a noun with no one named who did it, or done in part, tells a lasting state, no event
    ("la ocupada península de Crimea", "Cisjordania ocupada", "la provincia de Jersón, parcialmente ocupada por las
    tropas rusas"; not "la meseta siria ocupada por Israel desde 1967")."""
    tok = m.tok
    if not _on_a_noun(tok):
        return True
    if any(fold(c.text) in PARTLY for c in tok.children if c.dep_ == "advmod"):
        return False
    return any(case_of(c) == "por" for c in tok.children if c.dep_ in ("obl", "obl:agent", "nmod", "obj"))
