"""A document as the subject of a reporting verb ("Un comunicado de las autoridades castrenses indicó ...", "La nota
señala ..."): it is the channel, and whoever issued it speaks."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .channel import POINTING, SAME_DOCUMENT, channel_np, noun_with_adjectives, on_platform, social_networks
from ..spanish import participle_lemma
from ..syntax import case_of, qualifying_participle
from .context import Context, Found
from .speakers import Speaker, resolve_np
from .syntax import np_span, postposed, subject_of


def _is_document(ctx: Context, t: Token) -> bool:
    return (t.lemma_.lower() in ctx.lex.documents or t.lower_ in ctx.lex.documents) and t.lower_ != "partes"


def read_in(ctx: Context, tok: Token) -> Optional[Token]:
    """"..., se afirma en el parte castrense publicado en Telegram", "se lee en el parte del Ejército": an impersonal
    "se" cue whose "en" phrase names a document says what the document says (the document, or None)."""
    if not (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "se"):
        return None
    return next((c for c in tok.children if c.dep_ == "obl" and c.i > tok.i and case_of(c) == "en"
                 and _is_document(ctx, c)), None)


def _is_vehicle(ctx: Context, t: Token) -> bool:
    """A document, or a message, video or speech a verb of broadcasting put out ("publicó este viernes un video en el
    que aseguró", "emitió un mensaje televisado donde informó")."""
    return _is_document(ctx, t) or t.pos_ == "NOUN" and t.dep_ == "obj" and t.lower_ in ctx.lex.channels \
        and t.head.lemma_.lower() in ctx.lex.broadcasts


def document_speaker(ctx: Context, tok: Token) -> Optional[tuple[Optional[Speaker], str]]:
    """"Un comunicado de las autoridades castrenses indicó ...", "La nota señala ...": a document as the cue's
    subject is the channel; whoever issued it speaks (named in it, else the last speaker). A definite one
    ("la nota") is the document named before. The cue inside a clause of a document ("publicó un comunicado en
    el que confirmó ..."): the document is the channel (the speaker None: the cue's own, see :func:`issued_in`)."""
    subj = subject_of(ctx, tok) or postposed(ctx, tok) or read_in(ctx, tok)
    if subj is None or not _is_document(ctx, subj):  # ("dijeron ambas partes": the two sides, no war report)
        return issued_in(ctx, tok, subj)
    span = np_span(ctx, subj)
    first = ctx.tok_at(span[0])
    definite = first is not None and first.lower_ in POINTING
    channel = SAME_DOCUMENT + noun_with_adjectives(ctx, subj) if definite else channel_np(ctx, subj) or subj.lower_
    posted = _posted_by(ctx, subj, tok)
    if posted is not None:
        return posted[0], posted[1] or channel
    for c in subj.children:
        if c.i > subj.i and c.pos_ in ("NOUN", "PROPN") and any(k.dep_ == "case" and k.lower_ in ("de", "del")
                                                                  for k in c.children):
            src, sp, _ = resolve_np(ctx, c, tok.idx)
            return (src, sp, True), channel
    return (None, span, False), channel


def _posted_by(ctx: Context, doc_tok: Token, tok: Token) -> Optional[tuple[Speaker, Optional[str]]]:
    """"se lee en la nota publicada por el Estado Mayor ucraniano en sus redes sociales": whoever a participle of the
    document names as its author speaks, on the platform its "en" phrase names (None when it names no author)."""
    for c in doc_tok.children:
        if not qualifying_participle(c) or c.i < doc_tok.i or not participle_lemma(c) & ctx.lex.authors:
            continue  # (not "un comunicado castrense recogido por EFE": who relays it)
        agent = next((a for a in c.children if a.dep_ in ("obj", "obl", "obl:agent") and case_of(a) == "por"), None)
        if agent is None:
            continue
        src, sp, _ = resolve_np(ctx, agent, tok.idx)
        where = next((_platform(ctx, a) for a in c.children if a.dep_ == "obl" and case_of(a) == "en"
                      and a.i > agent.i), None)
        return (src, sp, True), where
    return None


def _platform(ctx: Context, a: Token) -> Optional[str]:
    """The platform an "en" phrase names: "en sus redes sociales", "en su canal de Telegram"."""
    return social_networks(ctx, a) or channel_np(ctx, a)


def issued_in(ctx: Context, tok: Token, subj: Optional[Token]) -> Optional[tuple[Optional[Speaker], str]]:
    """"El presidente publicó un comunicado en el que confirmó ...": a cue in a relative clause of a document (or
    in a purpose clause, "para" + infinitive, of the verb that issued it) says what the document says (its
    channel); whoever issued it (named in it, else the subject of the verb that issued it) speaks, unless the
    clause has a subject of its own (then the speaker is None here, found as for any cue)."""
    if tok.dep_ in ("acl", "acl:relcl") and _is_vehicle(ctx, tok.head) and tok.head.i < tok.i and (any(
            t.lower_ in ("que", "cual", "cuales", "donde") and t.i < tok.i for t in tok.subtree)
            or "Ger" in tok.morph.get("VerbForm")):  # ("emitió un comunicado diciendo que ...")
        document = tok.head
    elif tok.dep_ == "advcl" and tok.head.i < tok.i and (any(c.dep_ == "mark" and c.lower_ == "para" for c in tok.children)
                                                        or "Ger" in tok.morph.get("VerbForm")):
        document = next((c for c in tok.head.children if c.dep_ == "obj" and c.i < tok.i and _is_vehicle(ctx, c)),
                        None)  # (the document the verb issued, the cue its purpose or its gerund: "diciendo que")
    else:
        return None
    if document is None:
        return None
    channel = channel_np(ctx, document) or document.lower_
    if subj is not None:
        return None if subj.i < document.i else (None, channel)
    for c in document.children:
        if c.i > document.i and (c.pos_ == "PROPN" or ctx.entity_at(c.idx) is not None) and any(
                k.dep_ == "case" and k.lower_ in ("de", "del") for k in c.children):
            return resolve_np(ctx, c, tok.idx), channel  # ("un comunicado del Ministerio en el que ..."; not "un
            # comunicado de prensa en el que ...": what kind of document, not who issued it)
    issuer = subject_of(ctx, document.head) if document.dep_ in ("obj", "obl") else None
    return (resolve_np(ctx, issuer, tok.idx) if issuer is not None else None), channel


def posted_before(f: Found, done: list[Found]) -> Optional[str]:
    """A document not named before that the same speaker, or with no speaker of its own the report just before, posted
    on a platform: that platform ("según informó ... el Ministerio de Defensa ruso a través de su canal de Telegram. ...
    «...», se afirma en el parte castrense")."""
    prev = [g for g in done[-3:] if g.source == f.source] if f.source else done[-1:]
    return next((g.channel for g in reversed(prev) if on_platform(g.channel)), None)
