"""How two event mentions compare, for in-article coreference: the same word under two triggers, one side in two
names, a spot named inside the place already told, a town for the region told before, one act told as before or after
another, one phrase below another (used by ``corefer`` and ``build``)."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ...names import fold
from ..syntax import case_of, walk
from .context import Mention
from .words import (CAUSE_VERBS, SHOOTINGS, CITY_NOUNS, FACILITIES, INVADE, LOCAL_NOUNS, NATIONS, OCCUR, PERPETRATORS,
                    PLACE_NOUNS, VEHICLES)
from .placekinds import granularity

TOWN_NOUNS = CITY_NOUNS | LOCAL_NOUNS


def retyped(g: list[Mention], m: Mention) -> bool:
    """"el ataque" with no word of weapon or fighter, after "un ataque yihadista ... contra sus efectivos" (a
    battle by its words): the same noun may name that battle again."""
    if m.unmarked and m.trigger.type == "attack" and case_of(m.tok) == "en" and any(
            x.sent == m.sent and x.trigger.pos == "V" and x.trigger.type in ("clash", "violence_against_civilians")
            and (m.tok.head.i == x.tok.i or m.tok.head.pos_ == "VERB" and m.tok.head.head.i == x.tok.i) for x in g):
        return True  # "emboscó a un convoy militar ..., matando a cuatro militares, en un ataque cuyo objetivo era
        # rescatar a un delincuente": the act named again in an "en" phrase of its verb (or of a verb under it)
    return m.unmarked and m.definite and g[0].trigger.type == "clash" and m.trigger.type == "attack" \
        and any(same_head(x, m) or x.trigger.pos == "V" and kin(x, m) for x in g)  # ("atacaran" ... "El ataque")


def kin(x: Mention, m: Mention) -> bool:
    """A verb and the noun made from it ("atacar" and "ataque", "bombardear" and "bombardeo"): the lemmas share all but
    their last two letters, once "qu" is spelt "c"."""
    a, b = (fold(y.tok.lemma_).replace("qu", "c") for y in (x, m))
    n = next((i for i, (p, q) in enumerate(zip(a, b)) if p != q), min(len(a), len(b)))
    return n >= 4 and n >= min(len(a), len(b)) - 2


def means_of(x: Mention, m: Mention) -> bool:
    """``m`` is the con-phrase right after the noun ``x`` ("un ataque masivo ... a la región de Zaporiyia con hasta
    702 bombardeos"): what that act was made of, however the parser hung it."""
    a, b = x.tok, m.tok
    if x.trigger.pos != "N" or m.trigger.pos != "N" or b.i <= a.right_edge.i:
        return False
    if a.dep_ in ("nsubj", "nsubj:pass") and b.head.i == a.head.i and b.dep_ == "obl" \
            and any(c.dep_ == "case" and c.lower_ == "con" for c in b.children):
        return True  # "El atentado ha sido ejecutado con al menos tres coches bomba": what the act was made with
    top = b
    while top.head.i != top.i and top.head.i > a.right_edge.i and top.head.i <= b.i:
        top = top.head
    return top.left_edge.i == a.right_edge.i + 1 and top.left_edge.lower_ == "con"


def allied(ctx, ga: set[str], actors: list[str]) -> bool:
    """Do two sets of actors share one, or the country one of them is of ("Fuerzas de Defensa de Israel",
    "Israel" and "la Fuerza Aérea israelí" are one side)?"""
    if ga & set(actors):
        return True
    def sides(ids) -> set[str]:
        out = set()
        for a in ids:
            words = fold(ctx.ents[a].name).split() if a in ctx.ents else []
            out |= {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1)}
        return out & NATIONS
    mine, theirs = sides(ga), sides(actors)
    return bool(mine & theirs) or not mine or not theirs  # (a side of no known country is no other side: "un buque de
    # guardia de la Flota del mar Negro derribó un dron" after "Un buque ruso derribó un dron ucraniano")


def placed_in(ctx, m: Mention, outer: str) -> bool:
    """Is ``m``'s place told as lying in ``outer`` right after its name ("de Mawasi, en Jan Yunis")?"""
    doc = ctx.doc
    for t in m.tok.sent:
        e = ctx.entity_at(t)
        if e is None or e.id != m.places[0]:
            continue
        for x in doc[t.i + 1:min(len(doc), t.i + 8)]:
            ex = ctx.entity_at(x)
            if ex is not None and ex.id == outer:
                return True
            if ex is not None and ex.id == e.id or x.text == "," or x.lower_ in ("en", "de", "del", "la", "el") \
                    or fold(x.lemma_) in PLACE_NOUNS:
                continue
            break
    return False


