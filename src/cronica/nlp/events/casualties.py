"""Tolls: casualty figures tied to the strike or clash that governs them, or the nearest one before."""
from __future__ import annotations

import re
from typing import Optional

from ...model import Figure
from ...names import fold
from .context import DIE, FATAL_UNITS, HURT, INJ_UNITS, PEOPLE, Mention

DEADLY = ("attack", "clash", "violence_against_civilians", "abduction")  # the events a toll can belong to


def assign_tolls(ctx, mentions: list[Mention], figures: list[Figure]) -> None:
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    for f in figures:
        kind = casualty_kind(f, ctx.doc)
        if kind is None:
            continue
        span = ctx.doc.char_span(f.span[0], f.span[1], alignment_mode="expand")
        if span is None:
            continue
        si = ctx.sent_of.get(span.start, -1)
        cands = [m for m in by_sent.get(si, []) if m.trigger.type in DEADLY + ("interception",)]
        if not cands:
            # "El ataque ... " before; a toll sentence right after a strike sentence
            prev = [m for m in by_sent.get(si - 1, []) if m.trigger.type in DEADLY]
            if prev and not by_sent.get(si):
                cands = prev
        if not cands:
            continue
        # the trigger that governs the figure, else the nearest one before it
        target = None
        anc = {a.i for a in span.root.ancestors}
        for m in cands:
            if m.tok.i in anc:
                target = m
        if target is None:
            before = [m for m in cands if m.span[0] <= f.span[0]]
            target = before[-1] if before else cands[0]
        val = int(f.value)
        if kind == "fatalities":
            target.fatalities = max(target.fatalities or 0, val)
        else:
            target.injured = max(target.injured or 0, val)
    # "la cifra de muertos ... se elevó a 20": a toll whose number has no counted noun
    from ..numbers import parse_number

    for mm in TOLL.finditer(ctx.text):
        val = parse_number(mm.group("n"))
        span = ctx.doc.char_span(mm.start(), mm.end(), alignment_mode="expand")
        if val is None or span is None:
            continue
        si = ctx.sent_of.get(span.start, -1)
        cands = [m for m in by_sent.get(si, []) + by_sent.get(si - 1, []) if m.trigger.type in DEADLY]
        if not cands:
            continue
        target = min(cands, key=lambda m: abs(m.span[0] - mm.start()))
        if fold(mm.group("k")).startswith(("muert", "fallec", "victimas mortales")):
            target.fatalities = max(target.fatalities or 0, int(val))
        else:
            target.injured = max(target.injured or 0, int(val))


TOLL = re.compile(
    r"(?:cifra|n[uú]mero|balance|saldo)\s+de\s+(?P<k>muertos|fallecidos|v[ií]ctimas mortales|heridos)\b[^.;]{0,80}?"
    r"\b(?:se\s+elev[óa]|ascendi[óo]|asciende|aument[óa]|subi[óo]|sube|lleg[óa]|es\s+de|era\s+de)\s+(?:a\s+)?"
    r"(?:al\s+menos\s+|m[aá]s\s+de\s+)?(?P<n>\d[\d.,]*|[a-záéíóúñ]+(?:\s+y\s+[a-záéíóúñ]+)?)\b", re.I)



def casualty_kind(f, doc) -> Optional[str]:
    if f.unit in FATAL_UNITS:
        return "fatalities"
    if f.unit in INJ_UNITS:
        return "injured"
    if f.unit in PEOPLE:
        span = doc.char_span(f.span[0], f.span[1], alignment_mode="expand")
        if span is None:
            return None
        near = [span.root.head] + list(span.root.children) + list(span) + [t for t in doc[span.end: span.end + 3]]
        for t in near:
            w = fold(t.text)
            if w.startswith(DIE) or fold(t.lemma_) in ("morir", "matar", "fallecer"):
                return "fatalities"
            if w.startswith(HURT) or fold(t.lemma_) in ("herir",):
                return "injured"
    return None



