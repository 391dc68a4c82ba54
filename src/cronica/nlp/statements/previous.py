"""Speakers found through the text before: null subjects, free quotations and descriptions ("el mandatario")
continue the last speaker, unless the text has turned to another person since."""
from __future__ import annotations

import re
from typing import Optional

from ...model import Entity
from ...names import fold
from ..spanish import grammar
from ..syntax import third_plural
from .context import Context, Found
from .references import LAST_GROUP, LAST_ORG, LAST_SOURCE, last_institution
from .speakers import LAST_PERSON, last_person, resolve_np
from .carried import bulletin_as_source, channel_from_before, issuer_of_document, people_named, renamed
from .stance import (answers_accusation, corrects, denies_deaths, holds_against, is_rebuttal, tells_what_happened,
                     urges_by_predicate, urges_by_words)


def _compatible(ctx: Context, e: Entity, dem: set[str]) -> bool:
    """A person whose roles name no other nationality than the description's."""
    if not dem:
        return True
    theirs = {fold(w) for r in e.roles for w in re.findall(r"\w+", r)} & ctx.lex.demonyms
    return not theirs or bool(theirs & dem)


def topic(ctx: Context, lo: int, hi: int, ok=lambda e: True, types=("PER",)) -> Optional[str]:
    """The person a stretch of text is about: the last named main-clause subject in [lo, hi) outside
    quotations ("Stoltenberg restó importancia a las maniobras. «...», declaró")."""
    best = None
    for t in ctx.doc:
        if t.idx < lo or t.idx >= hi or ctx.in_quote[t.idx] or t.dep_ != "nsubj" or ctx.layout.in_caption(t.idx):
            continue
        h = t.head
        # a main clause (the parser hangs a paragraph's first sentence on the newline token before it)
        if not (h.dep_ == "ROOT" or h.head.i == h.i or h.head.is_space or h.dep_ == "conj" and h.head.dep_ == "ROOT"):
            continue
        e = ctx.entity(resolve_np(ctx, t, t.idx)[0])
        if e is not None and e.type in types and ok(e):
            best = e.id
    return best


def after_statement(ctx: Context, prev: Found, pos: int) -> int:
    """Where the text after ``prev``'s sentence starts, kept to the paragraph before ``pos`` at most."""
    text = ctx.text
    lo = ctx.sent_bounds(max(prev.anchor, prev.content[1] - 1))[1]
    para = text.rfind("\n", 0, pos)
    para_prev = text.rfind("\n", 0, max(para - 1, 0)) if para > 0 else -1
    while para_prev > 0 and text[para_prev - 1] == "\n":
        para_prev = text.rfind("\n", 0, para_prev - 1)
    return max(lo, para_prev + 1)


def _last_speaker_person(ctx: Context, done: list[Found], pos: int, exclude: set[str],
                         dem: set[str] = frozenset()) -> Optional[str]:
    def ok(e: Entity) -> bool:
        return e.id not in exclude and _compatible(ctx, e, dem)

    for f in reversed(done):
        if f.anchor < pos and f.source and not f.source.startswith(LAST_PERSON):
            e = ctx.entity(f.source)
            if e is not None and e.type == "PER" and ok(e):
                # a person the text turned to after that statement speaks instead
                return topic(ctx, after_statement(ctx, f, pos), pos, ok) or e.id
    return last_person(ctx, pos, ok)


CONCESSIVE = grammar("concessives")
DEFINITE_ARTICLES = grammar("definite_articles")
INDEFINITE_ARTICLES = grammar("indefinite_articles")


def _plural(ctx: Context, f: Found) -> bool:
    """The cue is a third-person plural verb (or its auxiliary is)."""
    if f.cue_tok is None:
        return False
    return third_plural(ctx.doc[f.cue_tok])


def _main_speaker(ctx: Context, done: list[Found]) -> Optional[str]:
    """The last speaker, passing over one in a concessive clause of the same sentence ("X anunció la toma de Y,
    aunque desde Kiev afirmaron que ..."): the text goes on with the main clause's speaker."""
    last = done[-1]
    sent = ctx.sent_bounds(last.anchor)
    for f in reversed(done):
        if f.anchor < sent[0]:
            break
        t = ctx.doc[f.cue_tok] if f.cue_tok is not None else None
        if t is None or not (t.dep_ == "advcl" and any(c.lower_ in CONCESSIVE or c.dep_ == "mark"
                                                         for c in t.children if c.i < t.i)):
            return f.source  # (not one of a subordinate clause: "..., después de que X hayan anunciado ...")
    return last.source


