"""Tolls: casualty figures tied to the strike or clash that governs them, or the nearest one before."""
from __future__ import annotations

import re
from typing import Optional

from ... import resources
from ...model import Figure
from ...names import fold
from ..doc import text_of
from ..numbers import parse_number
from ..spanish import in_either_gender
from ..syntax import case_of
from .context import Mention, campaign_word
from .tallies import SINCE_LONG_AGO, TOLD_BEFORE, TOLL, TOLL_BEFORE, TOLL_ELIDED
from .words import CUMULATIVE, DIE, EXECUTED, FATAL_UNITS, HURT, INJ_UNITS, LIFE_VERBS, PEOPLE, PEOPLE_FOLDED

COUNT_HEDGES = resources.words("es/words/grammar.tsv", "count_hedges")  # "al menos", "unos", "casi" before a bare count
SELF_DETONATION = resources.words("es/events/words.tsv", "self_detonation")  # "han fallecido al detonar dos coches"
DEADLY = ("attack", "clash", "violence_against_civilians", "abduction")  # the events a toll can belong to


def assign_tolls(ctx, mentions: list[Mention], figures: list[Figure]) -> None:
    by_sent: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent, []).append(m)
    stale: set[tuple[int, str]] = set()  # (strike, kind) whose count so far is one reported earlier
    for f in figures:
        kind = casualty_kind(f, ctx.doc, people=f.unit in PEOPLE or fold(f.unit or "") in ctx.demonyms)
        if kind is None:
            continue
        span = ctx.doc.char_span(f.span[0], f.span[1], alignment_mode="expand")
        if span is None:
            continue
        si = ctx.sent_of.get(span.start, -1)
        sent = ctx.sents[si] if 0 <= si < len(ctx.sents) else None
        cands = [m for m in by_sent.get(si, []) if m.trigger.type in DEADLY + ("interception",)]
        if not cands and not by_sent.get(si):
            # "El ataque ... " before; a toll sentence right after a strike sentence (the parser may have cut the
            # strike's sentence in two: two back at most)
            cands = strikes_before(by_sent, si, reach=2) or the_one_strike(ctx, by_sent, si, sent)
        if not cands:
            continue
        # a toll of the war, not of a strike: "la guerra ..., que se ha saldado con más de 3.000 muertos"
        # or "más de tres mil palestinos han muerto en la operación de represalia": the war their verb names
        around = [*span.root.ancestors, *(c for c in span.root.head.children if c.dep_ in ("obl", "nmod"))]
        war = next((a for a in around if campaign_word(a)), None)
        ancestors = {a.i for a in span.root.ancestors}
        around_count = ancestors | {span.root.i} | {c.i for c in span.root.children}
        own = any(m.tok.head.i in ancestors and m.tok.dep_ in ("nsubj", "nsubj:pass") for m in cands) \
            or any(m.tok.head.i in around_count and case_of(m.tok) == "por" and "Sing" in m.tok.morph.get("Number")
                   and not campaign_word(m.tok) for m in cands)
        # ("Hasta ahora se sabe que hay 31 personas muertos por el ataque": that strike's toll so far; not the plural
        # strikes of a war's running total)
        lead = fold(ctx.text[sent.start_char:f.span[0]]) if sent is not None else ""
        if sent is not None and not own and (any(p in lead for p in CUMULATIVE) or SINCE_LONG_AGO.search(lead)):
            continue  # "Hasta el momento, ... unos diez mil palestinos han resultado heridos": a running total
            # (not "El ataque ... dejó hasta el momento seis personas muertas": the strike's toll so far)
        if war is not None and not any(m.tok.i == war.i for m in cands):
            continue
        verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and any("Inf" in c.morph.get("VerbForm") and fold(c.lemma_) in SELF_DETONATION
                                    and any(k.lower_ == "al" for k in c.children)
                                    and not any(k.dep_ == "nsubj" for k in c.children) for c in verb.children):
            continue  # "dos milicianos ... han fallecido al detonar dos coches bombas": the attackers' own deaths (not
            # "murieron ... al estallar explosivos": what burst, not who)
        target = next((m for m in reversed(cands) if not own and m.trigger.pos == "N" and m.tok.dep_ == "obl"
                       and verb is not None and m.tok.head.i == verb.i), None) \
            or toll_target(cands, ancestors, f.span[0], or_first=True)
        # ("... atacaron Járkov ..., mientras que 23 personas resultaron heridas en un ataque nocturno sobre ... Odesa":
        # the act its own verb names; not "un ataque con misiles rusos matara al menos a 18 personas en un ataque
        # condenado por ...": the subject's)
        if target.tok.i not in ancestors and died_elsewhere(ctx, span.root, target):
            continue  # "cuatro hermanos han muerto después de que un proyectil impactara en su casa en el barrio de Al
            # Qadisiyah, y al menos otras ocho personas han perdido la vida en el barrio de Omdurman": others' dead
        val = int(f.value) + joined_people(span)
        earlier = sent is not None and bool(TOLD_BEFORE.search(fold(sent.text)))
        if earlier and getattr(target, kind) is not None:
            continue  # "Anteriormente se había informado de la muerte de cinco personas": the count this one replaced
        if (id(target), kind) in stale:
            setattr(target, kind, val)  # (a count told after the one reported earlier replaces it)
            stale.discard((id(target), kind))
        else:
            setattr(target, kind, max(getattr(target, kind) or 0, val))
        if earlier:
            stale.add((id(target), kind))
    harm = harm_words(ctx.doc)
    bare_counts(ctx, by_sent, harm)
    single_victims(ctx, by_sent, harm)
    # "la cifra de muertos ... se elevó a 20": a toll whose number has no counted noun
    for mm in [*TOLL.finditer(ctx.text), *TOLL_BEFORE.finditer(ctx.text), *TOLL_ELIDED.finditer(ctx.text)]:
        val = parse_number(mm.group("n"))
        span = ctx.doc.char_span(mm.start(), mm.end(), alignment_mode="expand")
        if val is None or span is None:
            continue
        si = ctx.sent_of.get(span.start, -1)
        cands = [m for m in by_sent.get(si, []) + by_sent.get(si - 1, []) if m.trigger.type in DEADLY]
        if not cands:
            continue
        target = min(cands, key=lambda m: abs(m.span[0] - mm.start()))
        kind = "fatalities" if fold(mm.group("k")).startswith(("muert", "fallec", "victima")) else "injured"
        # ("el número de víctimas": the dead); "redujo ... a cuatro el número de víctimas mortales": lowered to that
        lowered = fold(mm.group(0)).startswith(("reduj", "reduc", "rebaj"))
        setattr(target, kind, int(val) if lowered else max(getattr(target, kind) or 0, int(val)))


