"""Who the parse says speaks: the cue's subject, a passive agent, a postposed subject, and the words naming it."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ...names import fold
from ..syntax import case_of
from .channel import channel_np
from .clauses import BRIDGE, finite
from .content import preposed
from .context import Context, Span
from .quotes import direct_before


def antecedent(ctx: Context, head: Token) -> Token:
    """A relative's antecedent; an apposition describing a named one ("el MNDAA, uno de los miembros de
    la coalición, que afirmó ...") stands for the name."""
    if head.dep_ == "appos" and head.head.i < head.i and head.pos_ in ("NOUN", "PRON", "NUM") and \
            ctx.entity_in(head.head.idx, head.head.idx + len(head.head.text), ("PER", "ORG")) is not None:
        return head.head
    if head.dep_ == "nmod" and head.head.i < head.i and head.pos_ == "NOUN" and head.head.pos_ == "PROPN" \
            and ctx.entity_in(head.idx, head.idx + len(head.text), ("PER", "ORG")) is None:
        return head.head  # "la Defensa Civil del enclave, que poco después confirmó ...": the body speaks, not the place
    return head


def _real_head(ctx: Context, space: Token) -> Optional[Token]:
    # not the dateline's agency ("MADRID, 29 Ago. (EUROPA PRESS) -") nor a prepositional phrase ("Más al este")
    cands = [c for c in space.children if c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ")
             and c.dep_ not in ("obl", "advmod", "nmod", "amod") and not c.is_space
             and c.idx >= ctx.body_start and not any(k.dep_ == "case" for k in c.children)]
    return cands[-1] if cands else None


def subject_of(ctx: Context, tok: Token) -> Optional[Token]:
    # a subject of the verb's own beats one the parser hung on a paragraph's newline token
    kids = sorted(tok.children, key=lambda c: c.is_space)
    for c in kids:
        if c.dep_ not in ("nsubj", "nsubj:pass", "csubj"):
            continue
        if c.is_space:
            # the parser of paragraph-initial sentences hangs the subject on the newline token
            real = _real_head(ctx, c)
            if real is not None and real.i < tok.i and not (ctx.in_quote[real.idx] and not ctx.in_quote[tok.idx]):
                return real  # (not a word of the quotation the cue closes: '"La edad media ... es de 35 años", apuntó')
            continue
        if c.idx < ctx.body_start <= tok.idx:
            # the parser took the dateline ("Kiev/Moscú, 31 jul (EFE).- El Ministerio ...") for the subject:
            # the phrase after it, hung on a dateline word, is the real one
            real = next((t for t in c.subtree if ctx.body_start <= t.idx and t.i < tok.i and t.head.idx < ctx.body_start
                         and t.pos_ in ("NOUN", "PROPN", "PRON")), None)
            if real is not None:
                return real
            continue
        if not ctx.in_quote[c.idx] and not c.is_punct:
            if c.lower_ in ("que", "quien", "quienes", "cual"):
                # a relative clause: its antecedent speaks ("Kiev, que sigue acusando ..."), unless a subject
                # follows the verb ("los tanques que pedía el presidente": the relative is the object)
                after = next((k for k in tok.children if k.dep_ in ("nsubj", "obj") and k.i > tok.i
                              and not any(x.dep_ == "case" for x in k.children)
                              and (k.pos_ == "PROPN" or k.lower_ in ctx.lex.titles or k.lemma_.lower() in ctx.lex.titles)),
                             None)
                if c.lower_ == "que" and after is not None and ctx.lex.verbs.get(ctx.lemma(tok)) is not None \
                        and ctx.lex.verbs[ctx.lemma(tok)].args in ("obj", "a"):
                    return after
                named = ctx.doc[c.i - 2] if c.i >= 2 and ctx.doc[c.i - 1].text == "," else None
                if named is not None and named.pos_ == "PROPN" and c.i < tok.i and ctx.entity_in(
                        named.idx, named.idx + len(named.text), ("PER", "ORG", "LOC")) is not None:
                    return named  # "una masacre por la que Kiev acusa a Moscú, que rechaza la acusación": the name
                    # right before the comma, wherever the parser hung the relative
                if tok.dep_.startswith("acl") and tok.head.i < tok.i:
                    return antecedent(ctx, tok.head)
                continue
            return c
    for c in tok.children:
        # "Al Shabab, filial de Al Qaeda, ha reivindicado ...": a name opening the sentence that the parser took
        # for a preposed object
        if c.dep_ in ("obj", "iobj") and c.i < tok.i and c.pos_ == "PROPN" and not ctx.in_quote[c.idx] \
                and not any(k.dep_ == "case" and k.text != "Al" for k in c.children) \
                and c.left_edge.idx <= ctx.sent_bounds(tok.idx)[0] \
                and ctx.entity_in(c.idx, c.idx + len(c.text), ("PER", "ORG", "MISC")) is not None:
            return c
    if tok.dep_.startswith("acl") and tok.head.i < tok.i and any(
            c.lower_ in ("que", "quien") and not any(k.dep_ == "case" for k in c.children) and
            not (c.i > 0 and ctx.doc[c.i - 1].pos_ == "ADP") for c in tok.children):
        return antecedent(ctx, tok.head)
    for c in tok.children:
        # "la Conferencia de Gezira, un grupo de la sociedad civil sudanesa, informó": a demonym the tagger took
        # for a verb before the cue holds the subject
        if c.dep_ == "ccomp" and c.i < tok.i and fold(c.text) in ctx.lex.demonyms:
            return next((k for k in c.children if k.dep_ == "nsubj" and k.pos_ in ("NOUN", "PROPN")), None)
    return None


