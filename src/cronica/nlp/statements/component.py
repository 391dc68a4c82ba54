"""Stage ``cronica_statements_v1``: cues -> content -> speaker -> channel -> stance -> target.

Each step is a function over an explicit :class:`~.context.Context`; the component only builds
the context, runs the steps in order and writes ``doc._.statements``.
"""
from __future__ import annotations

import re

from spacy.language import Language

from ...model import Statement
from ..stage import Stage
from .attribution import prep_at, segun
from .como import como
from .channel import plain, platform_of_speaker
from .clauses import in_relative, sequel_start
from .content import closing_relay
from .context import Context, Found, Span
from .lexicon import Lexicon, lexicon
from .para import para
from .carried import channel_before_colon, channel_made_after, channel_told_after
from .previous import prose_before_asi, quote_before_asi, resolve_previous
from .quotes import free_quotes
from .stance import concedes_hardship, could_not_confirm
from .targets import set_targets
from .verbs import participle_cue, verb_cue


def find_cues(ctx: Context, used: set[Span]) -> list[Found]:
    """Every statement a cue outside quotations makes, in text order."""
    found: list[Found] = []
    for tok in ctx.doc:
        if ctx.in_quote[tok.idx] or ctx.layout.in_link(tok.idx):
            continue  # (not another story's headline: "Lea más: ...")
        form = prep_at(ctx, tok)
        if form is not None:
            f = segun(ctx, tok, form)
        elif tok.lower_ == "para":
            f = para(ctx, tok)
        elif ctx.is_cue_verb(tok):
            f = como(ctx, tok) or verb_cue(ctx, tok, used)
        elif tok.pos_ == "ADJ" and "Part" in tok.morph.get("VerbForm"):
            f = participle_cue(ctx, tok)  # "una declaración desmentida por el Ejército"
        else:
            f = None
        if f:
            found.extend(f)
    for ti, ch in ctx.pending_channels:
        for f in found:
            if f.cue_tok == ti and not f.channel:
                f.channel = ch
    for ti, src in ctx.pending_speakers:
        for f in found:
            e = ctx.entity(f.source) if f.cue_tok == ti else None
            if e is not None and e.type == "LOC":  # (a country or its capital named as the speaker)
                f.source, f.source_span, f.resolved = src
    return found


def dedup(found: list[Found]) -> list[Found]:
    out: list[Found] = []
    for f in sorted(found, key=lambda f: (f.content[0], -(f.content[1] - f.content[0]))):
        # the same words found twice (but a claim and its denial share them: "negó que P, tal y como aseguró Y")
        if not any(g.content == f.content and (g.stance == f.stance or None in (g.cue_span, f.cue_span))
                   or g.cue_span is not None and g.cue_span == f.cue_span for g in out):
            out.append(f)
    return out


def merge_requoted(found: list[Found]) -> list[Found]:
    """'Aseguró que los irregulares "tienen ... cuevas", dijo al Canal N.': a quotation already inside another
    statement's clause, with a cue after it, is that statement said again; its channel goes to it."""
    out = []
    for f in found:
        outer = next((g for g in found if g is not f and f.direct and f.cue_span and g.cue_span
                      and g.content[0] < f.content[0] and f.content[1] <= g.content[1] + 1
                      and g.content[1] <= f.cue_span[0]), None)
        if outer is None:
            out.append(f)
        elif not outer.channel:
            outer.channel = f.channel
    return out


def relays(ctx: Context, found: list[Found], relayed) -> list[Found]:
    """The statements ``relayed(ctx, found, g)`` says another one, ``g``, relays: ``g`` is their channel, not a
    statement."""
    out = []
    for g in found:
        inner = relayed(ctx, found, g)
        name = ctx.text[g.source_span[0]:g.source_span[1]] if inner else ""
        name = re.sub(r"^(?:[a-záéíóúñü]\w*\s+)+(?=[A-ZÁÉÍÓÚÑ])", "", name)  # ("la agencia de noticias AFP")
        for f in inner:  # (the same speaker closing the clause: "Mujahid cifra sus propias bajas ..., ha explicado en
            # rueda de prensa": where it was said)
            f.channel = f.channel or (g.channel if g.source is not None and f.source == g.source else name)
        if not inner:
            out.append(g)
    return out


