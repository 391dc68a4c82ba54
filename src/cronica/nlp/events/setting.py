"""The setting of an event: where and when, for what its own words leave open.

A reporter names the place and the day once and tells the rest against them: "Las fuerzas iraquíes
irrumpieron hoy en cuatro barrios de Mosul ... prosiguen los violentos enfrentamientos" (the clashes are
in those neighbourhoods, today). An event without a place of its own takes, in this order:

1. the places of another event of its sentence ("Después de días de combate, capturaron A, B y C": the
   fighting was in A, B and C, one event each);
2. a locative frame of its sentence before it ("Mientras, en la ciudad de Sumy, un ataque ...");
3. for a plural definite place noun ("los cuatro barrios", "ambas aldeas"): the places of the last event
   that had several;
4. the one place named in the sentence before;
5. the places of the last event told before it in its paragraph, then of the article's lead event (the
   first event with a place): the story's place.

A wire dateline's place is where the agency's desk is ("MADRID, 8 Oct. (EUROPA PRESS)"), not where the
event was: it lends none.

An event without a date of its own takes the date of another event of its sentence, then of the last
dated event before it in its paragraph, then the lead's date; strikes and interceptions of one wave share
its date. Expected and hypothetical events take no borrowed date.
"""
from __future__ import annotations

import re

from datetime import date
from typing import Iterator, Optional

from ...model import Entity, EventDate
from ...names import fold
from ..spanish import grammar
from ..syntax import qualifying_participle, uniq, walk
from .context import EventContext, Mention
from .words import CITY_NOUNS, INVADE, INVASIONS, LOCAL_NOUNS, PLACE_NOUNS, SITES
from .placekinds import is_water
from .anaphora import campaign, past_dated
from .likeness import group_places
from .dates import own_undated_time, said_on, yardstick
from .likeness import unnamed_town
from .placing import invaded_country, origins, sentence_places, widest_place

# event types whose place is where the fighting or the strike was; the others (aid, threats, ...) take a
# borrowed place only from their own sentence
FIELD = ("attack", "clash", "interception", "territory_change", "violence_against_civilians", "abduction")
PLURAL_DEF = {w for w in grammar("definite_articles") | grammar("demonstratives") | grammar("both") if w.endswith("s")}


def place_mentions(ctx: EventContext, lo: int, hi: int) -> Iterator[tuple[Entity, int, object]]:
    """(entity, offset, token) of every mention of a place in sentences ``lo`` to ``hi``."""
    for e in ctx.ents.values():
        if e.type != "LOC":
            continue
        for a, _ in e.mentions:
            t = ctx.ix.tok_at(a)
            if t is not None and lo <= ctx.sent_of.get(t.i, -9) <= hi:
                yield e, a, t


def refine_vague_places(ctx: EventContext, groups: list[list[Mention]], near_only: bool = False) -> None:
    """"en un pueblo del noreste de Ucrania" ... "en el pueblo de Hroza": a strike first placed by a vague noun
    within a country or region, or only near a town, takes the place the next sentences name with that noun.
    ``near_only``: only the vague nouns near a town (before the strikes told again are grouped: a region or a country
    is what the grouping itself settles in a town)."""
    for g in groups:
        m = g[0]
        named = targets_named_next(ctx, m)
        if named:  # "ataques con drones contra tres instalaciones ... Los objetivos incluyeron las refinerías de A y B"
            for x in g:
                x.places, x.region_place = list(named), False
            continue
        if m.trigger.type not in FIELD or not m.places:
            continue
        vague = [x for x, _ in walk(m.tok, 3) if fold(x.lemma_) in LOCAL_NOUNS | CITY_NOUNS | SITES
                 and any(c.dep_ == "det" and c.lower_ in ("un", "una") for c in x.children)]
        # the place is a country or a region, or a town the vague noun is only near ("contra una base militar próxima
        # a Mogadiscio" ... "en la base de Lanta-Bur, a unos 45 kilómetros de la capital")
        if not vague or not all(not near_only if m.region_place or ctx.is_country(p) else near_noun(ctx, vague, p)
                                for p in m.places):
            continue
        nouns = {fold(x.lemma_) for x in vague}
        found = [e.id for e, _, t in place_mentions(ctx, m.sent + 1, m.sent + 2) if e.id not in m.places
                 and t.dep_ in ("nmod", "appos", "flat") and fold(t.head.lemma_) in nouns
                 and any(c.dep_ == "det" and c.lower_ in ("el", "la") for c in t.head.children)]
        if len(set(found)) == 1:
            for x in g:
                x.places = [found[0]]
                x.region_place = False


