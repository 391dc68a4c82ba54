"""Who speaks: the cue's subject resolved to an entity through names, appositions, roles, organisation
heads and pronouns; unnamed sources keep ``source: None`` and the words naming them."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ...names import fold
from ..spanish import HONORIFICS, grammar
from ..syntax import agrees
from .channel import citing, medium, platform_named
from .clauses import coordinated_cue, in_relative, tensed
from .context import Context
from .references import (LAST_GROUP, LAST_ORG, LAST_SOURCE, authorities_country, closing_person,
                         demonstrative_institution, desde_source, fighters_of, group_in_lower_case, segun_before_coordinated,
                         voice_of)
from .content import preposed, preterite_missed
from .naming import Speaker, by_apposition, fix_typo, last_person, name_after, name_glossed, name_in_phrase
from .roles import by_role, org_by_head, title_phrase
from .syntax import (
    adjacent_subject,
    agent_of,
    comma_subject,
    con_subject,
    governing_verb,
    np_span,
    orphan_subject,
    postposed,
    relative_with_preposition,
    subject_of,
)

LAST_PERSON = "@last-person:"  # placeholder source, resolved in text order (see previous.py)
INDEFINITE = grammar("indefinite_articles") | grammar("indefinite_quantifiers")
PRONOUNS = grammar("personal_pronouns")


def resolve_np(ctx: Context, head: Token, cue_pos: int) -> Speaker:
    """(entity id, span, resolved) for a noun phrase naming a speaker."""
    doc, lex, text = ctx.doc, ctx.lex, ctx.text
    found = by_apposition(ctx, head)
    if found is not None:
        return found
    a, b = np_span(ctx, head)
    if head.lower_ in HONORIFICS:  # "dijo el Sr. Zelensky": the name the title is hung on
        head = next((c for c in head.children if c.dep_ == "flat" and c.i == head.i + 1), head)
    e = ctx.entity_at(head.idx)
    if e is not None:
        return fix_typo(ctx, e).id, (a, b), True
    # "Rosatom, la corporación estatal rusa que ...": the parser made the description the subject and the
    # name before it, alone at the start of the sentence, its dependent
    sa = ctx.sent_bounds(head.idx)[0]
    if a > sa and text[sa:a].rstrip().endswith(","):
        lead = text[sa:a].rstrip()[:-1].rstrip()
        e = ctx.entity_in(sa, sa + len(lead), ("PER", "ORG"))
        if e is not None and any(m == (sa, sa + len(lead)) for m in e.mentions):
            return fix_typo(ctx, e).id, (sa, sa + len(lead)), True
    named = name_in_phrase(ctx, head, a, b) or name_after(ctx, head, b) or name_glossed(ctx, a, cue_pos)
    if named is not None:
        return named
    group = fighters_of(ctx, head) or group_in_lower_case(ctx, head)
    if group is not None:
        return group.id, (a, b), True  # "Los hutíes ... acusan", "Los rebeles chiíes hutíes del Yemen reivindicaron"
    low = head.lower_
    lemma = head.lemma_.lower()
    if head.pos_ == "PRON" and set(head.morph.get("PronType")) & {"Ind", "Tot", "Neg"} and low not in PRONOUNS:
        return None, (a, b), True  # "aunque muchos temen que ...": people unnamed, nobody named before
    if head.pos_ == "PRON" or low in PRONOUNS:
        return last_person(ctx, head.idx), None if low in ("él", "ella") else (a, b), True
    common = low in lex.institutions  # ("la ONG": tagged a name, a common noun all the same)
    first = ctx.tok_at(a) or head
    if head.pos_ == "PROPN" and not common:
        if first.lower_ in ("el", "la") and all(c.dep_ == "det" for c in head.children) \
                and (e := org_by_head(ctx, low, cue_pos)) is not None:  # "según informó el Ministerio el lunes"
            return fix_typo(ctx, e).id, (a, b), True  # after "el Ministerio de Defensa": the body its first word named
        return None, (a, b), True
    phrase = [t for t in doc[head.i:head.right_edge.i + 1] if not t.is_punct]
    words = {fold(t.text) for t in phrase} | {fold(t.lemma_) for t in phrase}
    for c in head.children:
        if c.dep_ in ("appos", "flat", "amod", "compound", "nmod") and c.i > head.i and c.pos_ == "PROPN" \
                and not any(k.dep_ == "case" for k in c.children):
            e = ctx.entity_in(c.idx, c.idx + len(c.text), ("ORG", "MISC", "PER"))
            if e is not None:
                return fix_typo(ctx, e).id, (a, b), True
    # "el diplomático argentino" (definite, singular) is a description of someone already named;
    # "un diplomático", "fuentes diplomáticas" stay anonymous
    described = first.lower_ in ("el", "la") and (head.pos_ == "NOUN" and "Sing" in head.morph.get("Number") or common)
    anonymous = lemma in lex.anon or low in lex.anon
    if lemma == "fuente" and "Sing" in head.morph.get("Number") and any(
            fold(c.text) in ("misma", "dicha", "esta", "esa") for c in doc[head.left_edge.i:head.i]):
        return LAST_SOURCE, (a, b), True  # "Esta misma fuente afirmó ...", "según la misma fuente": who spoke last
    if lemma == "fuente" or low == "fuentes":
        return None, (a, b), True  # "aseguró la fuente", "La fuente del GUR": unnamed, never the person named last
    if "anonimato" in words:
        return None, (a, b), True  # "dijo el funcionario, que habló bajo anonimato": unnamed, whoever spoke last
    org = voice_of(ctx, head) if (lemma in lex.voices or low in lex.voices) else None
    if org is not None and (first.lower_ in INDEFINITE or not described):
        return fix_typo(ctx, org).id, (a, b), True  # "Un portavoz del Ejército israelí aseguró": the army speaks
    if first.lower_ in INDEFINITE or anonymous and not described:
        return None, (a, b), True
    if described and (lemma in lex.institutions or low in lex.institutions) and not any(
            c.dep_ in ("nmod", "flat") for c in head.children):  # "el organismo de la ONU" names its own
        return LAST_ORG, (a, b), True  # "denunció el organismo": the institution that spoke or was named last
    if demonstrative_institution(ctx, head, first):
        return LAST_ORG, (a, b), True  # "indicó a la AFP esta organización": the institution speaking last
    if low in lex.titles or lemma in lex.titles or title_phrase(ctx, a, b) or described and anonymous:
        closing = closing_person(ctx, head, b)
        if closing is not None:  # "la defensora del pueblo ucraniano Ludmyla Denisova" (not "el portavoz del presidente X")
            return fix_typo(ctx, closing).id, (a, b), True
        inside = {x.id for x in ctx.ents for m in x.mentions if a <= m[0] < b}
        e = by_role(ctx, head, words, inside, cue_pos)
        # nor a person this sentence gives another act ("Mientras Zelenski asiste ..., el jefe de X anuncia ...")
        sa, sb = ctx.sent_bounds(cue_pos)
        for x in ctx.ents:
            for m in x.mentions if x.type == "PER" else ():
                t = ctx.tok_at(m[0])
                if sa <= m[0] < sb and t is not None and t.dep_ == "nsubj" and not ctx.is_cue_verb(t.head):
                    inside.add(x.id)
        # a description the article never gave as a role ("el jefe aliado"): the person last speaking
        # (its demonyms travel along: "el mandatario ruso" is not the British minister)
        dem = sorted(words & lex.demonyms)
        if e is None and org is not None:
            return fix_typo(ctx, org).id, (a, b), True  # "el portavoz del ministerio" no person was given as
        return (e.id if e else LAST_PERSON + ",".join(sorted(inside)) + "|" + ",".join(dem)), (a, b), True
    if described:  # "el comisionado" after "El comisionado general de la UNRWA, Philippe Lazzarini": a role it gave
        e = by_role(ctx, head, words, {x.id for x in ctx.ents for m in x.mentions if a <= m[0] < b}, cue_pos)
        if e is not None and any(m[0] < cue_pos for m in e.mentions):
            return e.id, (a, b), True
    if (lemma in lex.groups or low in lex.groups) and first.lower_ in ("el", "la") and org_by_head(
            ctx, lemma, cue_pos) is None:
        if any(c.dep_ == "amod" and c.i > head.i for c in head.children):
            return LAST_GROUP, (a, b), True  # "El grupo extremista dijo ...": the group that spoke or was named last
        if "Sing" in head.morph.get("Number") and all(c.dep_ == "det" for c in head.children):
            return LAST_ORG, (a, b), True  # "Los pistoleros atacaron el vehículo ..., explicó el grupo": the
            # organisation that spoke or was named last (armed or not: no adjective says which kind)
    if lemma in lex.speakers or low in lex.speakers:
        e = authorities_country(ctx, head) or org_by_head(ctx, lemma, cue_pos)
        return (e.id if e else None), (a, b), True
    if described and all(c.dep_ == "det" for c in head.children) and (e := org_by_head(ctx, low, cue_pos)) is not None:
        return fix_typo(ctx, e).id, (a, b), True  # "La red afirmó" after "la organización civil Red de Médicos de
        # Sudán": the organisation named before by the noun its name begins with
    return None, (a, b), True


def spokesperson(ctx: Context, tok: Token) -> Optional[Speaker]:
    """"Ucrania ha negado ... a través del portavoz ..., Víktor Tregúbov": a named person through whom a state
    or institution speaks is the speaker."""
    for c in tok.children:
        if c.dep_ in ("obl", "nmod") and c.i > tok.i and any(k.lower_ in ("través", "mediante") for k in c.subtree
                                                             if k.i < c.i):
            src, sp, ok = resolve_np(ctx, c, tok.idx)
            e = ctx.entity(src)
            if e is not None and e.type == "PER" and sp is not None and sp[0] > c.idx:
                return src, sp, ok
    return None


def _named_before(ctx: Context, tok: Token) -> Optional[Speaker]:
    """"un funcionario de la agencia de Defensa Civil de la Franja, Mohamed al-Mughair, declaró": a name set
    between commas right before the verb, after its described subject, names who speaks."""
    doc = ctx.doc
    k = tok.i - 1
    while k >= 0 and doc[k].pos_ == "AUX":
        k -= 1
    if k < 2 or doc[k].text != ",":
        return None
    a = k - 1
    while a >= 0 and doc[a].text not in (",", ".", ";", ":") and not doc[a].is_space:
        a -= 1
    if a < 1 or doc[a].text != ",":
        return None
    b = k
    if doc[b - 1].text == ")" and any(doc[x].text == "(" for x in range(a + 1, b - 1)):
        b = max(x for x in range(a + 1, b - 1) if doc[x].text == "(")  # "..., Coordinación de ... (CMA), acusó"
    if b <= a + 1:
        return None
    start, end = doc[a + 1].idx, doc[b - 1].idx + len(doc[b - 1].text)
    subj = subject_of(ctx, tok)
    if subj is None or subj.i >= a or ctx.entity_in(subj.idx, subj.idx + len(subj.text)) is not None:
        return None  # (a subject that is itself a name: "Zelenski, en Kiev, dijo")
    e = ctx.entity_in(start, end, ("PER", "ORG"))
    if e is None or (start, end) not in [tuple(m) for m in e.mentions]:
        return None
    lex, head = ctx.lex, fold(subj.lemma_)
    people = lex.anon | lex.voices | lex.titles
    if e.type == "PER" and (head not in people or any(t.lower_ in lex.titles for t in doc[subj.i + 1:a])):
        return None  # "El gobierno del canciller alemán, Olaf Scholz, confirmó": the chancellor's name, not the speaker's
    if e.type == "ORG" and ctx.entity_in(doc[subj.left_edge.i].idx, doc[a].idx, ("PER", "ORG")) is not None:
        return None  # an organisation's name only for a description without a name of its own ("el colectivo
        # exrebelde tuareg, Coordinación de los Movimientos del Azawad (CMA), acusó")
    return fix_typo(ctx, e).id, (start, end), True


def cited_by_outlet(ctx: Context, tok: Token, subj: Token) -> Optional[Token]:
    """"informó la agencia Reuters citando al portavoz del Gobierno, Remy Fulgance Dandjinou": an outlet that says it
    citing someone relays the words of whom it cites (the last of the cited phrase's names), or None."""
    v = citing(ctx, tok)
    if v is None or medium(ctx, subj) is None:
        return None  # (a medium: not "dijo el Gobierno municipal citando a testigos presenciales")
    cited = [c for c in v.children if c.dep_ in ("obj", "obl")]
    return cited[-1] if cited else None


def speaker(ctx: Context, tok: Token, cue_pos: int) -> Speaker:
    """Who says it: the subject (or passive agent) of ``tok`` or of the verb it hangs on."""
    t = tok
    segun = segun_before_coordinated(ctx, t)
    if segun is not None:
        return resolve_np(ctx, segun, cue_pos)  # "Según Haidai, el ejército ruso ha sufrido pérdidas ... y señaló
        # que ...": who the clause is told by goes on speaking, not the clause's subject
    named = _named_before(ctx, tok) if tok.pos_ in ("VERB", "AUX") else None
    if named is not None:
        return named
    absolute = con_subject(ctx, tok)
    if absolute is not None:
        return resolve_np(ctx, absolute, cue_pos)
    if "Ger" in tok.morph.get("VerbForm") and subject_of(ctx, tok) is None:
        # "X dijeron que los ataques alcanzaron Y, afirmando que ...": the gerund goes with the reporting verb
        # above it, not with a verb of the clause that one reports
        anc = tok.head
        while anc.head.i != anc.i and not (ctx.is_cue_verb(anc) and tensed(ctx, anc)):
            anc = anc.head
        if anc.i != tok.i and ctx.is_cue_verb(anc) and tensed(ctx, anc) and anc.i < tok.i:
            return speaker(ctx, anc, cue_pos)
    for k in range(4):
        subj = agent_of(t) or subject_of(ctx, t) or postposed(ctx, t)
        if k == 0 and subj is not None and (cited := cited_by_outlet(ctx, t, subj)) is not None:
            return resolve_np(ctx, cited, cue_pos)  # "informó la agencia Reuters citando al portavoz del Gobierno, X"
        if subj is not None and subj.i > 0 and subj.doc[subj.i - 1].lower_ in ("vía", "via") \
                and platform_named(subj.text):
            subj = None  # "y vía Twitter aseguró que": where it was said, taken for its subject
        if subj is not None and ctx.layout.paragraph_of(subj.idx) != ctx.layout.paragraph_of(t.idx):
            subj = None  # the parser ran over a paragraph break with no stop (a caption's credit, a headline)
        pre = preposed(ctx, t) if subj is not None and subj.i < t.i else None
        if pre is not None and pre[0] <= subj.idx < pre[1]:
            # "X han muerto, indicó esta organización": the clause is no subject. Who speaks is a subject after the
            # verb, or a bare noun the parser made its object ("..., informó este jueves el operador de los trenes del
            # país"); with neither, nobody named ("Dos soldados y tres transeúntes están entre los fallecidos,
            # agregó": the speaker goes on)
            after = next((c for c in t.children if c.dep_ == "nsubj" and c.i > t.i and not c.is_space), None) or next(
                (c for c in t.children if c.dep_ == "obj" and c.i > t.i and c.pos_ in ("NOUN", "PROPN")
                 and not any(k.dep_ == "case" for k in c.children)), None)
            # the "subject" is the clause's when a verb of its own follows it before the comma (not "el patrón de
            # Wagner, en su mensaje, ha añadido"; not a verb with its own subject, "Un periodista ..., cuya casa quedó
            # parcialmente destruida, dijo"; not a word of a name the tagger took for a verb, "el hospital Al-Ahli")
            own_verb = any((x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") or preterite_missed(x))
                           and not in_relative(x, pre[0])
                           and not any(c.dep_.startswith("nsubj") for c in x.children)
                           for x in subj.doc[subj.i + 1:t.i] if x.idx < pre[1] and x.dep_ != "flat")
            subj = after if after is not None or own_verb else subj
        if k == 0:
            # a null subject after "y": whoever speaks the reporting verb it is coordinated with (a
            # "subject" the parser found inside that verb's reported clause is not this one's)
            prev = coordinated_cue(ctx, t)
            if prev is not None and (subj is None or prev.i < subj.i < t.i):
                return speaker(ctx, prev, cue_pos)
        if subj is not None and k > 0 and not agrees(tok, subj):
            # a verb the parser hung on another is not said by a subject it does not agree with ("El anuncio llega
            # ..., si bien recalcaron que ..."), but by the nearest verb above whose subject does ("Jalifa Hafter ha
            # intensificado su ofensiva ... con bombardeos en los barrios del sur, que habrían causado ..., y amenaza")
            up = (subject_of(ctx, a) for a in list(t.ancestors)[:6] if a.pos_ in ("VERB", "AUX"))
            subj = next((x for x in up if x is not None and agrees(tok, x)), None)
            return resolve_np(ctx, subj, cue_pos) if subj is not None else (None, None, False)
        if subj is not None:
            return resolve_np(ctx, subj, cue_pos)
        if k == 0 and desde_source(ctx, t) is not None:
            return resolve_np(ctx, desde_source(ctx, t), cue_pos)  # "aunque desde Kiev afirmaron que ..."
        if k == 0 and relative_with_preposition(t):
            # the speaker is the subject of the verb governing the phrase the relative hangs on
            t = governing_verb(t)
            continue
        if t.dep_ in ("conj", "advcl", "xcomp") and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
            if k == 0 and (t.dep_ == "conj" or t.dep_ == "advcl" and "Ger" not in t.morph.get("VerbForm")
                           and not ctx.is_cue_verb(t.head)) and (pre := preposed(ctx, t)) is not None \
                    and pre[0] <= t.head.idx < pre[1]:  # ("El bombardeo incluyó 47 misiles ..., apuntó")
                break  # "Los ataques dañaron edificios ..., agregó": the verb it hangs on is the reported clause's
            t = t.head
            continue
        if t.dep_ == "advcl" and any(c.dep_ == "mark" for c in t.children):
            up = next((a for a in list(t.ancestors)[:5] if a.pos_ in ("VERB", "AUX")), None)
            if up is not None:  # "Rusia ha castigado Odesa ... a diario desde que anunciara ...": the parser hung the
                t = up  # clause on a word of the object; its subject is the verb's
                continue
        if "Ger" in t.morph.get("VerbForm") and t.dep_ in ("amod", "acl") and t.head.dep_ in ("obj", "obl") \
                and t.head.head.pos_ in ("VERB", "AUX"):
            t = t.head.head  # "Hamás difundió un comunicado asegurando que ...": the parser hung the gerund on
            continue  # the noun; its subject is the verb's
        # (also for the verb a gerund hangs on: "Reivindicando una paz justa ..., el mandatario, Joe Biden, le ha
        # prometido ...", the subject the parser hung on the gerund's object)
        orphan = orphan_subject(ctx, t) or comma_subject(ctx, t) or adjacent_subject(ctx, t) \
            if k == 0 or k == 1 and "Ger" in tok.morph.get("VerbForm") and tok.i < t.i else None
        if orphan is not None:
            return resolve_np(ctx, orphan, cue_pos)
        if t.head.is_space and t.head.i < t.i:
            # a paragraph-initial sentence the parser hung on the newline token: the subject is its sibling
            sa, _ = ctx.sent_bounds(t.idx)
            subs = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubj:pass") and sa <= c.idx < t.idx
                    and not c.is_space and not ctx.in_quote[c.idx]]
            if subs:
                return resolve_np(ctx, subs[-1], cue_pos)
        break
    return None, None, False