def _named_next(ctx: Context, found: list[Found], f: Found) -> Optional[str]:
    """A role no one named before holds ("El gobernador de Zaporiyia, en Ucrania, denunció que ..." in the lead): the
    person the next paragraph names as speaking ("ha alertado Fedorov"), when nobody else is named in between."""
    nxt = next((g for g in found if g.anchor > f.anchor and g.resolved and g.source
                and not g.source.startswith("@")), None)
    e = ctx.entity(nxt.source) if nxt is not None else None
    if e is None or e.type != "PER" or nxt.anchor - f.anchor > 600:
        return None
    between = {eid for eid, a in people_named(ctx, f.anchor + 1, nxt.anchor)}
    return e.id if between <= {e.id} else None


def resolve_previous(ctx: Context, found: list[Found]) -> None:
    """Fill in speakers that depend on the statements before (``found`` in text order)."""
    done: list[Found] = []
    for f in found:
        if f.source == LAST_SOURCE:
            # ("El sábado murieron 168 personas ..., según la misma fuente": the observatory the sentence before cited)
            f.source, f.same_source = (done[-1].source if done else None), bool(done)
        if f.source in (LAST_ORG, LAST_GROUP):
            f.source = last_institution(ctx, [g.source for g in done], f.anchor, armed=f.source == LAST_GROUP)
        if f.source and f.source.startswith(LAST_PERSON) and done and renamed(ctx, f, done[-1], described=True):
            f.source = None  # "Según el funcionario, ..." after "dijo un funcionario de seguridad de Kiev": that one
        if f.source and f.source.startswith(LAST_PERSON):
            ids, _, dem = f.source[len(LAST_PERSON):].partition("|")
            f.source = _last_speaker_person(ctx, done, f.anchor, set(ids.split(",")), set(dem.split(",")) - {""}) \
                or _named_next(ctx, found, f)
        issuer = issuer_of_document(ctx, f, done) if not f.resolved and f.keep_span else None
        if issuer is not None:
            # "sostuvo el informe ...": the issuer of the report an earlier statement named ("Un informe de los
            # servicios de inteligencia estadounidenses ... estimó"), even when that one has no name
            f.source, f.resolved = issuer.source, True  # its own words stay its source span
        if not f.resolved and not done and not f.source_span and f.cue_tok is not None and not _plural(ctx, f):
            # the first statement, its verb with no subject: who the sentence before it in its paragraph is about
            # ("El Kremlin ha respondido este jueves a las críticas ... Afirmó que no se ha acordado ...")
            hi = min(f.anchor, f.content[0])
            s0 = ctx.sent_bounds(hi)[0]
            back = _last_char_before(ctx, s0)
            lo = max(ctx.sent_bounds(back)[0] if back > 0 else s0, ctx.text.rfind("\n", 0, hi) + 1)
            f.source = topic(ctx, lo, s0, types=("PER", "ORG")) if lo < s0 else None
        if not f.resolved and done:
            # a null subject continues the last speaker, unless the text named someone else since
            hi = min(f.anchor, f.content[0])
            person = topic(ctx, after_statement(ctx, done[-1], hi), hi)
            f.source = person or _main_speaker(ctx, done)
            e = ctx.entity(f.source)
            if e is not None and e.type == "PER" and _plural(ctx, f):
                f.source = None  # "Asimismo, informaron que ...": a plural verb does not go on with one person
            if not f.keep_span:
                f.source_span = None
            if f.source is None and not person and done[-1].source is None and done[-1].source_span \
                    and not f.keep_span and _plural(ctx, f) == _plural(ctx, done[-1]) \
                    and not ctx.text[ctx.sent_bounds(done[-1].anchor)[1]:ctx.sent_bounds(hi)[0]].strip(" \n.;:»”\""):
                # "Fuentes militares informaron ... Revelaron que ...": the source described with no name goes on
                # speaking in the same sentence or the next (not past another sentence: "... El alcalde ordenó la
                # evacuación. Añadió que ...")
                f.source_span = done[-1].source_span
            # "En una rueda de prensa, X pidió ... «...», afirmó": the same occasion, same paragraph
            prev = done[-1]
            if not person and not f.channel and prev.channel and "\n" not in ctx.text[prev.anchor:hi]:
                f.channel = prev.channel
        channel_from_before(ctx, f, done)
        if bulletin_as_source(ctx, f):
            f.channel = None  # "según el parte militar de Kiev": the report speaks; it is not where it was said
        if is_rebuttal(ctx, f, done[-1] if done else None) or holds_against(ctx, f, done) or corrects(ctx, f) \
                or denies_deaths(ctx, f, done) or _goes_on_denying(ctx, f, done) or answers_accusation(ctx, f, done):
            f.stance = "deny"
        elif urges_by_predicate(ctx, f) or urges_by_words(ctx, f):
            f.stance = "urge"
        elif tells_what_happened(ctx, f):
            f.stance = "assert"
        done.append(f)


