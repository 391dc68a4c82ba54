"""Sentences that place what was just told: "Al menos dos personas murieron ... como consecuencia de ataques con
drones ... contra distintas regiones de Rusia" / "Los hechos se produjeron en las regiones de Rostov y Bélgorod":
the attacks happened in Rostov and in Bélgorod (one event each), not in Russia at large."""
from __future__ import annotations

from ...names import fold
from ..syntax import case_of, uniq, walk
from .context import GENERIC_EVENTS, OCCUR, Mention

PLACED = ("attack", "clash", "interception", "violence_against_civilians", "abduction")


def placed_after(ctx, groups: list[list[Mention]]) -> None:
    """Give the events of the sentence (or two) before a placing sentence its places, when they have none of
    their own finer than a country."""
    for sent_i, sent in enumerate(ctx.sents):
        places = _placing(ctx, sent)
        if not places:
            continue
        for g in groups:
            lead = g[0]
            if lead.trigger.type in PLACED and 0 < sent_i - lead.sent <= 2 \
                    and all(ctx.is_country(p) for x in g if x.sent <= sent_i for p in x.places):
                lead.places, lead.place_depth, lead.region_place = places, 1, False


def _placing(ctx, sent) -> list[str]:
    """The places a sentence like "Los hechos se produjeron en A y B" gives, else []."""
    for t in sent:
        if t.dep_ != "nsubj" or fold(t.lemma_) not in GENERIC_EVENTS or fold(t.head.lemma_) not in OCCUR:
            continue
        if not any(d.dep_ == "det" for d in t.children):
            continue
        found = []
        for c in t.head.children:
            if c.dep_ != "obl" or case_of(c) != "en":
                continue
            for x, _ in [(c, 0), *walk(c, 4)]:
                e = ctx.place_entity(x)
                if e is not None and e.type == "LOC" and not ctx.is_country(e.id):
                    found.append(e.id)
        return uniq(found)
    return []


def country_call_ups(ctx, groups: list[list[Mention]]) -> None:
    """A call-up with no place of its own is the country's whose call-up it is, when its sentence names one country
    ("El presidente de Ucrania, Vladímir Zelenski, ha firmado este martes un controvertido proyecto de ley de
    movilización": Ukraine's)."""
    for g in groups:
        lead = g[0]
        if lead.trigger.type != "mobilization" or any(x.places for x in g):
            continue
        named = uniq(e.id for t in ctx.sents[lead.sent] if (e := ctx.entity_at(t)) is not None and ctx.is_country(e.id))
        if len(named) == 1:
            lead.places, lead.place_depth, lead.region_place = named, 9, False
