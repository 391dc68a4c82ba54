"""From coreferent mention groups to events: one event per place, context places and dates for what the
mention left open, status combined over the group, statements linked both ways."""
from __future__ import annotations

import re
from typing import Optional

from ...model import Event, EventDate, Statement
from ...names import fold
from ..syntax import uniq
from .context import Mention
from .likeness import dominates, group_places, invasion
from .placing import country_call_ups, placed_after
from .setting import fill_dates, fill_places, refine_vague_places
from .status import combine_status
from .words import FIELD_TYPES, INVASIONS


def both_sides(ctx, stances, actors: list[str]) -> bool:
    srcs = {src for st_, src in stances if st_ in ("assert", "confirm") and src}
    if len(srcs) < 2:
        return False
    own = {s for s in srcs if any(affiliated(ctx, s, a) for a in actors)}
    return bool(own) and bool(srcs - own)


def affiliated(ctx, src: str, actor: str) -> bool:
    if src == actor:
        return True
    se, ae = ctx.ents.get(src), ctx.ents.get(actor)
    if se is None or ae is None or se.type == "PER":
        return False
    name = fold(ae.name)
    return bool(re.search(r"\b" + re.escape(name) + r"\b", fold(se.name)))


def own_voice(g: list[Mention]) -> bool:
    """Does the outlet tell the event in its own voice somewhere, not merely going on with a source's account it
    just reported ("según el comunicado, en Bélgorod fueron abatidos doce drones. Otros tres ... fueron
    destruidos")? A mention in a subordinate clause or a phrase ("cuando fue atacado el miércoles", "en el momento
    del ataque") goes on with no account: it is the outlet's."""
    reported = [x.sent for x in g if x.stances]
    return any(x.status == "asserted" and not x.stances and (
        not any(0 < x.sent - r <= 2 for r in reported) or x.tok.dep_ in ("advcl", "acl", "nmod", "obl")) for x in g)


def outlet_first(ctx, m: Mention, statements) -> bool:
    """Is the first mention the outlet's own telling, before any source is named: no report of its own, no quotation,
    no statement told in its sentence or the one before ("Las FDI han interceptado un misil lanzado por la insurgencia
    hutí ..." opening a report that quotes the army after; not "informan desde el Ministerio ... En el último día, la
    defensa antiaérea rusa derribó ...", the ministry's account going on)?"""
    if m.status != "asserted" or m.stances or any(a <= m.span[0] < b for a, b in ctx.quoted):
        return False
    cues = [t for s in statements if s.cue_span and (t := ctx.ix.tok_at(s.cue_span[0])) is not None]
    para = ctx.layout.paragraph_of(m.span[0]) if ctx.layout else None  # (nor a bulletin relayed sentence by sentence: a
    # source named before it in its paragraph)
    return not any(0 <= m.sent - ctx.sent_of.get(t.i, -9) <= 1 or para and para[0] <= t.idx < m.span[0] for t in cues)


def group_date(g: list[Mention]) -> Optional[EventDate]:
    """The group's date: the first one told, made precise by a later mention that falls inside it ("este año" ...
    "el martes")."""
    body = [x for x in g if not x.headline] or g
    dates = [x.date for x in body if x.date] or [x.date for x in g if x.date]
    if not dates:
        return None
    first = dates[0]
    night = next((x.night for x in body if x.night), None)
    if night is not None and all(d.basis == "publication" for d in dates):
        return night  # told only as "durante la noche" in a same-day report: the day the night began
    finer = [d for d in dates if d.value.startswith(first.value) and len(d.value) > len(first.value)]
    return max(finer, key=lambda d: len(d.value)) if finer else first


def war_invasion(ctx, places: list[str]) -> bool:
    """Placed in a country an invasion of ``invasions.tsv`` entered: the invasion a war began with."""
    entered = set(INVASIONS.values())
    return any((e := ctx.ents.get(p)) is not None and fold(e.name) in entered for p in places)