def opening_clause(ctx: Context, found: list[Found], g: Found) -> list[Found]:
    """"La policía pidió a la gente que abandonara el centro de la ciudad, dijo Tass": an attribution after a clause
    that opens with its own speaker and cue, and says no more than that statement, relays it; a person named there
    who is not that statement's speaker speaks ("Las autoridades reportaron que una mujer resultó herida ..., indicó en
    redes sociales el gobernador regional Vitali Bunechko")."""
    inner = [f for f in found if f is not g and f.cue_span and f.source_span and g.cue_span and g.source_span
            and g.content[1] <= g.cue_span[0] and g.content[0] <= f.source_span[0] <= g.content[0] + 2
            and g.content[0] < f.cue_span[0] < g.content[1] and f.content[1] >= g.content[1] - 2]
    if (e := ctx.entity(g.source)) is not None and e.type == "PER" and any(f.source != g.source for f in inner):
        return []
    return inner


def closing_outlet(ctx: Context, found: list[Found], g: Found) -> list[Found]:
    """A verb and an outlet's name closing a sentence whose statements before it have speakers and cues of their own
    ("Ucrania afirmó que ..., aunque las autoridades ... lo calificaron de «exageración», informó Reuters."): the
    statements it relays (whatever quotation the verb took for its own), or none."""
    if g.cue_tok is None or g.source_span is None or g.cue_tok < 1:
        return []
    sa, sb = ctx.sent_bounds(g.cue_span[0])
    if closing_relay(ctx, g.cue_tok - 1, sb) is None or (e := ctx.entity(g.source)) is not None and e.type == "PER":
        return []  # (", dijo Zelenski": a person speaks)
    inner = [f for f in found if f is not g and f.cue_span and f.source_span and sa <= f.source_span[0] < f.cue_span[0]
             and f.cue_span[0] < g.cue_span[0]]
    # (one of them opens the sentence: not "Las imágenes satelitales mostraron que ..., y la televisión local había
    # informado ..., señaló la BBC", where the outlet says it all)
    first = min((f.cue_span[0] for f in inner), default=None)
    opens = first is not None and not any(t.pos_ in ("VERB", "AUX") for t in ctx.ix.tokens_in(sa, first))
    return inner if opens else []


def answered_in_apposition(ctx: Context, found: list[Found]) -> list[Found]:
    """"Islamabad afirma que militantes del grupo TTP operan desde Afganistán, acusación negada por Kabul": a noun set
    after the clause with a participle cue and its agent is another speaker's answer to it; the clause ends before."""
    for f in found:
        if f.cue_tok is None or f.source_span is None:
            continue
        tok = ctx.doc[f.cue_tok]
        noun = tok.head
        if "Part" not in tok.morph.get("VerbForm") or tok.dep_ not in ("acl", "amod") or noun.pos_ != "NOUN" \
                or f.content != (noun.idx, noun.idx + len(noun.text)) or noun.i == 0 or ctx.doc[noun.i - 1].text != ",":
            continue
        comma = ctx.doc[noun.i - 1].idx
        for g in found:
            if g is not f and g.content[0] < comma and g.content[1] >= f.source_span[1] - 1:
                _end_before(ctx, g, comma)
    return found


def ends_before_sequel(ctx: Context, found: list[Found]) -> list[Found]:
    """"... ha señalado que cuatro de los fallecidos son una pareja ..., antes de afirmar que una quinta persona murió
    ...": the speaker's next statement, "antes de" or "después de" a cue of its own, ends the clause before it."""
    for f in found:
        cut = sequel_start(ctx.doc[f.cue_tok]) if f.cue_tok is not None else None
        for g in found if cut is not None else ():
            if g is not f and g.cue_span is not None and g.cue_span[0] < cut and g.content[0] < cut < g.content[1]:
                _end_before(ctx, g, cut)
    return found


def _end_before(ctx: Context, g: Found, cut: int) -> None:
    """The reported clause of ``g`` ends before ``cut`` (and the comma and spaces there)."""
    g.content = ctx.trim(g.content[0], cut)


def drop_nested(ctx: Context, found: list[Found]) -> list[Found]:
    """A cue inside another statement's reported clause is part of what is reported, not a statement of
    its own, when the outer one is an attribution ("según X, Ucrania reclamó ...") or the inner cue has
    no speaker of its own ("dijo que no descarta ...")."""
    preps = ctx.lex.preps
    out = []
    for f in found:
        # a cue in the main line of a reported clause ("dijo que Washington estaba aconsejando ...") is reported;
        # one in a relative clause there ("unas declaraciones ..., en las que éste advertía de que ...") speaks
        relative = f.cue_tok is not None and in_relative(ctx.doc[f.cue_tok], 0)
        inner = f.cue_span is not None and f.cue not in preps and any(
            g is not f and g.content[0] <= f.cue_span[0] < g.content[1]
            and (g.cue in preps and not relative or not f.resolved
                 or g.cue not in preps and not g.direct and not relative and not g.account) for g in found)
        if not inner:
            out.append(f)
    return out


