"""A document as the subject of a reporting verb ("Un comunicado de las autoridades castrenses indicó ...", "La nota
señala ..."): it is the channel, and whoever issued it speaks."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .channel import SAME, channel_np, noun_with_adjectives
from .context import Context
from .speakers import Speaker, resolve_np
from .syntax import np_span, postposed, subject_of


def document_speaker(ctx: Context, tok: Token) -> Optional[tuple[Speaker, str]]:
    """"Un comunicado de las autoridades castrenses indicó ...", "La nota señala ...": a document as the cue's
    subject is the channel; whoever issued it speaks (named in it, else the last speaker). A definite one
    ("la nota") is the document named before."""
    subj = subject_of(ctx, tok) or postposed(ctx, tok)
    if subj is None or subj.lemma_.lower() not in ctx.lex.documents and subj.lower_ not in ctx.lex.documents \
            or subj.lower_ == "partes":  # ("dijeron ambas partes": the two sides, no war report)
        return None
    span = np_span(ctx, subj)
    first = ctx.tok_at(span[0])
    definite = first is not None and first.lower_ in ("el", "la", "dicho", "dicha", "este", "esta", "ese", "esa")
    channel = SAME + noun_with_adjectives(ctx, subj) if definite else channel_np(ctx, subj) or subj.lower_
    for c in subj.children:
        if c.i > subj.i and c.pos_ in ("NOUN", "PROPN") and any(k.dep_ == "case" and k.lower_ in ("de", "del")
                                                                  for k in c.children):
            src, sp, _ = resolve_np(ctx, c, tok.idx)
            return (src, sp, True), channel
    return (None, span, False), channel