def stem(x: Mention) -> str:
    """The first letters of the trigger word's lemma ("embosc" of emboscar and emboscada)."""
    lemma = fold(x.tok.lemma_)
    return lemma[:6] if len(lemma) >= 7 else lemma


def same_head(x: Mention, m: Mention) -> bool:
    """The same word carries both triggers ("ataque" alone and in "repeler ... ataque")."""
    return x.tok.pos_ == m.tok.pos_ and fold(x.tok.lemma_) == fold(m.tok.lemma_)


def settle_in_town(g: list[Mention], m: Mention) -> bool:
    """The group told first in a region or unnamed town takes the town ``m`` names (True: ``m`` joins it)."""
    for x in g:
        x.places, x.region_place = list(m.places), False
    return True


def unnamed_town(m: Mention) -> bool:
    """A town the trigger takes without naming it: "la toma de una localidad en la región de X"."""
    kids = [*m.tok.children, *(k for c in m.tok.children if c.dep_ == "obj" and fold(c.lemma_) == "control"
                               for k in c.children)]  # "ha tomado el control de una estratégica ciudad"
    return any(c.dep_ in ("nmod", "obj", "obl") and fold(c.lemma_) in TOWN_NOUNS
               and any(d.dep_ == "det" and fold(d.text) in ("un", "una", "otro", "otra") for d in c.children) for c in kids)
    # ("la toma de otra localidad en la provincia ucraniana de Donetsk")


def other_place_between(ctx, g: list[Mention], m: Mention, gp: list[str]) -> bool:
    """Is a town or region other than the group's named between its last mention and ``m`` ("la localidad de
    Krinki, en la orilla del río Dniéper ... una retirada de la zona": the zone is Krinki, not the town before)?"""
    for t in ctx.doc[g[-1].tok.i + 1:m.tok.i]:
        e = ctx.entity_at(t)
        if e is not None and e.type == "LOC" and e.id not in gp and (granularity(t) <= 1 or t.sent == m.tok.sent) \
                and fold(t.head.lemma_) != "capital":  # a town named as such ("la localidad de Krinki"; not
            # "Talukan, capital de Takhar", the province), or any place of its own sentence ("la sala de urgencias
            # del campo de desplazados de Abu Shouk ... el ataque de las FAR contra este lugar")
            return True
    return False


def occurs(verb) -> bool:
    """A verb of taking place ("se produjo", "ocurrieron", "ha tenido lugar": a lemma, or a lemma and its object)."""
    lemma = fold(verb.lemma_)
    return lemma in OCCUR or any(f"{lemma} {fold(c.lemma_)}" in OCCUR for c in verb.children
                                 if c.dep_ in ("obj", "compound"))


def told_where(m: Mention) -> bool:
    """"El ataque se produjo contra un campo militar en Indelimane": the act told, now told where (a definite noun
    with no word of its own, subject of a verb of taking place)."""
    return m.trigger.pos == "N" and m.definite and m.bare and not m.is_new and m.tok.dep_ == "nsubj" \
        and occurs(m.tok.head)


def told_there(ctx, groups: list[list[Mention]], m: Mention, kinds) -> Optional[list[Mention]]:
    """"El ataque «terrorista» contra un campo militar en el noreste de Malí" ... "El ataque se produjo contra un campo
    militar en Indelimane": the last act of ``kinds`` told no finer than a region, a few sentences before, now told
    in its town (the group takes the town), or None."""
    if not told_where(m) or m.trigger.type not in kinds or len(m.places) != 1 or m.region_place:
        return None
    g = next((g for g in reversed(groups) if g[0].trigger.type in kinds and 0 < m.sent - g[-1].sent <= 8), None)
    if g is None or (g[0].trigger.type != m.trigger.type and not retyped(g, m)) or {x.mood for x in g} != {m.mood} \
            or not all(x.region_place or all(ctx.is_country(p) for p in x.places) for x in g):
        return None
    settle_in_town(g, m)
    return g