def closing_cues(ctx: Context, found: list[Found]) -> list[Found]:
    """"Sin embargo, según X, «P», agregó.": the attribution inside says who speaks, the closing cue only goes on
    with the account (it is dropped); "Según EE.UU., P, ha confirmado el Centcom": the closing cue's own speaker
    says P, and the phrase is no part of it."""
    preps = ctx.lex.preps
    opening = re.compile(r"(?:" + "|".join(re.escape(p) for p in sorted(preps, key=len, reverse=True)) + r")\s+[^,;]{1,80},\s*",
                         re.I)  # (the re module keeps it compiled)
    out = []
    for f in found:
        if f.cue in preps or f.cue_span is None or f.direct:
            out.append(f)
            continue
        a, b = f.content
        inner = next((g for g in found if g is not f and g.cue in preps and g.cue_span and a <= g.cue_span[0] < b
                      and abs(g.content[1] - b) <= 2 and b <= f.cue_span[0]), None)
        if inner is not None:
            continue
        m = opening.match(ctx.text, a, b)
        if m and m.end() < b and f.cue_span[0] >= b:
            f.content = (m.end(), b)
        out.append(f)
    return out


def cut_speaker(ctx: Context, f: Found) -> None:
    """A reported clause ends before its own speaker and the title set off before the name: "Reivindicando una paz
    justa que respete ..., el mandatario estadounidense, Joe Biden, le ha prometido ..." (the parser hung the subject
    on the object before it). Only at a comma: a clause is never cut in the middle."""
    a, b = f.content
    if f.source_span is None or f.direct or not a < f.source_span[0] <= b + 3 \
            or f.cue_span is not None and a < f.cue_span[0] < b:  # an aside inside its clause ("X, tal y como afirmó Y, P")
        return
    text = ctx.text
    end = min(b, f.source_span[0])
    src = f.source_span[0]
    if not (text[a:src].rstrip().endswith(",") if src < b else text[b:src].strip() == ","):
        return  # not set off by a comma
    end = a + len(text[a:end].rstrip().rstrip(","))
    comma = text.rfind(",", a, end)
    tail = ctx.doc.char_span(comma + 1, end, alignment_mode="expand") if comma > a else None
    if tail is not None and len(tail) and tail[0].lower_ in ("el", "la") and not any(t.pos_ in ("VERB", "AUX") for t in tail):
        end = comma  # "..., el mandatario estadounidense, Joe Biden": the title goes with the name
    end = a + len(text[a:end].rstrip())
    if a < end < b:
        f.content = (a, end)


def statements(ctx: Context) -> list[Statement]:
    """All the steps over one article."""
    used: set[Span] = set()
    found = find_cues(ctx, used)
    found.extend(free_quotes(ctx, used, found))
    # (verbs and outlets closing a sentence before the duplicates go: the verb may have taken a quotation of one of the
    # statements it relays for its own)
    found = relays(ctx, merge_requoted(dedup(relays(ctx, found, closing_outlet))), opening_clause)
    found = closing_cues(ctx, drop_nested(ctx, ends_before_sequel(ctx, answered_in_apposition(ctx, found))))
    found.sort(key=lambda f: (f.anchor, f.content[0]))
    resolve_previous(ctx, found)
    quote_before_asi(ctx, found)
    prose_before_asi(ctx, found)
    channel_told_after(ctx, found)
    channel_before_colon(ctx, found)
    channel_made_after(ctx, found)
    found.sort(key=lambda f: min(f.anchor, f.content[0]))
    for f in found:
        cut_speaker(ctx, f)
        f.channel = f.channel or platform_of_speaker(ctx, f.source_span, f.cue_span, f.content)
        if could_not_confirm(ctx, f):
            f.stance = "unverified"
        elif concedes_hardship(ctx, f):
            f.stance = "assert"
    out = [Statement(id=f"s{i}", content_span=f.content, stance=f.stance, source=f.source,
                     source_span=f.source_span, cue=f.cue, cue_span=f.cue_span, direct=f.direct, channel=plain(f.channel))
           for i, f in enumerate(found, 1)]
    set_targets(ctx, out)
    return out


class StatementsStage(Stage):
    """Writes ``doc._.statements``; keeps nothing about an article."""

    stage, output = "statements", "statements"

    def __init__(self, lex: Lexicon):
        self.lex = lex

    def process(self, doc) -> None:
        doc._.statements = statements(Context.build(doc, self.lex))


@Language.factory("cronica_statements_v1", requires=["doc._.layout", "doc._.entities", "token.dep", "token.lemma"],
                  assigns=["doc._.statements"])
def make_statements(nlp, name):
    return StatementsStage(lexicon())
