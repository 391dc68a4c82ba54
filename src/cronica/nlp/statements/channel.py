"""Where something was said: a platform, an outlet, a document or an occasion (``channel``)."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from ... import resources
from ...names import fold
from ..spanish import PARTICIPLE_ENDINGS
from ..syntax import case_of
from .context import Context, Span

# the platforms (name_cues_es.tsv): "Telegram", "X", "Facebook" ...
PLATFORMS = frozenset(w for kind, _, w in resources.table("name_cues_es.tsv") if kind == "platform")

PLATFORM_FORMS = {fold(p): p for p in PLATFORMS if len(p) > 2}
SOCIAL_NETWORK = {"red social", "redes sociales"}


def social_networks(ctx: Context, t: Token) -> Optional[str]:
    """The words "redes sociales" / "red social" starting at ``t``, as written, else None."""
    nxt = ctx.doc[t.i + 1] if t.i + 1 < len(ctx.doc) else None
    if t.lower_ in ("red", "redes") and nxt is not None and nxt.lower_.startswith("social"):
        return ctx.text[t.idx:nxt.idx + len(nxt.text)]
    return None


def on_platform(channel: Optional[str]) -> bool:
    """A channel that is a platform: a named one (Telegram, X) or the social networks."""
    return bool(channel) and (channel in PLATFORMS or fold(channel) in SOCIAL_NETWORK)


def platform_named(word: str) -> Optional[str]:
    """The platform a word names in any case or in the plural ("facebook", "telegramas"), or None (not "X": too
    short to tell from a letter)."""
    w = fold(word)
    return PLATFORM_FORMS.get(w) or PLATFORM_FORMS.get(w[:-2] if w.endswith("as") else w[:-1] if w.endswith("s") else w)


WEBSITE = re.compile(r"[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|info|es|ua|ru|mx|ar|co|cl|pe|ve)", re.I)
MASCULINE_DOCUMENTS = resources.words("es/words/reporting.tsv", "masculine_documents")
# nouns that name what someone said ("Esta afirmación se realizó en un video", "Según su relato, ...")
SAID_NOUNS = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "said_nouns"))
POSTS = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "posts"))  # "mensaje", "publicación"
DOCUMENT_SETS = resources.words("es/words/reporting.tsv", "document_sets")  # "serie", "conjunto", "ronda"
PLATFORM_NOUNS = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "platform_nouns"))
ACCOUNT_NOUNS = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "account_nouns"))
TWEETS = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "tweets"))
APPEARING = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "appearing_verbs"))
SAME = "@same:"  # "en la misma cadena": the channel named before (resolved in previous.py)
SAME_DOCUMENT = "@doc:"  # "según la nota", "en su comunicado": the document the same speaker issued before, if any
POINTING = frozenset(("el", "la", "dicho", "dicha", "este", "esta", "ese", "esa"))  # "la nota", "dicho documento"
DEFINITE = POINTING | {"su", "sus"}  # and a possessive: "en su comunicado"


def plain(channel: Optional[str]) -> Optional[str]:
    """A channel without the marker saying it may be one named before (when none was: the words themselves)."""
    if channel and channel.startswith((SAME, SAME_DOCUMENT)):
        return channel.split(":", 1)[1]
    return channel


def participle_of(t: Token, lemmas: set[str]) -> bool:
    """``t`` is a participle of one of ``lemmas`` ("recogida" of recoger), whatever the tagger made of it."""
    w = fold(t.text)
    if not w.endswith(PARTICIPLE_ENDINGS):
        return False  # (most words: no participle at all)
    return any(re.fullmatch(re.escape(fold(lemma[:-2])) + r"[ai]d[oa]s?", w) for lemma in lemmas)


def relay_participles(ctx: Context, head: Token) -> list[Token]:
    """The participles of relaying inside the phrase headed by ``head`` ("citado por la agencia Efe")."""
    return [t for t in head.subtree if t.i != head.i and participle_of(t, ctx.lex.relays)]


def relayed_words(ctx: Context, head: Token) -> set[int]:
    """The indexes of the words of the phrase that say who relayed it ("citada por el canal televisivo Dawn")."""
    return {x.i for t in relay_participles(ctx, head) for x in t.subtree}


def _own_words(ctx: Context, head: Token) -> list[Token]:
    """The phrase's words outside quotations, without a clause saying who relayed it ("citado por la agencia Efe") nor
    a relative clause of its own ("su discurso ..., que es como el Kremlin se refiere a la guerra")."""
    cut = relayed_words(ctx, head)
    cut |= {x.i for t in head.subtree if t.i != head.i and t.dep_.startswith("acl") and any(
        "Rel" in k.morph.get("PronType") for k in t.children) for x in t.subtree}
    return [t for t in head.subtree if t.i not in cut and not ctx.in_quote[t.idx]]


def relayer_np(ctx: Context, head: Token) -> Optional[Token]:
    """The head of the phrase saying who relayed what ``head`` names ("citado por la cadena rusa RBK"), or None."""
    for t in relay_participles(ctx, head):
        for c in t.children:
            if c.i > t.i and any(k.dep_ == "case" and k.lower_ == "por" for k in c.children):
                return c
    return None


def relayer(ctx: Context, head: Token) -> Optional[str]:
    """"el servicio de prensa del Kremlin citado por la cadena rusa RBK": who relayed it (RBK)."""
    c = relayer_np(ctx, head)
    return channel_np(ctx, c) if c is not None else None


def _broadcaster(ctx: Context, head: Token) -> Optional[str]:
    """"un comunicado difundido por la televisión oficial EBC", "publicado en Telegram": the medium."""
    for t in head.subtree:
        if t.i != head.i and participle_of(t, ctx.lex.broadcasts):
            for c in t.children:
                if any(k.dep_ == "case" and k.lower_ in ("por", "en", "a", "través") for k in c.children):
                    if _body(ctx, ctx.text[c.idx:c.right_edge.idx + len(c.right_edge.text)]):
                        continue  # "el parte publicado este lunes por la Fuerza Aérea": who issued it, no medium
                    ch = channel_np(ctx, c)
                    if ch and ch[:1].isupper():  # a named medium ("publicado en Telegram"); not "a través de sus
                        return ch  # canales de propaganda", where the document stays the channel
    return None


def channel_np(ctx: Context, head: Token) -> Optional[str]:
    """The channel a noun phrase names, or None."""
    doc, lex = ctx.doc, ctx.lex
    toks = _own_words(ctx, head)
    if not toks:
        return None
    for t in toks:
        w = t.text.rstrip(".")  # "en X." at a sentence end
        if w in lex.channels and w[:1].isupper():
            return w
        if WEBSITE.fullmatch(w):
            return w  # "dijo al medio de comunicación liga.net": a website named as the medium
    lemma = head.lemma_.lower()
    if fold(head.text) in TWEETS:
        return "Twitter"  # "dijo Podolyak en un tweet"
    if fold(lemma) in ACCOUNT_NOUNS and not any(t.text in PLATFORMS for t in toks):
        owner = next((e for c in head.children if c.dep_ == "nmod" and case_of(c) == "de"
                      and (e := ctx.entity_in(c.idx, c.idx + len(c.text), ("ORG",))) is not None), None)
        if owner is not None:  # "informó en el canal de la Administración de la Ciudad de Kiev": the body's account
            return owner.name
    if lemma in DOCUMENT_SETS:  # "en una serie de comunicados posteriores": the documents
        return next((ch for c in head.children if c.dep_ == "nmod" and case_of(c) == "de" and (ch := channel_np(ctx, c))),
                    None)
    if lemma in lex.channels and any(t.lower_ in ("mismo", "misma") for t in doc[max(head.i - 2, 0):head.i]):
        return SAME + noun_with_adjectives(ctx, head)
    # "en declaraciones a la televisión pública", "en una conversación telefónica con EFE": the medium
    if lemma in lex.addressed or head.lower_ in lex.addressed:
        # (also through a participle: "en un comentario concedido a Ukrinform")
        given = [x for c in head.children if c.dep_ in ("acl", "amod") and "Part" in c.morph.get("VerbForm")
                 for x in c.children if x.dep_ in ("obl", "obj", "iobj")]
        for c in [*head.children, *given]:
            if c.dep_ in ("nmod", "obl", "obj", "iobj") and any(k.dep_ == "case" and k.lower_ in ("a", "al", "con")
                                                              for k in c.children):
                inner = channel_np(ctx, c)
                if inner:
                    return inner
        # (the medium right after it, which the parser hung elsewhere: "añadió el general en diálogo con Blu Radio")
        nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in ("a", "al", "con"):
            x = next((x for x in doc[nxt.i + 1:nxt.i + 4] if x.pos_ in ("NOUN", "PROPN")), None)
            inner = channel_np(ctx, x) if x is not None and x.head.i != head.i else None
            if inner:
                return inner
    if lemma in MASCULINE_DOCUMENTS and any(d.dep_ == "det" and "Fem" in d.morph.get("Gender") for d in head.children):
        return None  # "en la parte nororiental del frente": a part, not "el parte de guerra"
    if lemma in lex.documents or head.lower_ in lex.documents:
        # a document's "de X" names who issued it, not where: the medium that broadcast it, else the document (a
        # definite one, "en su nota", "según el comunicado", may be the one named before)
        definite = any(c.dep_ == "det" and c.lower_ in DEFINITE and c.i < head.i for c in head.children)
        return _broadcaster(ctx, head) or (SAME_DOCUMENT if definite else "") + noun_with_adjectives(ctx, head)
    end = toks[-1].idx + len(toks[-1].text)
    e = ctx.entity_in(toks[0].idx, end, ("ORG", "MISC"))
    ms = [m for m in e.mentions if toks[0].idx <= m[0] < end] if e is not None else []
    if ms and head.pos_ != "PROPN" and re.search(r"\b(de|del)\s+(la\s+|el\s+|los\s+|las\s+)?$", ctx.text[max(0, ms[0][0] - 12):ms[0][0]]):
        e = None  # "durante la transmisión informativa semanal de la Coordinación para la Construcción de Paz": who
        # holds it, not the medium
    if ms and head.pos_ != "PROPN" and _body(ctx, ctx.text[ms[0][0]:ms[0][1]]):
        e = None  # "Durante una reunión televisada con el Gobierno": a body met, no medium
    if e is not None and (lemma in lex.channels or head.pos_ == "PROPN"):
        return ctx.text[ms[0][0]:ms[0][1]] if ms else e.name
    # "dijo al Canal N", "dijo a DW": an outlet's name (an acronym that names no person or place)
    if head.pos_ == "PROPN":
        a = b = head.i
        while a - 1 >= toks[0].i and doc[a - 1].text[:1].isupper() and not doc[a - 1].is_punct:
            a -= 1
        while b + 1 <= toks[-1].i and doc[b + 1].text[:1].isupper() and not doc[b + 1].is_punct:
            b += 1
        name = ctx.text[doc[a].idx:doc[b].idx + len(doc[b].text)].rstrip(".")
        if a < b and fold(doc[a].text) in lex.channels:
            return name
        if head.text.rstrip(".").isupper() and 2 <= len(name) <= 12 and \
                ctx.entity_in(head.idx, head.idx + len(head.text), ("PER", "LOC")) is None:
            return name
    if lemma in lex.channels | lex.outlets:
        # "la televisión local, Tigray TV", "el sitio Sky News": a name in apposition (also after a "de" noun: "al
        # portal de noticias ucraniano Interfax-Ucrania")
        for c in [*head.children, *(k for n in head.children if n.dep_ == "nmod" and n.pos_ == "NOUN"
                                     for k in n.children if k.dep_ == "appos")]:
            if c.dep_ in ("appos", "flat", "nmod") and c.i > head.i and c.pos_ == "PROPN" and c.text[:1].isalnum() and \
                    not any(k.dep_ == "case" for k in c.children) and \
                    not _person_named(ctx, c):  # (a person met is no medium)
                last = max([c] + [k for k in c.children if k.dep_ == "flat"], key=lambda k: k.i)
                return ctx.text[c.idx:last.idx + len(last.text)]
    for n in (3, 2):
        words = " ".join(t.lower_ for t in doc[head.i:head.i + n])
        if words in lex.channels:
            return words
    if (lemma in lex.channels or head.lower_ in lex.channels) and head.lower_ != "partes":  # ("ambas partes": the sides)
        return noun_with_adjectives(ctx, head)
    return None


BODY_HEADS = frozenset(fold(w) for w in resources.lines("org_heads_es.txt") if " " not in w)


def _body(ctx: Context, name: str) -> bool:
    """A name headed by a body of state ("Gobierno", "Ministerio de Defensa"), not by a medium ("Agencia EFE")."""
    first = fold(next((w for w in name.split() if w[:1].isupper()), ""))  # (past an article: "la Fuerza Aérea")
    return (first in BODY_HEADS or first + "s" in BODY_HEADS) and first not in {
        fold(w) for w in ctx.lex.channels | ctx.lex.outlets}  # (also the singular of "Fuerzas": "la Fuerza Aérea")


def platform_of_speaker(ctx: Context, source: Optional[Span], cue: Optional[Span], content: Span) -> Optional[str]:
    """"Los medios de comunicación locales y los canales de Telegram informaron ...", "El canal de Telegram X
    indicó ...": a speaker named as a channel of a platform (the words naming it, or all the words before its cue in
    the sentence) speaks on that platform."""
    if source is None:
        return None
    lo, hi = source
    if cue is not None and source[0] < cue[0]:
        start = ctx.sent_bounds(cue[0])[0]
        if content[0] < cue[0]:
            start = max(start, content[1])  # (not the words of what was said before the cue)
        if not any(t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm") for t in ctx.ix.tokens_in(start, cue[0])):
            lo, hi = start, cue[0]  # the whole subject before the cue, when no other clause comes first (not "Después
            # de que el ejército subiera en su cuenta de YouTube el video, los palestinos advirtieron ...")
    words = ctx.text[lo:hi]
    return next((p for p, pattern in ON_PLATFORM if pattern.search(words)), None)  # (the platform the channel is on)


# "los canales de Telegram", "su cuenta en X": a channel or account on each platform
ON_PLATFORM = tuple((p, re.compile(r"\b(canal|canales|cuenta|cuentas)\b(\W+\w+){0,4}?\W+" + re.escape(p) + r"\b"))
                    for p in PLATFORMS)


def _person_named(ctx: Context, t: Token) -> bool:
    """A person's full name at ``t`` ("Alexander Bastrikin"; not a one-word outlet the tagger called a person)."""
    e = ctx.entity_in(t.idx, t.idx + len(t.text), ("PER",))
    return e is not None and len(e.name.split()) > 1


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
        if t.lower_ in ("vía", "via") and t.i + 2 == cue_tok.i and (p := platform_named(doc[t.i + 1].text)):
            return p  # "y vía Twitter aseguró que" (however the parser read "vía")
        if t.lower_ not in ("en", "a", "según", "través", "mediante", "al", "durante", "por", "vía", "via", "desde") \
                or t.dep_ not in ("case", "fixed", "mark"):
            continue
        if t.lower_ == "desde" and t.head.lemma_.lower() not in lex.channels:
            continue  # "desde su cuenta de X" (not "desde Kiev", "desde la Casa Blanca": where the speaker was)
        if (e := ctx.entity_at(t.idx)) is not None and e.type in ("ORG", "PER", "MISC"):
            continue  # inside a name: "la Resistencia Islámica en Irak reivindicó un nuevo ataque"
        if t.lower_ == "por" and not (
                t.head.pos_ == "NOUN" and t.head.lower_ in lex.channels and t.head.lower_ not in lex.documents
                and not any(c.dep_ == "det" or c.dep_ == "nmod" and case_of(c).startswith("de")
                            for c in t.head.children)) and not participle_of(t.head.head, lex.relays):
            continue  # "indicó Zelenski por videoconferencia": a bare medium (not "anunciado por el Ministerio", "por
            # parte de", "por la televisión estatal" told as who did it)
        if t.lower_ == "al" and (t.text == "Al" or t.i > 0 and doc[t.i - 1].pos_ == "PROPN") and \
                t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN":
            continue  # part of a name: "Al Shabab", "Ahmad al Mismari"
        if t.lower_ in ("a", "al") and cue is not None and (cue.args == "a" or cue.stance == "urge") and \
                not (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "través"):
            continue  # "pidió a la OTAN", "ordena al Gobierno asignar dinero": whom it urges, not where it was said
        h = t.head
        if content[0] <= h.idx < content[1]:
            continue
        # only phrases of the cue's own clause
        anc, ok, other = h, False, False
        # ('dijo el jefe del Ejército ucraniano, el general Valeriy Zaluzhny, en Telegram'; an "en" phrase two steps
        # further: 'dijo Serhiy Popko, jefe de la administración militar de Kiev, en Telegram', hung on the title)
        for _ in range(6 if t.lower_ == "en" else 4):
            if anc.i == cue_tok.i:
                ok = True
                break
            if anc.i != h.i and cue_tok.dep_ == "conj" and cue_tok.head.i == anc.i and anc.i < cue_tok.i:
                ok = True  # "durante la transmisión ..., el vicefiscal ... brindó información ... y aseguró que": both
                break
            if anc.head.i == anc.i:
                break
            if anc.i != h.i and anc.head.i == cue_tok.i and fold(anc.lemma_) in APPEARING and any(
                    k.lower_ == "al" for k in anc.children):
                ok = True  # "El vocero ..., al intervenir en el canal de televisión Rossiya 1, agregó que ...": there
                break
            if anc.i != h.i and (anc.pos_ in ("VERB", "AUX") and not participle_of(anc, ctx.lex.broadcasts) or (
                    "Part" in anc.morph.get("VerbForm") and anc.i < cue_tok.i
                    and not participle_of(anc, ctx.lex.broadcasts | ctx.lex.relays))):
                other = True  # "Mientras Zelenski asiste a la reunión del G7, X anuncia ...": another verb's phrase;
                break  # "La organización X, afiliada a Al Qaeda, reivindicó": a participle's
            anc = anc.head
        if not ok and content[1] <= cue_tok.idx < t.idx and all(
                cue_tok.is_ancestor(x) and not (x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm"))
                for x in doc[cue_tok.i + 1:t.i]):
            other = False  # "..., según informó el gobernador regional, Oleh Siniehubov, a través de la aplicación de
            # mensajería Telegram": right after the cue and its speaker, however the parser hung it on the content (not
            # past another clause's verb: "informó la Fiscalía ..., hecho que corroboró el medio ... en Twitter")
            ok = True
        if other or not ok and abs(h.i - cue_tok.i) > 8:
            continue
        ch = channel_np(ctx, h)
        if ch:
            return prefer_platform(ctx, h, ch, content, b)
    who = next((c for c in cue_tok.children if c.dep_ == "nsubj"), None)
    if who is not None and citing(ctx, cue_tok) is not None and (ch := medium(ctx, who)):
        return ch  # "informó la agencia Reuters citando al portavoz": the outlet that cites
    for v in cue_tok.children:  # '"...", ha asegurado la institución y lo ha recogido la agencia Tass': who relayed it
        if v.dep_ == "conj" and v.i > cue_tok.i and v.lemma_.lower() in lex.relays and any(
                c.dep_ == "obj" and c.lower_ == "lo" for c in v.children):
            who = next((c for c in v.children if c.dep_ in ("nsubj", "obj") and c.lower_ != "lo"), None)
            if who is not None and (ch := channel_np(ctx, who)):
                return ch
    return None


def medium(ctx: Context, np: Token) -> Optional[str]:
    """The channel a phrase headed by a noun of media names ("la agencia Reuters"), or None (not "el Gobierno")."""
    return channel_np(ctx, np) if np.lemma_.lower() in ctx.lex.channels | ctx.lex.outlets else None


def citing(ctx: Context, cue_tok: Token) -> Optional[Token]:
    """The gerund of relaying on the cue ("informó la agencia Reuters citando al portavoz"), or None."""
    return next((v for v in cue_tok.children if v.dep_ in ("advcl", "xcomp") and v.lemma_.lower() in ctx.lex.relays
                 and "Ger" in v.morph.get("VerbForm")), None)


def prefer_platform(ctx: Context, h: Token, ch: str, content: Span, end: int) -> str:
    """The channel ``ch`` the phrase headed by ``h`` names, or the platform the words right after it name ("en un
    mensaje a través de su canal de Telegram": Telegram), looking no further than ``end`` and outside ``content``."""
    if ch in PLATFORMS:
        return ch
    for t in ctx.doc[h.i + 1:h.i + 10]:
        if t.idx >= end or content[0] <= t.idx < content[1] or t.is_punct and t.text != "'":
            return ch
        net = social_networks(ctx, t) if fold(h.lower_) in POSTS and ctx.doc[t.i - 1].lower_ in ("en", "las", "la") \
            else None
        if net:
            return net  # "en un mensaje en redes sociales"
        if t.text in PLATFORMS and (t.pos_ == "PROPN" and any(a.i == h.i for a in t.ancestors)
                                    or t.i > 0 and ctx.doc[t.i - 1].lower_ in ("de", "en")
                                    or t.i > 0 and fold(ctx.doc[t.i - 1].text) in PLATFORM_NOUNS):
            # (also "a través de su canal en la plataforma de mensajería Telegram")
            return t.text
        if t.i > 0 and ctx.doc[t.i - 1].lower_ in ("de", "en") and (p := platform_named(t.text)):
            return p  # "en la cuenta en facebook", "en su canal de telegramas"
    return ch