def died_elsewhere(ctx, root, target: Mention) -> bool:
    """The verb a count hangs on places it somewhere the strike is not ("otras ocho personas han perdido la vida en
    el barrio de Omdurman", after a strike told in Al Qadisiyah)."""
    if not target.places:
        return False
    spots = [c for c in root.head.children if c.dep_ == "obl" and case_of(c).startswith("en")]
    places = [e for c in spots for x in (c, *(d for d in c.children if d.dep_ in ("nmod", "flat", "appos")))
              if (e := ctx.place_entity(x)) is not None and e.type == "LOC" and not ctx.is_country(e.id)]
    return bool(places) and not any(e.id in target.places for e in places)


def strikes_before(by_sent: dict[int, list[Mention]], si: int, reach: int) -> list[Mention]:
    """The deadly mentions (strikes first, not the war one is measured against: "... el más destructivo desde el comienzo
    de la invasión rusa") of the last sentence before ``si`` with a mention, ``reach`` sentences back at most."""
    back = next((k for k in range(si - 1, si - 1 - reach, -1) if by_sent.get(k)), None)
    deadly = [m for m in by_sent.get(back, []) if m.trigger.type in DEADLY] if back is not None else []
    return [m for m in deadly if not campaign_word(m.tok)] or deadly


def the_one_strike(ctx, by_sent: dict[int, list[Mention]], si: int, sent) -> list[Mention]:
    """A toll sentence far from any strike ("Según Kyrylo Tymoshenko, ..., al menos dos personas murieron y 20
    resultaron heridas", four sentences after "Un misil ruso impactó el lunes en un centro comercial de Kremenchuk"):
    the strike's, when everything deadly told before it is one kind of event at one place at most, and the toll
    sentence names no other place. Acts that take no lives told in between do not stand in the way ("... un día
    después de que las fuerzas rusas se retiraran de una isla estratégica del mar Negro")."""
    before = [m for k, ms in by_sent.items() if k < si for m in ms]
    deadly = [m for m in before if m.trigger.type in DEADLY and not campaign_word(m.tok)]
    # (not the war a strike is told in: "... mientras Zelensky llegó a Turquía en busca de apoyo para su lucha contra
    # la invasión rusa")
    if not deadly or len({m.trigger.type for m in deadly}) > 1:
        return []
    places = {p for m in deadly for p in m.places}
    struck_in = {d.sent for d in deadly}
    if len(places) > 1 or places and any(m.trigger.type == "interception" and m.places and not set(m.places) & places
                                         and m.sent not in struck_in for m in before):
        return []  # (debris of drones downed elsewhere, told apart from the strike, may have killed them)
    if sent is None:
        return []
    own = {e.id for t in sent if (e := ctx.entity_at(t)) is not None and e.type == "LOC"}
    return deadly if own <= places else []


