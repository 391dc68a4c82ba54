"""Mentions that point back to an act already told: a judgement on it ("el ataque fue el más mortífero"), a
demonstrative or a ranking ("estos horribles ataques", "uno de los mayores ataques"), the cause one side blames
("culpó a un ataque aéreo israelí"), the only violent act told so far named by another word ("el tiroteo")."""
from __future__ import annotations

from typing import Optional

from ...names import fold
from ..spanish import grammar
from ..syntax import case_of, walk
from .context import Mention, campaign_word
from .words import (
    ANAPHORIC,
    BLAMING,
    CEASEFIRE,
    DURATION_NOUNS,
    ELIDED_COUNTS,
    JUDGING,
    ORDINAL_TIMES,
    RANKING,
    REMOTE_WEAPONS,
    REVERSE,
    SUFFERING,
)

VIOLENT = ("attack", "clash", "violence_against_civilians")
TOLD = grammar("definite_articles") | grammar("demonstratives")


def the_one_act(groups: list[list[Mention]], m: Mention) -> Optional[list[Mention]]:
    """"informó del tiroteo" a sentence or two after "dispararon contra una fila de ciudadanos": a definite singular
    noun of violence with nothing of its own, when one violent act only was told so far, is that act (whatever
    word the two types come from); so is a strike's past verb whose subject the first telling names."""
    if m.trigger.type == "violence_against_civilians" and not m.places and not m.date and not m.is_new \
            and not _indefinite(m.tok):
        # a massacre told again in other words ("perpetró una brutal masacre" ... "abriendo fuego contra los
        # presentes" ... "para perpetrar la matanza" ... "21 personas fueron asesinadas"), when it is the only one
        earlier = [g for g in groups if g[0].trigger.type == m.trigger.type and g[0].span < m.span]
        mood_ok = {x.mood for x in earlier[0]} == {m.mood} or m.purpose and m.definite if earlier else False
        if len(earlier) == 1 and 0 < m.sent - earlier[0][-1].sent <= 6 and mood_ok and (
                m.fatalities is None or all(x.fatalities is None for x in earlier[0])
                or m.fatalities in {x.fatalities for x in earlier[0]}):
            if m.purpose:
                m.mood = earlier[0][0].mood  # ("utilizaron machetes para perpetrar la matanza": the one just told)
            return earlier[0]
    verb = m.trigger.pos == "V" and m.trigger.type == "attack" and not m.places and not m.date and not m.is_new \
        and m.tag == "past"
    if not verb and (m.trigger.pos != "N" or m.trigger.type not in VIOLENT or not m.definite or m.places or m.date
                     or m.actors or "Sing" not in m.tok.morph.get("Number") or campaign(m) or m.is_new):
        return None
    earlier = [g for g in groups if g[0].trigger.type in VIOLENT and not campaign(g[0]) and g[0].span < m.span]
    if len(earlier) != 1 or {x.mood for x in earlier[0]} != {m.mood} \
            or m.fatalities not in (None, *(x.fatalities for x in earlier[0])):  # the same dead, or none said
        return None
    one = earlier[0]
    if verb:
        # "Según datos preliminares tres misiles rusos impactaron en un edifcio de oficinas" sentences after "el ataque
        # con misiles rusos contra la ciudad ucraniana de Vinnytsia": a strike told again by its verb, with no place or
        # day of its own and a subject the first telling names (not "drones rusos atacaron una central eléctrica")
        return one if one[0].trigger.type == "attack" and 0 < m.sent - one[-1].sent <= 6 \
            and _subject_told(m.tok, one[0].tok) and m.injured in (None, *(x.injured for x in one)) else None
    return one if 0 < m.sent - one[-1].sent <= 3 else None


def _subject_told(verb, first) -> bool:
    """Does the verb's subject noun ("misiles") stand in the sentence of the first telling ("con misiles rusos")?"""
    subj = {fold(c.lemma_) for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "NOUN"}
    return bool(subj) and bool(subj & {fold(t.lemma_) for t in first.sent if t.pos_ == "NOUN"})


def the_one_move(groups: list[list[Mention]], m: Mention) -> Optional[list[Mention]]:
    """"durante la operación de retirada no se produjeron bajas" after "completó la retirada de sus fuerzas de la
    ciudad": a noun of a change of hands with no place, day or toll of its own, and not told as another ("una",
    "nueva"), when one change of hands only was told so far, within eight sentences, is that change."""
    if m.trigger.pos != "N" or m.trigger.type != "territory_change" or m.places or m.date or m.is_new \
            or m.fatalities is not None or _indefinite(m.tok):
        return None
    earlier = [g for g in groups if g[0].trigger.type == "territory_change" and g[0].span < m.span
               and not all(before_then(x) for x in g)]  # (not the capture before, told as background)
    if len(earlier) == 1 and 0 < m.sent - earlier[0][-1].sent <= 8 and {x.mood for x in earlier[0]} == {m.mood}:
        return earlier[0]
    return None