def _goes_on_denying(ctx: Context, f: Found, done: list[Found]) -> bool:
    """"El ejército ucraniano desmintió el sábado las afirmaciones del Estado Mayor ruso ... y aseguró que sus tropas
    siguen luchando": a cue joined to a denial of its own subject, saying a place is still held, says what the denial
    holds against the claim."""
    if f.stance != "assert" or f.cue_tok is None:
        return False
    tok = ctx.doc[f.cue_tok]
    words = ctx.text[f.content[0]:f.content[1]]
    return tok.dep_ == "conj" and any(g.stance == "deny" and g.cue_tok == tok.head.i for g in done) and (
        ctx.lex.says_held(words) or ctx.lex.says_not_taken(words))  # (not "negó ... y atribuyó la explosión a X")


def quote_before_asi(ctx: Context, found: list[Found]) -> None:
    """"«...». Así lo aseguró un portavoz militar en un comunicado.": the quotation standing alone before is
    what "lo" stands for; whoever said it and where are the next sentence's."""
    for f, g in zip(found, found[1:]):
        if f.cue is not None or not f.direct or g.cue_span is None or g.content[1] - g.content[0] > 3:
            continue
        between = ctx.text[f.content[1]:g.content[0]]
        if re.fullmatch(r"\W*\s*Así\s*", between):
            f.source, f.channel = g.source, f.channel or g.channel


def _last_char_before(ctx: Context, pos: int) -> int:
    """The last character before ``pos`` that is no white space (0 when there is none): where the sentence before
    ends."""
    back = pos - 1
    while back > 0 and ctx.text[back].isspace():
        back -= 1
    return back


def prose_before_asi(ctx: Context, found: list[Found]) -> None:
    """"Los equipos de rescate ... han recuperado los cuerpos de cinco personas ... Así lo ha anunciado el Servicio
    Estatal de Emergencias": the sentence before, when it reports nothing of its own, is what "lo" stands for."""
    for f in found:
        if f.cue_span is None or f.direct or f.content[1] - f.content[0] > 3:
            continue
        s0 = ctx.sent_bounds(f.cue_span[0])[0]
        if not re.fullmatch(r"\s*Así\s+l[oa]\s+(?:\w+\s+){0,2}", ctx.text[s0:f.cue_span[0]]):
            _clause_before_asi(ctx, found, f, s0)
            continue
        back = _last_char_before(ctx, s0)
        if back <= 0:
            continue
        a, b = ctx.sent_bounds(back)
        if ctx.layout.in_headline(a) or any(g is not f and g.content[0] < b and a < g.content[1] for g in found):
            continue  # (a sentence with a statement of its own: "lo" is that one's words said again)
        end = a + len(ctx.text[a:b].rstrip().rstrip("."))
        if end - a > 20:
            f.content = (a, end)
            if is_rebuttal(ctx, f, None):
                f.stance = "deny"  # "La información que difunden los medios rusos sobre la supuesta presencia de
                # ocupantes en Pokrovsk es falsa. Así lo dijo el portavoz ...": what "lo" stands for calls it false


def _clause_before_asi(ctx: Context, found: list[Found], f: Found, s0: int) -> None:
    """"Al menos 17 personas murieron en Birmania ... perpetrado por la junta militar ..., así lo denunció este
    miércoles la guerrilla rebelde Ejército de Arakán": the clause before ", así lo" is what "lo" stands for."""
    m = re.search(r",\s*así\s+l[oa]\s+(?:\w+\s+){0,2}$", ctx.text[s0:f.cue_span[0]])
    if m is None:
        return
    end = s0 + m.start()
    if end - s0 > 20 and not any(g is not f and g.content[0] < end and s0 < g.content[1] for g in found):
        f.content = ctx.trim(s0, end)
