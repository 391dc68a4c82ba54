"""The events stage ``cronica_events_v1``: the steps in order, over one article.

triggers → arguments (place, actors, targets) → status from grammar → date → status from the statements that
report it → tolls → in-article coreference → events (one per place) → statements linked to their events.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.language import Language

from ...model import Event
from ...names import fold
from ..doc import outputs
from ..stage import Stage
from ..syntax import case_of
from .anaphora import going_on_count
from .arguments import assign_arguments
from .build import link_statements, to_events
from .casualties import assign_tolls
from .context import EventContext, Mention
from .words import ANNOUNCING, MILITARY_TARGETS, VOWING
from .constraints import subject_of_class
from .corefer import corefer
from .setting import refine_vague_places
from .dates import assign_date
from .status import grammar_mood, report_status
from .kinds import (aerial_patient, against_civilians, ground_assault, heading_toward, launch_without_target,
                    remote_strike, strike_result)
from .judged import fold_judgements
from .unharmed import no_victims
from .triggers import accept_any, find_mentions


def extract(doc) -> list[Event]:
    """The events of one parsed article (entities, times, figures and statements already found)."""
    ctx = EventContext.build(doc)
    statements = outputs(doc, "statements")
    mentions = [m for m in (retype(ctx, x) for x in (accept_any(ctx, m) for m in find_mentions(ctx, doc)) if x is not None)
                if m is not None]
    # what a threat threatens ("advirtió de que Rusia tomará represalias") is the threat, not another event
    warns = [m.tok for m in mentions if m.trigger.type == "threat" and m.trigger.pos == "V"]
    mentions = [m for m in mentions if m.trigger.type == "threat" or not any(
        m.tok != w and m.tok in w.subtree and m.sent == ctx.sent_of.get(w.i) for w in warns)]
    for m in mentions:
        assign_arguments(ctx, m)
        grammar_mood(ctx, m)
        assign_date(ctx, m)
        report_status(ctx, m, statements)
    going_on_count(ctx, mentions, statements)
    if not mentions:
        return []
    body = [m for m in mentions if not m.headline]
    mentions = body or mentions  # headlines restate the body
    assign_tolls(ctx, mentions, outputs(doc, "figures"))
    no_victims(ctx, mentions)  # "sin causar víctimas": zero, not unknown
    # "contra una base militar próxima a Mogadiscio" ... "El ataque ocurrió ... en la base de Lanta-Bur": the place the
    # next sentence names, before the strike told again is compared with it
    refine_vague_places(ctx, [[m] for m in mentions if not m.headline], near_only=True)
    groups = fold_judgements(ctx, corefer(ctx, mentions))
    events = to_events(ctx, groups, statements)
    link_statements(ctx, events, groups, statements)
    return events


def retype(ctx: EventContext, m: Mention):
    """A trigger whose frame changes its type, or None when the frame says it is no event."""
    t = m.trigger
    if t.type == "territory_change" and t.pos == "V" and (m.tok.dep_ == "xcomp" or m.tok.dep_ == "acl"
                                                            and m.tok.head.pos_ == "NOUN") and \
            fold(m.tok.head.lemma_) in ctx.lex.attempt:
        m.trigger = replace(t, type="clash")  # "intentan cruzar el río", "los intentos del enemigo por capturar esta
        # localidad": fighting, not a change of hands
    if t.type in ("attack", "clash") and t.pos == "V" and m.tok.dep_ in ("xcomp", "obj") and \
            fold(m.tok.head.lemma_) in VOWING:
        m.trigger, m.vow = replace(t, type="threat"), True  # "Israel ha respondido ... prometiendo destruir al grupo"
    elif t.type in ("attack", "clash") and t.pos == "V" and m.tok.dep_ == "ccomp" and fold(m.tok.head.lemma_) in ANNOUNCING \
            and ("Cnd" in m.tok.morph.get("Mood") or "Fut" in m.tok.morph.get("Tense")) \
            and not any(c.dep_ == "nsubj" for c in m.tok.children):
        m.trigger, m.vow = replace(t, type="threat"), True  # "el líder de la banda anunció que castigaría al pueblo"
    if t.type == "threat" and t.cons.get("gov") == "vow":
        m.vow = True  # "su intención de vengar la muerte de Haniyeh": the threat is made now
    if "aerial" in t.cons and not strike_result(ctx, m) and aerial_patient(ctx, m):
        m.trigger = replace(m.trigger, type=t.cons["aerial"])  # "tres aparatos no tripulados fueron destruidos"
    for cls in ("cargo", "raiders"):  # "un primer convoy de ayuda humanitaria entró en ...": a delivery; "un comando
        if cls in t.cons and subject_of_class(ctx, m, cls) and not subject_of_class(ctx, m, "forces") and not any(
                fold(c.lemma_) in MILITARY_TARGETS for c in m.tok.children if c.dep_ in ("obl", "obj")):
            # de hombres armados irrumpió en ...": a raid on people (not "un convoy de las Fuerzas Armadas", nor
            # "irrumpieron en la base": an assault on soldiers)
            m.trigger = replace(m.trigger, type=t.cons[cls])
    if "remote" in t.cons and remote_strike(ctx, m):
        m.trigger = replace(m.trigger, type=t.cons["remote"])  # "una operación militar ... con un misil balístico"
    if "plural" in t.cons and "Plur" in m.tok.morph.get("Number"):
        m.trigger = replace(m.trigger, type=t.cons["plural"])  # "logrando avances ... en la región de Donetsk": gains
    if "toward" in t.cons and heading_toward(ctx, m):
        m.trigger = replace(m.trigger, type=t.cons["toward"])  # "sigue avanzando hacia Vovchansk": on the way there
    if "civil" in t.cons and against_civilians(ctx, m):
        m.trigger = replace(m.trigger, type=t.cons["civil"])  # "dispararon contra una fila de ciudadanos"
    elif "ground" in t.cons:
        ground = ground_assault(ctx, m)
        if ground:
            m.trigger = replace(m.trigger, type=t.cons["ground"])  # "el ataque perpetrado por milicianos": a battle
        m.unmarked = ground is None and t.pos == "N"
    if t.type == "attack" and fold(t.words[0]) in ("lanzar", "lanzamiento") and (len(t.words) > 1 or any(
            case_of(c) == "contra" and "Plur" in c.morph.get("Number") for c in m.tok.subtree)) \
            and launch_without_target(ctx, m):
        return None  # "lanzado 133 drones contra infraestructuras de varias regiones", "el lanzamiento de cerca de 600
        # drones contra infraestructuras de varias regiones": no strike on a place
    return m


@Language.factory("cronica_events_v1", requires=["doc._.layout", "doc._.entities", "doc._.times", "doc._.figures",
                                              "doc._.statements", "token.dep", "token.morph"],
                  assigns=["doc._.events", "doc._.statements"])
def make_events(nlp, name):
    return EventsStage()


class EventsStage(Stage):
    """Writes ``doc._.events`` and the ``about`` of the statements that report them."""

    stage, output = "events", "events"

    def process(self, doc) -> None:
        doc._.events = extract(doc)