def near_noun(ctx: EventContext, nouns: list, eid: str) -> bool:
    """Is the place ``eid`` named inside the phrase of one of these place nouns ("una base militar próxima a
    Mogadiscio")?"""
    e = ctx.ents.get(eid)
    return e is not None and any(x.idx < a <= x.right_edge.idx for x in nouns for a, _ in e.mentions)


def targets_named_next(ctx: EventContext, m: Mention) -> list[str]:
    """The places a strike's targets have in the next sentence when it opens "Los objetivos ..." / "Entre los
    objetivos ..." ("Los objetivos incluyeron las refinerías de Saratov y Novokuibishev"): one event each."""
    if m.trigger.type != "attack" or m.sent + 1 >= len(ctx.sents):
        return []
    nxt = ctx.sents[m.sent + 1]
    if not re.match(r"\W*(?:entre )?los objetivos\b", fold(nxt.text)):
        return []
    return list(dict.fromkeys(e.id for e, _, _ in place_mentions(ctx, m.sent + 1, m.sent + 1) if not ctx.is_country(e.id)))


def descriptive(g: list[Mention]) -> bool:
    """Told only as a participle describing a place ("Lysychansk, una ciudad junto a Severodonetsk recientemente
    conquistada"): its place is no setting for the other events of the sentence or the article."""
    return all(qualifying_participle(x.tok) for x in g)