def toll_target(cands: list[Mention], governing: set[int], pos: int, or_first: bool = False) -> Optional[Mention]:
    """The strike a toll belongs to: the last candidate whose trigger governs it, else the nearest one before
    ``pos`` (else, with ``or_first``, the first candidate)."""
    gov = [m for m in cands if m.tok.i in governing]
    if gov:
        return gov[-1]
    before = [m for m in cands if m.span[0] <= pos]
    return before[-1] if before else (cands[0] if or_first and cands else None)


def harm_words(doc) -> list:
    """The verbs, nouns and adjectives that kill or wound ("mataron", "heridos", "víctimas"), in text order: found in
    one pass over the article, read by bare_counts and single_victims (before their children, which cost more)."""
    out = []
    for tok in doc:
        if tok.pos_ not in ("VERB", "NOUN", "ADJ"):
            continue
        w = fold(tok.text)
        if w.startswith(DIE) or w.startswith(HURT) or tok.pos_ != "VERB" and fold(tok.lemma_) == "victima" \
                or life_lost(tok):
            out.append(tok)
    return out


def life_lost(tok) -> bool:
    """"ha perdido la vida", "costó la vida", "acabaron con la vida de cuatro militares": a verb whose object (or
    "con" phrase) is "la vida"."""
    return tok.pos_ == "VERB" and (fold(tok.lemma_) in LIFE_VERBS or fold(tok.text) in LIFE_VERBS) and any(
        fold(c.lemma_) == "vida" and (c.dep_ == "obj" or c.dep_ == "obl" and case_of(c) == "con") for c in tok.children)


def harm_kind(tok) -> Optional[str]:
    """What a harm word says of people: "fatalities", "injured" or None."""
    w = fold(tok.text)
    return "fatalities" if w.startswith(DIE) or life_lost(tok) else "injured" if w.startswith(HURT) else None


def bare_counts(ctx, by_sent: dict[int, list[Mention]], harm: list) -> None:
    """A number with no noun as what killing or wounding verbs did ("mataron a trece personas e hirieron a más de
    50"): a toll of the strike the verb hangs from, when that strike has none of that kind yet. ``harm``: the
    article's killing and wounding words (harm_words)."""
    for tok in harm:
        pos = tok.pos_
        victim = pos != "VERB" and fold(tok.lemma_) == "victima"
        copula = pos != "VERB" and any(c.dep_ == "cop" for c in tok.children)
        # "otras nueve han resultado heridas": the adjective of "resultar"/"quedar", whose subject is the count
        result = pos == "ADJ" and tok.dep_ in ("obj", "xcomp") and fold(tok.head.lemma_) in ("resultar", "quedar")
        if pos != "VERB" and not copula and not result:
            continue
        kind = harm_kind(tok)
        if victim:  # "10 más fueron víctimas mortales"
            kind = "fatalities" if any(fold(c.text).startswith("mortal") for c in tok.children) else None
        si = ctx.sent_of.get(tok.i, -1)
        cands = [m for m in by_sent.get(si, []) if m.trigger.type in DEADLY] if kind else []
        if kind and copula and not by_sent.get(si):  # a toll sentence right after the strike sentence
            cands = strikes_before(by_sent, si, reach=1)
        if not cands:
            continue
        # "a trece", "a más de 50" (the parser hangs the number on "más"); "10 más fueron víctimas mortales"
        slots = [c for c in tok.children if c.dep_ in ("obj", "obl") or c.dep_ == "advmod" and fold(c.text) in ("mas", "menos")
                 or copula and c.dep_ == "nsubj"]
        if result:
            slots = [c for c in tok.head.children if c.dep_ == "nsubj"]
        nums = [x for c in slots for x in (c, *c.children) if x.like_num and x.pos_ == "NUM"
                and (x is c or c.pos_ == "ADV" and x.dep_ == "nummod") and not any(y.pos_ in ("NOUN", "PROPN") for y in x.children)]
        num = nums[0] if nums else (_bare_after(tok) if pos == "VERB" else None)
        if num is None:
            continue
        val = parse_number(num.text)
        # "cinco resultaron heridos en un ataque": the strike the harm word names with "en" governs it too
        governing = {a.i for a in tok.ancestors} | {c.i for c in tok.head.children} | {c.i for c in tok.children if c.dep_ == "obl"}
        target = toll_target(cands, governing, tok.idx)
        if val is not None and target is not None and getattr(target, kind) is None:
            setattr(target, kind, int(val))


