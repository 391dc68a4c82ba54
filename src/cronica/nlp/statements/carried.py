"""Channels a statement takes from the statements around it: the document or platform its speaker named before
("en su nuevo comunicado", "en la misma cadena"), the occasion told after the quotation or before a colon ("Así lo
dijo en una entrevista con ...", "hizo estas declaraciones en ...")."""
from __future__ import annotations

import re
from typing import Optional

from ... import resources
from ...names import fold
from ..spanish import grammar
from ..syntax import case_of
from .channel import (ACCOUNT_NOUNS, PLATFORMS, SAID_NOUNS, SAME, SAME_DOCUMENT, SOCIAL_NETWORK, channel_np, plain,
                      prefer_platform)
from .clauses import BRIDGE
from .content import OPENERS
from .context import Context, Found
from .documents import posted_before

DEFINITE_ARTICLES = grammar("definite_articles")
INDEFINITE_ARTICLES = grammar("indefinite_articles")


def people_named(ctx: Context, lo: int, hi: int) -> list[tuple[str, int]]:
    """(entity id, start) of every mention of a person starting in ``[lo, hi)``."""
    return [(x.id, a) for x in ctx.ents if x.type == "PER" for a, _ in x.mentions if lo <= a < hi]


def issuer_of_document(ctx: Context, f: Found, done: list[Found]) -> Optional[Found]:
    """The earlier statement whose speaker phrase names the same kind of document as ``f``'s ("el informe"
    after "Un informe no clasificado de los servicios de inteligencia estadounidenses")."""
    if not f.source_span:
        return None
    words = ctx.text[f.source_span[0]:f.source_span[1]].split()
    noun = fold(words[1]) if len(words) > 1 and fold(words[0]) in ("el", "la", "dicho", "dicha", "este", "esta") else None
    if not noun:
        return None
    for g in reversed(done):
        if g.source_span and noun in {fold(w) for w in ctx.text[g.source_span[0]:g.source_span[1]].split()[:3]}:
            return g
    return None


GENERIC_DOCUMENTS = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "generic_documents"))
# the words that name a platform without naming it ("en la misma red social")


def _platform_named_before(ctx: Context, f: Found, done: list[Found]) -> Optional[str]:
    """"anunció primero en la misma red social", after "señaló en su cuenta de X": the platform named last (or in
    the statement's own sentence: "declaró en su red social Truth Social")."""
    end = ctx.sent_bounds(f.anchor)[1]  # ("en su red social Truth Social": named right there)
    hits = [(m.start(), p) for p in PLATFORMS for m in re.finditer(r"\b" + re.escape(p) + r"\b(?![-‑]?\d)", ctx.text[:end])
            if not (f.content[0] <= m.start() < f.content[1])]
    here = [h for h in hits if h[0] >= ctx.sent_bounds(f.anchor)[0]]
    if here:
        return min(here, key=lambda h: abs(h[0] - f.anchor))[1]
    named = next((g.channel for g in reversed(done) if g.channel in PLATFORMS), None)
    return named or (max(hits)[1] if hits else None)


