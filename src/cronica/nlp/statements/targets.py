"""What a denial, confirmation or verification note answers (``target``)."""
from __future__ import annotations

import re

from ...model import Statement
from ...names import fold
from ..spanish import grammar
from .context import Context, Span
from .roles import STOPWORDS
from .stance import claims_capture, says_held

ANSWERS = ("deny", "confirm", "unverified")
ANAPHORIC = grammar("object_clitics") | grammar("neuter_pronouns") | grammar("demonstratives") | grammar("clause_nouns")


def _words(ctx: Context, sp: Span) -> set[str]:
    return {fold(w)[:6] for w in re.findall(r"\w+", ctx.text[sp[0]:sp[1]]) if fold(w) not in STOPWORDS and len(w) > 2}


def same_source(ctx: Context, a: Statement, b: Statement) -> bool:
    if a.source or b.source:
        return a.source == b.source
    if a.source_span and b.source_span:
        ha = re.findall(r"\w+", ctx.text[a.source_span[0]:a.source_span[1]].lower())
        hb = re.findall(r"\w+", ctx.text[b.source_span[0]:b.source_span[1]].lower())
        return [w for w in ha if w not in STOPWORDS][:1] == [w for w in hb if w not in STOPWORDS][:1]
    return False


def _by_content(ctx: Context, sts: list[Statement]) -> None:
    for s in sts:
        if s.stance not in ANSWERS:
            continue
        cands = [o for o in sts if o is not s and o.stance in ("assert", "warn") and not same_source(ctx, o, s)
                 and not (o.content_span[0] <= s.content_span[0] and s.content_span[1] <= o.content_span[1])]
        if not cands:
            continue
        first = re.findall(r"\w+", ctx.text[s.content_span[0]:s.content_span[1]].lower())[:1]
        before = [o for o in cands if (o.cue_span or o.content_span)[0] < (s.cue_span or s.content_span)[0]]
        if first and first[0] in ANAPHORIC and before:
            s.target = max(before, key=lambda o: (o.cue_span or o.content_span)[0]).id
            continue
        mine = _words(ctx, s.content_span)
        scored = []
        for o in cands:
            ov = len(mine & _words(ctx, o.content_span))
            if ov >= 1:
                scored.append((ov, o in before, o.content_span[0], o))
        if scored:
            scored.sort(key=lambda x: (-x[0], not x[1], -x[2] if x[1] else x[2]))
            ov, o = scored[0][0], scored[0][3]
            if ov >= 2 and ov >= 0.25 * min(len(mine), len(_words(ctx, o.content_span))):
                s.target = o.id


def _the_document(ctx: Context, sts: list[Statement]) -> None:
    """"... había sido conquistada por las fuerzas rusas en una declaración inmediatamente desmentida por X": an
    answer whose content is the document a statement just before was made in answers that statement."""
    for s in sts:
        words = re.findall(r"\w+", ctx.text[s.content_span[0]:s.content_span[1]].lower())
        if s.stance not in ANSWERS or s.target or len(words) > 3 or not set(words) & ctx.lex.documents:
            continue
        before = [o for o in sts if o is not s and o.stance in ("assert", "warn") and not same_source(ctx, o, s)
                  and 0 <= s.content_span[0] - o.content_span[1] <= 5]
        if before:
            s.target = before[0].id


def _the_capture(ctx: Context, sts: list[Statement]) -> None:
    """"... dice que todavía está bajo control ucraniano": a denial that the place is still held answers the last
    capture another speaker claimed before it."""
    for k, s in enumerate(sts):
        if s.stance == "deny" and not s.target and says_held(ctx, s.content_span):
            s.target = next((o.id for o in reversed(sts[:k]) if o.stance == "assert" and not same_source(ctx, o, s)
                             and claims_capture(ctx, o.content_span)), None)


def set_targets(ctx: Context, sts: list[Statement]) -> None:
    """For denials, confirmations and verification notes: the statement they answer."""
    _the_document(ctx, sts)
    _the_capture(ctx, sts)
    _by_content(ctx, sts)
    # "confirmó el ejército ..., aunque negó que ...": a second answer by the same speaker in the
    # same sentence answers the same statement
    for prev, s in zip(sts, sts[1:]):
        if s.stance in ANSWERS and not s.target and prev.stance in ANSWERS and prev.target \
                and same_source(ctx, prev, s) and prev.cue_span and s.cue_span \
                and ctx.sent_bounds(prev.cue_span[0]) == ctx.sent_bounds(s.cue_span[0]):
            s.target = prev.target
