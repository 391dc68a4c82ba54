"""A word that judges an act rather than telling one ("masacre", "matanza": the ``judge`` constraint of
triggers.tsv). Beside a strike or a killing told in its own words, it names that act again: "cometieron una nueva
masacre este martes en el campamento de Jabalia, tras atacar una manzana residencial" is the strike; "la masacre
requiere una respuesta urgente" is the killing told before. Told alone, it is the event."""
from __future__ import annotations

from typing import Optional

from ...names import fold
from .anaphora import VIOLENT, campaign
from .context import Mention
from .likeness import group_places, placed_in
from .words import SEQUENCE_CASES

REACH = 8  # sentences back a judgement may point
AHEAD = 3  # sentences on, for a judgement told before the act at its place


def judgement(m: Mention) -> bool:
    return m.trigger.pos == "N" and "judge" in m.trigger.cons


def fold_judgements(ctx, groups: list[list[Mention]]) -> list[list[Mention]]:
    """Groups told only by judging words join the act they judge: one told in the same sentence, else the last
    one told before, else one told right after at its place; never an act of another day or place, nor when a time
    is told from the judgement ("un día después de la matanza")."""
    for g in [g for g in groups if all(judgement(x) for x in g) and not any(_anchor(x) for x in g)]:
        target = _judged(ctx, groups, g)
        if target is not None:
            target.extend(g)
            groups.remove(g)
    return groups


def _judged(ctx, groups: list[list[Mention]], g: list[Mention]) -> Optional[list[Mention]]:
    acts = [h for h in groups if h is not g and h[0].trigger.type in VIOLENT and not campaign(h[0])
            and not all(judgement(x) for x in h) and _fits(ctx, g, h)]
    first = g[0]
    beside = [h for h in acts if any(x.sent == y.sent for x in h for y in g)]
    if beside:
        return beside[0]
    before = [h for h in acts if any(x.span < first.span and first.sent - x.sent <= REACH for x in h)]
    if before:
        return max(before, key=lambda h: max(x.span for x in h if x.span < first.span))
    # "el número de víctimas de la masacre del bloque 2 en el campamento de Jabalia" ... "cometieron una nueva masacre
    # ... en el campamento de Jabalia, tras atacar una manzana residencial": the strike told right after, there
    mine = group_places(g)
    return next((h for h in acts if mine and set(mine) <= set(group_places(h)) and 0 < h[0].sent - first.sent <= AHEAD),
                None)


def _anchor(m: Mention) -> bool:
    """The judgement is what a time is told from ("ocurre 11 días después de una masacre que dejó 20 muertos", "tras
    la matanza"): another act, before or after (the sequence_cases of events/words.tsv, on the noun or before it)."""
    left = m.tok.left_edge.i
    near = [*m.tok.doc[max(0, left - 2):left], *(c for c in m.tok.children if c.dep_ in ("case", "fixed", "advmod"))]
    return any(fold(t.text) in SEQUENCE_CASES for t in near)


def _fits(ctx, g: list[Mention], h: list[Mention]) -> bool:
    """Not told on another day (a judgement dated is an act of that day); the judgement's place is the act's, lies in
    it (told so), or is a country; or it names none."""
    mine, theirs = group_places(g), group_places(h)
    mine_day, their_day = (next((x.date.value for x in k if x.date), None) for k in (g, h))
    if mine_day and mine_day != their_day:
        return False  # ("a la matanza ... perpetrada ... el 7 de octubre" beside "un asedio total": not dated so)
    if not mine or set(mine) <= set(theirs) or all(ctx.is_country(p) for p in mine):
        return True
    m = next(x for x in g if x.places)
    return len(m.places) == 1 and bool(theirs) and any(placed_in(ctx, m, p) for p in theirs)
