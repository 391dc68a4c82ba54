"""The names a speaker's words give: an apposition ("el portavoz, X"), a name inside the phrase or right after it, a
name a description glosses ("X, una mujer de 30 años"), the last person named, a name's typo set right."""
from __future__ import annotations

from typing import Optional

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Token

from ...model import Entity
from ...names import fold
from .channel import relayed_words
from .context import Context, Span
from .syntax import np_span

Speaker = tuple[Optional[str], Optional[Span], bool]  # (entity id or None, words naming it, named here)


def fix_typo(ctx: Context, e: Entity) -> Entity:
    """A one-word misspelt surname ("Stoltnberg") that the entity stage kept apart."""
    if e.type != "PER" or " " in e.name or e.roles or len(e.name) < 5:
        return e
    for o in ctx.ents:
        if o is e or o.type != "PER" or " " not in o.name:
            continue
        last = o.name.split()[-1]
        if abs(len(last) - len(e.name)) <= 2 and Levenshtein.distance(fold(last), fold(e.name)) <= 2:
            return o
    return e


def last_person(ctx: Context, pos: int, ok=lambda e: True) -> Optional[str]:
    """The person named last before ``pos``."""
    best, bpos = None, -1
    for e in ctx.ents:
        if e.type != "PER" or not ok(e):
            continue
        for m in e.mentions:
            if bpos < m[0] < pos:
                best, bpos = e.id, m[0]
    return best


def by_apposition(ctx: Context, head: Token) -> Optional[Speaker]:
    """An apposition that names the speaker: "El secretario general de la OTAN, Jens Stoltenberg,"."""
    doc = ctx.doc
    if head.pos_ == "PROPN" and ctx.entity_in(head.idx, head.idx + len(head.text)) is not None \
            and head.lower_ not in ctx.lex.titles:  # ("El Presidente de Ucrania, Volodimir Zelensky": a title)
        return None  # a name with a description after it ("Al Shabab, filial de Al Qaeda"): the name speaks
    for c in head.children:
        if c.dep_ != "appos":
            continue
        e = ctx.entity_in(c.idx, c.idx + len(c.text), ("PER", "ORG"))
        ce = c.right_edge.idx + len(c.right_edge.text)
        if e is None:
            # "el líder supremo iraní, el ayatolá Alí Jamenei": the name follows a second title
            e = ctx.entity_in(c.left_edge.idx, ce, ("PER",) if head.lower_ in ctx.lex.titles else ("PER", "ORG"))
            # the apposition's own name, not one inside a "de X" phrase ("portavoz de las fuerzas de Hafter")
            if e is not None and not any(c.left_edge.idx <= m[0] < ce and ctx.doc[ctx.tok_at(m[0]).i - 1].lower_
                                         not in ("de", "del") for m in e.mentions):
                e = None
        if e is not None and e.type == "ORG" and c.i > head.i and \
                not any(t.text == "," for t in doc[head.i:c.left_edge.i]):
            # a close apposition naming an organisation ("el grupo ucraniano DeepState"): the whole phrase
            return fix_typo(ctx, e).id, np_span(ctx, head), True
        if e is not None:
            ms = [m for m in e.mentions if c.left_edge.idx <= m[0] < ce]
            return fix_typo(ctx, e).id, ms[0] if ms else (c.idx, c.idx + len(c.text)), True
        if c.pos_ == "PROPN" and c.text[:1].isupper() and not any(k.dep_ == "case" for k in c.children) \
                and c.idx > head.idx and ctx.entity_in(c.idx, ce) is None:  # (not "El grupo terrorista somalí")
            # a name the entity stage missed ("la organización OVD-Info"): the name is the source span
            last = max([c] + [k for k in c.children if k.dep_ == "flat"], key=lambda k: k.i)
            return None, (c.idx, last.idx + len(last.text)), True
    return None


def name_in_phrase(ctx: Context, head: Token, a: int, b: int) -> Optional[Speaker]:
    """"la plataforma ucraniana de análisis militar DeepState": a name closing a description (not after "de")."""
    if head.pos_ != "NOUN" or head.lower_ in ctx.lex.titles or head.lemma_.lower() in ctx.lex.titles:
        return None  # "el portavoz del presidente Vladimir Putin" is not Putin
    relayed = relayed_words(ctx, head)
    for t in ctx.doc[head.i + 1:]:
        if t.idx >= b:
            break
        if t.i in relayed:
            continue  # "una fuente policial citada por el canal televisivo paquistaní Dawn": who relayed it
        e = ctx.entity_at(t.idx)
        if t.pos_ == "PROPN" and e is not None and e.type in ("ORG", "MISC") and \
                ctx.doc[t.i - 1].pos_ not in ("ADP", "DET") and any(m[0] == t.idx for m in e.mentions):
            m = next(m for m in e.mentions if m[0] == t.idx)
            return fix_typo(ctx, e).id, m, True
    return None


def name_after(ctx: Context, head: Token, b: int) -> Optional[Speaker]:
    """"la primera dama de Ucrania, Olena Zelenska": a person's name right after the description."""
    lex = ctx.lex
    if head.pos_ not in ("NOUN", "PRON") or head.lemma_.lower() in lex.speakers or head.lower_ in lex.speakers:
        return None  # "El gobierno del canciller alemán, Olaf Scholz": the government speaks
    if head.pos_ == "NOUN" and not any(t.lower_ in lex.titles or t.lemma_.lower() in lex.titles
                                       for t in ctx.doc[head.i:ctx.tok_at(b - 1).i + 1]):
        return None
    rest = ctx.text[b:b + 3]
    if not rest.startswith(", "):
        return None
    e = ctx.entity_at(b + 2)
    if e is not None and e.type == "PER":
        m = next((m for m in e.mentions if m[0] == b + 2), None)
        if m is not None:
            return fix_typo(ctx, e).id, m, True
    return None


def name_glossed(ctx: Context, a: int, cue_pos: int) -> Optional[Speaker]:
    """"dijo a AFP Faten Juda, una mujer de 30 años residente en el barrio de Tal Al Sultan": the person named right
    before a description set off by a comma, after the verb (the parser made the description the subject)."""
    before = ctx.text[:a].rstrip()
    if not before.endswith(","):
        return None
    end = len(before[:-1].rstrip())
    e = ctx.entity_at(end - 1)
    m = next((m for m in e.mentions if m[1] == end), None) if e is not None and e.type == "PER" else None
    return (fix_typo(ctx, e).id, m, True) if m is not None and m[0] > cue_pos else None
