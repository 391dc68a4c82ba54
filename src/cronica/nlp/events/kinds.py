"""Which kind of violence an attack trigger names, from the words around it: a battle (ground forces, military
targets), violence against civilians (armed men firing at people who are no fighters), an interception (a drone or
a missile downed), or no strike at all (weapons launched at no named place)."""
from __future__ import annotations

from typing import Optional

from ... import resources
from ...actors import group_by_form
from ...names import fold
from ..spanish import looks_participle, participle_lemma
from ..syntax import case_of, passive_aux, walk
from .anaphora import counted_before, elided_count
from .arguments import event_places
from .dates import governs_time
from .context import Mention
from .words import (ANY_SIDE, ARMED_MEN, BACKGROUND_NOUNS, CAUSE_NOUNS, COMMITTING, CIVILIANS, CIVILIAN_SITES,
                    COUNTRY_NOUNS, DIE, HURT, FACILITIES, GATHERING_PLACES, GROUP_COUNTS, GUNMEN_NOUNS,
                    GROUND_FORCES, IRREGULARS, MILITARY_TARGETS, REMOTE_WEAPONS, SECURITY_FORCES, SERIES_NOUNS, SETTLERS, WHERE_CASES)


def against_civilians(ctx, m: Mention) -> bool:
    """Armed men firing at people who are not fighters, with no remote weapon and no building hit: "tropas rusas
    dispararon contra una fila de ciudadanos que esperaban para comprar pan" (ACLED: violence against civilians)."""
    tok = m.tok
    doers = [c for c in tok.children if c.dep_ in ("nsubj", "obl:agent") or m.trigger.pos == "N" and c.dep_ == "nmod"
             and case_of(c) in ("de", "del")]
    doers += [a for c in tok.children if c.dep_ in ("acl", "amod") for a in c.children
              if a.dep_ in ("obl", "obl:agent", "obj") and case_of(a) == "por"]  # "ataques ... perpetrados por jóvenes colonos"
    if any(fold(x.text) in SETTLERS for c in doers for x in (c, *c.children)):
        return True  # "Decenas de colonos israelíes enmascarados atacaron ... un par de aldeas palestinas"
    targets = [c for c in tok.children if c.dep_ in ("obj", "obl", "nmod") and case_of(c).startswith(("contra", "a"))
               or c.dep_ == "obj"]
    everything = {fold(x.text) for x, _ in walk(tok, 3)}
    if tok.i + 1 < tok.sent.end and tok.doc[tok.i + 1].lower_ == "con":  # "un ataque con dron", however parsed
        everything |= {fold(x.text) for x in tok.doc[tok.i + 2:min(tok.i + 4, tok.sent.end)]}
    verb = tok.head.head if tok.dep_ == "nmod" and fold(tok.head.lemma_) in CAUSE_NOUNS else tok.head
    if m.trigger.pos == "N" and tok.dep_ in ("obl", "nmod") and fold(verb.text).startswith(DIE) and (
            tok.dep_ == "obl" or tok.head.dep_ == "obl"):  # (or "como consecuencia de un ataque")
        # "Una veintena de civiles ... murieron ... en dos ataques de presuntos yihadistas": the dead are civilians
        dead = {fold(x.lemma_) for c in verb.children if c.dep_ == "nsubj" for x in (c, *c.children)
                if x.dep_ in ("nsubj", "nmod") or x is c or x.dep_ == "amod" and fold(c.lemma_) in GROUP_COUNTS}
        # (the parser hangs the people a round count counts as its adjective: "un centenar de civiles")
        states = any(case_of(x).startswith("por") and (e := ctx.entity_at(x)) is not None and ctx.is_country(e.id)
                     for x, _ in walk(tok, 3)) or any(  # "en ataques lanzados por Siria y su aliada Rusia": a state's
            c.dep_ == "amod" and ctx.demonym_country(c.text) for c in tok.children)  # strikes; "en un ataque ruso"
        # people killed by gunmen the sentence names as the doers of the act ("murieron en un ataque a un colegio ...,
        # cometido por hombres armados": the parser hangs the agent anywhere), against no military target
        by_gunmen = any(fold(x.text) in ARMED_MEN and fold(x.head.lemma_) in GUNMEN_NOUNS and case_of(x.head).startswith(
            "por") and (x.head.head == tok or participle_lemma(x.head.head) & COMMITTING) for x in tok.sent)
        military = everything & MILITARY_TARGETS or dead & MILITARY_TARGETS
        if (dead & (CIVILIANS - ANY_SIDE) or dead & CIVILIANS and by_gunmen and not military) \
                and not (everything & REMOTE_WEAPONS) and not states:
            return True
    near = [x for x, _ in walk(tok, 4)]
    if raid_by_irregulars(ctx, m, verb, everything, near):
        return True
    armed = any(c.dep_ == "amod" and fold(c.text) in ARMED_MEN for c in tok.children)  # "el ataque armado en una ..."
    gathered = any(fold(x.text) in GATHERING_PLACES and (case_of(x) == "contra" or armed and case_of(x) == "en")
                   for x in near)
    gunmen = armed or any(fold(x.text) in ARMED_MEN and (x.head.dep_ in ("nsubj", "obl:agent") or case_of(x.head) == "por")
                          for x in near)
    if not (everything & REMOTE_WEAPONS) and gathered and gunmen:
        return True  # "un nuevo ataque perpetrado por personas armadas no identificadas contra una iglesia": gunmen on
        # people gathered (ACLED: violence against civilians); "tras el ataque armado en una fiesta religiosa"
    if not targets:
        return False
    words = {fold(x.text) for c in targets for x in c.subtree} | {fold(x.lemma_) for c in targets for x in c.subtree}
    heads = {fold(c.text) for c in targets} | {fold(c.lemma_) for c in targets}
    return bool(heads & CIVILIANS) and not (everything & REMOTE_WEAPONS) and not (words & FACILITIES)