def postposed(ctx: Context, tok: Token) -> Optional[Token]:
    """'..., confirmó el ejército ucraniano': after a preposed clause or quote the parser often
    takes the postposed subject for an object."""
    if ctx.lemma(tok) not in ctx.lex.verbs:
        return None
    # ("Así lo ha anunciado el Servicio Estatal de Emergencias": with "lo" the object, the name after is the subject)
    said_it = any(c.dep_ == "obj" and c.lower_ in ("lo", "la") and 0 < c.i < tok.i and ctx.doc[c.i - 1].lower_ == "así"
                  for c in tok.children)
    if preposed(ctx, tok) is None and direct_before(ctx, tok) is None and not said_it:
        return None
    for c in tok.children:
        if c.i > tok.i and c.dep_ in ("obj", "nsubj", "iobj") and c.pos_ in ("NOUN", "PROPN") \
                and not any(k.dep_ == "case" for k in c.children):
            return c
        if c.i > tok.i and c.dep_ in ("obl", "iobj") and c.text[:1].isupper() and (
                c.text in ctx.lex.channels or getattr(ctx.entity_at(c.idx), "type", None) == "ORG"):
            # '"...", dijo en Telegram Oleksander Kamyshin', 'dijo a la AFP Mijailo Podoliak': the parser hung the
            # name on the platform or the outlet spoken to
            name = next((k for k in c.children if k.dep_ == "flat" and getattr(ctx.entity_at(k.idx), "type", None) == "PER"),
                        None)  # (after the outlet's own words: "indicó a Blu Radio Celso Rincón")
            e = ctx.entity_at(name.idx) if name is not None else None
            if e is not None and e.type == "PER":
                return name
        if c.i > tok.i and c.dep_ in ("obj", "obl", "iobj") and c.text[:1].isupper() and case_of(c) in ("a", "al"):
            # "dijeron el lunes a The Associated Press familiares y activistas": the parser ran the subject on into
            # the outlet's name; its first common noun starts the subject
            tail = next((k for k in c.children if k.dep_ == "flat" and k.pos_ in ("NOUN", "ADJ") and k.text[:1].islower()), None)
            if tail is not None:
                return tail
    # '"...", informó en su último parte el Servicio Estatal de Emergencia, que añade ...': a name right after the
    # cue's channel phrase is its subject, wherever the parser hung it
    doc = ctx.doc
    ch = next((c for c in tok.children if c.dep_ == "obl" and c.left_edge.i == tok.i + 1
               and fold(c.lemma_) in ctx.lex.channels), None)
    k = ch.right_edge.i + 1 if ch is not None else len(doc)
    while k < len(doc) and doc[k].pos_ == "DET":
        k += 1
    if k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper():
        e = ctx.entity_at(doc[k].idx)
        if e is not None and e.type in ("ORG", "PER") and any(a == doc[k].idx for a, _ in e.mentions):
            return doc[k]
    return None


