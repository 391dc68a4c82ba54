"""Speakers named by reference rather than by name:

* ``esta organización``, ``dicho organismo``, ``esta agencia``: a demonstrative description of an institution
  is the institution speaking last (resolved in text order, :mod:`.previous`);
* ``la misma fuente``, ``según esta fuente``: the source of the statement before, named or not;
* ``las autoridades ucranianas``: the authorities of a country are the country, when the article names it
  (``shared/eval/dev/README.md``, conventions on statements);
* ``desde Kiev afirmaron ...``: a plural verb with no subject and a ``desde`` phrase naming a place or an
  institution: the place (its government) or the institution speaks;
* ``un portavoz del Ejército israelí``: an unnamed spokesperson speaks for the organisation of its ``de X``;
* ``la defensora del pueblo ucraniano Ludmyla Denisova``: a name closing a title phrase is the speaker;
* ``los hutíes``: the lower-case noun for a group's fighters is the group;
* ``Según Haidai, el ejército ruso ha sufrido ... y señaló que ...``: who the clause is told by goes on speaking.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from ... import resources
from ...actors import group_by_form, group_of_fighters
from ...model import Entity
from ...names import fold
from ..spanish import grammar
from ..syntax import third_plural
from .context import Context

LAST_ORG = "@last-org:"  # placeholder source, resolved in text order (see previous.py)
LAST_GROUP = "@last-group:"  # the same for an armed group
LAST_SOURCE = "@last-source:"  # "la misma fuente", "según esta fuente": whoever the statement before was told by
DEMONSTRATIVES = grammar("demonstratives")
AUTHORITIES = {"autoridades", "autoridad"}
LOCAL_LEVELS = resources.words("es/words/reporting.tsv", "local_levels")


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Folded demonym -> country (``demonyms_es.tsv``)."""
    return {fold(row[0]): row[1] for row in resources.table("demonyms_es.tsv") if len(row) > 1}


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """The folded names of the countries of ``demonyms_es.tsv``."""
    return frozenset(fold(v) for v in _countries().values())


def demonstrative_institution(ctx: Context, head: Token, first: Token) -> bool:
    """"esta organización", "dicho organismo": a demonstrative description that is no title of a person."""
    lex = ctx.lex
    words = {head.lower_, head.lemma_.lower()}
    return first.lower_ in DEMONSTRATIVES and head.pos_ == "NOUN" and not words & (lex.titles | lex.anon) \
        and not words & (lex.documents | lex.basis | lex.channels - lex.speakers)


def authorities_country(ctx: Context, head: Token) -> Optional[Entity]:
    """"las autoridades ucranianas", "las autoridades de Ucrania": the country's entity, if the article names the
    country."""
    if head.lower_ not in AUTHORITIES or any(c.dep_ == "amod" and c.lower_ in LOCAL_LEVELS for c in head.children):
        return None  # (not "las autoridades locales rusas": a part of the country, no name)
    countries = _countries()
    for c in head.children:
        w = fold(c.text)
        w = next((x for x in (w, w[:-1], w[:-2]) if x in countries), w)  # "ucranianas", "francesas"
        if c.dep_ == "amod" and w in countries:
            name = fold(countries[w])
            return next((e for e in ctx.ents if e.type == "LOC" and fold(e.name) == name), None)
        e = ctx.entity_at(c.idx) if c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ == "de" for k in c.children) \
            else None
        if e is not None and e.type == "LOC" and fold(e.name) in _country_names():
            return e  # "las autoridades de Ucrania"
    return None


def desde_source(ctx: Context, tok: Token) -> Optional[Token]:
    """"desde Kiev afirmaron que ...", "..., informan desde el Ministerio de Defensa ruso": the ``desde`` phrase of a
    subjectless plural reporting verb."""
    if not third_plural(tok):
        return None  # ("desde la Casa Blanca lo han negado": the auxiliary agrees)
    for c in tok.children:
        if c.dep_ in ("obl", "nmod") and any(k.dep_ == "case" and k.lower_ == "desde"
                                                              for k in c.children):
            if ctx.entity_in(c.idx, c.idx + len(c.text), ("LOC", "ORG")) is not None or \
                    c.lemma_.lower() in ctx.lex.speakers or c.lower_ in ctx.lex.speakers:
                return c
    return None


