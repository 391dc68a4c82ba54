"""The date of an event: the time expression that governs its trigger (never a ``desde X`` comparison,
never a time inside another clause)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Optional

from ...model import EventDate, TimeExpr
from ...names import fold
from ..numbers import parse_number
from ..spanish import looks_participle
from ..syntax import NOMINAL_POS, between_up, case_of, in_aside, is_nominal
from ..timex.grammar import RE_NIGHTPOD, RE_THISPOD
from .context import Mention
from .words import (CAUSE_NOUNS, COMPARISON, DIE, HURT, ONGOING, ORDERS, PERFORMATIVE, PERFORMED_TYPES, PLACE_NOUNS,
                    REMOTE_WEAPONS, TIME_FRAMES)


def this_night(text: str) -> bool:
    """"esta noche", "durante esta noche" (the timex grammar's part of today)."""
    m = RE_THISPOD.fullmatch(text)
    return m is not None and fold(m.group("pod")) == "noche"


def assign_date(ctx, m: Mention) -> None:
    tok = m.tok
    best, best_d = None, 99
    compared = [c for c in tok.children if fold(c.lemma_) in COMPARISON or fold(c.text) in COMPARISON]
    for t in ctx.times:
        if not t.value or RE_NIGHTPOD.fullmatch(t.text):
            # (the night or the small hours a report tells of, "durante la noche", "de madrugada": the overnight rule
            # below dates a strike or an interception told so)
            continue
        if this_night(t.text) and ctx.published:
            t = replace(t, value=ctx.published.isoformat())  # "ha atacado esta noche": the report's day, for the event
        if any(c.idx <= t.span[0] < c.idx + sum(len(x.text_with_ws) for x in c.subtree) + 200 and
               any(x.idx == t.span[0] for x in c.subtree) for c in compared):
            continue  # "una nueva movilización similar a la de septiembre de 2022": 2022 dates the other one
        d = time_distance(ctx, tok, t)
        if d is not None and d < best_d:
            best, best_d = t, d
    if best is None and ctx.published and m.trigger.type in ("attack", "interception") and overnight(ctx, tok):
        # "durante la noche" in a same-day report: the night before publication; "anoche" (a time of its own, lent
        # here by the strike it names: "destruir dos de los misiles con que Rusia atacó anoche") the day it began
        mine = [t for t in ctx.times if t.value and tok.sent.start_char <= t.span[0] < tok.sent.end_char]
        night = next((t for t in mine if fold(t.text) == "anoche"), None)
        m.date = EventDate(night.value, "day", "relative") if night is not None else \
            EventDate(ctx.published.isoformat(), "day", "publication")
        before = next((t for t in mine if t.precision == "day" and _night_before(t) and
                       t.value < ctx.published.isoformat()), None)
        if night is None and before is not None:  # ("han derribado durante toda la noche unos 40 drones", "Durante la
            # noche anterior, se interceptaron nueve drones": the night before, the day it began;
            m.night = EventDate(before.value, "day", "relative")  # the group takes it when told of nothing else)
    if best is not None:
        m.date = EventDate(best.value, best.precision, getattr(best, "basis", None) or "relative")
    elif ctx.published and (days := days_before_now(tok)) is not None:
        # "son objetivo de ataques un día después de la matanza": the massacre was the day before the news
        m.date = EventDate((ctx.published - timedelta(days=days)).isoformat(), "day", "relative")
        m.background = True  # a reference point for the news, which lends it no date
    elif (said := performed_on(ctx, m)) is not None:
        m.date = said  # "Estados Unidos anunció este martes un nuevo paquete de ayuda militar": done that day
    elif ctx.published and m.trigger.type == "diplomacy" and tok.dep_ in ("obl", "nmod"):
        # "dijo tras la reunión": the meeting the speaker comes from is of the reporting day
        h = tok.head if tok.head.pos_ in ("VERB",) else tok.head.head
        case = case_of(tok)
        if fold(h.text) in ctx.lex.report_forms and (case in ("tras", "de", "a") or tok.head.lower_ in ("después", "antes", "llegada")):
            rep_time = next((t for t in ctx.times if t.value and governs_time(ctx, h, t)), None)
            if rep_time is not None:
                m.date = EventDate(rep_time.value, rep_time.precision, getattr(rep_time, "basis", None) or "relative")
            else:
                m.date = EventDate(ctx.published.isoformat(), "day", "publication")
    if m.date and ctx.published and m.mood is None and m.date.value > ctx.published.isoformat()[:len(m.date.value)]:
        m.mood = "expected"


def performed_on(ctx, m: Mention) -> Optional[EventDate]:
    """The day a truce, call-up or aid is announced, decreed or signed, when the verb doing so (the object's) has a
    time: announcing it is the act (``performative``; not what is announced as still to come)."""
    tok = m.tok
    h = tok.head
    if m.trigger.type not in PERFORMED_TYPES or m.mood is not None or tok.dep_ != "obj" \
            or ctx.lex.report_forms.get(fold(h.text)) not in PERFORMATIVE:
        return None  # (not "anunció el envío ...": still to come)
    now = ctx.published.isoformat() if ctx.published else "9999"
    t = next((t for t in ctx.times if t.value and t.value <= now[:len(t.value)] and t.span[0] > h.idx - 60
              and governs_time(ctx, h, t)), None)  # (a day already past: it has been announced)
    return EventDate(t.value, t.precision, getattr(t, "basis", None) or "relative") if t is not None else None


def days_before_now(tok) -> Optional[int]:
    """"un día después de la matanza", "dos días después del ataque" in a clause told in the present: how many
    days before the news the event named took place (None when the text says no such thing)."""
    h = tok.head
    if case_of(tok) not in ("de", "del") or fold(h.text) != "despues":
        return None
    main = h.head
    if "Pres" not in main.morph.get("Tense") and not any("Pres" in c.morph.get("Tense") for c in main.children
                                                          if c.dep_ in ("cop", "aux")):
        return None  # told in the past: its own day is not the news day
    for c in h.children:
        if fold(c.lemma_) in ("dia", "dias") and c.dep_ in ("obl", "nmod", "obj"):
            n = next((parse_number(d.text) for d in c.children if d.dep_ in ("det", "nummod") and d.is_alpha), None)
            return int(n) if n is not None and 1 <= n <= 7 else None  # a week at most
    return None


def over_a_period(ctx, tok) -> bool:
    """An undated span of time governs the trigger ("intensificó en los últimos meses sus ataques"): acts over a
    period, not the one dated act told beside them."""
    return any(t.value is None and governs_time(ctx, tok, t) for t in ctx.times)


def own_undated_time(ctx, tok) -> bool:
    """A time with no day the trigger itself takes, near it ("afirmaron haber tomado Novoheorhiivka la semana
    pasada"; not "en las últimas horas", which is the news day's)."""
    for t in ctx.times:
        if t.value is None and "hora" not in t.text:
            d = time_distance(ctx, tok, t)
            if d is not None and d <= 2:
                return True
    return False


def governs_time(ctx, tok, t: TimeExpr) -> bool:
    """Is the time expression an argument of the trigger (or of its light verb)?"""
    return time_distance(ctx, tok, t) is not None


def time_heads(ctx, tok) -> dict[int, int]:
    """Tokens whose time is the trigger's time -> extra distance: the trigger, its light verb, the verb
    a noun trigger is the occasion of ("murieron en un ataque ..."), through frame nouns ("su campaña de")."""
    heads = {tok.i: 0}
    x, extra = tok, 0
    if tok.dep_ == "nmod" and fold(tok.head.lemma_) in TIME_FRAMES and case_of(tok).startswith("de"):
        heads[tok.head.i] = 1  # "En el momento del ataque, el 16 de marzo": the moment's time is the attack's
    if tok.dep_ == "nmod" and fold(tok.head.lemma_) in ctx.lex.stage and any(
            c.dep_ == "nsubj" and any(ctx.place_entity(k) for k in (c, *c.children)) for c in tok.head.children):
        heads[tok.head.i] = 1  # "En la mañana del 8 de septiembre, la ciudad de Gao fue objeto de un ataque kamikaze" (a
        # place's; not a battalion's "en la tarde de hoy (este domingo)": the communiqué's words)
    if tok.dep_ == "nmod" and fold(tok.head.lemma_) in ORDERS:
        order = tok.head  # "la guerra desatada en febrero de 2022 por la orden de invasión": the order's time, and the
        heads[order.i] = 1  # time of what the order set off
        if order.dep_ == "obl" and order.head.dep_ in ("amod", "acl") and looks_participle(order.head):
            heads[order.head.i] = 2
    if x.dep_ == "nmod" and fold(x.head.lemma_) in ctx.lex.frame and x.head.pos_ == "NOUN":
        x, extra = x.head, 1
        heads[x.i] = extra
    h = x.head
    if h.i in ctx.phrase_of.get(tok.i, ()):  # "rechazaron la víspera cinco ataques": the phrase's own verb
        heads.setdefault(h.i, 1)
        return heads
    if tok.dep_ == "xcomp" and tok.pos_ in ("VERB", "AUX") and h != tok:
        heads.setdefault(h.i, 1)  # "volverán a reunirse el próximo lunes"
    if tok.dep_ == "conj" and tok.pos_ == "VERB" and h.pos_ == "VERB" and h != tok:
        heads.setdefault(h.i, 2)  # "decretó ayer una movilización ... y advirtió": one time for both
    if tok.dep_ in ("advcl", "acl") and tok.pos_ in ("VERB", "AUX") and h != tok and any(
            c.dep_ == "mark" and c.lower_ == "cuando" for c in tok.children):
        heads.setdefault(h.i, 1)  # "El conflicto empezó el viernes cuando el ejército israelí lanzó un ataque", "el
        # pasado martes, cuando el M23 tomó la estratégica ciudad de Minova": the time the clause is the moment of
    if tok.dep_ == "advcl" and tok.pos_ in ("VERB", "AUX") and h != tok:
        # "murieron el martes, después de que Rusia atacó": the strike of that day
        if fold(h.text) in ("despues", "tras", "luego") and h.head != h:
            heads.setdefault(h.head.i, 2)
        elif h.pos_ == "VERB" and any(c.dep_ in ("mark", "case", "advmod") and fold(c.text) in ("despues", "tras", "luego")
                                      for c in tok.children):
            heads.setdefault(h.i, 2)
    if h == x or fold(h.text) in ctx.lex.report_forms:  # "reivindicó este jueves la toma": the claim's day
        return heads
    case = case_of(x)
    if (fold(h.lemma_) in ctx.lex.light or x.dep_ == "obj"
            or x.dep_ == "nsubj" and is_nominal(x) and fold(h.lemma_) in ctx.lex.result | ONGOING):  # ("Los combates
        # proseguían este lunes en la región de Járkov": the fighting of that day)
        heads.setdefault(h.i, extra + 1)
        if h.dep_ == "conj" and h.pos_ == "VERB" and h.head.pos_ == "VERB" and fold(h.head.text) not in ctx.lex.report_forms:
            heads.setdefault(h.head.i, extra + 3)  # "realizó este sábado un peinado ... y llevó a cabo ataques
            # aéreos": one time for both verbs
    elif is_nominal(tok) and x.dep_ == "obl" and h.pos_ == "VERB" and case.startswith(("en", "durante", "gracias", "mediante")):
        heads.setdefault(h.i, extra + 2)
    elif is_nominal(tok) and x.dep_ in ("obl", "nmod") and (v := _harm_caused(tok, x)) is not None:
        heads.setdefault(v.i, extra + 2)  # "murieron este miércoles como consecuencia de ataques con drones": the
        # deaths' day is the attacks'
    return heads


def _harm_caused(tok, x):
    """The verb of dying or being hurt whose cause ``x`` is ("a causa de", "como consecuencia de"), or None."""
    h = x.head
    if h.pos_ != "VERB" and fold(h.lemma_) in CAUSE_NOUNS and h.dep_ in ("obl", "nmod"):
        v = h.head  # "como consecuencia de ataques": the parser hangs the attacks on the cause noun
    elif h.pos_ == "VERB" and any(fold(w.lemma_) in CAUSE_NOUNS for w in tok.doc[max(0, x.left_edge.i - 3):x.left_edge.i]):
        v = h
    elif h.pos_ == "VERB" and x.dep_ == "obl" and case_of(x) in ("por", "tras"):
        v = h  # "El domingo, más de una treintena de personas murieron por un ataque ruso sobre la ciudad de Sumi", "Al
        # menos 9 civiles han muerto y otros 14 han resultado heridos este lunes tras un bombardeo del Ejército"
    else:
        return None
    harmed = fold(v.text).startswith(DIE + HURT) or fold(v.lemma_) in ("resultar", "quedar") and any(
        c.dep_ in ("obj", "xcomp") and fold(c.text).startswith(DIE + HURT) for c in v.children)  # ("han resultado heridos")
    return v if v.pos_ == "VERB" and harmed else None


def time_distance(ctx, tok, t: TimeExpr) -> Optional[int]:
    heads = time_heads(ctx, tok)
    doc = tok.doc
    span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
    if span is None:
        return None
    # the time's syntactic head must hang from the trigger without crossing a clause; the verb of "tuvo lugar hace 10
    # días" is the time's own word (but "desde hace 10 meses" is a duration)
    own = range(span.start, span.end) if span.start > 0 and "desde" not in (doc[span.start - 1].lower_,
                                                                            span[0].lower_) else range(0)
    if any(t.lower_ == "desde" and t.dep_ == "case" and tok.i < t.head.i < span.start and t.head.pos_ in NOMINAL_POS
           for t in doc[max(0, span.start - 6):span.start]):
        return None  # "el mayor intercambio ... desde el inicio del conflicto hace casi dos años": the yardstick's time
    if _glosses_start(ctx, tok, doc, span.start) or in_aside(doc, max(span.sent.start, tok.i), span.start, span.sent.end):
        # ("el derribo de 28 aparatos en Krasnodar, 18 en la península de Crimea --anexionada por Rusia en 2014, un paso
        # no reconocido ...--, doce en ...": the year of an aside after the trigger)
        return None
    x = span.root
    if (case_of(x).startswith("hasta") or span.start > 0 and doc[span.start - 1].lower_ == "hasta") and any(
            any((k.dep_ == "nummod" or k.like_num) and not span.start <= k.i < span.end for k in c.children)
            for c in (x.head, *(c for c in x.head.children if c.dep_ in ("obj", "nsubj") and c.i != x.i))):
        return None  # "los ataques de las RSF dejaron al menos 35 muertos hasta el sábado": where a tally ends, not the
        # day of the act
    for steps in range(6):
        if x.i in heads:
            return steps + heads[x.i]
        if steps and x.i != tok.i and ctx.trigger_noun(x) and x.pos_ == "NOUN" and fold(x.lemma_) != fold(tok.lemma_) \
                and not (x.head.i == tok.i and (case_of(x) == "con" or case_of(x) == "de"
                                                and fold(x.lemma_) in REMOTE_WEAPONS)):  # (not its means:
            # "el ataque con misiles perpetrado el viernes", the participle the parser hung on the weapons; "tras el
            # impacto de un misil Kh-22, el sábado", the day the parser hung on the missile)
            return None  # "la toma de otras dos localidades ..., en el marco de los avances en la invasión desatada en
            # febrero de 2022": the date of another event named on the way
        if x.dep_ == "nmod" and case_of(x).startswith(("desde", "hasta")) and x.head.pos_ in NOMINAL_POS:
            return None  # "el primer ataque desde noviembre de 2022": a comparison, not the event's time
        if case_of(x).startswith("desde") and any(fold(c.text) == "vez" and any(fold(a.text) == "primera" for a in c.children)
                                                  for c in x.head.children):
            return None  # "lanzaron incursiones en zonas de la ciudad de Alepo por primera vez desde 2016": the same
        if x.dep_ == "acl" and x.head.i == tok.i:
            x = x.head  # "la explosión que dañó el puente el pasado sábado": the trigger's own relative clause
            continue
        if steps and x.dep_ == "amod" and x.head.i != tok.i and x.head.i not in heads and looks_participle(x) and (
                x.head.dep_ == "appos" or fold(x.head.lemma_) in PLACE_NOUNS
                or (e := ctx.entity_at(x.head)) is not None and e.type == "LOC"):
            return None  # "en Crimea, península de Ucrania anexionada por Rusia en 2014", "liberada la ciudad de X ...,
            # anexionada por Moscú en 2022": a description of the place
        if x.dep_ in ("ccomp", "advcl", "parataxis", "acl", "xcomp", "csubj") and x.pos_ in ("VERB", "AUX") \
                and x.i not in own:
            deadline = x.dep_ == "advcl" and (x.head.lower_ in ("antes", "hasta") or any(
                c.dep_ == "mark" and c.lower_ in ("antes", "hasta") for c in x.children))
            if not deadline:  # "antes de que termine 2024" dates what must happen by then
                return None
        if x.head == x:
            break
        x = x.head
    return None


def _glosses_start(ctx, tok, doc, start: int) -> bool:
    """The time glosses the war's start a ``desde`` phrase after the trigger names, no verb between ("uno de los
    ataques con drones más masivos ... desde el inicio de esta fase de la guerra, en febrero de 2022")."""
    words = ctx.lex.classes.get("start", set())
    for t in (doc[i] for i in range(start - 1, max(tok.i, start - 16), -1)):
        if t.pos_ in ("VERB", "AUX") or t.is_sent_start:
            return False
        if t.lower_ == "desde" and t.head.i > tok.i and fold(t.head.lemma_) in words:
            return True
    return False


def _clause_between(top, x) -> bool:
    """A reported or inserted clause on the way up from ``x`` to ``top`` (``x`` itself not counted)."""
    return any(y.dep_ in ("ccomp", "parataxis") for y in between_up(x, top))


def _night_before(t: TimeExpr) -> bool:
    """"durante la noche", "durante la noche anterior" (not "de madrugada": the small hours are the new day's)."""
    m = RE_NIGHTPOD.fullmatch(t.text)
    return m is not None and fold(m.group("pod") or "") == "noche"


def overnight(ctx, tok) -> bool:
    near = [x for x in tok.subtree if ctx.sent_of.get(x.i) == ctx.sent_of.get(tok.i) and not _clause_between(tok, x)]
    if is_nominal(tok) and tok.head != tok:
        near += [c for c in tok.head.children if c.dep_ in ("obl", "advmod")]
    return any(fold(x.text) in ("noche", "madrugada", "anoche") for x in near)


def yardstick(ctx, t: TimeExpr) -> bool:
    """A day told as where a span of time starts ("desde el inicio del conflicto el 24 de febrero"): no news day."""
    span = ctx.doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
    return span is not None and any(w.lower_ == "desde" for w in ctx.doc[max(span.sent.start, span.start - 8):span.start])


def said_on(ctx, g: list[Mention]) -> Optional[EventDate]:
    """An event known only from someone's words, with no day of its own, is of the day they said it
    ("anunció el sábado que el ejército entró en Mekele")."""
    month = ctx.published.isoformat()[:7] if ctx.published else None
    for m in g:
        for cue in m.report_cues:
            governed = [t for t in ctx.times if t.value and t.precision in ("day", "month") and governs_time(ctx, cue, t)]
            # (else "A finales de julio, las tropas rusas ya habían reclamado la captura de ...": a month gone by)
            t = next((t for t in governed if t.precision == "day"), None) or next(
                (t for t in governed if month and t.value < month), None)
            if t is not None:
                return EventDate(t.value, t.precision, getattr(t, "basis", None) or "relative")
    return None


def days_apart(a: Optional[EventDate], b: Optional[EventDate]) -> bool:
    """Two dates that cannot be one event's: both told and neither holding the other ("2025-03" holds "2025-03-14")."""
    return a is not None and b is not None and a.value[:len(b.value)] != b.value[:len(a.value)]


def weeks_before_report(ctx, g: list[Mention], m: Mention) -> bool:
    """Another event (an undated "otro ...") reported on a day weeks away from the day of ``m`` ("El pasado 22 de
    noviembre, el gobernador ... denunció otro ataque ucraniano con drones" and "El mayor ataque contra Sebastopol se
    produjo el 29 de octubre pasado"): two events (a report a day or two after the strike is of the same one)."""
    if not any(x.is_new for x in g):
        return False  # (a strike reported days or weeks after it happened, then dated, is the one reported)
    said = None if any(x.date for x in g) or m.date is None or m.date.precision != "day" else said_on(ctx, g)
    if said is None or said.precision != "day":
        return False
    return abs((date.fromisoformat(said.value) - date.fromisoformat(m.date.value)).days) > 7


def own_date(ctx, tok) -> bool:
    """A noun with a date of its own: a time with a value inside its phrase that the dates step gives it ("la invasión
    del 24 de febrero", "la invasión desatada en febrero de 2022")."""
    lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)
    return any(t.value is not None and lo <= t.span[0] and t.span[1] <= hi and time_distance(ctx, tok, t) is not None
               for t in ctx.times)