def _bare_after(tok):
    """"hirió a 57, entre ellas siete niños": the number right after the verb's "a" with no noun after it (however
    the parser hung it), or None."""
    doc, i = tok.doc, tok.i + 1
    if i >= len(doc) or doc[i].lower_ not in ("a", "al"):
        return None
    i += 1
    while i < len(doc) and doc[i].lower_ in COUNT_HEDGES:
        i += 1
    if i < len(doc) and doc[i].like_num and (i + 1 == len(doc) or doc[i + 1].is_punct or doc[i + 1].pos_ == "CCONJ"):
        return doc[i]
    return None


def single_victims(ctx, by_sent: dict[int, list[Mention]], harm: list) -> None:
    """One person killed or wounded, told with "un"/"una"/"otro"/"otra" and no number ("una mujer de 75 años murió",
    "Otra persona murió", "Un hombre de 68 años resultó herido", "mató a una persona"): a toll of one (more with
    coordinated persons) for the strike of the sentence, or of the sentence before, that has none of that kind yet.
    ``harm``: the article's killing and wounding words (harm_words)."""
    for tok in harm:
        if tok.pos_ not in ("VERB", "ADJ", "NOUN"):
            continue
        kind = harm_kind(tok)
        if kind is None:
            continue
        verb = tok.head if tok.pos_ == "ADJ" and tok.dep_ in ("obj", "xcomp") and tok.head.pos_ == "VERB" else tok
        if tok.pos_ == "NOUN":  # "ha resultado en la muerte de una mujer de 46 años": whose death
            victims = [c for c in tok.children if c.dep_ == "nmod" and case_of(c) == "de"]
        else:
            # ("murió una persona": the parser takes a dying verb's subject after it for an object)
            victims = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") or c.dep_ == "obj" and verb is tok
                       and (case_of(c) == "a" or fold(verb.text).startswith(DIE))]
        if not victims and tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.dep_ == "obj" \
                and fold(tok.head.head.lemma_) in ctx.lex.result:
            victims = [tok.head]  # "lo que dejó una mujer herida": the person the strike left so
        victims = [v for v in victims if one_person(v)]
        if not victims and tok.pos_ == "NOUN" and tok.dep_ in ("obj", "nsubj", "nsubj:pass") \
                and (tok.lemma_ in FATAL_UNITS or tok.lemma_ in INJ_UNITS) \
                and any(c.dep_ == "det" and fold(c.text) in ("un", "una") for c in tok.children):
            victims = [tok]  # "ataques rusos que causaron una muerte y 12 heridos": one death, one dead
        if not victims:
            continue
        v = victims[0]
        count = 1 + (joined_people(v.doc[v.i:v.i + 1]) if v is not tok else 0)  # "murieron una mujer y sus seis hijos": 1 + 6
        si = ctx.sent_of.get(tok.i, -1)
        cands = [m for m in by_sent.get(si, []) if m.trigger.type in DEADLY]
        if not cands and not by_sent.get(si):
            cands = strikes_before(by_sent, si, reach=1)
        target = toll_target(cands, {a.i for a in tok.ancestors} | {c.i for c in verb.children}, tok.idx, or_first=True)
        if target is not None and getattr(target, kind) is None:
            setattr(target, kind, count)


