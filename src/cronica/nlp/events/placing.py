"""Sentences that place what was just told: "Al menos dos personas murieron ... como consecuencia de ataques con
drones ... contra distintas regiones de Rusia" / "Los hechos se produjeron en las regiones de Rostov y Bélgorod":
the attacks happened in Rostov and in Bélgorod (one event each), not in Russia at large. Also the country a call-up
is of and the country an invasion entered ("desde el inicio de la invasión rusa": Ukraine, ``invasions.tsv``)."""
from __future__ import annotations

from typing import Optional

from ...names import fold
from ..spanish import grammar
from ..syntax import case_of, has_definite_article, uniq, walk
from .context import EventContext, Mention
from .words import GENERIC_EVENTS, INVASIONS, LOCATING, NATIONS, PLACE_NOUNS, TERRITORY
from .likeness import occurs
from .locative import time_zone
from .placekinds import granularity

BOTH = grammar("both")
PLACED = ("attack", "clash", "interception", "violence_against_civilians", "abduction")


def placed_after(ctx, groups: list[list[Mention]], statements=()) -> None:
    """Give the events of the sentence (or two) before a placing sentence its places, when they have none of
    their own finer than a country: "Los hechos se produjeron en A y B" places every such event; "El vehículo se
    encontraba ... en la localidad de X" only the strike on that thing."""
    for sent_i, sent in enumerate(ctx.sents):
        places, reach = _placing(ctx, sent)
        thing, where = _thing_placed(ctx, sent)
        if not places and not where:
            continue
        for g in groups:
            lead = g[0]
            if not places and not any(fold(c.lemma_) == thing for x in g for c in x.tok.children
                                      if c.dep_ in ("obj", "nsubj", "nsubj:pass")):
                continue  # (a thing placed: only the strike on that thing)
            gap = sent_i - lead.sent  # (one act placed: as far back as ``reach`` sentences with words)
            near = _worded(ctx, lead.sent, sent_i) <= reach if places and reach > 2 else gap <= 2
            if lead.trigger.type in PLACED and gap > 0 and near \
                    and all(ctx.is_country(p) for x in g if x.sent <= sent_i for p in x.places):
                lead.places, lead.place_depth, lead.region_place = places or where, 1, False
                lead.placed_by_outlet = sent_i - lead.sent == 1 and not any(
                    s.content_span[0] <= sent.start_char < s.content_span[1] for s in statements)  # (the outlet's words
                # on the acts just told, not a source's)


def _worded(ctx, a: int, b: int) -> int:
    """How many sentences after sentence ``a``, up to ``b``, have words (a line break alone is none)."""
    return sum(1 for s in ctx.sents[a + 1:b + 1] if not s.text.isspace())


def _placing(ctx, sent) -> tuple[list[str], int]:
    """The places a sentence like "Los hechos se produjeron en A y B" gives (else []), and how many sentences back
    the acts it places may lie: two; six for one act told at length before its place ("Un ataque suicida sacudió una
    comisaría de policía en el noroeste de Pakistán ..." ... "El incidente tuvo lugar en Dera Ismail Khan")."""
    for t in sent:
        if t.dep_ != "nsubj" or fold(t.lemma_) not in GENERIC_EVENTS or not occurs(t.head):
            continue
        dets = [d for d in t.children if d.dep_ == "det" or d.dep_ == "nummod" and fold(d.text) in BOTH]
        if not dets:
            continue  # ("Ambas acciones ocurrieron en Ciudad de Gaza": "ambas" parses as a number)
        one = "Sing" in t.morph.get("Number") and any(d.lower_ in ("el", "este", "dicho") for d in dets)
        return _places_en(ctx, t.head, every=not one), 6 if one else 2  # (one act: the place the phrase names,
        # not the province that locates it)
    return [], 2


def _places_en(ctx, verb, every: bool) -> list[str]:
    """The places, finer than a country, named in the verb's "en" phrases: every one, or the first of each phrase
    (the place it names, not the region that locates it)."""
    found = []
    for c in verb.children:
        if c.dep_ != "obl" or case_of(c) != "en":
            continue
        for x, _ in [(c, 0), *walk(c, 4)]:
            e = ctx.place_entity(x)
            if e is not None and e.type == "LOC" and not ctx.is_country(e.id):
                found.append(e.id)
                if not every:
                    break
    return uniq(found)


def _thing_placed(ctx, sent) -> tuple[Optional[str], list[str]]:
    """"El vehículo se encontraba ... en la localidad de Tebnine": the thing a definite subject names (its folded
    lemma) and the places a verb of location gives it, else (None, [])."""
    for t in sent:
        if t.dep_ != "nsubj" or t.pos_ != "NOUN" or fold(t.head.lemma_) not in LOCATING \
                or not has_definite_article(t):
            continue
        found = _places_en(ctx, t.head, every=False)
        if found:
            return fold(t.lemma_), found
    return None, []


