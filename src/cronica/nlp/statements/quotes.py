"""Quotations as statements: a quotation before or after its cue, and quotations standing alone.

The quotations themselves come from the layout stage (``doc._.layout.quotes``), the one quote
scanner every stage shares.
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from ... import resources
from .clauses import BRIDGE
from .context import Context, Found, Span


def direct_before(ctx: Context, tok: Token) -> Optional[Span]:
    """A quotation closing just before the cue: '"...", dijo' / '«...», ha zanjado'."""
    text = ctx.text
    for q in ctx.quotes:
        if q[1] >= tok.idx or tok.idx - q[1] > 80:
            continue
        gap = text[q[1] + 1:tok.idx]
        words = re.findall(r"\w+", gap.lower())
        if tok.idx - q[1] <= 40 and re.fullmatch(r"[\s,—–\-]*(?:\w+[\s,]*)*", gap) and "," in gap + text[q[1] - 1] \
                and all(w in BRIDGE for w in words):
            return q
        if re.fullmatch(r"\s+(?:en|desde)\s[^,.;:«»\"“”]{3,60},\s*", gap) and not any(
                t.pos_ in ("VERB", "AUX") for t in ctx.doc[max(0, tok.i - 80):tok.i] if q[1] < t.idx):  # (the gap: 80 characters)
            return q  # '"Más de 50 mártires ..." en el norte de la Franja de Gaza, informó el Ministerio': where it was
    return None


def direct_after(ctx: Context, tok: Token, limit: int) -> Optional[Span]:
    """'dijo: "..."' — a colon after the cue's clause, then the quotation; or a quotation right after the verb."""
    text = ctx.text
    end = tok.idx + len(tok.text)
    for q in ctx.quotes:  # 'informó "al menos 200 muertos por los bombardeos"': the quotation right after the verb
        gap = text[end:q[0]].split()  # (or after an adverb of its own: 'ha celebrado una vez más "el retorno ..."', or
        # where it was said: 'ha informado en Telegram "El hospital ha resultado dañado ..."')
        where = len(gap) <= 5 and bool(gap) and gap[0].lower() in ("en", "a") and not any(
            ch in " ".join(gap) for ch in ',.;:«»"“”') and gap[-1].lower() not in OPEN_ENDS \
            and "que" not in (w.lower() for w in gap) \
            and not any("Inf" in t.morph.get("VerbForm") for t in ctx.doc[tok.i + 1:tok.i + 1 + len(gap)] if t.idx < q[0])
        # (not "en un discurso con", "en Twitter que Ucrania encontrará"; not 'acusado a Rusia de lanzar "un ataque
        # masivo"': an infinitive on the way makes the quotation part of the clause reported)
        if q[0] > end and (not gap or len(gap) <= 3 and " ".join(gap).lower() in ADVERB_GAPS or where) and q[0] < limit \
                and len(text[q[0]:q[1]].split()) >= 3:
            return q
    # 'Cualquier posibilidad de tregua, sea cual sea, ha explicado, "debe discutirse de manera discreta"': a cue set
    # off by commas inside the sentence, the quotation right after it is what was said
    first = tok
    while first.i > 0 and (tok.doc[first.i - 1].pos_ == "AUX" or tok.doc[first.i - 1].lower_ in ("se", "lo", "le")):
        first = tok.doc[first.i - 1]
    if first.i > 0 and tok.doc[first.i - 1].text == ",":
        for q in ctx.quotes:
            gap = text[end:q[0]]  # (nothing but the speaker: 'ha explicado Peskov, "..."'; not 'informó que X, "..."')
            if end < q[0] < limit and re.fullmatch(r"[^,.;:«»\"“”\n]{0,60},\s*", gap) and len(gap.split()) <= 6 \
                    and not {w.lower() for w in gap.split()} & {"que", "de", "si"} and len(text[q[0]:q[1]].split()) >= 3:
                return q
    colon = text.find(":", tok.idx, limit)
    if colon < 0 or colon - tok.idx > 120:
        return None
    for t in ctx.doc[tok.i + 1:]:
        if t.idx >= colon:
            break
        if ctx.is_cue_verb(t) and not ctx.in_quote[t.idx] and not whose_clause(t):
            return None  # "señaló que ... y escribió: «...»": the quotation is the nearer cue's (not a verb of a
            # "cuya" clause: "aseguró en un mensaje de audio, cuya autenticidad no han confirmado las autoridades: «...»")
    for q in ctx.quotes:
        if 0 <= q[0] - colon <= 3 and not text[colon + 1:q[0]].strip():
            return q
    return None


def whose_clause(t: Token) -> bool:
    """A verb of a relative clause opened by "cuyo" ("cuya autenticidad no han confirmado las autoridades"): it says
    something of its antecedent, never the quotation after it."""
    return t.dep_.startswith("acl") and any(
        x.lower_ in ("cuyo", "cuya", "cuyos", "cuyas") for c in t.children for x in (c, *c.children))


ADVERB_GAPS = resources.words("es/words/adverbs.tsv", "quote_gaps")
OPEN_ENDS = resources.words("es/words/layout.tsv", "open_ends")
GOES_ON = re.compile(r",\s*(?:pues|porque|ya que|y|e|aunque)$")


def free_quotes(ctx: Context, used: set[Span], found: list[Found]) -> list[Found]:
    """Quotations with no reporting verb that stand as their own sentences: the previous speaker goes on."""
    text = ctx.text
    out = []
    for q in ctx.quotes:
        if q in used:
            continue
        a, b = q[0] + 1, q[1]
        if any(f.content[0] <= a and b <= f.content[1] for f in found):
            continue  # quoted words inside a reported clause
        if len(re.findall(r"\w+", text[a:b])) < 4:
            continue
        line_start = text.rfind("\n", 0, q[0]) + 1
        before = text[line_start:q[0]].strip()
        after = text[b + 1:b + 3]
        if before and not before.endswith((".", ":", "?", "!")) and not GOES_ON.search(before):
            continue  # (a quotation after ", pues" goes on with the speaker of the sentence: '..., declaró X, pues "..."')
        if after.strip()[:1] not in ("", ".", "\n") and not after.startswith(("\n",)):
            continue
        out.append(Found(content=(a, b), cue=None, cue_span=None, stance="assert", direct=True,
                         resolved=False, anchor=a))
    return out