def fill_places(ctx: EventContext, groups: list[list[Mention]]) -> dict[int, list[str]]:
    """Group index -> the places it borrows from its setting (for groups without places of their own)."""
    out: dict[int, list[str]] = {}
    for g in groups:
        if fold(g[0].tok.lemma_) not in INVADE:
            continue
        if not any((e := ctx.entity_at(t)) is not None and e.id in x.places for x in g for t in x.tok.subtree):
            for x in g:  # "el más mortífero en la región de Járkov desde la invasión rusa": that region is the strike's
                x.places = []
        for x in g:  # "desde el inicio de la invasión de Rusia": who invaded, not where (unless an adjective names
            # another invader on it, or a possessive names the invader elsewhere)
            if not any(c.dep_ == "amod" and ctx.demonym(c.text) is not None or c.dep_ == "det" and fold(c.text) in (
                    "su", "sus") for c in x.tok.children):
                x.places = [p for p in x.places if not (ctx.is_country(p) and fold(ctx.ents[p].name) in INVASIONS)]
    own = {i: group_places(g) for i, g in enumerate(groups)}
    order = sorted(range(len(groups)), key=lambda i: groups[i][0].span)
    kind = {i: "talks" if groups[i][0].trigger.type == "diplomacy" else
            "field" if groups[i][0].trigger.type in FIELD else None for i in order}
    lead = {k: next((own[i] for i in order if own[i] and kind[i] == k and not descriptive(groups[i])), None)
            for k in ("field", "talks")}
    multi: Optional[list[str]] = None
    countries: dict[int, list[str]] = {}
    far: set[int] = set()  # groups lent several places by an event told before their sentence
    for i in order:
        g = groups[i]
        if own[i]:
            if len(own[i]) > 1:
                multi = own[i]
            continue
        k = kind[i]
        if k is None or any(x.place_vague for x in g):
            continue  # aid, threats, call-ups: only a place of their own; "varias localidades": places not named
        if g[0].trigger.type == "territory_change" and any(unnamed_town(x) for x in g):
            continue  # "las tropas rusas ocuparon una ciudad a unos 10 kilómetros más al sur": a town not named
        si = g[0].sent
        if fold(g[0].tok.lemma_) in INVADE:  # the country entered, lent to no other event; never a town of its sentence
            entered = invaded_country(ctx, g[0])
            if entered:
                countries[i] = [entered]
            continue
        if campaign(g[0]):  # "la ofensiva para expulsar a ...": the widest place of its sentence, once
            widest = widest_place(ctx, si)
            if widest:
                out[i] = [widest]
                continue
        # the places of another event told in this sentence, as far as the text has named them here (not those its
        # group takes from a later sentence: "el derribo de más de 350 drones en una nueva noche de intercambio de
        # ataques" lends the attacks no list of regions the ministry gave two sentences later)
        same = next((told for j in order if j != i and own[j] and kind[j] == k and not descriptive(groups[j])
                     and any(x.sent == si for x in groups[j])
                     and (told := uniq(p for x in groups[j] if x.sent <= si for p in x.places))), None)
        if same:
            out[i] = same
            continue
        here = sentence_places(ctx, si, locative=True, before=g[0].tok.i)
        if k == "field":  # not the summit's own place ("durante la cumbre del G7, celebrada en Hiroshima, ... la ciudad")
            here = [p for p in here if not any(p in own[j] for j in order if kind[j] == "talks"
                                               and any(x.sent == si for x in groups[j]))]
        if len(here) == 1:
            out[i] = here
            continue
        if k == "field" and not here and g[0].tok.dep_ in ("advcl", "acl", "ccomp"):
            # "Una tragedia sacudió a la ciudad ucraniana de Sumi ..., luego de que misiles ... impactaran en pleno
            # centro urbano": a strike told in a clause of a sentence that names one town, not in a locative
            anywhere = [p for p in sentence_places(ctx, si, locative=False) if p not in origins(ctx, si)]
            if len(anywhere) == 1:  # (not where the weapons came from: "dos misiles Neptuno, lanzados desde Odessa")
                out[i] = anywhere
                continue
        if k == "talks":  # "abandonaron Estambul tras concluir una jornada de negociaciones"
            anywhere = sentence_places(ctx, si, locative=False)
            if len(anywhere) == 1:
                out[i] = anywhere
                continue
        if k == "field" and multi and any(x.place_plural and _plural_definite(x) for x in g):
            out[i] = multi
            continue
        if k == "field" and any(_both(x) for x in g):
            two = _last_two_places(ctx, g[0])  # "combates que asolaron ambas ciudades": the two just named
            if two:
                out[i] = two
                continue
        if not here and si > 0 and k == "field":
            talks = {p for j in order if kind[j] != "field" for p in own[j]}  # "la cumbre del G7, celebrada en Hiroshima"
            back = si - 1
            while back > 0 and _subheading(ctx.sents[back]):
                back -= 1  # ("Éxito de los talibanes" between the paragraphs: the sentence before it)
            prev = [p for p in sentence_places(ctx, back, locative=False) if p not in talks]
            if len(prev) > 1:  # "en la localidad de Krinki, en la orilla oriental del río Dniéper": not the river
                water = {e.id for t in ctx.sents[back] if is_water(t) and (e := ctx.entity_at(t)) is not None}
                prev = [p for p in prev if p not in water] or prev
            if len(prev) == 1:
                out[i] = prev
                continue
        if any(past_dated(ctx, x) for x in g) and not any(x.place_def for x in g):
            continue  # "el ataque ruso a gran escala contra Ucrania a finales de febrero de 2022": not where today's
            # fights are (but "Ucrania retomó el asentamiento en julio de 2023": the place just named)
        before = _last_before(ctx, groups, order, i, lambda j: (own[j] or out.get(j)) if kind[j] == k else None)
        if before:
            out[i] = before
        elif lead[k]:
            out[i] = lead[k]
        else:  # no event named its own place: the one the lead event found in its sentence ("en la capital de Haití")
            first = next((out[j] for j in order if j in out and kind[j] == k and groups[j][0].span < g[0].span), None)
            if first:
                out[i] = first
        if len(out.get(i, [])) > 1 and not any(x.place_plural for x in g) and not _points_to_several(ctx, si):
            far.add(i)
    for i, places in out.items():
        if len(places) > 1:  # "los tres asentamientos capturados: A, B y C" ... "Sin embargo, A había sido arrasada
            # por largos períodos de combates": of several places lent, the one its own sentence names
            named = [p for p in sentence_places(ctx, groups[i][0].sent, locative=False) if p in places]
            if len(named) == 1:
                out[i] = named
            elif not named and i in far:
                out[i] = []  # "antes de confirmar impactos de 22 aparatos en doce ubicaciones del país": one act, not
                # one per region an earlier report listed
            elif not named and all(ctx.is_country(p) for p in places):
                out[i] = []  # "barcos vinculados a Estados Unidos, Israel y Reino Unido": whose ships, told for
                # another act; no country of such a list is where this one happened
    return {**out, **countries}


