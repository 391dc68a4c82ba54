"""Where something was said: a platform, an outlet, a document or an occasion (``channel``)."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .context import Context, Span

ADDRESSED = {"declaraciones", "declaración"}  # "en declaraciones a X": X is the medium (an interview stays one)


def channel_np(ctx: Context, head: Token) -> Optional[str]:
    """The channel a noun phrase names, or None."""
    doc, lex = ctx.doc, ctx.lex
    toks = [t for t in head.subtree if not ctx.in_quote[t.idx]]
    if not toks:
        return None
    for t in toks:
        w = t.text.rstrip(".")  # "en X." at a sentence end
        if w in lex.channels and w[:1].isupper():
            return w
    # "en declaraciones a la televisión pública", "en una entrevista con la cadena CNN": the medium
    if head.lemma_.lower() in ADDRESSED or head.lower_ in ADDRESSED:
        for c in head.children:
            if c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ in ("a", "al") for k in c.children):
                inner = channel_np(ctx, c)
                if inner:
                    return inner
    end = toks[-1].idx + len(toks[-1].text)
    e = ctx.entity_in(toks[0].idx, end, ("ORG", "MISC"))
    lemma = head.lemma_.lower()
    if e is not None and (lemma in lex.channels or head.pos_ == "PROPN"):
        ms = [m for m in e.mentions if toks[0].idx <= m[0] < end]
        return ctx.text[ms[0][0]:ms[0][1]] if ms else e.name
    # "dijo a DW": an outlet's acronym that names no person or place
    if head.pos_ == "PROPN" and head.text.isupper() and 2 <= len(head.text) <= 6 and \
            ctx.entity_in(head.idx, head.idx + len(head.text), ("PER", "LOC")) is None:
        return head.text
    for n in (3, 2):
        words = " ".join(t.lower_ for t in doc[head.i:head.i + n])
        if words in lex.channels:
            return words
    if lemma in lex.channels or head.lower_ in lex.channels:
        return noun_with_adjectives(ctx, head)
    return None


def noun_with_adjectives(ctx: Context, head: Token) -> str:
    """"comparecencia televisada", "comunicado oficial": the noun and the adjectives right after it."""
    words = [head.lower_]
    for t in ctx.doc[head.i + 1:head.i + 3]:
        if t.pos_ == "ADJ" and t.head.i == head.i and "Part" not in t.morph.get("VerbForm"):
            words.append(t.lower_)
        else:
            break
    return " ".join(words)


def channel_of(ctx: Context, cue_tok: Token, content: Span) -> Optional[str]:
    """Where it was said: an ``en``/``a``/``según``/``a través de`` phrase of the cue's clause."""
    doc, lex = ctx.doc, ctx.lex
    a, b = ctx.sent_bounds(cue_tok.idx)
    cue = lex.verbs.get(ctx.lemma(cue_tok))
    for t in doc[ctx.tok_at(a).i:]:
        if t.idx >= b:
            break
        if content[0] <= t.idx < content[1] or ctx.in_quote[t.idx]:
            continue
        if t.lower_ not in ("en", "a", "según", "través", "mediante", "al") or t.dep_ not in ("case", "fixed", "mark"):
            continue
        if t.lower_ == "al" and (t.text == "Al" or t.i > 0 and doc[t.i - 1].pos_ == "PROPN") and \
                t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN":
            continue  # part of a name: "Al Shabab", "Ahmad al Mismari"
        if t.lower_ in ("a", "al") and cue is not None and cue.args == "a":
            continue  # "pidió a la OTAN": whom it urges, not where it was said
        h = t.head
        if content[0] <= h.idx < content[1]:
            continue
        # only phrases of the cue's own clause
        anc, ok = h, False
        for _ in range(3):
            if anc.i == cue_tok.i:
                ok = True
                break
            if anc.head.i == anc.i:
                break
            anc = anc.head
        if not ok and abs(h.i - cue_tok.i) > 8:
            continue
        ch = channel_np(ctx, h)
        if ch:
            return ch
    return None