def subjects_up(tok):
    """The subjects of the verbs ``tok`` hangs from, up its clause (nearest first)."""
    x = tok
    while x.head.i != x.i and x.dep_ not in ("ccomp", "parataxis"):
        x = x.head
        yield from (c for c in x.children if c.dep_ == "nsubj")


def subjects_above(ctx, tok) -> set[str]:
    """The entities that are subjects of the verbs ``tok`` hangs from, up its clause."""
    return {e.id for c in subjects_up(tok) if (e := ctx.entity_at(c)) is not None}


def country_call_ups(ctx, groups: list[list[Mention]]) -> None:
    """A call-up with no place of its own is the country's whose call-up it is, when its sentence names one country
    ("El presidente de Ucrania, Vladímir Zelenski, ha firmado este martes un controvertido proyecto de ley de
    movilización": Ukraine's)."""
    for g in groups:
        lead = g[0]
        if lead.trigger.type != "mobilization" or any(x.places for x in g):
            continue
        named = uniq(e.id for t in ctx.sents[lead.sent] if (e := ctx.entity_at(t)) is not None and ctx.is_country(e.id))
        caller = callers_country(ctx, lead.tok)
        if caller is not None:  # "El Presidente ruso, Vladimir Putin, ordenó ... una movilización ... para fortalecer su
            named = [caller]  # ofensiva en Ucrania": Russia's call-up
        if not named:  # "El ejército israelí ... ha movilizado plenamente": the country an adjective of its sentence names
            named = uniq(d.id for t in ctx.sents[lead.sent] if t.pos_ == "ADJ" and (d := ctx.demonym(t.text)) is not None
                         and ctx.is_country(d.id))
        if len(named) > 1:  # "Rusia dio hoy por terminada la movilización parcial ... en Ucrania": the one calling up
            named = [n for n in named if any(n in x.actors for x in g)] or [
                n for n in named if n in subjects_above(ctx, lead.tok)] or named
        if len(named) == 1:
            lead.places, lead.place_depth, lead.region_place = named, 9, False


def callers_country(ctx, tok) -> Optional[str]:
    """The country of whoever does the act, from the subject of the verbs above it: a country adjective on it ("el
    presidente ruso") or its person's title ("Zelenski", called "presidente de Ucrania" in the article)."""
    for c in subjects_up(tok):
        found = [d.id for a in c.children if a.dep_ == "amod" and (d := ctx.demonym(a.text)) is not None
                 and ctx.is_country(d.id)]
        found += [o for y in (c, *(a for a in c.children if a.dep_ in ("appos", "flat")))
                  if (e := ctx.entity_at(y)) is not None and (o := office_country(ctx, e.id)) is not None]
        if found:
            return found[0]
    return None


def office_country(ctx, eid: str) -> Optional[str]:
    """The country a person's title names ("presidente de Ucrania", "presidente ruso"), if the article names it."""
    e = ctx.ents.get(eid)
    if e is None or e.type != "PER":
        return None
    for role in e.roles:
        for w in role.split():
            d = ctx.demonym(w) or ctx.by_name.get(fold(w))
            if d is not None and ctx.is_country(d.id):
                return d.id
    return None