def channel_from_before(ctx: Context, f: Found, done: list[Found]) -> None:
    """"en la misma cadena": the channel named before; what the same speaker says on in the same paragraph, and a
    quotation or an "agregó" right after a statement of the same speaker in the next one, was said on the same
    occasion."""
    if f.channel and f.channel.startswith(SAME):
        f.channel = next((g.channel for g in reversed(done) if g.channel and not g.channel.startswith(SAME)),
                         plain(f.channel))
    if f.channel and f.channel.startswith(SAME_DOCUMENT):
        # "indicó en un comunicado ... Según la nota, ...": the document the same speaker named before (a generic
        # noun any document, another noun the same kind: "según el informe" is no press release named before)
        noun = fold(plain(f.channel).split()[0])
        kinds = {fold(d) for d in ctx.lex.documents} if noun in GENERIC_DOCUMENTS else {noun}
        f.channel = next((g.channel for g in reversed(done) if g.channel and fold(g.channel.split()[0]) in kinds
                          and (not f.source or not g.source or g.source == f.source)), None) \
            or posted_before(f, done) or plain(f.channel)
    if f.channel and fold(f.channel) in SOCIAL_NETWORK | ACCOUNT_NOUNS:
        # ("admitió en su canal" after "según canales de Telegram": the platform named before)
        f.channel = _platform_named_before(ctx, f, done) or f.channel
    if f.channel or not done:
        return
    prev = done[-1]
    if not prev.channel or not _same_speaker(ctx, f, prev) or speaks_itself(ctx, prev):
        return
    s0 = ctx.sent_bounds(f.anchor)[0]
    others = {eid for eid, a in people_named(ctx, s0, f.anchor)
              if eid != f.source and not f.content[0] <= a < f.content[1]}  # ("Ella y el parlamentario X indicaron")
    if not others and ctx.layout is not None \
            and ctx.layout.paragraph_of(prev.anchor) == ctx.layout.paragraph_of(f.anchor) is not None:
        f.channel = prev.channel  # the same speaker on in the same paragraph ("confirmó el ataque en un comunicado
        return  # ... Asimismo, Sawyer, aseguró que ..."): the same occasion
    # a quotation, or "Agregó que ..." (not "..., añadió": a clause before the cue reports on its own)
    # (or a source with no name named again by its noun: "Según el funcionario, ..." after "dijo un funcionario ... a
    # The Associated Press")
    # ("Los rusos intentaron "romper la defensa" ..., agregó": words partly quoted go on as the quotation before; not
    # "También entrenaron fuego de tanques ..., añadió" after a report told in a paragraph of its own)
    # ("Dijo que ...", its verb with no subject, opening the paragraph after the speaker's own: the speaker goes on)
    quoted = any(f.content[0] <= a < f.content[1] for a, _ in ctx.quotes)
    before = bool(f.cue_span) and f.cue_span[0] < f.content[0]
    if f.cue is None or not (f.direct or before and (f.cue in ctx.lex.continuations or _opens_unnamed(ctx, f))
                             or f.cue in ctx.lex.continuations and quoted or renamed(ctx, f, prev)):
        return
    gap = ctx.text[max(prev.content[1], prev.anchor):min(f.anchor, f.content[0])]
    if len([p for p in gap.split("\n") if re.search(r"\w", p)]) <= 1:
        f.channel = prev.channel


_OPENS_ABOUT_WORDS = re.compile(r"\s*(?:Esta|Estas|Este|Estos|Dicha|Dichas)\s")


def channel_told_after(ctx: Context, found: list[Found]) -> None:
    """"P, según anunció X. Esta afirmación se realizó en un video publicado en Telegram": a sentence that opens with a
    demonstrative and a noun of saying tells where the statement just before, with no channel of its own, was made."""
    doc = ctx.doc
    for sent in doc.sents:
        if not _OPENS_ABOUT_WORDS.match(sent.text):
            continue  # (most sentences: ruled out on the text, before any token is made)
        words = [t for t in sent if not t.is_space][:2]  # (the first is the demonstrative the pattern matched)
        if len(words) < 2 or fold(words[1].text) not in SAID_NOUNS:
            continue
        before = [f for f in found if f.content[1] <= sent.start_char and max(f.anchor, f.content[1]) < sent.start_char]
        if not before or before[-1].channel or any(f.content[0] < sent.end_char and sent.start_char < f.content[1]
                                                   for f in found):
            continue
        prev = before[-1]
        if ctx.text[max(prev.anchor, prev.content[1]):sent.start_char].count("\n") > 1:
            continue  # (only the sentence right after it, in its paragraph)
        for t in sent:
            if t.lower_ == "en" and t.dep_ == "case" and t.head.i > words[1].i:
                ch = channel_np(ctx, t.head)
                if ch:
                    prev.channel = prefer_platform(ctx, t.head, ch, (0, 0), sent.end_char)
                    break


def channel_before_colon(ctx: Context, found: list[Found]) -> None:
    """'Sibiga fue contundente a través de la red social X:\n«...», sentenció el ministro': a platform named in the
    words that end with a colon right before a quotation is where the quotation was said."""
    for f in found:
        if f.channel or not f.direct or f.content[0] < 2:
            continue
        head = ctx.text[:f.content[0] - 1].rstrip()  # (before the opening mark)
        if not head.endswith(":"):
            continue
        lead = head[:-1]
        start = max(lead.rfind("\n"), lead.rfind(". "), 0)
        named = [(m.start(), p) for p in PLATFORMS for m in re.finditer(r"\b" + re.escape(p) + r"\b", lead[start:])]
        if len(named) == 1:
            f.channel = named[0][1]


# "Yusov hizo estas declaraciones en una entrevista ...": a sentence saying where the words just reported were said
_MADE_THESE = re.compile(r"\b(?:hizo|realizó|formuló|pronunció|hicieron|realizaron)\s+(?:estas|esas|dichas|tales)\s+"
                         r"(\w+)\s+(?:en|a través de|durante)\b", re.IGNORECASE)


