"""How large and what kind of place a place name is told as, by the noun it hangs from ("el barrio de X", "la
ciudad de X", "la región de X", "el río X")."""
from __future__ import annotations

from ...names import fold
from .words import CITY_NOUNS, LOCAL_NOUNS, PLACE_WORDS, WATER


def is_water(tok) -> bool:
    """A sea, a river or a coast ("el río Dniéper", "del mar Rojo": the name's own head word too)."""
    return fold(tok.head.lemma_) in WATER or (tok.i > 0 and fold(tok.doc[tok.i - 1].lemma_) in WATER) \
        or fold(tok.text) in WATER


def granularity(tok) -> int:
    """How large a place the name is told as: 0 a neighbourhood or village, 1 a town or city, 2 unknown, 3 a
    region (by the place noun it hangs from: "el barrio de Kukyeli", "la ciudad de Mosul")."""
    h = fold(tok.head.lemma_) if tok.dep_ in ("nmod", "appos", "flat") else ""
    if h in LOCAL_NOUNS:
        return 0
    if h in CITY_NOUNS:
        return 1
    return 3 if is_region(tok) else 2


def is_region(tok) -> bool:
    h = tok.head
    return fold(h.text) in PLACE_WORDS or fold(h.lemma_) in PLACE_WORDS
