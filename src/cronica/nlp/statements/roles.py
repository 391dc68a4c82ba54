"""Speakers by what they are: the person whose roles match a description ("el ministro de Defensa ruso") and the
organisation a bare head names ("el ministerio")."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from ...model import Entity
from ...names import fold
from .context import Context

STOPWORDS = {"el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "a", "al", "en", "y", "e", "o",
             "que", "por", "para", "con", "se", "su", "sus", "lo", "como", "más", "no", "ha", "han", "había",
             "habían", "es", "son", "fue", "era", "este", "esta", "sobre", "entre", "ya", "muy"}


def title_phrase(ctx: Context, a: int, b: int) -> bool:
    """The words hold a title of several words ("primer ministro")."""
    s = " ".join(re.findall(r"\w+", ctx.text[a:b].lower()))
    return any(f" {t} " in f" {s} " for t in ctx.lex.titles if " " in t)


def by_role(ctx: Context, head: Token, words: set[str], exclude: set[str], cue_pos: int) -> Optional[Entity]:
    """The person whose roles (found by the entity stage) best match a description."""
    hw = fold(head.text)
    demonyms = ctx.lex.demonyms
    best, best_score = None, 0.0
    mine_dem = words & demonyms
    for e in ctx.ents:
        if e.type != "PER" or e.id in exclude or not e.roles:
            continue
        for r in e.roles:
            rw = {fold(w) for w in re.findall(r"\w+", r)} - STOPWORDS
            # the role's own noun, not one of whom it serves: "asesor principal del presidente" is no "presidente"
            own = {fold(w) for w in re.findall(r"\w+", re.split(r"\b(?:de|del)\b", r, maxsplit=1)[0])}
            if hw not in own and fold(head.lemma_) not in own:
                continue
            if ("ex" in words) != ("ex" in rw):
                continue  # "el ex primer ministro noruego" is not the minister in office
            their_dem = rw & demonyms
            if mine_dem and their_dem and not mine_dem & their_dem:
                continue
            score = len(rw & words) + 0.01 * (1 if any(m[0] < cue_pos for m in e.mentions) else 0)
            if score > best_score:
                best, best_score = e, score
    return best


def org_by_head(ctx: Context, lemma: str, cue_pos: int) -> Optional[Entity]:
    """"el ministerio": the organisation named last before the cue whose name starts with that noun."""
    best = None
    for e in ctx.ents:
        if e.type not in ("ORG", "MISC"):
            continue
        if fold(e.name.split()[0]) == fold(lemma) or fold(" ".join(e.name.split()[:2])) == fold(lemma):
            # the dateline's agency ("Kiev, 10 oct (EFE).-") never speaks a later sentence
            before = [m for m in e.mentions if ctx.body_start <= m[0] < cue_pos]
            if before and (best is None or before[-1][0] > max(m[0] for m in best.mentions if m[0] < cue_pos)):
                best = e
    return best