def invaded_country(ctx: EventContext, m: Mention) -> Optional[str]:
    """"al comienzo de la invasión", "desde la invasión rusa": the country entered. The invader is the country its
    own adjective names ("rusa", named in the article or not), else the first its sentence names ("tomada por Rusia",
    "bajo control ruso"). An invader of ``invasions.tsv`` entered its country there; else the country entered is the
    one the article names most besides the invader, the first named on a tie."""
    def nation(t) -> Optional[str]:  # the folded country name a word names
        e = ctx.entity_at(t)
        name = fold(e.name) if e is not None else fold(ctx.demonym_country(t.text) or "") if t.pos_ == "ADJ" else ""
        return name if name in NATIONS else None

    land = [t for c in m.tok.children if c.dep_ == "nmod" and fold(c.lemma_) in TERRITORY for t in c.subtree]
    named_land = next((e for t in land if t.dep_ == "amod" and (e := ctx.demonym(t.text)) is not None), None)
    if named_land is not None:
        return named_land.id  # "la orden de invasión de territorio ucraniano": the land it names
    after = m.tok.doc[m.tok.i + 1] if m.tok.i + 1 < len(m.tok.doc) else None  # ("la invasión rusa", however parsed)
    invader = next((n for c in m.tok.children if c.dep_ == "amod" and (n := nation(c))), None) \
        or (nation(after) if after is not None and after.pos_ == "ADJ" else None) \
        or next((n for a in m.actors if (e := ctx.ents.get(a)) is not None and (n := fold(e.name)) in NATIONS), None) \
        or next((n for t in ctx.sents[m.sent] if (n := nation(t)) in INVASIONS), None) \
        or next((k for t in ctx.sents[m.sent] if (n := nation(t)) for k, v in INVASIONS.items() if v == n), None) \
        or next((n for t in ctx.sents[m.sent] if (n := nation(t))), None)  # (an invader of the list first: "guerra en
    # Ucrania desde la invasión a gran escala de Rusia"; else the invader of a country entered it names: "Moscú ha
    # bombardeado regularmente el sistema energético de Ucrania desde su invasión en 2022")
    others = [e for e in ctx.ents.values() if e.type == "LOC" and e.mentions and fold(e.name) in NATIONS
              and fold(e.name) != invader]
    if not others:
        return None
    # the invasion the press names by its invader alone ("desde el inicio de la invasión rusa"; the invader named in its
    # sentence or, none named, the one invader of the list the article names): the country it entered
    invaders = [invader] if invader is not None else \
        [k for k in INVASIONS if any(fold(e.name) == k for e in ctx.ents.values() if e.type == "LOC")]
    entered = {INVASIONS[k] for k in invaders if k in INVASIONS}
    known = [e for e in others if fold(e.name) in entered]
    if len(entered) == 1 and known:
        return known[0].id
    return max(others, key=lambda e: (len(e.mentions), -min(a for a, _ in e.mentions))).id


def widest_place(ctx: EventContext, si: int) -> Optional[str]:
    """The largest place (below country level) named in sentence ``si``: a region before a city before a
    neighbourhood, by the place noun each hangs from."""
    best, rank = None, -1
    for t in ctx.sents[si]:
        e = ctx.entity_at(t)
        if e is None or e.type != "LOC" or ctx.is_country(e.id) or not ctx.name_root(t, e):
            continue
        r = granularity(t)
        r = {0: 0, 1: 2, 2: 1, 3: 3}[r]  # unknown ranks between a village and a city
        if r > rank:
            best, rank = e.id, r
    return best


def origins(ctx: EventContext, si: int) -> set[str]:
    """The places sentence ``si`` names as where something came from or who did it ("desde X", "por X")."""
    return {e.id for t in ctx.sents[si] if case_of(t) in ("desde", "por") and (e := ctx.entity_at(t)) is not None}


def sentence_places(ctx: EventContext, si: int, locative: bool, before: Optional[int] = None) -> list[str]:
    """The places (below country level) named in sentence ``si``; with ``locative``, only those introduced
    by "en", "cerca de", "sobre" (directly or through a place noun), before token ``before``."""
    found: list[str] = []
    for t in ctx.sents[si]:
        if before is not None and t.i >= before:
            break
        e = ctx.entity_at(t)
        if e is not None and e.type == "LOC" and ctx.is_country(e.id):
            e = ctx.place_entity(t)  # "en la capital de Haití": the capital, when the article names it
        if e is None or e.type != "LOC" or ctx.is_country(e.id) or fold(e.name) in ctx.lex.notplace:
            continue
        if ctx.ent_of_char.get(t.idx - 1) is e or time_zone(t):
            continue  # (nor "las 17.00 hora de Moscú": a time zone)
        if locative:
            hosts = [t, t.head] if t.dep_ in ("nmod", "flat", "appos") and fold(t.head.lemma_) in PLACE_NOUNS else [t]
            if not any(case_of(h).startswith(("en", "cerca", "sobre")) for h in hosts):
                continue
        if e.id not in found:
            found.append(e.id)
    return found


def took_place_in(ctx, tok) -> list[tuple[int, int, object]]:
    """(depth, position, token) of the places where a verb of taking place puts its subject event noun ("Los ataques
    con explosivos ... se presentaron en las poblaciones Caloto, Corinto, Padilla, Patía e Inzá"), else []."""
    h = tok.head
    if tok.dep_ != "nsubj" or not occurs(h):
        return []
    return [(d + 1, x.i, x) for c in h.children if c.dep_ == "obl" and case_of(c) == "en"
            for x, d in [(c, 0), *walk(c, 4)] if (e := ctx.place_entity(x)) is not None and ctx.name_root(x, e)
            and not _locating(ctx, x, c)]


def _locating(ctx, x, top) -> bool:
    """Does place ``x`` only locate another place above it ("en Yelwata, una localidad en Benue"), not one of a list?"""
    y = x
    while y.i != top.i and y.head.i != y.i:
        if y.dep_ != "conj" and ctx.place_entity(y.head) is not None:
            return True
        y = y.head
    return False