def fill_dates(ctx: EventContext, groups: list[list[Mention]], places: Optional[dict[int, list[str]]] = None
               ) -> dict[int, EventDate]:
    """Group index -> the date it borrows (for groups without a date of their own, not expected or hypothetical);
    ``places``: each group's places, own or lent."""
    own = {i: next((x.date for x in g if x.date), None) for i, g in enumerate(groups)}
    out: dict[int, EventDate] = dict(wave_dates(groups, ctx.published, places or {}))
    order = sorted(range(len(groups)), key=lambda i: groups[i][0].span)

    def source(j: int) -> Optional[EventDate]:
        """A date another event lends: a day, of a real occurrence in the field, told as news (not background)."""
        g = groups[j]
        d = own[j]
        if d is None or d.precision != "day" or any(x.mood or x.background for x in g) \
                or g[0].trigger.type not in FIELD + ("diplomacy",) or campaign(g[0]) or descriptive(g):
            return None  # (nor a campaign: "la invasión del 24 de febrero" dates the war, not the news after it; nor a
            # place's description: "la región de Jersón, ocupada por Rusia poco después de la invasión")
        return d

    def recent(j: int) -> Optional[EventDate]:
        """A date another event lends to what is told after it: of the news, not weeks before ("el 14 de marzo
        pasado el Ejército de Ucrania atacó ...": a past event recalled)."""
        d = source(j)
        return None if d is not None and weeks_away(d, ctx.published) else d

    first = next((i for i in order if source(i)), None)
    lead = recent(first) if first is not None else None
    lead_at = groups[first][0].span if first is not None else None  # lent only to what is told after it
    day = news_day(ctx)
    for i in order:
        g = groups[i]
        if i in out and not own[i] and (said := said_on(ctx, g[:1])) is not None and said.value < out[i].value[:len(said.value)]:
            out[i] = said  # first reported before the wave it would join: "El pasado 22 de noviembre, el gobernador ...
            # denunció otro ataque ucraniano con drones" is not this morning's
        if own[i] or i in out or any(x.mood for x in g) or g[0].background or campaign(g[0]):
            continue  # (a campaign is dated by its own start only: "la invasión rusa" borrows no news day; an event
            # first told as news is dated though it is named again as background: "tras los ataques")
        if any(own_undated_time(ctx, x.tok) for x in g):
            continue  # "afirmaron haber tomado Novoheorhiivka la semana pasada": its own time, with no day
        si = g[0].sent
        same = next((source(j) for j in order if j != i and source(j) and any(x.sent == si for x in groups[j])), None)
        # (the first dated event lends nothing backwards: not "Un ataque similar tuvo lugar hace 10 días" to the lead)
        d = said_on(ctx, g) or same or _last_before(ctx, groups, order, i, source) \
            or (lead if lead_at is not None and lead_at < g[0].span else None)
        if d is None and g[0].trigger.type in FIELD + ("diplomacy",):
            d = day  # the news day: for what happened, not for a call-up or a threat told without a day
        if d is not None:
            out[i] = d
    return out


def _subheading(sent) -> bool:
    """A line of its own between paragraphs, with no stop ("Éxito de los talibanes")."""
    words = [t for t in sent if not t.is_space]
    if not words or len(words) > 15 or words[-1].is_punct:
        return False
    last = words[-1]
    after = last.whitespace_ + (sent.doc[last.i + 1].text if last.i + 1 < len(sent.doc) else "")
    return "\n" in after


def news_day(ctx: EventContext) -> Optional[EventDate]:
    """The day the news tells of: the first day-precise time of the first paragraph; else the first one of the
    article within three days of publication; else, for an article that names no day at all (a same-day report:
    "un misil ha impactado en una tienda"), the publication day."""
    days = [t for t in ctx.times if t.value and t.precision == "day" and not yardstick(ctx, t)
            and (ctx.published is None or t.value <= ctx.published.isoformat())]  # (not "reunirse mañana": to come)
    if ctx.layout and ctx.layout.paragraphs:
        a, b = next(((a, b) for a, b in ctx.layout.paragraphs if not ctx.layout.in_headline(a)), ctx.layout.paragraphs[0])
        t = next((t for t in days if a <= t.span[0] < b), None)
        if t is not None:
            return EventDate(t.value, "day", getattr(t, "basis", None) or "relative")
    if ctx.published is None:
        return None
    near = [t for t in days if abs((date.fromisoformat(t.value) - ctx.published).days) <= 3]
    if near:
        return EventDate(near[0].value, "day", getattr(near[0], "basis", None) or "relative")
    if not days:
        return EventDate(ctx.published.isoformat(), "day", "publication")
    return None