def joined_people(span) -> int:
    """The people coordinated with a counted noun, counted with it ("siete policías colombianos y un civil resultaron
    heridos": 7 + 1; "dos soldados y tres civiles": 2 + 3; "una mujer y sus seis hijos": 1 + 6; "Una anciana y su
    nieto": 1 + 1), not the words of the number itself ("Treinta y dos personas")."""
    conj = [c for c in span.root.children if c.dep_ == "conj"]
    # "mató a dos hombres, una mujer y ...": the parser may hang the middle of a list on the first as an
    # apposition; it is a member when a conjunct comes after it
    extra, todo = 0, conj + [c for c in span.root.children if c.dep_ == "appos" and any(k.i > c.i for k in conj)]
    while todo:  # ("Mataron a 142 alumnos, tres policías y tres soldados": a conjunct may hang on the one before)
        c = todo.pop()
        if span.start <= c.i < span.end or not person_noun(c):
            continue
        if any(c2.dep_ in ("amod", "acl") and harm_kind(c2) for c2 in c.children):
            continue  # "al menos ocho muertos y 20 personas heridas": people of their own harm, counted apart
        todo += [x for x in c.children if x.dep_ == "conj"]
        num = next((x for x in c.doc[c.left_edge.i:c.i + 1] if x.dep_ == "nummod" and x.like_num), None)
        # ("sus seis hijos": the parser hangs the number on the possessive)
        if num is not None:
            extra += int(parse_number(num.text) or 0)
        elif "Sing" in c.morph.get("Number") and any(x.dep_ == "det" and (fold(x.text) in ("un", "una", "otro", "otra")
                                                                          or "Yes" in x.morph.get("Poss")) for x in c.children):
            extra += 1  # ("Una anciana y su nieto murieron": one more, named by kinship)
    return extra


def one_person(tok) -> bool:
    """"una mujer de 75 años", "otra persona", "un civil" (an adjective made a noun): a singular person noun with an
    indefinite article; "uno más", "otro" standing for one more person of the counted ones."""
    if tok.pos_ == "PRON" and fold(tok.text) in ("uno", "una", "otro", "otra"):
        return fold(tok.text).startswith("otr") or any(fold(c.text) == "mas" for c in tok.head.children if c.i == tok.i + 1)
    return tok.pos_ in ("NOUN", "ADJ") and person_noun(tok) and "Sing" in tok.morph.get("Number") and any(
        c.dep_ == "det" and fold(c.text) in ("un", "una", "otro", "otra") for c in tok.children) and not any(
        c.dep_ == "nummod" for c in tok.children)


def person_noun(tok) -> bool:
    """A noun of people, in either gender: the model gives feminine nouns their own lemma ("anciana", "niña")."""
    return any(in_either_gender(w, PEOPLE_FOLDED) for w in (fold(tok.lemma_), fold(tok.text)))


# "unas 60 personas, de las que 51 murieron", "60 personas, de ellas ...": the people there, not the dead (but "Cinco de
# las víctimas ... han perdido la vida" counts the dead among the victims)
PARTITIVE = re.compile(r"^\s*,?\s*de\s+(?:las|los)\s+(?:que|cuales)\b|^\s*,?\s*de\s+(?:ellas|ellos)\b", re.I)


# an aside on who the counted people were, set off by commas or dashes, between the count and its verb
AMONG = r"entre\s+(?:ellas|ellos)|incluid[oa]s?|incluyendo"  # "entre ellas un niño", "incluidos tres menores"
ASIDE = re.compile(r"\s*[,(\u2013\u2014-]\s*(?:" + AMONG + r")\b"
                   r"[^,;:.()\u2013\u2014-]{1,80}[,)\u2013\u2014-]\s*", re.I)


# a count of the dead and the wounded together: the harm word after it joins a second with no number of its own
COMBINED = re.compile(r"\s+(?:y|e|o)\s+(?:heridos|heridas|muertos|muertas|lesionados|lesionadas|fallecidos)\b", re.I)
SUBSET = re.compile(r"(?:" + AMONG + r"|entre\s+(?:los|las)\s+que)\s+$", re.I)  # a count that is some of another