def is_passive(tok: Token) -> bool:
    return any(c.lemma_ == "ser" and c.dep_.startswith("aux") for c in tok.children)


def agent_of(tok: Token) -> Optional[Token]:
    """The ``por X`` agent of a passive cue ("fue confirmada por dos responsables")."""
    if not is_passive(tok):
        return None
    for c in tok.children:
        if c.dep_ in ("obl", "obl:agent", "nmod", "obj") and any(k.lower_ == "por" for k in c.children if k.dep_ == "case"):
            return c
    return None


def np_span(ctx: Context, head: Token) -> Span:
    """Words naming the speaker: the head's subtree up to a comma, relative clause or verb."""
    doc = ctx.doc
    subtree = {t.i for t in head.subtree}
    left = head.i
    while left - 1 in subtree and not doc[left - 1].is_punct and not doc[left - 1].is_space \
            and doc[left - 1].idx >= ctx.body_start \
            and doc[left - 1].pos_ not in ("VERB", "AUX", "ADV", "SCONJ", "CCONJ") \
            and not (doc[left - 1].pos_ == "ADP" and doc[left - 1].head.i == head.i) \
            and not (doc[left - 1].dep_ == "fixed" and doc[left - 1].head.dep_ == "case"):
        left -= 1  # (nor the rest of a preposition of several words: "De acuerdo con el funcionario")
    right = head.i
    for t in doc[head.i + 1:head.right_edge.i + 1]:
        if t.is_punct or t.is_space or t.lower_ in ("que", "quien", "quienes") or t.pos_ in ("VERB", "AUX"):
            break
        right = t.i
    # a prepositional phrase the parser hung on the subject that names a channel ("en Telegram")
    for t in doc[head.i + 1:right + 1]:
        # (or words addressed to a medium: "añadió el general en diálogo con Blu Radio")
        if t.lower_ in ("en", "a", "al") and t.dep_ == "case" and not (t.text == "Al" or doc[t.i - 1].pos_ == "PROPN"
                                                                         and t.lower_ == "al") \
                and (channel_np(ctx, t.head) or t.lower_ == "en" and t.head.lower_ in ctx.lex.addressed):
            right = t.i - 1
            break
    return doc[left].idx, doc[right].idx + len(doc[right].text)


def orphan_subject(ctx: Context, tok: Token) -> Optional[Token]:
    """"Al Shabab, filial de Al Qaeda, ha reivindicado ...": the name opening the sentence, which the parser hung
    on a word outside it (the paragraph break before), with no other verb before the cue."""
    doc = ctx.doc
    sa, _ = ctx.sent_bounds(tok.idx)
    first = ctx.tok_at(sa)
    if first is None or first.i >= tok.i:
        return None
    t = first
    while t.i < tok.i and (t.is_space or t.pos_ in ("DET", "ADP") or t.is_punct):
        t = doc[t.i + 1]
    if t.i >= tok.i or t.pos_ not in ("PROPN", "NOUN") or ctx.in_quote[t.idx]:
        return None
    if not (t.head.is_space or t.head.i < first.i or t.head.i > tok.i):
        return None
    if ctx.entity_in(t.idx, t.idx + len(t.text), ("PER", "ORG", "MISC")) is None and not any(
            # "La organización Jama'a Nusrat al-Islam wa al-Muslimin (...), afiliada a Al Qaeda, reivindicó ...,
            # recoge Le Monde": a common noun with a name in apposition, hung on the verb that closes the sentence
            c.dep_ == "appos" and c.i < tok.i and ctx.entity_in(c.idx, c.idx + len(c.text), ("PER", "ORG")) is not None
            for c in t.children):
        return None
    if any(x.pos_ in ("VERB", "AUX") and x.head.i != tok.i for x in doc[t.i:tok.i]):
        return None
    return t


def _before_cue(tok: Token) -> int:
    """The index of the word before the cue and its auxiliaries or bridge words ("ha dicho", "dijo hoy")."""
    doc, j = tok.doc, tok.i - 1
    while j >= 0 and (doc[j].lower_ in BRIDGE or doc[j].pos_ == "AUX"):
        j -= 1
    return j


