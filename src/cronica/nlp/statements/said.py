"""A reporting verb after "según" or "como" ("según dijo X", "según ha declarado X, en ...", "como informó EFE"): the
clause around the phrase is what was said."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from .channel import channel_np, channel_of, relayer
from .clauses import RELATIVES, STOPPERS, clause_end, finite, stop_phrase
from .content import OPENERS as LEAD_OPENERS
from .content import closing_relay
from .context import Context, Found, Span
from .documents import document_speaker
from .speakers import resolve_np
from .syntax import np_span, subject_of
from .verbs import verb_cue

# words that open the clause a parenthetical "según X" sits in ("..., que, según X, ...")
OPENERS = {"que", "donde", "quien", "quienes", "cuando", "y", "pero", "aunque", "porque", "pues"}
SPEAKER_RELATIVES = RELATIVES - {"donde"}  # a clause on the speaker named (not where)


def segun_verb(ctx: Context, tok: Token, verb: Token, observed: bool, sa: int, sb: int, before: str,
                relay: bool = True) -> Optional[list[Found]]:
    """"según dijo" / "según informó el ministerio": the clause around the phrase is what was said."""
    doc = ctx.doc
    subj = subject_of(ctx, verb) or next(
        (c for c in verb.children if c.dep_ in ("obj", "iobj") and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")
         and not any(k.dep_ == "case" for k in c.children)), None)  # "según han informado las fuerzas de seguridad"
    j = verb.i + 1
    while j < len(doc) and not doc[j].is_punct and doc[j].idx < sb:
        j += 1
    if subj is not None and subj.i > verb.i and j < len(doc) and doc[j].text == ",":
        # an apposition of the postposed subject: "según informó el gobernador regional, Oleh Synehubov,"
        k = j + 1
        while k < len(doc) and k - j <= 8 and doc[k].text not in (",", ".", ";", ":") and doc[k].pos_ not in ("VERB", "AUX"):
            k += 1
        if k > j + 1 and (k >= len(doc) or doc[k].text in (",", ".", ";") or doc[k].idx >= sb):
            j = k  # up to the comma after the apposition, or the sentence end
    after = ctx.text[doc[j].idx + 1:doc[j].idx + 32].lower().lstrip() if j < len(doc) else ""
    contrast = j + 1 < len(doc) and doc[j + 1].lower_ in STOPPERS or stop_phrase(after)
    opener = (re.findall(r"\w+", before.lower()) or [""])[-1] in OPENERS  # "..., que según reveló X, «...»"
    # "P, según ha denunciado el presidente del Consejo Europeo, António Costa, que se declaró ...": on the speaker
    on_speaker = subj is not None and subj.i > verb.i and j + 1 < len(doc) and doc[j + 1].lower_ in SPEAKER_RELATIVES
    # (what follows the comma must be a clause: not ", a través de su cuenta de X.")
    # (nor a place with a relative clause of its own: ", en varios mensajes en su cuenta de Telegram, donde ha ido
    # informando ...")
    clause_after = j < len(doc) and any(t.pos_ in ("VERB", "AUX") and finite(t) and not _relative_after(t, j)
                                        for t in (ctx.ix.tokens_in(doc[j + 1].idx, sb) if j + 1 < len(doc) else ()))
    relay_words = closing_relay(ctx, j, sb)
    relayed_by = ctx.text[relay_words[1].idx:relay_words[-1].idx + len(relay_words[-1].text)] if relay_words else None
    if relayed_by is not None:
        clause_after = False  # "P, según informó el Servicio Estatal de Emergencias, informó Reuters.": Reuters relays
    spoken = resolve_np(ctx, subj, verb.idx) if subj is not None else None
    person = subj is not None and subj.i > verb.i and (e := ctx.entity(spoken[0])) is not None and e.type == "PER" \
        and " " in e.name  # (a given name and a surname: not "Interfax-Ukraine")
    # ("X le dijo a Putin ... que P, según afirmó el lunes el portavoz del Kremlin, Dmitry Peskov": a person
    # telling what another said makes a statement of their own, the sentence before; X's stays)
    if j < len(doc) and doc[j].text == "," and (before.endswith(",") or not before or opener) and not contrast \
            and not on_speaker and clause_after:
        # "X, según dijo Y, Z", "Como señala Y, Z" -- but not "X, según denunció Y, mientras que Z"
        content = ctx.trim(doc[j].idx + 1, clause_end(ctx, doc[j].idx + 1, sb))
    else:
        if relay and not person and (subj is None or subj.i > verb.i) and reported_before(ctx, tok, sa, sb, lambda: channel_of(
                ctx, verb, (sa, tok.idx)) if subj is None else channel_np(ctx, subj) or ctx.text[slice(*np_span(ctx, subj))],
                                                                    speaker=subj):
            # (no subject: "X ha calificado ..., según ha publicado en su cuenta de Telegram")
            return None  # "«...», ha recalcado el NAC, según ha informado la agencia Interfax": where it was said
        lead = LEAD_OPENERS.match(ctx.text, sa, tok.idx)  # "En concreto, las fuerzas rusas han perpetrado ..., según"
        content = ctx.trim(lead.end() if lead is not None else sa, tok.idx)
    if content[1] - content[0] < 3:
        return None
    vstance = ctx.lex.verbs[ctx.lemma(verb)].stance
    f = Found(content=content, cue=ctx.lemma(verb), cue_span=(verb.idx, verb.idx + len(verb.text)),
              stance="assert" if observed else vstance, direct=False, anchor=verb.idx, cue_tok=verb.i,
              account=relay and person and content[1] <= tok.idx)
    issued = document_speaker(ctx, verb) if subj is not None else None
    if issued is not None:  # "según señala el comunicado": whoever issued it speaks, the document is where
        (f.source, f.source_span, f.resolved), f.channel = issued
    elif spoken is not None:
        f.source, f.source_span, f.resolved = spoken
    else:
        f.inherit_main = True
        root = verb
        while root.head.i != root.i:
            root = root.head
        s2 = subject_of(ctx, root)
        if s2 is not None and s2.i < verb.i:
            f.source, f.source_span, f.resolved = resolve_np(ctx, s2, verb.idx)
    f.channel = relayed_by or f.channel or channel_of(ctx, verb, content) or _channel_between(ctx, verb, content) or (
        relayer(ctx, subj) if subj is not None else None)  # "según ha informado una fuente policial citada por el canal
    # televisivo paquistaní Dawn": who relayed the speaker, when nothing else is where it was said
    return [f]


def _channel_between(ctx: Context, verb: Token, content: Span) -> Optional[str]:
    """"Según dijo X, en declaraciones recogidas por la agencia Ukrinform, P": a channel phrase between the speaker
    and the clause said, wherever the parser hung it (who relayed it first)."""
    for t in ctx.doc[verb.i + 1:]:
        if t.idx >= content[0] or t.idx >= verb.idx + 200:
            break
        if t.lower_ == "en" and t.dep_ == "case" and t.head.i > t.i and \
                {t.head.lemma_.lower(), t.head.lower_} & (ctx.lex.channels | ctx.lex.documents):
            return relayer(ctx, t.head) or channel_np(ctx, t.head)
    return None


def _relative_after(t: Token, j: int) -> bool:
    """``t`` is in a relative clause that opens after token ``j`` ("..., donde ha ido informando"; not the "que" of
    "un edificio que, según dijo, fue destruido", which opens before)."""
    for _ in range(8):
        if t.dep_.startswith("acl") and any(c.lower_ in RELATIVES and c.i > j for c in t.children):
            return True
        if t.head.i == t.i or t.head.i <= j:
            return False
        t = t.head
    return False


def reported_before(ctx: Context, tok: Token, sa: int, sb: int, channel, speaker: Optional[Token] = None) -> bool:
    """"según X" after a clause with its own reporting verb: where it was reported ("lo ha negado ..., según
    la agencia TASS", "El Ministerio de Defensa ruso ha informado ... de que P, según la agencia estatal de noticias
    TASS", "«...», ha recalcado el NAC, según ha informado Interfax"): True, and X is the channel of every cue there
    (the statement is the cue's, as the gold has it: no statement inside another). False when the clause reports
    nothing."""
    cues = [t for t in ctx.doc[ctx.tok_at(sa).i:tok.i] if ctx.is_cue_verb(t) and not ctx.in_quote[t.idx]
            and verb_cue(ctx, t, set(), probe=True)]
    if not cues:
        return False
    if speaker is not None and speaker.lemma_.lower() in ctx.lex.speakers:
        e = ctx.entity_in(speaker.idx, speaker.idx + len(speaker.text), ("ORG",))
        if e is not None:
            # "Rusia afirma haber tomado ..., según informó el Ministerio de Defensa ruso": the institution that
            # spoke for the country named (an outlet would be where it was said)
            src = resolve_np(ctx, speaker, tok.idx)
            ctx.pending_speakers.extend((t.i, src) for t in cues)
            return True
    ch = channel()
    for t in cues:
        ctx.pending_channels.append((t.i, ch))
    return True
