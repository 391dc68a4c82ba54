"""An attribution set off as an aside with "como" ("..., tal y como afirmó este sábado X, ...", "como informó EFE"):
what was said is the clause around it."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .said import segun_verb
from .clauses import as_said_by
from .content import que_clause
from .context import Context, Found
from .quotes import direct_before
from .verbs import verb_cue


def como(ctx: Context, verb: Token) -> Optional[list[Found]]:
    """"..., tal y como afirmó este sábado X, ...", "como informó EFE": what was said is the clause around it."""
    start = as_said_by(ctx, verb)
    if start is None or start.lower_ == "según" or not ctx.is_cue_verb(verb) or ctx.lemma(verb) in ctx.lex.relays:
        return None
    doc = ctx.doc
    sa, sb = ctx.sent_bounds(start.idx)
    before = ctx.text[sa:start.idx].rstrip()
    if before and not before.endswith(","):
        return None  # "no hubo incidentes como lo afirmó X": a comparison inside the clause, not an attribution
    # "X ha desmentido que P, tal y como había asegurado Y": Y said P, the clause X's cue reports
    outer = next((t for t in reversed(doc[ctx.tok_at(sa).i:start.i]) if ctx.is_cue_verb(t) and not ctx.in_quote[t.idx]
                  and verb_cue(ctx, t, set(), probe=True)), None)
    q = que_clause(ctx, outer, sb) if outer is not None else None
    if outer is not None and (q is not None or direct_before(ctx, outer) is None):
        if q is None or q >= start.idx:  # (a cue with a quotation before it reports no clause here:
            return None  # '"Creo que no", ha contestado ... sobre si las fuerzas, tal y como afirmó X, se habían ...')
        f = segun_verb(ctx, start, verb, False, sa, sb, before, relay=False)
        if f:
            f[0].content = ctx.trim(q, start.idx)
        return f
    found = segun_verb(ctx, start, verb, False, sa, sb, before, relay=False)
    lead = _subject_before(ctx, start, sa)
    if found and lead is not None and found[0].content[0] > start.idx:
        found[0].content = (lead, found[0].content[1])  # "si las fuerzas del Kremlin, tal y como afirmó X, se habían ..."
    return found


def _subject_before(ctx: Context, start: Token, sa: int) -> Optional[int]:
    """Where the clause an aside interrupts begins, when only its subject comes before the comma: after "que" or
    "si" ("sobre si las fuerzas del Kremlin, tal y como afirmó X, se habían hecho con el control")."""
    doc = ctx.doc
    j = start.i - 1
    if j < 0 or doc[j].text != ",":
        return None
    k = j - 1
    while k >= 0 and doc[k].idx >= sa and doc[k].lower_ not in ("que", "si") and not doc[k].is_punct:
        if doc[k].pos_ in ("VERB", "AUX"):
            return None
        k -= 1
    if k < 0 or doc[k].lower_ not in ("que", "si") or k + 1 >= j or ctx.in_quote[doc[k].idx]:
        return None
    return doc[k + 1].idx if any(t.pos_ in ("NOUN", "PROPN") for t in doc[k + 1:j]) else None