def raid_by_irregulars(ctx, m: Mention, verb, everything: set[str], near: list) -> bool:
    """Armed men who are no state's forces (jihadists, gangs, gunmen, settlers: by their words or by the kind of the
    armed group named) attacking a village or a neighbourhood, or killing people in the attack, with no remote
    weapon and no military target: "un grupo armado atacó los barrios periféricos de Kompienga ... y mató a 15
    personas", "Sesenta y cinco personas murieron ... durante un ataque perpetrado por el grupo terrorista Boko Haram"
    (ACLED: violence against civilians)."""
    tok = m.tok
    if everything & (REMOTE_WEAPONS | MILITARY_TARGETS):
        return False
    passive = m.trigger.pos == "V" and passive_aux(tok)  # "El pueblo de Kié ... fue atacado por individuos armados"
    doers = [c for c in tok.children if c.dep_ == "amod" or m.trigger.pos == "V" and (
        c.dep_ == "obl:agent" or c.dep_ == "nsubj" and not passive or passive and c.dep_ == "obl" and case_of(c) == "por")
             or m.trigger.pos == "N" and c.dep_ == "nmod" and case_of(c) in ("de", "del")]
    doers += [a for c in tok.children if c.dep_ in ("acl", "amod") for a in c.children
              if a.dep_ in ("obl", "obl:agent", "obj") and case_of(a) == "por"]  # "perpetrado por el grupo terrorista"
    if m.trigger.pos == "V" and tok.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in tok.children):
        doers += [c for c in tok.head.children if c.dep_ == "nsubj"]  # "invadieron ... y atacaron": the first's subject
    if m.trigger.pos == "N" and tok.dep_ == "obl" and verb.pos_ == "VERB":
        doers += [c for c in verb.children if fold(verb.text).startswith(DIE) and (
            c.dep_ == "nsubj" and c.pos_ != "PRON" and fold(c.lemma_) not in CIVILIANS
            or c.dep_ in ("obl", "obl:agent") and case_of(c) == "por" and c.i < tok.i)]
        # "fueron asesinadas por el grupo armado Boko Haram en un ataque a tres villas": who killed in the attack
    words = {fold(x.text) for c in doers for x in c.subtree if not case_of(x).startswith(("en", "contra", "a"))
             or x is c}
    if not (words & (IRREGULARS | ARMED_MEN | SETTLERS) or group_kinds(ctx, doers) & IRREGULAR_KINDS):
        return False

    def struck(x) -> bool:  # what was attacked, hung on the trigger or on a participle of it ("perpetrados ... contra");
        # not where: a village "en" which the attack took place says nothing of whom it hit
        on_trigger = x.head.i == tok.i or x.head.head.i == tok.i and x.head.dep_ in ("acl", "amod")
        return on_trigger and (x.dep_ in ("obj", "nsubj:pass") or passive and x.dep_ == "nsubj"
                               or case_of(x).split()[:1] in (["a"], ["al"], ["contra"]))

    if any(fold(x.text) in CIVILIAN_SITES and struck(x) for x in near):
        return True  # "atacó los barrios periféricos de Kompienga", "un ataque a tres villas", "fue atacado"
    if m.trigger.pos == "N" and tok.dep_ == "obl" and fold(verb.text).startswith(DIE):
        dead = {fold(x.lemma_) for c in verb.children if c.dep_ in ("nsubj", "obj", "nsubj:pass") for x in (c, *c.children)}
        return bool(dead & CIVILIANS) and not dead & (MILITARY_TARGETS | SECURITY_FORCES)
    # whom it killed: "Un ataque armado ... causó la muerte a alrededor de un centenar de civiles" (its result verb's
    # object), "atacaron (la localidad de) Ndalya, matando a once civiles" (a killing verb told with it)
    killed = [x for c in tok.head.children if c.dep_ == "obj" for x in c.subtree] \
        if m.trigger.pos == "N" and tok.dep_ == "nsubj" and fold(tok.head.lemma_) in ctx.lex.result else \
        [x for c, _ in walk(tok, 2) if c.pos_ == "VERB" and fold(c.lemma_) in KILLING
         for x in c.subtree] if m.trigger.pos == "V" else []
    dead = {fold(x.lemma_) for x in killed} | {fold(x.text) for x in killed}
    return bool(killed) and bool(dead & CIVILIANS) and not dead & (MILITARY_TARGETS | SECURITY_FORCES) and (
        fold(tok.head.lemma_) in KILLING or any(fold(x.text).startswith(DIE) for x in killed)
        or m.trigger.pos == "V")