def region_told_around(ctx, groups: list[list[Mention]], m: Mention) -> Optional[list[Mention]]:
    """"Un ataque ruso con drones en la localidad de Kurjane, situada en la región ucraniana de Jarkov ..." ... "El
    ataque en Jarkov, según la misma fuente, se produjo ...": a definite mention placed in the wider place the sentence
    of an act of its type, a few sentences before, named around that act's own place, is that act (or None)."""
    if m.trigger.pos != "N" or not m.definite or m.is_new or len(m.places) != 1 or m.fatalities or m.injured:
        return None
    for g in reversed(groups):
        if g[0].trigger.type != m.trigger.type or not 0 < m.sent - g[-1].sent <= 6 or {x.mood for x in g} != {m.mood}:
            continue
        own = group_places(g)
        if invasion(g[0]) != invasion(m) or any(x.region_place for x in g) or all(ctx.is_country(p) for p in own):
            continue  # (an act told at a town, not the war or a region: "la invasión rusa de Ucrania")
        e = ctx.ents.get(m.places[0])
        sent = g[0].tok.sent
        if own and m.places[0] not in own and e is not None and any(
                sent.start_char <= a < sent.end_char for a, _ in e.mentions):
            m.places = []  # (the wider place around the act's own)
            return g
    return None


def town_named(ctx, m: Mention) -> bool:
    """Its place is named as a town ("en el municipio de Guasave", "en la localidad de X") or as the town of a facility
    ("El ataque a la refinería de Kirishi")."""
    e = ctx.ents.get(m.places[0]) if m.places else None
    toks = [t for t in m.tok.sent if e is not None and any(a == t.idx for a, _ in e.mentions)]
    return any(granularity(t) <= 1 or t.dep_ == "nmod" and fold(t.head.lemma_) in FACILITIES for t in toks)


def region_and_town(g: list[Mention], m: Mention) -> bool:
    """"recuperado el control sobre la región de Jersón ... han entrado en la capital": the region and its town of
    one name change hands as two events (one place told as a region, the other not)."""
    return m.trigger.type == "territory_change" and bool(m.places) and any(
        x.places == m.places and x.region_place != m.region_place for x in g)


def by_its_perpetrators(m: Mention) -> bool:
    """A verb whose definite subject names who carried out an attack ("Los atacantes se lanzaron contra el cuartel
    de Indelimane"): the attack already told, told on."""
    return m.trigger.pos == "V" and any(
        c.dep_ == "nsubj" and fold(c.text) in PERPETRATORS and any(
            d.dep_ == "det" and fold(d.text) in ("los", "las", "el", "la", "sus", "su") for d in c.children)
        for c in m.tok.children)


def sequenced(tok, other) -> bool:
    """``tok`` is told as before or after the act of ``other`` ("llevaron a cabo una operación ... horas después de
    disparar misiles", "atacaron ... antes de retirarse"), not after something else ("se incendió tras haber atacado")."""
    anchor = None
    if any(c.dep_ in ("mark", "case") and fold(c.text) in ("despues", "antes", "tras") for c in tok.children):
        anchor = tok.head
        if fold(anchor.text) in ("despues", "antes"):
            anchor = anchor.head
    elif fold(tok.head.text) in ("despues", "antes"):
        anchor = tok.head.head
    return anchor is not None and anchor.i in (other.i, other.head.i)


def by_doing(tok, other) -> bool:
    """``tok`` is an infinitive after "al" that tells how the act of ``other`` was done ("Ucrania ejecutó ayer un
    ataque sin precedentes contra la aviación rusa al bombardear tres bases aéreas"): one act."""
    return "Inf" in tok.morph.get("VerbForm") and any(c.dep_ == "mark" and fold(c.text) == "al" for c in tok.children) \
        and tok.head.i in (other.i, other.head.i)


