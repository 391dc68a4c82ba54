"""'para el portavoz ..., Dimitri Peskov, esta premisa contrastaría con ...': "para X" opening a clause is X's view."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from .attribution import speakerish
from .clauses import clause_end
from .context import Context, Found
from .speakers import resolve_np


def para(ctx: Context, tok: Token) -> Optional[list[Found]]:
    """'para el portavoz ..., Dimitri Peskov, esta premisa contrastaría con ...'."""
    doc = ctx.doc
    sa, sb = ctx.sent_bounds(tok.idx)
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and tok.idx > sa and prev.text != "," and prev.lower_ not in ("pero", "y", "mientras", "e"):
        return None
    j = tok.i + 1
    while j < len(doc) and doc[j].text not in (",", ".", ";", ":") and doc[j].pos_ not in ("VERB", "AUX"):
        j += 1
    if j >= len(doc) or doc[j].text != "," or j == tok.i + 1:
        return None
    np = doc[tok.i + 1:j]
    head = np.root
    if not speakerish(ctx, np, head) or head.pos_ in ("VERB", "AUX"):
        return None
    if not (ctx.entity_in(np[0].idx, np[-1].idx + 1, ("PER", "ORG")) or head.lower_ in ctx.lex.titles):
        return None
    # an apposition naming the person: ", Dimitri Peskov,"
    end_tok = j
    if j + 1 < len(doc):
        k = j + 1
        while k < len(doc) and doc[k].pos_ == "PROPN":
            k += 1
        if j + 1 < k < len(doc) and doc[k].text == ",":
            end_tok = k
    start = doc[end_tok].idx + 1
    content = ctx.trim(start, clause_end(ctx, start, sb))
    if content[1] - content[0] < 10:
        return None
    # the clause must have a verb of its own
    if not any(t.pos_ in ("VERB", "AUX") for t in ctx.ix.tokens_in(*content)):
        return None
    src, span, _ = resolve_np(ctx, head, tok.idx)
    if end_tok != j:
        e = ctx.entity_in(doc[j + 1].idx, doc[end_tok - 1].idx + 1, ("PER", "ORG"))
        if e is not None:
            src, span = e.id, (doc[j + 1].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1].text))
    return [Found(content=content, cue="para", cue_span=(tok.idx, tok.idx + len(tok.text)), stance="assert",
                  direct=False, source=src, source_span=span, resolved=True, anchor=tok.idx, cue_tok=tok.i)]