IRREGULAR_KINDS = {"jihadist", "gang", "cartel"}  # armed groups (``armed_groups.tsv``) that are no army
REBELS = frozenset(fold(w) for w in resources.words("es/events/words.tsv", "rebels"))
KILLING = frozenset(fold(w) for w in resources.words("es/events/words.tsv", "killing_verbs"))


def irregular_subject(ctx, tok) -> bool:
    """Its subject is armed men of no state: fighters, gunmen, settlers or a non-state armed group ("Yihadistas de
    Boko Haram mataron ...", "Los presuntos rebeldes de las ADF mataron a once civiles"); not an army or a state."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    return bool({fold(x.text) for c in subj for x in c.subtree} & (REBELS | ARMED_MEN | SETTLERS)
                or group_kinds(ctx, subj) - {"state_force"})


def group_kinds(ctx, phrases) -> set[str]:
    """The kinds (``armed_groups.tsv``: jihadist, gang, state_force ...) of the armed groups the phrases name."""
    groups = group_by_form()
    return {g.kind for c in phrases for x in c.subtree if (e := ctx.entity_at(x)) is not None
            and (g := groups.get(fold(e.name))) is not None}


def vessel(ctx, x) -> bool:
    """A ship, by its lemma or its written form (the model lemmatises "portaaviones" as "portaavión")."""
    return bool({fold(x.lemma_), fold(x.text)} & ctx.lex.classes.get("vessel", set()))


def ground_assault(ctx, m: Mention) -> Optional[bool]:
    """Told of ground forces (its actor) or against military targets, with no remote weapon in its words:
    "las tropas atacaron los barrios de Al Intisar", "varios ataques contra bases militares". None when its
    words tell neither way ("el ataque de Ber")."""
    tok = m.tok
    words = [tok, *[x for x, _ in walk(tok, 3) if not _aside(x, tok)]]
    # "un ataque masivo del Ejército de Rusia a la región de Zaporiyia con hasta 702 bombardeos": a con-phrase
    # right after the noun is its means, wherever the parser hung it
    words += [x for c in tok.head.children if m.trigger.pos == "N" and c.i > tok.right_edge.i
              and c.left_edge.i == tok.right_edge.i + 1 and case_of(c).split()[:1] == ["con"] for x in c.subtree]
    agents: list = []
    if m.trigger.pos == "V":
        # "las tropas atacaron": the subject's words too; a passive's subject is what was hit ("Los cuarteles de
        # Mondoro y Boulkessy fueron atacados ... por el grupo terrorista")
        passive = passive_aux(tok)
        for c in tok.children:
            if c.dep_ == "obl:agent" or c.dep_ == "nsubj" and not passive \
                    or passive and c.dep_ == "obl" and case_of(c).split()[:1] == ["por"]:
                agents.extend(c.subtree)
    else:  # "Estados Unidos ha llevado a cabo una serie de ataques": the subject of the verb of the series
        top = tok.head if tok.dep_ == "nmod" and fold(tok.head.lemma_) in SERIES_NOUNS else tok
        if top.dep_ in ("obj", "nsubj:pass") and top.head.pos_ == "VERB":
            agents.extend(x for c in top.head.children if c.dep_ == "nsubj" for x in c.subtree)
    if m.trigger.pos == "N":
        # "el ataque perpetrado este lunes por el Ejército estadounidense contra tres viviendas": who did it
        for p in tok.children:
            if p.dep_ in ("acl", "amod") and looks_participle(p):
                agents.extend(x for c in p.children if c.dep_ in ("obl", "obl:agent", "obj", "nmod")
                              and case_of(c).split()[:1] == ["por"] for x in c.subtree)
    mine = {x.i for x in agents}
    patient = {fold(x.text) for x in words if x.i not in mine}  # the army that attacks is no military target
    words += [x for x in agents if x not in words]
    folded = {fold(x.text) for x in words}
    if folded & REMOTE_WEAPONS:
        return False
    if folded & FACILITIES and not patient & SECURITY_FORCES:
        return False  # "ataque directo de las tropas rusas a la maternidad": a strike on a building (but "una escuela
        # de formación de la gendarmería" is a military target; the army that struck "tres viviendas" is no target)
    # "contra la milicia Kataib Hezbolá": fighters as its target are a military target, not who fought
    target = {y.i for c in tok.children if case_of(c).split()[:1] == ["contra"] for y in c.subtree}
    if any(vessel(ctx, x) for x in words if x.i in target):
        return False  # "un ataque contra un portaaviones estadounidense en el mar Rojo": a strike on a ship
    if {fold(x.text) for x in words if x.pos_ in ("NOUN", "PROPN") and x.i not in target} & GROUND_FORCES:
        return True  # "las tropas atacaron"; not "el ataque terrorista" (an adjective says nothing of the weapon)
    harmed = [tok.head, tok.head.head, tok.head.head.head] if m.trigger.pos == "N" and tok.dep_ == "obl" else []
    if any(fold(h.text).startswith(DIE + HURT) for h in harmed) and any(
            fold(x.text) in GROUND_FORCES | SECURITY_FORCES for h in harmed for c in h.children if c.dep_ == "nsubj"
            for x in (c, *c.children)) and not any(ctx.is_country(e.id) for x in words if (e := ctx.entity_at(x))):
        return True  # "Al menos seis militares han muerto ... en un ataque achacado al grupo terrorista Al Shabaab":
        # soldiers fallen in an armed group's attack, no remote weapon told (a battle)
    # a state strikes military targets from afar; an armed group assaults them
    # (the attacker's words, not where it happened: "contra sus efectivos en Ber, en la región de Bamako")
    where = {y.i for x in words if case_of(x).split(" ")[0] in WHERE_CASES for y in x.subtree}
    where |= target | {y.i for c in tok.children if c.dep_ == "obj" for y in c.subtree}  # (nor whom it hit: "sicarios
    # atacaron a elementos del Ejército Mexicano")
    states = [x for x in words if x.i not in where and (
        (e := ctx.entity_at(x)) is not None and ctx.is_country(e.id) or ctx.demonym_country(x.text))]
    if patient & MILITARY_TARGETS or {fold(x.text) for x in words if x.i in target} & GROUND_FORCES:
        return not states
    return False if states else None


def _aside(x, tok) -> bool:
    """Is ``x`` in a clause or a cause told beside the act, not in who did it or to what ("ha atacado Saná ... así
    como otras zonas controladas por los insurgentes", "como respuesta a los recientes lanzamientos de los rebeldes",
    ", lo que confirmaron los insurgentes", "y han vuelto a incluir a la milicia en la lista": another act of the
    subject)? (Not the trigger's own participle: "el ataque perpetrado por milicianos".)"""
    while x.i != tok.i and x.head.i != x.i:
        if x.head.i != tok.i and (x.dep_ in ("acl", "acl:relcl") or x.dep_ == "amod" and any(True for _ in x.children)) \
                or fold(x.lemma_) in BACKGROUND_NOUNS \
                or x.dep_ == "conj" and x.pos_ in ("VERB", "AUX") \
                or x.dep_ == "advcl" and any(c.lower_ in ("que", "quien", "quienes") for c in x.children):
            return True
        x = x.head
    return False


def remote_strike(ctx, m: Mention) -> bool:
    """Its own words name a remote weapon ("una operación militar de alta calidad con un misil balístico", "una
    operación aérea") or infrastructure as its target: a strike, whoever made it."""
    tok = m.tok
    if any(fold(x.text) in REMOTE_WEAPONS and (x.dep_ == "amod" or case_of(x) in ("con", "de")) for x, _ in walk(tok, 2)):
        return True
    if any(case_of(c) == "contra" and fold(c.text) in FACILITIES for c in tok.children if c.dep_ in ("nmod", "obl")):
        return True  # "la ofensiva rusa contra las infraestructuras energéticas ucranianas": a strike campaign
    if any(case_of(c) == "contra" and vessel(ctx, c) for c in tok.children if c.dep_ in ("nmod", "obl")):
        return True  # "una operación contra un “buque mercante estadounidense”": a strike on a ship
    # "aviones de guerra rusos lanzaron incursiones en zonas de la ciudad de Alepo": the subject of the light verb
    # (wherever the parser hung it before the verb: on an opening quotation mark)
    return tok.dep_ == "obj" and fold(tok.head.lemma_) in ctx.lex.light and any(
        c.dep_ == "nsubj" and c.i < tok.head.i and fold(c.text) in REMOTE_WEAPONS for c in tok.head.subtree)


def aerial_patient(ctx, m: Mention) -> bool:
    """Its patient is a drone, a missile or an aircraft ("tres aparatos no tripulados fueron destruidos")."""
    words = ctx.lex.classes.get("aerial", set())
    if m.trigger.pos == "V" and fold(m.trigger.words[0]) == "destruir":
        words = words - ctx.lex.classes.get("aircraft", set())  # "fueron destruidos tres helicópteros de ataque": on
        # the ground (air defence still downs them: "la defensa antiaérea destruyó dos aviones")
    tok = m.tok
    if m.trigger.pos == "V" and fold(m.trigger.words[0]) == "alcanzar":
        # only drones hit by name or by a count of them ("La mayoría fueron alcanzados en las regiones rusas de ..."):
        # not a target reached ("el objetivo del ataque fue alcanzado"), a building hit by a missile, nor the missile
        # that hit ("El misil alcanzó un edificio")
        subj = [c for c in tok.children if c.dep_ == "nsubj:pass" or c.dep_ == "nsubj" and passive_aux(tok)]
        return any(fold(c.lemma_) in words - {"objetivo"} for c in subj) or any(
            elided_count(c) and counted_before(c, words) for c in subj)
    pats = [c for c in tok.children if c.dep_ in ("obj", "nsubj:pass") and not case_of(c).startswith("por")]
    if tok.dep_ in ("acl", "amod") and not any(c.dep_ == "nsubj" for c in tok.children):
        pats.append(tok.head)  # "los drones derribados" (not "Járkov, donde un misil ruso ha destruido un edificio")
    if m.trigger.pos == "V" and tok.pos_ == "NOUN":
        pats.append(tok)  # "repeler ... ataque": what was repelled ("el ataque con misiles")
    if not any(c.dep_ == "obj" and not case_of(c).startswith("por") for c in tok.children) and passive_aux(tok):
        pats += [c for c in tok.children if c.dep_ == "nsubj"]
    vessels = ctx.lex.classes.get("vessel", set())
    if any(fold(x.lemma_) in words or fold(x.text).rstrip("s") in words for p in pats for x in _patient_words(p)) \
            and not any(fold(p.lemma_) in vessels for p in pats):  # ("Las tres embarcaciones no tripuladas han sido
        return True  # destruidas": sea drones, struck on the water, no air defence)
    if m.trigger.pos == "V" and tok.pos_ == "NOUN" and any(c.dep_ == "amod" and air_adjective(ctx, c)
                                                           for c in tok.children):
        return True  # "se repeliera con éxito un ataque aéreo masivo iraní contra Israel": air defence
    return by_air_defence(ctx, tok) or downed_with(ctx, tok)


def _patient_words(p) -> list:
    """The words that say what a patient is: its head, the heads joined to it, their adjectives, and the noun after a
    quantity ("uno de los drones", "la mayoría de los misiles"); not what it is made of ("un sistema de misiles
    antiaéreos" is no missile)."""
    out, todo = [], [p]
    while todo:
        h = todo.pop()
        out.append(h)
        out += [c for c in h.children if c.dep_ in ("amod", "nummod", "appos", "flat")]
        todo += [c for c in h.children if c.dep_ == "conj"]
        if h.pos_ in ("NUM", "PRON", "DET") or fold(h.lemma_) in QUANTITY_HEADS:
            todo += [c for c in h.children if c.dep_ == "nmod"]
        todo += [c for c in h.children if c.dep_ == "nmod" and case_of(c) == "con"]  # "el ataque con misiles": made with
    return out


QUANTITY_HEADS = frozenset(fold(w) for w in resources.words("es/events/words.tsv", "quantity_heads"))


def strike_result(ctx, m: Mention) -> bool:
    """A gerund of what a strike destroyed ("al bombardear tres bases aéreas con drones ..., destruyendo más de 40
    aviones": aircraft on the ground), not air defence."""
    if "Ger" not in m.tok.morph.get("VerbForm"):
        return False
    h = m.tok.head
    return h.i != m.tok.i and "attack" in verb_types(ctx, h)


def verb_types(ctx, tok) -> set[str]:
    """The event types the verb triggers of the lexicon give the word, by its form or its lemma."""
    return {t.type for form in (fold(tok.text), fold(tok.lemma_)) for t, _ in ctx.lex.verb_index.get(form, ())}


def downed_with(ctx, tok) -> bool:
    """Coordinated with a verb of downing ("Los demás fueron interceptados y destruidos sobre las regiones de ...",
    "interceptaron y destruyeron 221 drones"): one act of air defence, whatever the patient is called."""
    pair = [tok.head] if tok.dep_ == "conj" else []
    pair += [c for c in tok.children if c.dep_ == "conj"]
    return any(x.pos_ in ("VERB", "ADJ") and "interception" in verb_types(ctx, x) for x in pair)


def by_air_defence(ctx, tok) -> bool:
    """Done by air defences ("Las defensas aéreas se activaron ... para repeler este segundo ataque"): the subject of
    the verb or of the verb it is the purpose of is a defence an adjective calls aerial."""
    x, verbs = tok, []
    for _ in range(4):  # the trigger's verb and the verbs its clause hangs on ("para repeler ... ataque")
        if x.pos_ in ("VERB", "AUX"):
            verbs.append(x)
        if x.head.i == x.i or x.dep_ in ("ccomp", "parataxis", "conj"):
            break
        x = x.head
    for v in verbs:
        for c in v.children:
            if c.dep_ in ("nsubj", "obl:agent") and fold(c.lemma_) in ("defensa", "sistema") and any(
                    air_adjective(ctx, a) for a in c.subtree if a.dep_ in ("amod", "nmod")):
                return True
    return False


def air_adjective(ctx, tok) -> bool:
    """A word of the lexicon's air-defence class ("aéreo", "antiaéreas", "antimisiles"), in any gender and number."""
    words = ctx.lex.classes.get("air_defence", set())  # (folded when the lexicon is read)
    w = fold(tok.text)
    return w in words or w.rstrip("s") in words or fold(tok.lemma_) in words


def launch_without_target(ctx, m: Mention) -> bool:
    """Weapons launched with no target place named ("contra infraestructuras de varias regiones"), or
    against a whole country over a period ("en la última semana ... contra Ucrania más de 1.200 drones")."""
    own = event_places(ctx, m, own_only=True)[0]
    if own and any(not ctx.is_country(p) for p in own):
        return False
    sent = ctx.sents[m.sent]
    lo, hi = sent[0].idx, sent[-1].idx + len(sent[-1])
    mine = [t for t in ctx.times if lo <= t.span[0] < hi]
    # "Moscú, que intensificó en los últimos meses sus ataques ..., lanzó el sábado cientos de drones contra el
    # país": a dated wave against the country, whatever its relative clause says of the months before
    dated = any(t.value is not None and t.precision == "day" and governs_time(ctx, m.tok, t) for t in mine)
    if not own:
        return not (dated and any(case_of(c) == "contra" and fold(c.lemma_) in COUNTRY_NOUNS
                                  for c in m.tok.children if c.dep_ in ("obl", "nmod")))
    if dated:
        return False
    return any(t.value is None for t in mine)


def heading_toward(ctx, m: Mention) -> bool:
    """Forces moving toward a place ("El enemigo sigue avanzando hacia Vovchansk", "cruzaron la frontera ... en una
    ofensiva hacia Lipsi y Vovchansk"): the fighting on the way, no ground told to change hands there."""
    def full_case(x) -> str:  # (with the fixed words the parser hangs on the preposition: "en dirección a")
        return fold(" ".join(w.lower_ for c in x.children if c.dep_ in ("case", "fixed")
                             for w in (c, *(f for f in c.children if f.dep_ == "fixed"))))
    return any(full_case(x).startswith(("hacia", "en direccion", "rumbo")) and ctx.place_entity(x) is not None
               for x, _ in walk(m.tok, 3))