def weeks_away(d: EventDate, published: Optional[date]) -> bool:
    """A day more than a week from the news day: a past event recalled, lending its day to no other."""
    return bool(published) and abs((date.fromisoformat(d.value) - published).days) > 7


def wave_dates(groups: list[list[Mention]], published: Optional[date] = None,
               places: Optional[dict[int, list[str]]] = None) -> dict[int, EventDate]:
    """Strikes and interceptions of one wave share its time: "derribó 43 de los 84 misiles", "también se
    registraron impactos en X" after "Rusia lanzó este lunes una oleada de ataques" (a wave of the news: not a strike
    recalled from weeks before, "el 14 de marzo pasado el Ejército de Ucrania atacó el centro de ... Donetsk", but for
    the same place told again: "murieron en los ataques de Hamás" after "ataques ... contra el sur de Israel el 7 de
    octubre")."""
    places = places or {}
    out: dict[int, EventDate] = {}
    last: Optional[tuple[list[int], EventDate, int]] = None
    for i, g in enumerate(groups):
        if g[0].trigger.type not in ("attack", "interception") or any(x.mood for x in g) or campaign(g[0]):
            continue  # (not the attacks a campaign stepped up "en los últimos tres años")
        d = next((x.date for x in g if x.date), None)
        if d is None and last is not None and any(0 <= g[0].sent - k <= 5 for k in last[0]):
            if not weeks_away(last[1], published) or places.get(i) and places.get(i) == places.get(last[2]) \
                    and g[0].trigger.type == groups[last[2]][0].trigger.type:  # (a strike told again, not the drones
                # downed today near the place a strike weeks before hit)
                out[i] = d = last[1]
        if d is not None:
            # (a wave is one day: "comenzaron a disparar proyectiles ... en octubre de 2023" lends no month)
            last = ([x.sent for x in g], d, i) if d.precision == "day" else None
    return out


def _last_before(ctx: EventContext, groups, order, i, value):
    """The value of the last group told before group ``i`` in its paragraph."""
    pos = groups[i][0].span[0]
    para = ctx.layout.paragraph_of(pos) if ctx.layout else None
    found = None
    for j in order:
        start = groups[j][0].span[0]
        if start >= pos:
            break
        if para and not (para[0] <= start <= para[1]):
            continue
        v = value(j)
        if v:
            found = v
    return found


def _points_to_several(ctx: EventContext, si: int) -> bool:
    """Does the sentence point back at several places ("en algunos edificios de esos distritos")?"""
    return any(fold(x.lemma_) in PLACE_NOUNS and "Plur" in x.morph.get("Number") and any(
        d.dep_ == "det" and d.lower_ in PLURAL_DEF for d in x.children) for x in ctx.sents[si])


def _plural_definite(m: Mention) -> bool:
    for x in m.tok.subtree:
        if fold(x.lemma_) in PLACE_NOUNS and any(d.dep_ in ("det", "nummod", "amod") and d.lower_ in PLURAL_DEF
                                                 for d in x.children):
            return True
    return False


def _both(m: Mention) -> bool:
    """"ambas ciudades", "las dos aldeas" among what the trigger governs."""
    return any(fold(x.lemma_) in PLACE_NOUNS and any(fold(d.text) in ("ambas", "ambos", "dos") for d in x.children)
               for x, _ in walk(m.tok, 3))


def _last_two_places(ctx: EventContext, m: Mention) -> list[str]:
    """The two places (below country level) named last before ``m``, in its sentence or the one before."""
    last: dict[str, int] = {}
    for e, a, t in place_mentions(ctx, m.sent - 1, m.sent):
        if not ctx.is_country(e.id) and t.i < m.tok.i:
            last[e.id] = max(last.get(e.id, -1), a)
    two = sorted(last, key=lambda k: -last[k])[:2]
    return sorted(two, key=lambda k: last[k]) if len(two) == 2 else []