def casualty_kind(f, doc, people: bool = False) -> Optional[str]:
    """Is the figure a death or an injury toll? ``people``: its unit counts people (a person noun or a demonym,
    "1.400 israelíes")."""
    if SUBSET.search(text_of(doc)[max(0, f.span[0] - 25):f.span[0]]):
        return None  # "otras 10, incluidos tres menores, resultaron heridas": some of the count before it
    if (f.unit in FATAL_UNITS or f.unit in INJ_UNITS) and COMBINED.match(text_of(doc), f.span[1]):
        return None  # "diez muertos y heridos", "más de 550 muertos y heridos": the dead and the wounded together
    if f.unit in FATAL_UNITS:
        return "fatalities"
    if f.unit in INJ_UNITS:
        return "injured"
    if people:
        span = doc.char_span(f.span[0], f.span[1], alignment_mode="expand")
        if span is None:
            return None
        if PARTITIVE.match(text_of(doc)[f.span[1]:f.span[1] + 30]):
            return None  # "unas 60 personas, de las que 51 murieron": the people there, not the dead
        # (its own adjective first: "ocho muertos y 20 personas heridas", not the head it is coordinated with; for a
        # conjunct, the words after it before the verb it was joined to: "Una mujer de 46 años ha muerto y seis civiles
        # han resultado heridos")
        after = list(doc[span.end: span.end + 3])
        own_verb = next((t for t in doc[span.end:span.end + 4] if t.pos_ == "VERB" or t.is_punct), None)
        if span.root.dep_ == "conj" and own_verb is not None and not own_verb.is_punct \
                and not fold(own_verb.text).startswith(DIE + HURT) \
                and fold(own_verb.lemma_) not in ("morir", "matar", "fallecer", "herir", "resultar", "quedar"):
            return None  # "la muerte de más de 2.300 personas en el Líbano, y más de 1,2 millones de personas han sido
            # desplazadas": what its own verb says happened to them, not the death it is joined to
        near = [c for c in span.root.children if c.dep_ in ("amod", "acl")] \
            + (after if span.root.dep_ == "conj" else []) \
            + [span.root.head] + list(span.root.children) + list(span) + after \
            + [c for c in span.root.head.children if c.dep_ == "obj" and c.i < span.start]  # "causó la muerte a 12 personas"
        a = next((c for c in span.root.children if c.dep_ == "case" and c.lower_ == "a" and c.i > 0), None)
        if a is not None and doc[a.i - 1].pos_ in ("NOUN", "ADJ"):
            near.insert(0, doc[a.i - 1])  # "la muerte de al menos cuatro personas y heridas a otras trece": the
            # harm the "a" phrase is dealt (first: not the death told before it)
        if case_of(span.root) == "a" and span.root.head.pos_ in ("VERB", "AUX"):
            # "Las víctimas mortales ... aumentaron a 35": the subject the count rose for
            near += [x for c in span.root.head.children if c.dep_ == "nsubj" for x in (c, *c.children)]
        if span.root.dep_ == "nsubj" and fold(span.root.head.lemma_) in ("resultar", "quedar"):
            # "Seis personas, entre ellas un niño, resultaron heridas": the state the subject was left in (first:
            # "aparte de los fallecidos más de 100 personas resultaron heridas" counts the hurt)
            state = [c for c in span.root.head.children if c.dep_ in ("obj", "xcomp") and c.i > span.end]
            near = state + near + state
        aside = ASIDE.match(text_of(doc), f.span[1])
        if aside:  # "cuatro personas, entre ellas un menor de edad, resultaron heridas": the verb after the aside
            after = doc.char_span(aside.end(), aside.end() + 1, alignment_mode="expand")
            near += list(doc[after.start:after.start + 3]) if after is not None else []
        if fold(span.root.head.text).startswith(EXECUTED) and span.root.dep_ in ("nsubj", "nsubj:pass") or \
                fold(span.root.head.lemma_)[:-2] + "ad" in EXECUTED and case_of(span.root) == "a" or \
                any(c.dep_ in ("acl", "amod") and fold(c.text).startswith(EXECUTED) for c in span.root.children):
            return "fatalities"  # "fueron ejecutadas", "cinco hombres fusilados", "ejecutaron a 12 civiles"
        for t in near:
            w = fold(t.text)
            if w.startswith(DIE) or fold(t.lemma_) in ("morir", "matar", "fallecer"):
                return "fatalities"
            if fold(t.lemma_) == "perder" and any(fold(c.lemma_) == "vida" for c in t.children) \
                    or t.i == span.root.head.i and span.root.dep_ == "nmod" and fold(t.lemma_) == "vida" \
                    and life_lost(t.head) or t.i == span.root.head.i and case_of(span.root) == "a" and life_lost(t):
                return "fatalities"  # "la matanza en la que perdieron la vida 52 personas", "cobró la vida de dos
                # hermanos", "el bombardeo ha costado la vida a 5 personas" (the people whose life it took)
            if w.startswith(HURT) or fold(t.lemma_) in ("herir",):
                return "injured"
    return None
