"""Who acted, as a noun trigger tells it: "la invasión a gran escala por parte de Rusia", "la ofensiva rusa", "el
Ejército israelí expande sus operaciones", and who ordered it ("por orden del presidente ruso")."""
from __future__ import annotations

from ...names import fold
from ..syntax import case_of, walk
from .words import ORDERS


def noun_actors(ctx, tok) -> list[str]:
    out = []
    for c, _ in walk(tok, 2):  # "la invasión a gran escala por parte de Rusia": the agent's phrase, wherever hung
        if c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ == "por" and any(f.lower_ == "parte" for f in k.children)
                                    for k in c.children) and (e := ctx.entity_at(c)) is not None \
                and (e.type in ("ORG", "PER") or ctx.is_country(e.id)) and e.id not in out:
            out.append(e.id)
    out += [e for e in order_givers(ctx, tok) if e not in out]
    for c in tok.children:
        if c.dep_ == "amod" and ctx.demonym(c.text):
            out.append(ctx.demonym(c.text).id)
        if c.dep_ in ("nmod", "det") and (case_of(c).startswith(("de", "del", "por")) or c.dep_ == "det"):
            e = ctx.entity_at(c)
            if e and (e.type in ("ORG", "PER") or ctx.is_country(e.id)):
                out.append(e.id)
        if c.dep_ == "det" and "Yes" in c.morph.get("Poss") and "3" in c.morph.get("Person") \
                and tok.dep_ in ("obj", "obl") and tok.head.pos_ == "VERB" and fold(tok.head.lemma_) not in ctx.lex.light:
            # (a light verb, "intensificó su ofensiva", gives its subject by its own row)
            # "el Ejército israelí expande sus operaciones terrestres": the owner is the clause's subject
            subj = next((x for x in tok.head.children if x.dep_ == "nsubj"), None)
            eid = ctx.np_entity(subj) if subj is not None else None
            if eid:
                out.append(eid)
    return out


def order_givers(ctx, tok) -> list[str]:
    """Who ordered the act: the giver of the order it was done by ("la invasión desatada en febrero de 2022 por orden
    del presidente ruso") or that names it ("la orden de invasión firmada por el presidente ruso")."""
    orders = [tok.head] if tok.dep_ == "nmod" and fold(tok.head.lemma_) in ORDERS and tok.head.i < tok.i else []
    orders += [o for c in tok.children if c.dep_ in ("amod", "acl") for o in c.children
               if o.dep_ in ("obl", "nmod") and fold(o.lemma_) in ORDERS and case_of(o) == "por"]
    givers = [g for o in orders for c in o.children for g in (
        [c] if c.dep_ == "nmod" and case_of(c) in ("de", "del") else
        [x for x in c.children if x.dep_ in ("obj", "obl", "obl:agent") and case_of(x) == "por"]
        if c.dep_ in ("amod", "acl") else [])]
    out = []
    for g in givers:  # "el presidente ruso": the state he heads
        eid = next((d.id for c in g.children if c.dep_ == "amod" and (d := ctx.demonym(c.text))), None) \
            or ctx.np_entity(g)
        if eid and eid not in out:
            out.append(eid)
    return out