def last_institution(ctx: Context, sources: list[Optional[str]], pos: int, armed: bool = False) -> Optional[str]:
    """The institution that spoke last (``sources``: the statements before, in text order), else the one
    named last before ``pos``; ``armed``: an armed group of ``resources/es/actors`` ("el grupo extremista")."""
    def ok(e: Optional[Entity]) -> bool:
        return e is not None and e.type in ("ORG", "MISC") and (not armed or fold(e.name) in group_by_form())

    for src in reversed(sources):
        if ok(ctx.entity(src)):
            return src
    best, bpos = None, -1
    for e in ctx.ents:
        if not ok(e):
            continue
        for m in e.mentions:
            if ctx.body_start <= m[0] < pos and m[0] > bpos:
                best, bpos = e.id, m[0]
    return best


def voice_of(ctx: Context, head: Token) -> Optional[Entity]:
    """The organisation a spokesperson noun speaks for: its "de X" phrase ("un portavoz del Ejército israelí")."""
    for c in head.children:
        if c.dep_ == "nmod" and c.i > head.i and any(k.dep_ == "case" and k.lower_ in ("de", "del") for k in c.children):
            end = c.right_edge.idx + len(c.right_edge.text)
            gloss = ACRONYM_AFTER.match(ctx.text, end)
            # ("los representantes de la inteligencia militar ucraniana (GUR)": the acronym glossing the phrase)
            e = ctx.entity_in(c.left_edge.idx, gloss.end() if gloss else end, ("ORG",))
            if e is not None:
                return e
    return None


ACRONYM_AFTER = re.compile(r"\s*\([A-ZÁÉÍÓÚÑ]{2,8}\)")


def closing_person(ctx: Context, head: Token, b: int) -> Optional[Entity]:
    """A person's name ending the phrase of a title ``head`` (ending at ``b``), with no other title or a bare
    "de" before it: "el portavoz del presidente Vladimir Putin" is not Putin."""
    for x in ctx.ents:
        for m in x.mentions if x.type == "PER" else ():
            first = ctx.tok_at(m[0])
            if head.idx < m[0] and m[1] == b and first is not None and not any(
                    t.lower_ in ctx.lex.titles or t.lower_ in ("de", "del") and t.i + 1 == first.i
                    for t in ctx.doc[head.i + 1:first.i]):
                return x
    return None


def fighters_of(ctx: Context, head: Token) -> Optional[Entity]:
    """The armed group a plural noun for its fighters names ("los hutíes", "los rebeldes hutíes")."""
    if "Plur" not in head.morph.get("Number"):
        return None
    for x in (head, *(c for c in head.children if c.dep_ in ("amod", "appos", "flat", "nmod") and c.i > head.i)):
        g = group_of_fighters(x.text)
        if g is not None:
            return _entity_of(ctx, g)
    return None


def _entity_of(ctx: Context, g) -> Optional[Entity]:
    """The article's entity for the armed group ``g`` (``armed_groups.tsv``), if it names the group."""
    return next((e for e in ctx.ents if e.name == g.name), None)


def group_in_lower_case(ctx: Context, head: Token) -> Optional[Entity]:
    """An armed group the article names elsewhere, written here with a lower-case initial ("el ejército israelí" for
    "el Ejército israelí", the Israel Defense Forces): the group, when the article has it as an entity."""
    if not head.is_lower or head.pos_ not in ("NOUN", "PROPN"):
        return None
    words = [head, *(t for t in head.doc[head.i + 1:head.right_edge.i + 1])]
    for k in range(len(words), 1, -1):
        form = head.doc[head.i:words[k - 1].i + 1].text
        g = group_by_form().get(fold(form))
        if g is not None and form[0].upper() + form[1:] in (g.name, *g.variants):
            return _entity_of(ctx, g)
    return None


def segun_before_coordinated(ctx: Context, t: Token) -> Optional[Token]:
    """The "según X" of the clause a subjectless reporting verb is coordinated with ("Según Haidai, el ejército ruso
    ha sufrido pérdidas ... y señaló que ..."): X, who goes on speaking (not the clause's subject)."""
    if t.dep_ != "conj" or t.head.i >= t.i or any(c.dep_ in ("nsubj", "nsubj:pass") for c in t.children):
        return None
    sa = ctx.sent_bounds(t.idx)[0]
    first = ctx.doc.char_span(sa, sa + 1, alignment_mode="expand")  # (the sentence's tokens only, not the article's)
    return next((x.head for x in ctx.doc[first.start if first is not None else 0:t.head.i] if x.idx >= sa
                 and x.dep_ == "case" and fold(x.text) == "segun" and x.head.i < t.head.i), None)
