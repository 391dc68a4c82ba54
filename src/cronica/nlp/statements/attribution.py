"""Attributions without a reporting verb of their own: ``según X``, ``según el cual``, ``para X, ...`` (``según dijo X``:
:mod:`.said`)."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from ... import resources
from ...names import fold
from .channel import SAID_NOUNS, channel_np, noun_with_adjectives, relayer, relayer_np
from .clauses import clause_end, finite
from .content import CAUSAL
from .context import Context, Found
from .said import OPENERS, reported_before, segun_verb
from .speakers import PRONOUNS, resolve_np
from .syntax import subject_of


RELATIVE_OPENERS = {"que", "donde", "quien", "quienes"}


PRESS_NOUNS = resources.words("es/words/reporting.tsv", "press_nouns")


def speakerish(ctx: Context, np, head: Token) -> bool:
    """A phrase that can name a speaker: an entity, a title, an organisation or an anonymous source."""
    lex = ctx.lex
    if head.pos_ == "PROPN" or head.pos_ == "PRON" and len(np) == 1 and head.lower_ in PRONOUNS:
        return True  # ("Según ella, el objetivo de Rusia es ...": the person just named)
    words = {head.lemma_.lower(), head.lower_}
    return bool(words & (lex.titles | lex.speakers | lex.anon | lex.institutions | PRESS_NOUNS)) or (
        bool(words & lex.channels) and ctx.entity_in(np[0].idx, np[-1].idx + len(np[-1].text)) is not None) or (
        head.pos_ == "NOUN" and _closing_name(ctx, np)) or (
        np[0].lower_ in lex.outlets and np[-1].pos_ == "PROPN")  # "según portal somalí de noticias Garowe Online"


def _closing_name(ctx: Context, np) -> bool:
    """"la plataforma ucraniana de monitoreo del frente DeepState": a description closed by an organisation's name
    (not a "de X" phrase: "la ciudad de Kiev" names no speaker)."""
    last = np[-1]
    e = ctx.entity_at(last.idx) if last.pos_ == "PROPN" else None
    if e is None or e.type not in ("ORG", "MISC"):
        return False
    m = next((m for m in e.mentions if m[0] <= last.idx < m[1]), None)
    first = ctx.tok_at(m[0]) if m is not None else None
    return first is not None and first.i > np[0].i and ctx.doc[first.i - 1].pos_ not in ("ADP", "DET")


def issuer(ctx: Context, head: Token, np, loose: bool = False) -> Optional[Token]:
    """Who issued a document: the first 'de X' / 'por X' in its phrase that can name a speaker."""
    for t in np:
        if t.i == head.i or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(k.dep_ == "case" and k.lower_ in ("de", "del", "por") for k in t.children):
            continue
        sub = [x for x in t.subtree if x.i >= t.i]
        if loose or speakerish(ctx, sub, t) or t.lower_ in ctx.lex.speakers or t.lemma_.lower() in ctx.lex.speakers:
            return t
    return None


def prep_at(ctx: Context, tok: Token) -> Optional[str]:
    """The prepositional cue starting at ``tok`` ("según", "de acuerdo con", "a juicio de"), or None."""
    doc = ctx.doc
    if tok.lower_ not in ctx.lex.prep_first:
        return None
    for form, cue in ctx.lex.preps.items():
        if cue.kind != "prep":
            continue
        words = form.split()
        if tok.lower_ == words[0] and [t.lower_ for t in doc[tok.i:tok.i + len(words)]] == words:
            return form
    return None


def _verb_ahead(doc, j: int) -> bool:
    """A finite verb, or a clitic before one, starts at token ``j``."""
    t = doc[j]
    if t.pos_ in ("VERB", "AUX") and finite(t):
        return True
    return t.pos_ == "PRON" and t.lower_ in ("se", "lo", "la", "le", "les", "los", "las") and j + 1 < len(doc) \
        and doc[j + 1].pos_ in ("VERB", "AUX") and finite(doc[j + 1])


def _has_clause(ctx: Context, a: int, b: int) -> bool:
    """A finite verb outside quotations between offsets ``a`` and ``b``."""
    return any(t.pos_ in ("VERB", "AUX") and finite(t) for t in ctx.ix.tokens_in(a, b) if not ctx.in_quote[t.idx])


def _phrase_end(ctx: Context, j: int, sb: int, np_end: int) -> int:
    """Where the source phrase ends: its relative clause ("que rastrea ..."), an apposition naming the person
    ("según el alcalde, Ígor Terejov, ...") or a participle clause ("según el comunicado, publicado en Telegram, ...")."""
    doc = ctx.doc
    k = j
    if k < len(doc) and doc[k].lower_ == "que":
        while k < len(doc) and doc[k].idx < sb and doc[k].text not in (",", ".", ";"):
            k += 1
    end = doc[k - 1].idx + len(doc[k - 1].text) if k > j else np_end
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("que", "quien", "quienes"):
        m = k + 1  # "Según la agencia Sanad, que cita a fuentes oficiales, ...": its relative clause
        while m < len(doc) and doc[m].idx < sb and doc[m].text not in (",", ".", ";"):
            m += 1
        if m < len(doc) and doc[m].text == ",":
            return doc[m - 1].idx + len(doc[m - 1].text)
    if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in ("un", "una") and doc[k + 2].pos_ == "NOUN":
        # "Según Deep State, una plataforma analítica que ofrece actualizaciones diarias ..., casi toda la localidad
        # está ...": a description of the source in apposition, up to its comma
        m = k + 2
        while m < len(doc) and doc[m].idx < sb and doc[m].text not in (",", ".", ";", ":") and m - k < 30:
            m += 1
        if m < len(doc) and doc[m].text == "," and doc[m].idx < sb:
            return doc[m - 1].idx + len(doc[m - 1].text)
    if k < len(doc) and doc[k].text == ",":
        m = k + 1
        while m < len(doc) and doc[m].pos_ == "PROPN":
            m += 1
        if m == k + 1 and m + 1 < len(doc) and doc[m].is_alpha and ("Part" in doc[m].morph.get("VerbForm") or (
                doc[m].pos_ == "ADJ" and doc[m + 1].lower_ in ("a", "al", "de", "del"))):  # (not "«"; also "según el
            # canal Telegram DeepState, cercano al ejército ucraniano, ...": an adjective with its complement)
            while m < len(doc) and doc[m].idx < sb and doc[m].text not in (",", ".", ";"):
                m += 1
        if k + 1 < m < len(doc) and doc[m].text == ",":
            end = doc[m - 1].idx + len(doc[m - 1].text)
    return end


def _relayed(ctx: Context, tok: Token, verb: Token, sa: int) -> None:
    """"Así lo dijo X, según citó la agencia Europa Press": who relayed it is where it was said, when the
    sentence names no occasion of its own (the cue's channel is filled only when empty)."""
    doc = ctx.doc
    who = next((c for c in verb.children if c.dep_ in ("nsubj", "obj") and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")), None)
    if who is None:
        return None
    ch = channel_np(ctx, who) or ctx.text[who.idx:who.right_edge.idx + len(who.right_edge.text)]
    for t in doc[ctx.tok_at(sa).i:tok.i]:
        if ctx.is_cue_verb(t) and not ctx.in_quote[t.idx]:
            ctx.pending_channels.append((t.i, ch))
    return None


def _closing_cue(ctx: Context, a: int, b: int) -> Optional[tuple[int, bool]]:
    """A reporting verb closing the clause after a comma (", ha confirmado el Centcom.", ", agregó."): where the
    clause ends, and whether the verb names its own subject."""
    toks = ctx.ix.tokens_in(a, b)
    for k, t in enumerate(toks):
        if t.text != "," or k + 1 >= len(toks):
            continue
        j = k + 1
        while j < len(toks) and toks[j].pos_ == "AUX":
            j += 1
        if j >= len(toks) or not ctx.is_cue_verb(toks[j]) or ctx.in_quote[toks[j].idx]:
            continue
        rest = [x for x in toks[j + 1:] if not x.is_punct and not x.is_space]
        if rest and not any(x.dep_ in ("nsubj", "nsubj:pass") and x.head.i == toks[j].i for x in rest) \
                and rest[0].pos_ not in ("DET", "PROPN", "NOUN"):
            continue  # the verb goes on with a clause of its own: no closing cue
        return t.idx, bool(rest)
    return None


def _under_cue(ctx: Context, tok: Token) -> bool:
    """Does the phrase open the que-clause of a reporting verb ("dijo que, según datos preliminares, ...")?"""
    doc = ctx.doc
    i = tok.i - 1
    while i >= 0 and doc[i].text == ",":
        i -= 1
    if i < 0 or doc[i].lower_ != "que":
        return False
    while i >= 0 and doc[i].lower_ in ("que", ","):
        i -= 1
    return i >= 0 and ctx.is_cue_verb(doc[i])


def segun(ctx: Context, tok: Token, form: str = "según") -> Optional[list[Found]]:
    """"según X", "de acuerdo con X", "a juicio de X": X speaks the clause around the phrase."""
    doc, lex, text = ctx.doc, ctx.lex, ctx.text
    last = doc[tok.i + len(form.split()) - 1]
    if last.i + 1 >= len(doc):
        return None
    cue_span = (tok.idx, last.idx + len(last.text))
    nxt = doc[last.i + 1]
    sa, sb = ctx.sent_bounds(tok.idx)
    before = text[sa:tok.idx].rstrip()
    if form != "según" and nxt.lower_ == "lo" and last.i + 3 < len(doc) and doc[last.i + 2].lower_ == "que" \
            and ctx.is_cue_verb(doc[last.i + 3]):  # "de acuerdo a lo que informó X": as "según informó X"
        return segun_verb(ctx, tok, doc[last.i + 3], False, sa, sb, before)
    if form == "según":
        observed = False
        if nxt.lemma_ in lex.periphrasis and tok.i + 2 < len(doc) and ctx.lemma(doc[tok.i + 2]) in lex.verbs \
                and "Inf" in doc[tok.i + 2].morph.get("VerbForm"):
            nxt = doc[tok.i + 2]  # "según pudo comprobar EFE en el lugar": the outlet's own observation, asserted
            observed = True
        if nxt.pos_ == "AUX" and nxt.lemma_ == "haber" and nxt.i + 1 < len(doc):
            nxt = doc[nxt.i + 1]  # "según han informado"
        if ctx.lemma(nxt) in lex.relays and not observed:
            return _relayed(ctx, tok, nxt, sa)
        if ctx.is_cue_verb(nxt):
            return segun_verb(ctx, tok, nxt, observed, sa, sb, before)
    # the source phrase up to a comma, full stop or relative clause
    j = last.i + 1
    # "Según la agencia de noticias gazatí Sanad, ...": opening the sentence, the phrase runs to its comma (a
    # word the tagger took for a verb inside it does not end it)
    opening = not before and any(t.text == "," for t in doc[last.i + 1:min(len(doc), last.i + 12)])
    while j < len(doc) and doc[j].idx < sb and doc[j].text not in (",", ".", ";", ":") and doc[j].lower_ != "que":
        if j > last.i + 1 and not opening and _verb_ahead(doc, j):
            break  # "que según los testigos se escuchó a millas": the phrase ends where the clause's verb begins
        if doc[j].text == "(":  # "Según el Instituto para el Estudio de la Guerra (ISW, por sus siglas en inglés), ...":
            close = next((k for k in range(j + 1, min(len(doc), j + 15)) if doc[k].text == ")"), None)
            if close is not None and doc[close].idx < sb:
                j = close  # the brackets are the phrase's own
        j += 1
    np = doc[last.i + 1:j]
    if not len(np):
        return None
    if form == "según" and len(np) >= 2 and np[0].lower_ in ("el", "la", "los", "las") and np[1].lower_ in ("cual", "cuales"):
        return segun_relative(ctx, tok, np[1], sa, sb)
    head = np.root
    relayed_by = next((c for c in head.children if c.dep_ == "nsubj"), None) \
        if head.pos_ == "VERB" and head.lemma_.lower() in lex.relays | lex.broadcasts else None
    if relayed_by is not None:
        head = relayed_by  # "según divulgó este sábado la agencia rusa TASS": who relayed it
    elif head.pos_ in ("VERB", "AUX") and (opening or head.i == np[0].i and np[-1].pos_ == "PROPN"):
        # a mis-tagged word inside the phrase, or its first ("según portal somalí de noticias Garowe Online")
        head = next((t for t in np if t.pos_ in ("NOUN", "PROPN")), head)
    if head.pos_ in ("VERB", "AUX"):
        return None
    # "según un comunicado del ministerio", "según estimaciones de la inteligencia británica": the document is where
    agent = None
    hl = {head.lemma_.lower(), head.lower_}
    document = bool(hl & lex.documents)
    # "Según su relato, «...»", "según sus palabras": the account of the one who has just spoken
    owned = not document and {fold(head.lemma_), fold(head.text)} & SAID_NOUNS and any(
        c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in head.children)
    if hl & (lex.documents | lex.basis):
        agent = issuer(ctx, head, np, loose=bool(hl & lex.basis))
    elif not owned and not speakerish(ctx, np, head):
        return None
    np_end = doc[j - 1].idx + len(doc[j - 1].text)
    phrase_end = _phrase_end(ctx, j, sb, np_end)
    # after the clause ("..., según X" or "... según X."), or before it ("Según X, ...", "Allí, según X, ...")
    after_clause = bool(before) and _has_clause(ctx, sa, tok.idx)
    words = re.findall(r"\w+", before.lower())
    if words and words[-1] in OPENERS:
        after_clause = False  # "la entrada al sótano, que, según las autoridades, se mantenía en pie": what follows
    if after_clause and not before.endswith(",") and phrase_end < sb and text[phrase_end:sb].strip():
        return None  # "según X" inside a clause that goes on: not an attribution of that clause
    press = head.lemma_.lower() in PRESS_NOUNS  # ("informó el gobernador ..., según la prensa de Moscú": no channel)
    if after_clause and reported_before(ctx, tok, sa, sb, lambda: None if press else channel_np(ctx, head)
                                         or relayer(ctx, head) or text[np[0].idx:np_end]):
        return None  # a document or a source after a clause with its own cue: where that cue was said
    quoted = next((q for q in ctx.quotes if q[1] < tok.idx and not text[q[1] + 1:tok.idx].strip(" ,")
                   and (q[0] <= sa + 1 or not _has_clause(ctx, sa, q[0]))), None)
    # (also after the outlet's frame: 'En Pavlograd, en el centro, "una persona murió ...", según las autoridades')
    if quoted is not None:
        content = (quoted[0] + 1, quoted[1])  # '"...", según la nota.': the quotation before
    elif after_clause:
        content = ctx.trim(sa, tok.idx)
    else:
        end = clause_end(ctx, phrase_end + 1, sb)
        # (not the comma that closes the phrase itself: "Según esta agencia de prensa oficial, continúan las operaciones")
        closing = _closing_cue(ctx, phrase_end + len(text[phrase_end:end]) - len(text[phrase_end:end].lstrip(" ,")), end)
        if closing is not None and closing[1]:
            return None  # "Según EE.UU., P, ha confirmado el Centcom": the speaker of the closing cue says it
        if closing is not None:
            end = closing[0]  # "según la Defensa Civil de Gaza, «P» palestinos, agregó": P, said on by the last one
        if words and words[-1] in RELATIVE_OPENERS and (len(words) < 2 or words[-2] not in CAUSAL):
            # "La explosión, que según los testigos se escuchó a millas, ocurrió ...": the relative ends at its comma
            comma = next((t.idx for t in ctx.ix.tokens_in(phrase_end + 1, end) if t.text == "," and not ctx.in_quote[t.idx]
                          and t.idx > phrase_end + 1), end)
            end = min(end, comma)
        content = ctx.trim(phrase_end, end)
    if content[1] - content[0] < 10:
        return None
    channel, resolved = None, True
    if agent is not None:
        src, span, _ = resolve_np(ctx, agent, tok.idx)
    elif hl & lex.basis and not document:
        if _under_cue(ctx, tok):
            return None  # "agregando que, de acuerdo con los primeros reportes, ...": the speaker's own grounds
        # a basis noun gathered by an outlet ("recogidas por" + an agency): the outlet tells them
        by = relayer_np(ctx, head)
        src, span = resolve_np(ctx, by, tok.idx)[:2] if by is not None else (None, None)
    elif document or owned:
        # "según el comunicado castrense": the document the last speaker issued
        src, span, resolved = None, None, False
    else:
        src, span, _ = resolve_np(ctx, head, tok.idx)
    if span is not None and span[0] < np[0].idx <= span[1]:
        span = (np[0].idx, span[1])  # the parser hung the cue's own words on the phrase ("De acuerdo con el Kremlin")
    if opening and span is not None and np[0].idx <= span[0] and span[1] < np_end:
        span = (span[0], np_end)  # the whole phrase up to its comma, past a word the parser cut it at
    if document:
        channel = channel_np(ctx, head) or noun_with_adjectives(ctx, head)
    elif not hl & lex.basis:
        channel = relayer(ctx, head)  # "Según fuentes oficiales consultadas por la agencia EFE, ...": EFE
    f = Found(content=content, cue=form, cue_span=cue_span, stance=lex.preps[form].stance, direct=False, source=src,
              source_span=span or (np[0].idx, np_end), resolved=resolved, anchor=tok.idx, cue_tok=tok.i,
              channel=channel)
    f.keep_span = not resolved  # "según el informe": the issuer comes from before, the words naming it stay
    return [f]


def segun_relative(ctx: Context, tok: Token, cual: Token, sa: int, sb: int) -> Optional[list[Found]]:
    """'un comunicado según el cual ...', 'la versión de Moscú, según la cual ...': the antecedent's issuer
    (or the antecedent itself, when it can speak) says the clause after 'cual'."""
    doc, lex = ctx.doc, ctx.lex
    k = tok.i - 1
    if k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0 or doc[k].idx < sa:
        return None
    ante = doc[k]
    while ante.head.i != ante.i and ante.head.i < tok.i and ante.dep_ in ("amod", "nmod", "flat", "appos") \
            and ante.pos_ != "NOUN":
        ante = ante.head
    if ante.pos_ == "ADJ" and ante.head.i < tok.i:
        ante = ante.head
    while ante.dep_ in ("nmod", "flat") and ante.head.i < ante.i and ante.head.pos_ == "NOUN" and \
            ante.head.lemma_.lower() not in lex.titles | lex.speakers:
        ante = ante.head  # "la versión de Moscú": the noun the phrase hangs on
    start = cual.idx + len(cual.text)
    content = ctx.trim(start, clause_end(ctx, start, sb))
    if content[1] - content[0] < 10:
        return None
    sub = [x for x in ante.subtree if x.i < tok.i]
    channel, src, span = None, None, None
    low = {ante.lemma_.lower(), ante.lower_}
    if low & lex.documents or low & lex.channels:
        channel = ante.lower_
        agent = issuer(ctx, ante, sub)
        if agent is None and ante.dep_ == "obj":
            agent = subject_of(ctx, ante.head)  # "El ejército publicó un comunicado según el cual ..."
        if agent is not None:
            src, span, _ = resolve_np(ctx, agent, tok.idx)
    elif speakerish(ctx, sub, ante):
        src, span, _ = resolve_np(ctx, ante, tok.idx)
    elif low & (lex.basis | lex.claim_nouns):
        agent = issuer(ctx, ante, sub, loose=True)  # "la versión de Moscú", "las afirmaciones del Estado Mayor ruso"
        if agent is None and ante.dep_ == "obj":
            agent = subject_of(ctx, ante.head)
        if agent is None:
            return None
        src, span, _ = resolve_np(ctx, agent, tok.idx)
    else:
        return None  # "una ley según la cual ...": a rule, not something said
    return [Found(content=content, cue="según", cue_span=(tok.idx, tok.idx + len(tok.text)), stance="assert",
                  direct=False, source=src, source_span=span, resolved=True, anchor=tok.idx, cue_tok=tok.i,
                  channel=channel)]