def done_by(tok, other) -> bool:
    """``tok`` is a verb whose subject, its own or the one it shares with the verb it is coordinated with, is the act
    ``other`` ("Un bombardeo israelí dejó al menos 15 muertos y destruyó un edificio residencial en Damasco"): what
    that act did, not another act."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    own = [c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if own:
        return any(c.i == other.i for c in own)
    return tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "nsubj" and c.i == other.i for c in tok.head.children)


def cause_of(tok, other) -> bool:
    """``tok`` is what ``other`` is said to be due to ("la explosión ... se debió a un lanzamiento fallido de
    cohetes", "la explosión, causada por un ataque"): the same act, in another account of how it came about."""
    h = tok.head
    if fold(h.lemma_) not in CAUSE_VERBS:
        return False
    if fold(h.lemma_) == "deber":  # "se debió a": with its pronoun only (not "deben", what must be done)
        return other.head.i == h.i and other.dep_ == "nsubj" and case_of(tok) in ("a", "al") \
            and any(c.lower_ == "se" for c in h.children)
    return case_of(tok) == "por" and h.dep_ in ("acl", "amod") and h.head.i == other.i


def np_top(ctx, tok):
    """A trigger noun inside a frame noun ("su campaña de reclutamiento") stands for the whole phrase."""
    if tok.dep_ == "nmod" and fold(tok.head.lemma_) in ctx.lex.frame:
        return tok.head
    return tok


def dominates(top, tok, lex, depth: int = 3) -> bool:
    """Is ``tok`` within ``depth`` steps below ``top``, crossing no reported clause or new sentence-level clause?"""
    x = tok
    for _ in range(depth):
        if x.head == x:
            return False
        if x.dep_ in ("ccomp", "parataxis", "csubj", "advcl") or x.dep_ == "conj" and x.pos_ == "VERB":
            return False
        x = x.head
        if x == top:
            return True
        if x.pos_ == "NOUN" and fold(x.lemma_) not in lex.frame and fold(x.text) not in lex.noun_index \
                and fold(x.lemma_) not in lex.noun_index:
            return False  # "el ataque como respuesta a la explosión": another noun between, another event
    return False


def wider(tok) -> bool:
    """The noun of a larger act another is part of: "ha formado parte de un ataque masivo", "como parte de la
    ofensiva", "en el marco de la contraofensiva" (however the parser hangs "parte")."""
    doc = tok.doc
    words = [fold(t.lemma_) for t in doc[max(0, tok.i - 4):tok.i]]
    for k in range(len(words) - 1):
        if words[k] in ("parte", "marco") and words[k + 1] in ("de", "del") and all(
                t.pos_ in ("DET", "ADJ", "NUM") for t in doc[tok.i - len(words) + k + 2:tok.i]):
            return True
    return False


def invasion(m: Mention) -> bool:
    """A mention of the invasion that began a war ("la invasión rusa"): one event with another such mention only,
    never with an offensive or a battle of that war."""
    return fold(m.tok.lemma_) in INVADE or fold(m.tok.text) in INVADE


def other_subject(m: Mention) -> bool:
    """"para que otros países también envíen ese tipo de tanques": others do it, another event."""
    return any(c.dep_ == "nsubj" and any(fold(d.text) in ("otro", "otros", "otra", "otras") for d in c.children)
               for c in m.tok.children)


def struck_buildings(m: Mention) -> set[str]:
    """The buildings a strike verb hit ("impactó contra un café y una tienda"), and the vehicles a strike hit ("alcanzó
    un autobús", "un ataque con drones contra un autobús"), as lemmas."""
    if m.trigger.pos == "V":
        hit = [c for c in m.tok.children if c.dep_ in ("obj", "obl", "nsubj:pass")]
    else:
        hit = [c for c in m.tok.subtree if c.dep_ == "nmod" and case_of(c) in ("contra", "a", "sobre")
               and (c.head.i == m.tok.i or c.head.head.i == m.tok.i)]
    hit += [d for c in hit for d in c.children if d.dep_ == "conj"]
    # (one vehicle, not "atacan a buques ligados a Israel": ships in general)
    return {fold(c.lemma_) for c in hit if m.trigger.pos == "V" and fold(c.lemma_) in FACILITIES
            or fold(c.lemma_) in VEHICLES and "Plur" not in c.morph.get("Number")}


def fighting_told_again(m: Mention) -> bool:
    """A definite plural noun of fighting with nothing of its own ("los enfrentamientos", "los combates")."""
    return m.trigger.pos == "N" and "Plur" in m.tok.morph.get("Number") and m.definite \
        and not m.places and not m.date and not m.is_new


def keep_told_kind(groups: list[list[Mention]], m: Mention) -> Optional[list[Mention]]:
    """A retelling keeps the kind of violence told against civilians: the same noun with nothing of weapon or target
    ("quince civiles fueron asesinados ... en ataques del M23" ... "Los ataques ocurrieron en los pueblos de A y B"),
    or the shooting of that attack, no other side named ("tras el ataque armado en una fiesta religiosa" ... "El
    tiroteo, registrado la noche del martes", not "un tiroteo con la policía"): the group the shooting is of."""
    if m.trigger.pos != "N" or not m.definite:
        return None
    shooting = m.trigger.type == "clash" and fold(m.tok.lemma_) in SHOOTINGS and not m.is_new and not any(
        c.dep_ == "nmod" and case_of(c) in ("con", "entre") for c in m.tok.children)
    if m.trigger.type == "attack" and m.unmarked:
        told = next((g for g in reversed(groups) if 0 < m.sent - g[-1].sent <= 10 and any(same_head(x, m) for x in g)),
                    None)
    elif shooting:
        told = next((g for g in reversed(groups) if 0 < m.sent - g[-1].sent <= 2), None)
    else:
        return None
    if told is None or told[0].trigger.type != "violence_against_civilians":
        return None
    m.trigger = replace(m.trigger, type=told[0].trigger.type)
    return told if shooting else None


def group_places(g: list[Mention]) -> list[str]:
    """The group's places: a list of several places one mention gives (one event each) stands; else the most
    specific place any mention gives."""
    listed = max((x for x in g if len(x.places) > 1), key=lambda x: len(x.places), default=None)
    if listed is not None:
        return list(listed.places)
    best = min(g, key=lambda x: (x.place_depth if x.places else 999, x.span))
    return list(best.places)


def told_in_title(ctx, g: list[Mention], m: Mention, gp: list[str]) -> bool:
    """The group is told in the title line only and ``m``, of its kind, in the first sentence below it, by the same
    side, at its place, at none, at a place in the country the title names, or where the lead names the title's place
    too: the title's act told again by the lead."""
    title = ctx.layout.title if ctx.layout is not None else None
    if title is None or not all(title[0] <= x.span[0] < title[1] for x in g) or m.sent != g[-1].sent + 1 \
            or m.is_new and not all(x.is_new for x in g):  # ("un nuevo ataque" under "Un nuevo ataque ...": the same)
        return False
    ga = {a for x in g for a in x.actors}
    if {x.mood for x in g} != {m.mood} or ga and m.actors and not allied(ctx, ga, m.actors):
        return False  # (not "Trump avisa que "serán completamente aniquilados" si no cesan sus ataques": the others')
    named = ctx.named_in(m.sent)
    return not m.places or not gp or set(m.places) == set(gp) or all(ctx.is_country(p) for p in gp) or set(gp) <= named


def placed_closer(ctx, g: list[Mention], m: Mention, gp: list[str], gd) -> bool:
    """The definite noun of the group's act, on the group's day, at a town whose sentence also names the group's place
    (the town located in it): the same act told again with a closer place."""
    if not (m.trigger.pos == "N" and m.definite and not m.is_new and len(m.places) == 1 and gp and set(m.places) != set(gp)
            and gd is not None and m.date is not None and gd.precision == m.date.precision == "day"
            and gd.value == m.date.value and not ctx.is_country(m.places[0]) and {x.mood for x in g} == {m.mood}
            and any(x.trigger.words == m.trigger.words or same_head(x, m) for x in g)):
        return False
    return set(gp) <= ctx.named_in(m.sent)


def own_content(m: Mention) -> set[str]:
    return {fold(x.lemma_) for x, _ in walk(m.tok, 3) if x.pos_ in ("NOUN", "PROPN", "ADJ")} - {fold(w) for w in m.trigger.words}


def shared_words(m: Mention, g: list[Mention]) -> bool:
    """Does what ``m`` says of itself repeat what the group said (the same weapons, targets ...)?"""
    mine = own_content(m)
    return bool(mine) and bool(mine & {w for x in g for w in own_content(x)})


def materiel(ctx, m: Mention) -> set[str]:
    words = ctx.lex.classes.get("materiel", set())
    return {fold(x.lemma_) for x, _ in walk(m.tok, 3) if fold(x.lemma_) in words and x.pos_ == "NOUN"} - {
        "ayuda", "paquete", "fondo", "millon", "mil", "dolar", "euro", "sistema", "equipo", "defensa"}
