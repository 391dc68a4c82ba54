"""The words an indirect-speech verb reports: its que-clause, object or infinitive ("ordenaron a los habitantes
evacuar ..."), the clitic that stands for a clause told before ("Así lo ha confirmado X"), a clause preposed to it."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ...names import fold
from ..layout import QUOTE_PAIRS
from ..spanish import grammar
from ..syntax import case_of
from .clauses import clause_end, tensed
from .content import np_content, preposed, que_clause
from .context import Context, Span, count_object, urging_object
from .lexicon import Cue

CLITICS = grammar("object_clitics")
# "..., algo que Kiev ha desmentido": antecedents that stand for the clause before them
CLAUSE_NOUNS = grammar("clause_nouns")


def _addressee_start(ctx: Context, tok: Token, start: int) -> int:
    """"pidió a la OTAN que ...": the content keeps the addressee (as in "instó a los países a ...")."""
    for t in ctx.doc[tok.i + 1:ctx.tok_at(start).i]:
        if t.lower_ in ("a", "al"):
            return t.idx
        if not (t.pos_ in ("ADV", "PRON", "AUX") or "Tim" in t.morph.get("AdvType")):
            break
    return start


def _infinitive_start(ctx: Context, tok: Token) -> Optional[int]:
    """"aseguró haber derribado 73 de ellos": an infinitive clause right after the cue."""
    def timely(t: Token) -> bool:  # "afirmó el miércoles haber frustrado": a day between cue and clause
        return "Tim" in t.morph.get("AdvType") or "Tim" in t.head.morph.get("AdvType") and t.head.i > t.i

    # (and a phrase of the cue's own between: "afirmó en un comunicado haber llevado a cabo ...")
    # (or whom it is said to: "ordenaron a los habitantes evacuar las viviendas")
    aside = {x.i for c in tok.children if (c.dep_ in ("obl", "iobj") or c.dep_ == "obj" and case_of(c) in ("a", "al"))
             and c.i > tok.i for x in c.subtree}
    nxt = next((t for t in ctx.doc[tok.i + 1:tok.i + 10] if t.pos_ != "ADV" and not timely(t) and t.i not in aside),
               None)
    v = nxt.head if nxt is not None and nxt.dep_ == "aux" else nxt  # "haber tomado"
    if nxt is not None and "Inf" in nxt.morph.get("VerbForm") and v.head.i == tok.i \
            and (v.dep_ in ("xcomp", "ccomp", "obj", "csubj") or v.dep_ == "advcl" and not any(c.dep_ == "mark" for c in v.children)) \
            and not ctx.in_quote[nxt.idx]:
        return nxt.idx
    return None


def _asi(ctx: Context, tok: Token) -> bool:
    """"Así lo dijo X": the clitic stands for what was said before."""
    doc = ctx.doc
    j = tok.i - 1
    while j >= 0 and (doc[j].pos_ == "AUX" or doc[j].lower_ in CLITICS):
        j -= 1
    return j >= 0 and doc[j].lower_ == "así"


def _clitic_object(ctx: Context, tok: Token) -> Optional[Span]:
    """"lo ha negado": the clitic stands for what is denied."""
    doc = ctx.doc
    prev = doc[tok.i - 1] if tok.i else None
    while prev is not None and prev.pos_ == "AUX" and prev.i > 0:
        prev = doc[prev.i - 1]
    if prev is not None and prev.lower_ in CLITICS and prev.pos_ == "PRON":
        return prev.idx, prev.idx + len(prev.text)
    return None


def indirect_content(ctx: Context, tok: Token, cue: Cue, sb: int, clause_only: bool) -> tuple[Optional[Span], bool, bool]:
    """(content, direct, give up) for reported speech without a quotation of its own."""
    doc, text = ctx.doc, ctx.text
    content: Optional[Span] = None
    if not clause_only and _asi(ctx, tok) and _clitic_object(ctx, tok):
        return _clitic_object(ctx, tok), False, False  # "Así lo ha confirmado X": what was said is the clitic
    start = que_clause(ctx, tok, sb) if cue.args not in ("toll", "count") else None  # (its "que": a relative of the count)
    if start is not None and cue.args == "a":
        start = _addressee_start(ctx, tok, start)
    if start is None and cue.args == "que" and not clause_only:
        start = _infinitive_start(ctx, tok)  # "ordenaron a los habitantes evacuar ...": its own words, not the clause
        # before the comma
    np = False
    counted = count_object(tok, cue.args == "count") or urging_object(tok) if start is None and not clause_only \
        and cue.args in ("que", "de", "count") else None  # (another verb of "la muerte de" may not report it)
    if counted is not None:  # "ofreció ayer su recuento de víctimas": the count given is what is said
        start, np = next(x for x in counted.subtree if x.dep_ != "case").idx, True  # (not "en" of "insistió en")
    if start is None and tensed(ctx, tok) and cue.args not in ("toll", "count") \
            and not (cue.args == "obj" and _infinitive_start(ctx, tok) is not None):  # (a count follows, not the clause
        # before the comma; nor an infinitive: "grupo disidente ..., que aparentemente, niega estar detrás de esta matanza")
        pre = preposed(ctx, tok)
        if pre is not None:
            content = ctx.trim(*pre)
    if content is None and start is None and tok.i + 1 < len(doc) and doc[tok.i + 1].text in QUOTE_PAIRS \
            and any(c.lower_ == "se" and c.i < tok.i for c in tok.children):
        # 'se declaró "profundamente preocupado" por ...': the quoted self-description is the statement
        start, np = doc[tok.i + 1].idx, True
    # "algo que Rusia venía reivindicando": the relative clause is the periphrasis around the cue
    rel = tok.head if tok.dep_ == "xcomp" and tok.head.dep_.startswith("acl") and tok.head.i < tok.i else tok
    relative = cue.args in ("obj", "a") and rel.dep_.startswith("acl") \
        and rel.head.i < rel.i and rel.head.pos_ in ("NOUN", "PROPN", "PRON") \
        and any(c.lower_ == "que" and c.i < rel.i and (c.dep_ in ("obj", "nsubj:pass") or c.dep_ == "nsubj" and any(
            k.dep_ in ("nsubj", "obj") and k.i > tok.i and k.pos_ in ("NOUN", "PROPN") for k in tok.children))
                for c in rel.children)
    if content is None and start is None and cue.args in ("obj", "a", "de", "por", "toll") and not (
            relative and rel.head.lower_ in CLAUSE_NOUNS):  # not "una versión que negó a través de sus canales"
        if clause_only:
            return None, False, True
        start = np_content(ctx, tok, cue, sb)
        np = start is not None
    if content is None and start is None and relative:
        # "..., algo que Kiev ha desmentido": the antecedent (standing for the clause before it);
        # "los tanques Leopard 2 que desde hace semanas pedía el presidente": the antecedent's phrase
        h = rel.head
        que = next(c for c in rel.children if c.lower_ == "que" and c.i < rel.i)
        det = next((c for c in h.children if c.dep_ == "det" and c.i < h.i), h)  # "una versión que ... negó"
        content = (det.idx, h.idx + len(h.text)) if h.lower_ in CLAUSE_NOUNS else \
            ctx.trim(h.left_edge.idx, que.idx) if h.left_edge.i < que.i else None
    if start is None and not clause_only and (cue.args == "obj" or _asi(ctx, tok)):
        content = _clitic_object(ctx, tok) or content
    direct = False
    if start is not None:
        end = clause_end(ctx, start, sb, tok, np=np)
        # the reported clause cannot run past the cue's own phrase ("... advertía de que X» vienen a ...")
        right = tok.right_edge
        relative = tok.dep_.startswith("acl") and tok.head.i < tok.i  # "un oficial que pidió anonimato dijo ..."
        if right.idx >= start and right.idx + len(right.text) < end and (relative or right.i - ctx.tok_at(start).i >= 3) \
                and not ctx.in_quote[right.idx + len(right.text)]:
            end = right.idx + len(right.text)
        content = ctx.trim(start, end)
        # 'defendió que "..."': the whole reported clause is a quotation
        o, c = content[0] - 1, content[1]
        if o >= 0 and c < len(text) and text[o] in QUOTE_PAIRS and text[c] == QUOTE_PAIRS[text[o]] \
                and not text[start:o].strip():
            direct = True
    if content is not None and not direct and fold(text[content[0]:content[1]]).strip(" .") in ctx.lex.conditions:
        return None, False, True  # "el líder de la aldea, quien pidió el anonimato": how he spoke, not what he said
    return content, direct, False