def comma_subject(ctx: Context, tok: Token) -> Optional[Token]:
    """"Poco después del incidente, Ludmyla Denisova, comisionada de derechos humanos, dijo ...": a name set off
    by commas right before the cue (an apposition between them at most), which the parser hung elsewhere."""
    doc, text = ctx.doc, ctx.text
    j = _before_cue(tok)
    if j < 0 or doc[j].text != ",":
        return None
    sa, _ = ctx.sent_bounds(tok.idx)
    comma = doc[j].idx
    best = None
    for e in ctx.ents:
        if e.type not in ("PER", "ORG"):
            continue
        for m in e.mentions:
            if not sa <= m[0] < m[1] <= comma or ctx.in_quote[m[0]]:
                continue
            between = text[m[1]:comma]
            if between.strip() and not (between.startswith(",") and len(between) < 120 and not any(
                    t.pos_ in ("VERB", "AUX") and finite(t) for t in ctx.ix.tokens_in(m[1], comma))):
                continue
            if text[sa:m[0]].rstrip() and not text[sa:m[0]].rstrip().endswith(","):
                continue
            if best is None or m[0] > best[0]:
                best = m
    return ctx.tok_at(best[0]) if best is not None else None


def adjacent_subject(ctx: Context, tok: Token) -> Optional[Token]:
    """"En rechazo a las versiones de que las fuerzas rusas controlaban Kiev, el presidente Volodimir Zelenski dijo
    ...": a person's or an organisation's name right before the cue, after a comma, with only its title before it,
    which the parser hung on a word of the phrase before the comma."""
    doc, text = ctx.doc, ctx.text
    j = _before_cue(tok)
    if j < 0 or doc[j].is_punct:
        return None
    end = doc[j].idx + len(doc[j].text)
    sa, _ = ctx.sent_bounds(tok.idx)
    for e in ctx.ents:
        for m in e.mentions if e.type in ("PER", "ORG") else ():
            if m[1] != end or m[0] < sa or ctx.in_quote[m[0]]:
                continue
            comma = text.rfind(",", sa, m[0])
            between = ctx.ix.tokens_in(comma + 1, m[0]) if comma >= 0 else []
            if comma < 0 or not all(t.pos_ == "DET" or t.lower_ in ctx.lex.titles or t.pos_ == "ADJ" for t in between):
                return None  # (only its title: not "el asesor de Volodimir Zelenski", whose adviser speaks)
            return ctx.tok_at(m[0])
    return None


def con_subject(ctx: Context, tok: Token) -> Optional[Token]:
    """"..., con el Líbano denunciando que ...": a gerund right after "con" and a noun phrase has that phrase as
    its subject (an absolute construction)."""
    if "Ger" not in tok.morph.get("VerbForm"):
        return None
    doc = ctx.doc
    j = tok.i - 1
    while j > 0 and tok.i - j <= 5 and doc[j].pos_ in ("DET", "NOUN", "PROPN", "ADJ"):
        j -= 1
    if j == tok.i - 1 or doc[j].lower_ != "con":
        return None
    return next((t for t in doc[j + 1:tok.i] if t.pos_ in ("PROPN", "NOUN")), None)


def governing_verb(t: Token) -> Token:
    """The verb above the phrase a relative hangs on ("mediante un comunicado enviado a los medios, en el que
    advirtió ...": the parser may hang the relative on a noun inside the phrase)."""
    x = t.head.head
    for _ in range(3):
        if x.pos_ in ("VERB", "AUX") and not ("Part" in x.morph.get("VerbForm") and x.dep_ in ("amod", "acl")):
            return x
        if x.head.i == x.i:
            break
        x = x.head
    return t.head.head


def relative_with_preposition(t: Token) -> bool:
    """"en su parte diario, en el que también ha afirmado ...": a relative introduced by a preposition."""
    if not (t.dep_.startswith("acl") and any(c.lower_ in ("que", "cual") and any(
            k.dep_ == "case" for k in c.children) or c.lower_ == "donde" and c.dep_ in ("advmod", "obl") for c in t.children)):
        return False
    v = governing_verb(t)
    return v.pos_ in ("VERB", "AUX") and v.i < t.i  # "... en Granada, donde ha advertido ..."