def to_events(ctx, groups: list[list[Mention]], statements=()) -> list[Event]:
    events: list[Event] = []
    placed_after(ctx, groups, statements)
    country_call_ups(ctx, groups)
    refine_vague_places(ctx, groups)
    ctx_place = fill_places(ctx, groups)
    ctx_date = fill_dates(ctx, groups, {gi: group_places(g) or ctx_place.get(gi, []) for gi, g in enumerate(groups)})
    for gi, g in enumerate(groups):
        body = [x for x in g if not x.headline] or g
        rep = body[0]
        listed = next((x for x in body if len(x.places) > 1 and x.places == group_places(g)), None)
        if listed is not None and set(rep.places) != set(listed.places):
            rep = listed  # "en cuatro barrios" ... "en los barrios de A, B, C y D": the report that names them
        elif rep.trigger.pos == "V":  # "repelieron 14 asaltos": the noun names the event
            rep = next((x for x in body if x.trigger.pos == "N" and x.sent == rep.sent
                        and dominates(rep.tok, x.tok, ctx.lex, 1)), rep)
        places = group_places(g) or ctx_place.get(gi, [])
        stances = [s for x in g for s in x.stances]
        moods = {x.mood for x in g}
        mood = rep.mood if len(moods) == 1 else None
        status = combine_status(stances, mood)
        counted = rep.trigger.type == "interception" and any(k in ("assert", "confirm") for k, _ in stances) \
            and not outlet_first(ctx, body[0], statements)
        if all(x.status == "asserted" for x in g) and not mood:
            status = "asserted"
        elif counted:
            pass  # what an air defence downed is known from the side that counts it: its claim, also where the outlet
            # goes on in its own words ("Sobianin ha publicado diez entradas sobre el derribo de drones")
        elif body[0].status == "asserted" and not body[0].stances and not mood and (
                status == "claimed" or status == "confirmed" and rep.trigger.type not in FIELD_TYPES):
            # the outlet tells it in its own voice first; later quotes add nothing (a monitor confirming a strike does).
            # The first mention, not the one that lists the places: "A ellos se suma el derribo de 28 aparatos en
            # Krasnodar, ..." goes on with the ministry's count told before it
            status = "asserted"
        elif status == "claimed" and (own_voice(g) or any(x.placed_by_outlet for x in g)):
            status = "asserted"  # the outlet states it in its own voice somewhere: asserted (the gold's rule)
        elif status == "claimed" and rep.trigger.type == "threat":
            status = "asserted"  # "afirmó que «Israel responderá con contundencia ...»": the words are the threat, made
        elif not mood and all(invasion(x) for x in g) and war_invasion(ctx, places):
            status = "asserted"  # the invasion a war began with (``invasions.tsv``) is the outlet's own background,
            # whoever names it ("El Ejército ruso admitió ... haber registrado pérdidas humanas durante su invasión de
            # Ucrania"); not "Hamás denunció la invasión israelí de Rafah", an operation one side tells
        date_ = group_date(g) or ctx_date.get(gi)
        fat = max((x.fatalities for x in g if x.fatalities is not None), default=None)
        inj = max((x.injured for x in g if x.injured is not None), default=None)
        actors = uniq(a for x in g for a in x.actors)
        targets = uniq(t for x in g for t in x.targets if t not in actors)
        if status == "claimed" and actors and both_sides(ctx, stances, actors) and not own_voice(g):
            status = "confirmed"  # told by the side it hit and owned by the side that did it (and not by the outlet)
        reported = uniq(s for x in g for s in x.reported_by)
        for p in places or [None]:
            # a toll told for the whole list is no place's own; one a later mention tells of one place alone is
            # ("Bombardeos en Rafah y Jan Yunis ..." and then "En Jan Yunis, ataques aéreos han resultado en la muerte
            # de seis palestinos": Jan Yunis's six)
            alone = [x for x in g if x.places == [p]] if len(places) > 1 else g
            events.append(Event(
                id="", type=rep.trigger.type, trigger_span=rep.span, status=status,
                actors=list(actors), targets=[t for t in targets if t != p], place=p, date=date_,
                fatalities=fat if len(places) <= 1 else max(
                    (x.fatalities for x in alone if x.fatalities is not None), default=None),
                injured=inj if len(places) <= 1 else max((x.injured for x in alone if x.injured is not None), default=None),
                reported_by=list(reported)))
    events.sort(key=lambda v: v.trigger_span)  # (stable: the places of one report stay in the order the text names them)
    for i, v in enumerate(events, 1):
        v.id = f"v{i}"
    return events


def link_statements(ctx, events: list[Event], groups, statements: list[Statement]) -> None:
    sid = {s.id: s for s in statements}
    for v in events:
        for s in v.reported_by:
            st_ = sid.get(s)
            if st_ is not None and v.id not in st_.about:
                st_.about.append(v.id)
    # denials, confirmations and "could not verify" answering a statement that reports an event
    for s in statements:
        if s.stance in ("deny", "confirm", "unverified") and s.target in sid:
            named = content_places(ctx, s)
            for v in events:
                if named and v.place not in named and len(ctx.text[s.content_span[0]:s.content_span[1]].split()) > 3:
                    continue  # "confirmó que las tropas controlan el centro de Robotine" answers Robotine only
                if s.target in v.reported_by and s.id not in v.reported_by:
                    v.reported_by.append(s.id)
                    if v.id not in s.about:
                        s.about.append(v.id)
                    stances = [(sid[r].stance, sid[r].source) for r in v.reported_by if r in sid]
                    if v.status not in ("expected", "hypothetical") and not (s.stance == "unverified" and v.status == "asserted"):
                        v.status = combine_status(stances, None)  # (what the outlet told in its own voice stays told)
    # a confirmation naming the place of a claimed capture ("el ISW ha confirmado ... que las tropas
    # controlan el centro de Robotine") confirms that claim even when it points at another statement
    for s in statements:
        if s.stance != "confirm":
            continue
        named = content_places(ctx, s)
        for v in events:
            if v.type != "territory_change" or v.place not in named or s.id in v.reported_by or not v.reported_by:
                continue
            srcs = {sid[r].source for r in v.reported_by if r in sid}
            if s.source in srcs or v.status in ("expected", "hypothetical", "disputed", "denied"):
                continue
            v.reported_by.append(s.id)
            if v.id not in s.about:
                s.about.append(v.id)
            v.status = "confirmed"


def content_places(ctx, s: Statement) -> set[str]:
    a, b = s.content_span
    return {e.id for e in ctx.ents.values() if e.type == "LOC" and not ctx.is_country(e.id)
            and any(a <= x < b for x, _ in e.mentions)}