def channel_made_after(ctx: Context, found: list[Found]) -> None:
    """"Yusov hizo estas declaraciones en una entrevista a la prensa ucraniana ...": the statements of the paragraph
    before it (or of its own), with no channel, were made there."""
    for sent in ctx.doc.sents:
        m = _MADE_THESE.search(sent.text)
        if m is None or fold(m.group(1)) not in SAID_NOUNS:
            continue
        noun = ctx.tok_at(sent.start_char + m.start(1))
        ch = next((channel_np(ctx, c) for c in (noun.head.children if noun is not None else ())
                   if c.dep_ == "obl" and c.i > noun.i and channel_np(ctx, c)), None)
        if not ch:
            continue
        who = ctx.entity_in(sent.start_char, noun.head.idx, ("PER", "ORG"))  # (the name before the verb)
        if who is None:
            continue  # (only a named speaker's words)
        lo = sent.start_char
        for _ in range(3):  # (up to three paragraphs back)
            lo = max(ctx.text.rfind("\n", 0, max(lo - 2, 0)), 0)
        for f in found:
            if f.channel is None and lo <= f.anchor < sent.start_char and f.source == who.id:
                f.channel = ch


def _opens_unnamed(ctx: Context, f: Found) -> bool:
    """The cue opens its sentence with no words naming the speaker ("Dijo que Krokhmalne tenía cinco casas"), after a
    connective and an auxiliary at most ("Asimismo, ha asegurado que ...", "También afirma que ...")."""
    if f.source_span or f.cue_span is None:
        return False
    a = ctx.sent_bounds(f.cue_span[0])[0]
    lead = ctx.text[a:f.cue_span[0]].lstrip(" \n\"«“")
    opener = OPENERS.match(lead)
    words = re.findall(r"\w+", lead[opener.end():] if opener else lead)
    return all(w.lower() in BRIDGE for w in words)


def _same_speaker(ctx: Context, f: Found, prev: Found) -> bool:
    """Both statements are one speaker's: the same entity, or the same described source with no name carried on
    ("«...», indicó la alcaldía en Telegram. «...», agregó.") or named again by its noun ("dijo un funcionario de
    seguridad de Kiev a The Associated Press ... Según el funcionario, ...")."""
    if f.same_source:
        return True
    if f.source:
        return prev.source == f.source
    if prev.source is not None or f.source_span is None or prev.source_span is None:
        return False
    return f.source_span == prev.source_span or renamed(ctx, f, prev)


def speaks_itself(ctx: Context, f: Found) -> bool:
    """The channel is the speaker itself ("Un informe no clasificado de los servicios de inteligencia ... estimó"):
    nothing to carry to what the same words say next."""
    words = fold(ctx.text[f.source_span[0]:f.source_span[1]]).split() if f.source_span else []
    return bool(f.channel) and fold(f.channel).split()[0] in words


def renamed(ctx: Context, f: Found, prev: Found, described: bool = False) -> bool:
    """A source with no name named again by its noun: "el funcionario" after "un funcionario de seguridad de Kiev"
    (``described``: ``f``'s speaker not resolved yet)."""
    if (f.source is not None and not described) or prev.source is not None or f.source_span is None \
            or prev.source_span is None:
        return False
    mine = fold(ctx.text[f.source_span[0]:f.source_span[1]]).split()
    theirs = fold(ctx.text[prev.source_span[0]:prev.source_span[1]]).split()
    return len(mine) == 2 and mine[0] in DEFINITE_ARTICLES and len(theirs) > 1 and theirs[0] in INDEFINITE_ARTICLES \
        and theirs[1] == mine[1]


BULLETINS = frozenset(resources.words("es/words/reporting.tsv", "bulletins"))


def bulletin_as_source(ctx: Context, f: Found) -> bool:
    """A bulletin the source phrase names, given as the channel too ("Según el parte militar", "ha señalado el informe
    militar", "Según informes", "Según el parte del martes del Estado Mayor General ucraniano", "reza el informe
    diario"): it speaks, for whoever issued it; it is not where it was said (not "informó ... en su parte de
    hoy")."""
    word = fold(f.channel).split()[0] if f.channel else None
    if word not in BULLETINS:
        return False
    if f.source is None and speaks_itself(ctx, f):
        return True
    found = [t for t in ctx.ix.tokens_in(*ctx.sent_bounds(f.anchor)) if fold(t.text) == word]
    if not found or f.cue_tok is None:
        return False
    cue = ctx.doc[f.cue_tok]
    tok = min(found, key=lambda t: abs(t.i - cue.i))
    # introduced by a prepositional cue of the lexicon ("según el parte"), or the cue's subject ("reza el informe")
    return fold(case_of(tok)) in {fold(p) for p in ctx.lex.preps} \
        or tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.i == cue.i