def _indefinite(tok) -> bool:
    """An indefinite article on the noun, or on the noun it names ("una operación de retirada")."""
    heads = [tok] + ([tok.head] if tok.dep_ == "nmod" else [])
    return any(c.dep_ == "det" and fold(c.text) in ("un", "una", "unos", "unas") for h in heads for c in h.children)


def anaphoric(tok) -> bool:
    """A demonstrative before the noun, on it or on an adjective before it ("Estos horribles ataques": the parser
    may hang the determiner on the adjective)."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "amod" and c.i < tok.i)]
    return any(c.dep_ == "det" and c.i < tok.i and fold(c.text) in ANAPHORIC for h in heads for c in h.children)


def pointed_back(groups: list[list[Mention]], m: Mention) -> Optional[list[Mention]]:
    """Violence just told named again with another word, when no event of the word's own type came before: a
    demonstrative ("las fuerzas rusas dispararon y mataron a 10 personas ... Estos horribles ataques deben cesar");
    the nearest violent event of the last five sentences."""
    if m.trigger.pos != "N" or m.trigger.type not in VIOLENT or m.places or m.is_new or m.date:
        return None
    if not anaphoric(m.tok):  # not any bare "el tiroteo": measured, it joins more events told apart than it mends
        return None
    if any(h[0].trigger.type == m.trigger.type and h[0].span < m.span for h in groups):
        return None
    near = [h for h in groups if h[0].trigger.type in VIOLENT and h[0].span < m.span and 0 <= m.sent - h[-1].sent <= 5]
    target = max(near, key=lambda h: h[-1].span, default=None)
    if target is not None:
        for toll in ("fatalities", "injured"):
            mine, theirs = getattr(m, toll), {getattr(x, toll) for x in target} - {None}
            if mine is not None and theirs and mine not in theirs:
                return None  # another toll: another event
    return target


def named_again(groups: list[list[Mention]], m: Mention) -> Optional[list[Mention]]:
    """A demonstrative before the very word that told an event ("preparar este atentado terrorista" after "el
    atentado terrorista perpetrado contra el puente"): that event, within eight sentences, whatever the
    surrounding verb's mood (the demonstrative points at what was told)."""
    if m.trigger.pos != "N" or m.places or m.date or not anaphoric(m.tok):
        return None
    lemma = fold(m.tok.lemma_)
    return max((g for g in groups if g[0].span < m.span and 0 <= m.sent - g[-1].sent <= 8
                and any(x.trigger.pos == "N" and fold(x.tok.lemma_) == lemma for x in g)),
               key=lambda g: g[-1].span, default=None)


def _judged(tok) -> bool:
    """Inside what a judging verb calls something ("calificó lo ocurrido como un crimen brutal de Rusia, un ataque
    con misiles"): up through appositions, coordinations and "de" phrases to the verb."""
    x = tok
    for _ in range(4):
        if x.dep_ in ("obj", "obl", "xcomp") and fold(x.head.lemma_) in JUDGING:
            return True
        if x.dep_ not in ("appos", "conj", "nmod") or x.head is x:
            return False
        x = x.head
    return False


def redescribes(m: Mention) -> bool:
    """A noun used to judge or name an act already told: the predicate or the subject of a copula ("es un ataque
    calculado", "el ataque fue el más mortífero"), "se trata del ataque ...", or the apposition of what someone
    calls it ("calificó lo ocurrido como un crimen brutal, un ataque con misiles")."""
    tok = m.tok
    if tok.dep_.startswith("acl") and fold(tok.head.lemma_) == "vez" and any(
            c.dep_ == "amod" and fold(c.lemma_) in ORDINAL_TIMES for c in tok.head.children):
        return True  # "Esta es la primera vez que las FAR atacan el cuartel": the act just told, ranked in time
    if m.trigger.pos != "N":
        return False
    if any(c.dep_ == "cop" for c in tok.children):
        return True
    h = tok.head
    if tok.dep_ == "nsubj" and any(c.dep_ == "cop" for c in h.children) and h.pos_ in ("ADJ", "NOUN"):
        return True
    if tok.dep_ in ("obj", "obl") and fold(h.lemma_) == "tratar" and any(c.lower_ == "se" for c in h.children):
        return True
    if tok.dep_ == "appos" and _judged(tok):
        return True
    if tok.dep_ in ("obj", "obl", "xcomp") and fold(h.lemma_) in JUDGING and any(
            c.dep_ in ("mark", "case") and fold(c.text) in ("como", "de") for c in tok.children) and any(
            c.dep_ == "obj" and c.i < tok.i for c in h.children) and not any(
            x.pos_ == "PROPN" and x.is_alpha for x in tok.doc[h.i + 1:tok.i]):
        return True  # "calificó el hecho como «otro ataque terrorista»": what the act just told is called (not "la
        # situación en Bucha", a thing named anew)
    if tok.dep_ in ("obj", "obl") and fold(h.lemma_) in BLAMING:
        return True  # "culpó a un ataque aéreo israelí" (of the explosion just told): its cause, not another act
    if tok.dep_ == "nmod" and h.dep_ in ("obj", "obl") and fold(h.head.lemma_) in BLAMING \
            and any(c.dep_ == "case" and c.lower_ in ("de", "del") for c in tok.children):
        return True  # "responsabilizó a la Yihad Islámica de la matanza en el hospital": the act told, blamed on X
    if tok.dep_ == "appos" and any(c.dep_ == "det" and fold(c.text) in ("el", "la", "los", "las") for c in tok.children) \
            and any(fold(x.text) in RANKING for c in tok.children if c.dep_ == "amod" for x in (c, *c.children)):
        return True  # "..., el mayor asedio a un contingente ruso desde el comienzo de la guerra": the act just told, ranked
    if tok.dep_ == "nmod" and fold(h.lemma_) in ("uno", "una") and any(fold(c.text) in RANKING for c in tok.subtree):
        return True  # "uno de los ataques rusos más trágicos": the act just told, ranked
    return False


def campaign(m: Mention) -> bool:
    """A campaign-level noun ("la ofensiva", "la operación militar"): the fights of one day are other events."""
    return campaign_word(m.tok)


def series(ctx, m: Mention) -> bool:
    """A bare plural ("donde ... ha perpetrado ataques en numerosos hoteles"): attacks told as a series, not one
    strike told again ("una ola de ataques" is one wave)."""
    t = m.tok
    return m.trigger.pos == "N" and "Plur" in t.morph.get("Number") and not any(c.dep_ == "det" for c in t.children) \
        and fold(t.head.lemma_) not in ctx.lex.frame and not this_stretch(t)


def this_stretch(t) -> bool:
    """"esta nueva noche de ataques": the attacks of the stretch of time just told, one wave."""
    return t.dep_ == "nmod" and fold(t.head.lemma_) in DURATION_NOUNS and any(
        c.dep_ == "det" and fold(c.text) in ANAPHORIC for c in t.head.children)


def undoes(m: Mention) -> bool:
    """A retake or a counter-offensive: the other side's answer to an act, never that act."""
    return fold(m.tok.lemma_) in REVERSE or fold(m.tok.text) in REVERSE


def before_then(m: Mention) -> bool:
    """A verb in the pluperfect ("la única capital provincial que habían tomado desde el inicio de la guerra"): an
    act before the one the sentence tells, never that act."""
    return m.trigger.pos == "V" and any(c.dep_.startswith("aux") and fold(c.lemma_) == "haber"
                                        and "Imp" in c.morph.get("Tense") for c in m.tok.children)


def new_vs_old(x: Mention, m: Mention) -> bool:
    """The same noun twice, once marked new: "una nueva movilización similar a la movilización de 2022"."""
    return x.trigger.words == m.trigger.words and x.trigger.pos == m.trigger.pos == "N" and x.is_new != m.is_new


def other_toll(ctx, g: list[Mention], m: Mention) -> bool:
    """A death toll of its own that the event told before does not have, in a sentence that names another place
    ("la sala de urgencias del campo de desplazados de Abu Shouk ... alertó de la muerte de al menos 14 civiles como
    consecuencia del ataque" after an attack with 9 dead): another act, not a new count of the same one."""
    if m.fatalities is None or not any(x.fatalities not in (None, m.fatalities) for x in g):
        return False
    places = {p for x in g for p in x.places}
    return any((e := ctx.entity_at(t)) is not None and e.type == "LOC" and e.id not in places and not ctx.is_country(e.id)
               for t in m.tok.sent)


def told_apart(g: list[Mention], m: Mention) -> bool:
    """Two acts one sentence sets apart: "una nueva movilización similar a la movilización parcial de 2022" (two
    call-ups); "fue tomada por Rusia ... y recuperada por Ucrania" (a capture and its undoing); "volvieron a
    ingresar a la ciudad ... que habían tomado" (the entry and the capture before it)."""
    if undoes(m) and all(before_then(x) for x in g):
        return True  # "Ucrania ha recuperado el control de Jerson" undoes the capture told before, is not it
    return any(x.sent == m.sent and (new_vs_old(x, m) or undoes(x) != undoes(m) or before_then(x) != before_then(m))
               for x in g)


def past_dated(ctx, m: Mention) -> bool:
    """A year or a month before the publication's ("el devastador ataque de 2024" in a report of November 2025)."""
    d, pub = m.date, ctx.published
    return d is not None and d.precision in ("year", "month") and pub is not None \
        and d.value < pub.isoformat()[:len(d.value)]


def _of_its_own(m: Mention) -> bool:
    """A place, a date or a toll of the mention's own: something another act may be told with."""
    return bool(m.places) or m.date is not None or m.fatalities is not None or m.injured is not None


def _targets(m: Mention) -> list:
    """The nouns a strike or assault is told against: "un ataque contra una base", "la base ha sufrido un ataque",
    "atacaron la base"."""
    tok = m.tok
    if m.trigger.pos == "V":
        out = [c for c in tok.children if c.dep_ in ("obj", "nsubj:pass") and c.pos_ == "NOUN"]
        if tok.dep_ == "conj" and any(c.dep_.startswith("aux") and fold(c.lemma_) == "ser" for c in tok.children):
            out += [c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]  # "El buque está valorado
            # en unos 60 millones de dólares y fue atacado": the passive shares the subject of the verb before
        return out
    out = [c for c in tok.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and case_of(c) in ("contra", "sobre", "a")]
    if tok.dep_ == "obj" and fold(tok.head.lemma_) in SUFFERING:
        out += [c for c in tok.head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    return out


def struck_again(groups: list[list[Mention]], m: Mention) -> Optional[list[Mention]]:
    """An act against a target the text already told struck, now named with a definite article ("la base ha sufrido
    un ataque" after "un ataque contra una base del Ejército somalí"): that strike or battle again, within six
    sentences, with nothing of its own (no place, date or toll of another)."""
    if m.trigger.type not in VIOLENT or m.is_new or m.fatalities is not None or m.injured is not None:
        return None
    if m.trigger.pos == "N" and _of_its_own(m) or m.trigger.pos == "V" and (m.date or len(m.places) > 1):
        return None
    told = {fold(t.lemma_) for t in _targets(m) if any(c.dep_ == "det" and fold(c.text) in TOLD for c in t.children)}
    if not told:
        return None
    return max((g for g in groups if g[0].trigger.type in VIOLENT and g[0].span < m.span and 0 < m.sent - g[-1].sent <= 6
                and (m.trigger.pos == "N" or m.sent - g[-1].sent <= 2 and not any(x.places for x in g))
                and any(told & {fold(t.lemma_) for t in _targets(x)} for x in g)), key=lambda g: g[-1].span, default=None)
    # (a verb may tell where the target, unplaced so far, was struck: "un buque de guerra ruso" ... "El buque ... fue
    # atacado mientras realizaba labores de reconocimiento junto al puerto de Novorosisk")


def battle_named_again(groups: list[list[Mention]], m: Mention) -> Optional[list[Mention]]:
    """"El ataque coordinado marcó un punto de inflexión", right after "lanzaron ... una feroz contraofensiva": an
    attack noun with no word of weapon or fighter, definite, with no place, date or toll of its own, names the battle
    of the sentence before (or of the one before it, when the parser split a long one) again, when no strike was
    told before it."""
    if m.trigger.type != "attack" or m.trigger.pos != "N" or not m.unmarked or not m.definite or m.is_new \
            or _of_its_own(m):
        return None
    if any(c.dep_ in ("nmod", "acl", "appos") for c in m.tok.children):
        return None  # "los ataques contra su territorio": told for itself
    if any(g[0].trigger.type == "attack" and g[0].span < m.span for g in groups):
        return None
    return max((g for g in groups if g[0].trigger.type == "clash" and g[0].span < m.span and 0 <= m.sent - g[-1].sent <= 2
                and not any(x.background or x.mood for x in g)), key=lambda g: g[-1].span, default=None)


def talks_named_again(groups: list[list[Mention]], m: Mention) -> Optional[list[Mention]]:
    """"en lo que fue el quincuagésimo intercambio de prisioneros de este tipo", after "habían finalizado un
    intercambio de prisioneros": a definite noun of talks or exchanges, the same word as one told in the twelve
    sentences before, with no place or date of its own, is that one again."""
    if m.trigger.type != "diplomacy" or m.trigger.pos != "N" or not m.definite or m.is_new or m.places or m.date:
        return None
    lemma = fold(m.tok.lemma_)

    def of(x: Mention) -> set[str]:  # what the noun is of ("de prisioneros"; "del mecanismo de alto el fuego")
        return {fold(c.lemma_) for c in x.tok.children if c.dep_ == "nmod" and c.pos_ == "NOUN"}

    def same(x: Mention) -> bool:  # the same word, or two names of one truce ("el alto el fuego" ... "la tregua")
        other = fold(x.tok.lemma_)
        return x.trigger.pos == "N" and (other == lemma or other in CEASEFIRE and lemma in CEASEFIRE) and of(m) <= of(x)
    return max((g for g in groups if g[0].trigger.type == "diplomacy" and g[0].span < m.span
                and 0 < m.sent - g[-1].sent <= 12 and any(same(x) for x in g)),
               key=lambda g: g[-1].span, default=None)


def elided_count(c) -> bool:
    """A count with its noun left out ("La mayoría fueron abatidos", "dos cayeron"): a number or a count word with no
    "de" phrase of its own."""
    return (c.pos_ == "NUM" or fold(c.lemma_) in ELIDED_COUNTS) and not any(k.dep_ == "nmod" for k in c.children)


def counted_before(count, words) -> bool:
    """Did the sentence before a count with its noun left out, or this one up to it, count a word of ``words``?"""
    sent = count.sent
    before = count.doc[count.doc[sent.start - 1].sent.start if sent.start else sent.start:count.i]
    return any(fold(x.lemma_) in words or fold(x.text).rstrip("s") in words for x in before)


def going_on_count(ctx, mentions: list[Mention], statements) -> None:
    """"«Durante la pasada noche, los sistemas de defensa antiaérea destruyeron 92 drones ...», reza la nota castrense.
    La mayoría fueron alcanzados en las regiones rusas de Briansk (15), ...": drones downed counted with the noun left
    out go on with the count just told: whoever told it tells them too, on its day."""
    from .status import combine_status  # (status reads this module)

    aerial = ctx.lex.classes.get("aerial", set())
    for m in mentions:
        subj = next((c for c in m.tok.children if c.dep_ in ("nsubj", "nsubj:pass") and elided_count(c)), None)
        if m.trigger.type != "interception" or m.stances or subj is None:
            continue
        told = [x for x in mentions if x.trigger.type == m.trigger.type and x.span[0] < m.span[0]
                and 0 <= m.sent - x.sent <= 1 and x.stances]
        if told:
            x = told[-1]
            m.stances, m.report_cues, m.reported_by = list(x.stances), list(x.report_cues), list(x.reported_by)
            if m.date is None:
                m.date, m.night = x.date, x.night
        else:  # the count told in a source's words only (no event of its own: no place)
            start = m.tok.doc[m.tok.sent.start - 1].sent.start_char if m.tok.sent.start else m.tok.sent.start_char
            said = [s for s in statements if start <= s.content_span[0] and s.content_span[1] <= m.span[0]
                    and any(f in aerial or f[:-1] in aerial or f[:-2] in aerial
                            for f in (fold(w) for w in ctx.text[slice(*s.content_span)].split()))]  # ("drones")
            if not said:
                continue
            m.stances, m.reported_by = [(said[-1].stance, said[-1].source)], [said[-1].id]
        m.status = combine_status(m.stances, m.mood)


def weapons_of(m: Mention) -> set[str]:
    """The remote weapons a mention names in its phrase or its own words ("la caída de un misil": misil)."""
    return {fold(x.lemma_) for x in (*m.phrase, *(w for w, _ in walk(m.tok, 3))) if fold(x.lemma_) in REMOTE_WEAPONS}


def same_weapon(m: Mention, g: list[Mention]) -> bool:
    return bool(weapons_of(m) & {w for x in g for w in weapons_of(x)})


def told_weapon(ctx, m: Mention, g: list[Mention]) -> bool:
    """Does ``m``'s sentence name again, with a definite article, a weapon the group's act was told with ("el misil")?"""
    again = {fold(t.lemma_) for t in m.tok.sent if fold(t.lemma_) in REMOTE_WEAPONS and t.pos_ in ("NOUN", "PROPN")
             and any(d.dep_ == "det" and fold(d.text) in ("el", "la", "los", "las", "este", "esta") for d in t.children)}
    return bool(again & {w for x in g for w in weapons_of(x)})
