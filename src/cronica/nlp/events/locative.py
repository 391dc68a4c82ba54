"""Is a place below a trigger where the event happened? The relation of the first step below the trigger
decides ("en X", "cerca de X": yes; "con X", "por X", an actor's "de X", a reference point "al suroeste de X": no)."""
from __future__ import annotations


from ... import resources
from ...names import fold
from ..spanish import participle_lemma
from ..syntax import between_up, case_of, meanwhile_there, passive_aux, qualifying_participle, walk
from .words import (ANAPHORIC, ANSWERING, ARMED_OWNERS, BACKGROUND_CASES, BACKGROUND_NOUNS, BLAMING, COMPASS,
                    GOVERNMENT_CAPITALS, GROUPS, HEADED, HEADING, LOCATED, LOCATIVE_CASES, MISSIONS, PEOPLE, PEOPLE_FOLDED,
                    PLACE_NOUNS, REFERENCE, SEQUENCE_CASES, SPATIAL, SUPPORT, WITHDRAWAL)

CLOCK_NOUNS = frozenset(fold(w) for w in resources.words("es/events/words.tsv", "clock_nouns"))  # "17.00 hora de Moscú"
ANSWER_FRAMES = ANSWERING | SEQUENCE_CASES  # "como represalia a", "después de": another act's phrase
STRUCK = ("attack", "clash", "interception", "violence_against_civilians")  # a passive's subject is what was hit


def time_zone(x) -> bool:
    """A place named as a clock's zone: "las 17.00 hora de Moscú", "a las 5 de la mañana hora de Kiev"."""
    return x.dep_ in ("nmod", "flat", "appos") and (fold(x.head.lemma_) in CLOCK_NOUNS or any(
        fold(c.lemma_) in CLOCK_NOUNS for c in x.head.children if c.i < x.i))


def framed_as_background(tok, nouns: frozenset = BACKGROUND_NOUNS | SEQUENCE_CASES) -> bool:
    """Named right after a noun of cause or frame, or a word of time before or after, and its preposition, however the
    parser hangs it ("lanzó al menos siete proyectiles ... como represalia a los ataques contra el sur": the strikes
    answered; "Horas después del bombardeo, Hezbollah lanzó ...": the act before; not the launch)."""
    i = tok.i - 1
    while i >= 0 and tok.doc[i].pos_ == "DET":
        i -= 1
    return i >= 1 and tok.doc[i].pos_ == "ADP" and fold(tok.doc[i - 1].lemma_) in nouns


def locative(ctx, trig, x, typ: str, cons: dict[str, str]) -> bool:
    """Is place token ``x`` (in the trigger's subtree) where the event happened?"""
    if time_zone(x):
        return False  # "alrededor de las 17.00 hora de Moscú": a time zone
    # climb from x to the trigger: the relation of the first step below the trigger decides
    path = []
    y = x
    while y != trig and y.head != y:
        path.append(y)
        y = y.head
    if y != trig:
        return False
    top = path[-1] if path else x
    case = case_of(top)
    place = ctx.place_entity(x)  # (a place noun may name a place of the article: "la capital", no entity of its own)
    country = place is not None and ctx.is_country(place.id)
    if case_of(x).split()[:1] == ["con"] or case.split()[:1] == ["con"] and fold(top.lemma_) in SUPPORT and case_of(
            x) in ("de", "del") and (x.head == top or x.head.head == top and case_of(x.head) in ("de", "del")):
        return False  # "cerca de la frontera con Ucrania", "con misiles", "con ayuda de tropas de Ruanda": not where
        # (the helper's own "de"; not "con el apoyo de drones en los alrededores de Jartum")
    if x is not top and case_of(x) in ("de", "del") and capitals_side(ctx, [x.head], x):
        return False  # "contra las fuerzas de Moscú": the side its capital names, not the place (a country's own
        # troops often fight at home: "lucharon con las tropas de Myanmar")
    if country and case_of(x) in ("de", "del") and fold(x.head.lemma_) in MISSIONS:
        return False  # "frente a la embajada de Estados Unidos": whose it is, not where
    if any(participle_lemma(p) & BLAMING and case_of(q).split()[:1] == ["a"] for q, p in zip(path, path[1:])):
        return False  # "Un bombardeo atribuido a Israel sobre el Consulado de Irán en Damasco": who is blamed
    if any(fold(p.lemma_) in ("bandera", "pabellon") for p in path[1:]):
        return False  # "el carguero Sukru Okan, con bandera de Palaos": the flag it sails under, not where
    if typ in ("attack", "interception") and any(case_of(p).split()[:1] == ["desde"] and p is not top for p in path):
        return False  # where it came from, not where it struck or was downed: "interceptado ... un misil lanzado desde
        # Yemen", "El ataque, que habría sido perpetrado con misiles Kalibr disparados desde un submarino de Rusia en
        # el mar Negro" (``path`` starts at ``x``)
    if any(p.dep_ in ("ccomp", "advcl", "parataxis", "csubj") and not meanwhile_there(p, trig) for p in path):
        return False
    if x is not top and x.dep_ == "nsubj" and place is not None and fold(place.name) in GOVERNMENT_CAPITALS:
        return False  # "la batalla por el Donbás, región en la que Moscú centra sus esfuerzos": the government acting
    if x.dep_ == "nsubj" and x.head.dep_ in ("acl", "acl:relcl") and x.head.head.i == trig.i and not passive(x.head) \
            and fold(x.head.lemma_) not in ctx.lex.undergo:
        return False  # "los ataques nocturnos que Rusia ha llevado a cabo contra todo el territorio": who made them
    if any(p is not x and framed_as_background(p, ANSWER_FRAMES) for p in path):
        return False  # "lanzó al menos siete proyectiles ... como represalia a los ataques contra el sur y la Bekaa":
        # where the strikes it answered hit
    if any(p is not x and fold((case_of(p).split()[:1] or [""])[0]) in SEQUENCE_CASES for p in path):
        return False  # "tomó el control de Walikale ... tras una jornada de intensos combates ... en las localidades de
        # Mubanda y Ngora": where the act before it happened
    if any(p.dep_ == "acl" and p.pos_ in ("VERB", "AUX") and p.head != trig and (
            ctx.trigger_noun(p.head) or p.head.pos_ == "NOUN" and p.head.lemma_ in PEOPLE | GROUPS) for p in path):
        return False  # "la explosión que dañó el puente de Crimea", "militares, que serán trasladados a Moscú"
    if any(p.dep_.startswith("acl") and "Fin" in p.morph.get("VerbForm") and p.head.i != trig.i
           and fold(p.lemma_) in HEADING and (case_of(q).split()[:1] or [""])[0] in HEADED for q, p in zip(path, path[1:])):
        return False  # "contra un autobús que se dirigía a la ciudad ucraniana de Sumi": where it was going
    # reference points, not locations: "al suroeste de Bajmut" (when below another place)
    for p in path[:-1]:
        if fold(p.text) in COMPASS | REFERENCE and p != top:
            if pointed_place(trig):
                return False  # "La caída de esta ciudad minera, a unos 50 kilómetros al suroeste de Donetsk": the
                # place pointed at is where; the one named is how far from it
            if len(path) > 2:
                return True  # still a candidate; depth ranks it below the real place
    if typ in ("aid", "diplomacy", "mobilization", "threat"):
        if any(fold(p.lemma_) not in PLACE_NOUNS and not held_participle(ctx, p) for p in path[1:]):
            return False  # "ayuda a la seguridad de Ucrania": not where it happened
        if top.dep_ == "obj" and "objplace" in cons and top == x:
            return True  # "visitaron Járkiv": the place visited
        # recipients and parties are not places: only "en X" / "de X" for a meeting place
        if top.dep_ in ("obj", "iobj", "nsubj") or case.startswith("a") and not (
                "dest" in cons and case.split()[0] in ("a", "al", "hasta")):
            return False
        if typ != "diplomacy" and case.startswith("de"):
            return False
        if case.startswith("de") and country:
            return False
        if case.startswith(("contra", "hacia", "desde", "entre", "para")):
            return False  # (nor whom it is for: "un plan de paz para Ucrania")
        return True
    if top.dep_ in ("nsubj",) and typ != "territory_change" and not misparsed_object(trig, top) \
            and not (typ in STRUCK and (passive(trig) or passive_se(trig, top))):
        return False  # (not "Los cuarteles de Mondoro y Boulkessy fueron atacados": what was hit, there)
    if top.dep_ == "nsubj" and typ == "territory_change":
        # "Bajmut cayó": the place; "Rusia tomó X": the actor; "Bajmut había sido conquistada" (a passive the
        # parser did not mark): the place; "la misma agrupación tomó también los asentamientos de X y Y" (the object
        # the parser read as a second subject): the place
        return misparsed_object(trig, top) or trig.lemma_ in ("caer",) or trig.lower_.startswith("ca") \
            or "Part" in trig.morph.get("VerbForm") \
            and any(c.lemma_ == "ser" and c.dep_.startswith(("aux", "cop")) for c in trig.children)
    if case.startswith("de") and country and case_of(x).split()[:1] not in (["en"], ["sobre"], ["a"], ["contra"], ["hacia"]) and (
            typ in ("attack", "clash") or top == x and (
            fold(trig.lemma_) in WITHDRAWAL or fold(trig.text) in WITHDRAWAL)):
        return False  # "ataque de Rusia", "tras la retirada de Ucrania": the actor
    if typ == "clash" and trig.pos_ == "NOUN" and top.head == trig and case == "por" and place is not None \
            and not country:
        return True  # "Batalla por la ciudad siria de Homs": where they fight
    own = next((c for c in (case_of(p) for p in path) if c and c.split()[0] not in ("de", "del")), "")
    if case.startswith(("desde", "por", "según", "gracias", "debido")) and not (
            case.startswith("por") and own.startswith("sobre") and x is not top):
        return False  # "lanzados por Rusia": the agent; "gracias al apoyo militar de Rusia": a cause (not "fue abatida
        # por los sistemas de defensa aérea rusos sobre la provincia de Briansk": a place the parser hung on the agent)
    if any(case_of(p).startswith(("por", "según")) for p in path) and not own.startswith(LOCATIVE_CASES):
        return False  # a name inside the agent phrase; not "por milicianos sobre la localidad de Palma"
    return True


def capitals_side(ctx, nouns, x) -> bool:
    """An armed body among ``nouns`` whose "de X" names a capital standing for its government: the side, not a
    place ("las fuerzas de Moscú")."""
    place = ctx.place_entity(x)
    return place is not None and fold(place.name) in GOVERNMENT_CAPITALS and any(
        fold(y.lemma_) in ARMED_OWNERS for y in nouns)


def passive(verb) -> bool:
    """A verb in the passive voice ("fueron atacados"; the parser often marks "ser" a plain auxiliary)."""
    return verb.pos_ == "VERB" and passive_aux(verb)


def passive_se(verb, subj) -> bool:
    """"Se derribaron drones sobre las regiones de A y B": a "se" passive, whose subject is the thing acted on (not
    "las tropas se retiraron": people or a body act on themselves)."""
    return verb.pos_ == "VERB" and any(c.lower_ == "se" and c.i < verb.i for c in verb.children) \
        and subj.pos_ == "NOUN" and fold(subj.lemma_) not in PEOPLE_FOLDED | GROUPS | ARMED_OWNERS


def misparsed_object(verb, c) -> bool:
    """"Israel, por su parte, ha atacado Saná, la capital del Yemen": a second subject after an active verb that has
    one before it is its object (a place takes no "a", and the parser reads the bare name, or a place noun's phrase
    "los asentamientos de X y Y", as a subject); with no subject before it, only a phrase told as places is."""
    if not (c.dep_ == "nsubj" and c.i > verb.i and verb.pos_ == "VERB" and not passive(verb)
            and (c.pos_ == "PROPN" or fold(c.lemma_) in PLACE_NOUNS)):
        return False
    if any(k.dep_ == "nsubj" and k.i < verb.i for k in verb.children) or verb.dep_ == "conj" and any(
            k.dep_ == "nsubj" and k.i < verb.i for k in verb.head.children):
        return True  # (also the second of two verbs: "Nuestras tropas contraatacaron ... y liberaron ... los pueblos de X")
    # no subject told: a place noun's phrase or names told as places are what was acted on ("anunció el sábado que
    # tomó Kleban-Byk y Serednie, dos localidades situadas al norte ...")
    return fold(c.lemma_) in PLACE_NOUNS or any(k.dep_ in ("appos", "conj") and fold(k.lemma_) in PLACE_NOUNS
                                                for k in c.children)  # ("ha conquistado Pokrovsk y dos localidades más")


def held_participle(ctx, p) -> bool:
    """A participle saying where the event took place: "la reunión celebrada en Bruselas"."""
    if not qualifying_participle(p):
        return False
    return participle_lemma(p) & (ctx.lex.light | ctx.lex.result) != set()


def reference_point(x, trig) -> bool:
    """Is the place ``x`` only how far or which way from it the event was ("a escasos kilómetros de la carretera entre
    las ciudades de Dobropilia y Pokrovsk", "al noreste de Pokrovsk")? (a word of distance or direction on its way up to
    the trigger, after "a": not "en el sur de X", a part of it)"""
    y = x.head
    while y.i != trig.i and y.head.i != y.i:
        if fold(y.text) in COMPASS | REFERENCE and case_of(y).split()[:1] in (["a"], ["al"]):
            return True
        y = y.head
    return False


def pointed_place(trig) -> bool:
    """A place noun with a demonstrative among the trigger's own words ("la caída de esta ciudad minera")."""
    return any(fold(c.lemma_) in PLACE_NOUNS and any(d.dep_ == "det" and fold(d.text) in ANAPHORIC for d in c.children)
               for c in trig.children)


def after_agent(ctx, tok):
    """The place a nominal trigger takes after its agent ("la captura por parte de las fuerzas rusas de la aldea de
    Ryjivka", which the parser hangs on the agent), or None."""
    doc = tok.doc
    i = tok.i + 1
    if [t.lower_ for t in doc[i:i + 3]] != ["por", "parte", "de"]:
        return None
    for j in range(i + 3, min(i + 11, tok.sent.end)):
        t = doc[j]
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            return None
        if t.lower_ in ("de", "del") and j > i + 3:
            return next((x for x in doc[j + 1:min(j + 6, tok.sent.end)] if ctx.place_entity(x) is not None
                         and not x.is_punct), None)
    return None


def caused_there(ctx, tok):
    """"Un supuesto ataque ruso con misiles ha provocado decenas de muertos en la estación de tren de Kramatorsk": a
    noun trigger that is the subject of a verb of its result happened where what it caused was (the first place of an
    "en" phrase below that verb, outside the trigger's own words and any other clause), or None."""
    if tok.dep_ != "nsubj" or fold(tok.head.lemma_) not in ctx.lex.result:
        return None
    found = None
    for x, d in sorted(walk(tok.head, 7), key=lambda p: p[0].i):
        e = ctx.place_entity(x)
        if x.i == tok.i or tok.is_ancestor(x) or e is None or not ctx.name_root(x, e):
            continue
        path = [x, *between_up(x, tok.head)]
        if d > 5 and not (fold(x.head.lemma_) in PLACE_NOUNS and case_of(x.head) == "en"
                          and not any(y.pos_ in ("VERB", "AUX") for y in path)):
            continue  # deep down only "en la localidad de X" with no verb between ("destruyó dos pisos de un edificio
            # residencial de tres plantas y un liceo en la localidad de Rzhyshchiv", the parser's "en" on the school)
        if any(case_of(y) == "en" for y in path) and not any(ctx.trigger_noun(y) for y in path[1:]) and not any(
                y.pos_ in ("VERB", "AUX") and "Fin" in y.morph.get("VerbForm")
                or case_of(y).split()[:1] in (["por"], ["contra"], ["con"], ["a"]) for y in path):
            # (not "en un ataque condenado por Naciones Unidas y Occidente": who condemned it; nor "se produce en medio
            # de las negociaciones que mantienen ... las delegaciones de Ucrania": another event's words)
            if not ctx.is_country(e.id):
                return x
            found = found or x  # "En Ucrania, un nuevo ataque de Rusia deja al menos cinco muertos y ocho heridos en
            # Zaporiya": the city, not the country the sentence opens with
    return found


def named_place(ctx, noun):
    """The first of a noun and its name phrases that names a place ("la central nuclear de Zaporiyia": Zaporiyia),
    or None."""
    return next((x for x in (noun, *(c for c in noun.children if c.dep_ in ("nmod", "appos", "flat")))
                 if ctx.place_entity(x)), None)


def own_territory(ctx, tok):
    """"Rusia derribó anoche sobre su territorio más de 220 drones": the subject, a country, when the verb happens on
    "su territorio"; else None."""
    if not any(fold(c.lemma_) == "territorio" and any(d.lower_ in ("su", "sus") for d in c.children)
               for c in tok.children if c.dep_ in ("obl", "obj")):
        return None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    e = ctx.place_entity(subj) if subj is not None else None
    return subj if e is not None and ctx.is_country(e.id) else None


def hung_target(ctx, tok):
    """The place a strike noun is against, which the parser hung elsewhere: "al ataque a Sebastopol", "un ataque de
    Moscú con misiles contra la localidad de Leópolis" (the words between are the strike's own: who, with what)."""
    doc = tok.doc
    end = min(tok.sent.end, tok.i + 12)
    for j in range(tok.i + 1, end):
        t = doc[j]
        if t.is_punct or t.pos_ in ("VERB", "AUX"):
            return None
        if t.lower_ in ("a", "contra", "sobre") and (j == tok.i + 1 or t.lower_ != "a"):
            return next((x for x in doc[j + 1:min(j + 5, tok.sent.end)] if ctx.place_entity(x) is not None
                         and not any(y.is_punct for y in doc[j + 1:x.i])
                         and not capitals_side(ctx, doc[j + 1:x.i], x)), None)  # (not "contra las fuerzas de Moscú")
    return None


def place_inside(ctx, phrase):
    """The place named inside a locative phrase without a name of its own: through its "de" phrases and names ("en
    la región de Luhansk", "en una zona rural del departamento del Cesar") and through a participle of location ("en
    una instalación de un batallón ubicada en una zona rural ..."), or the capital a demonym names ("en el centro de
    la capital ucraniana"); the nearest (its token and entity), or None."""
    frontier, seen = [phrase], 0
    while frontier and seen < 5:
        nxt = []
        for x in frontier:
            for c in x.children:
                if c.dep_ in ("nmod", "appos", "flat") or c.dep_ in ("amod", "acl") and fold(c.text) in LOCATED or \
                        x.dep_ in ("amod", "acl") and fold(x.text) in LOCATED and c.dep_ == "obl":
                    e = ctx.entity_at(c)
                    if e is None and c.pos_ == "NOUN" and fold(c.lemma_) == "capital":
                        e = ctx.capital(c)
                    if e is not None and e.type == "LOC":
                        return c, e
                    nxt.append(c)
        frontier, seen = nxt, seen + 1
    return None


def stage_noun(ctx, tok):
    """The predicate noun ("escenario", "blanco") whose "de" phrase the trigger noun is, or None (also when the
    parser hung the phrase elsewhere: "sigue siendo teatro de "intensos combates"")."""
    if tok.dep_ == "nmod" and fold(tok.head.lemma_) in ctx.lex.stage:
        return tok.head
    de = next((c for c in tok.children if c.dep_ == "case" and c.lower_ == "de"), None)
    if de is not None and de.i > 0 and fold(tok.doc[de.i - 1].lemma_) in ctx.lex.stage:
        return tok.doc[de.i - 1]
    return None


def frame_places(ctx, tok) -> list[tuple[int, int, object]]:
    """No place among its own arguments: a locative of the clause frame ("En Kiev, ... dijo que ...")."""
    out = []
    x, steps = tok, 0
    while steps < 4:
        h = x.head
        if h == x:
            break
        if fold(h.text) in LOCATED and fold((case_of(x).split()[:1] or [""])[0]) in SEQUENCE_CASES:
            # "la toma de la ciudad de Bara, situada en el estado de Kordofán Norte (centro) tras combates con las
            # RSF": the parser hangs the act told before on the participle; it was fought for the town described,
            # not in the state that locates it
            e = ctx.entity_at(h.head)
            held, e = (h.head, e) if e is not None else place_inside(ctx, h.head) or (None, None)
            if e is not None and e.type == "LOC":
                return [(10 + steps, held.i, held)]
            break
        # (and what hangs on an adverb of the frame: "ocurrió alrededor de las 17:00 horas de ayer, en el poblado de
        # Santa Inés", which the parser puts under "alrededor")
        frame = [*h.children, *(g for c in h.children if c.dep_ == "advmod" and c != x
                                and fold(c.text) not in BACKGROUND_CASES for g in c.children
                                if g.dep_ in ("obl", "nmod") and g.i > c.i and case_of(g) == "en")]
        # (not "se produce pocos días después de otro rapto, la semana pasada en un campo de ...": the other one's)
        for c in frame:
            if c == x or c.dep_ not in ("obl", "nmod", "advmod"):
                continue
            case = case_of(c)
            if not case.startswith(("en", "cerca", "sobre")):
                continue
            e = ctx.entity_at(c)
            if e is None and fold(c.lemma_) in SPATIAL:  # "en la región de Luhansk", "en una instalación ...
                inner = place_inside(ctx, c)  # ubicada en una zona rural del departamento del Cesar"
                if inner is not None:
                    c, e = inner
            if e and e.type == "LOC":
                out.append((10 + steps, c.i, c))
        if steps == 0 and tok.pos_ in ("NOUN", "PROPN"):
            # "murieron a causa de un ataque ... contra un teatro que ... en la ciudad de Mariúpol", "muertos en pleno
            # asedio a la ciudad de Bajmut": the parser hangs the target on the verb; the place named inside the
            # target phrase is the strike's
            for c in h.children:
                right_after = tok.i < c.i <= tok.right_edge.i + 3
                if c != x and c.dep_ in ("obl", "obj") and c.i > tok.i and (
                        case_of(c).startswith("contra") or right_after and case_of(c).split()[:1] in (["a"], ["al"], ["sobre"])):
                    hits = [(d, y.i, y) for y, d in walk(c, 4) if (e := ctx.place_entity(y)) is not None
                            and e.type == "LOC" and not ctx.is_country(e.id) and ctx.name_root(y, e)]
                    if hits:  # the nearest ("contra un campo militar en Indelimane, en la localidad de Ansongo, en el
                        d, i, y = min(hits, key=lambda h: h[:2])  # sector de Menaka": the camp's own place)
                        out.append((12 + d, i, y))
        x, steps = h, steps + 1
    if out:
        return out
    # a sentence-initial locative frame: "En Kiev, ..." / "Cerca de Bakhmut, ..."
    sent = tok.sent
    words = [t for t in sent if not t.is_space]
    if len(words) > 3 and words[0].lower_ not in ("en", "cerca", "sobre", "desde"):
        comma = next((k for k, t in enumerate(words[:4]) if t.text == ","), None)
        if comma is not None and words[0].pos_ in ("ADV", "CCONJ", "SCONJ", "ADP"):
            words = words[comma + 1:]  # "Mientras, en la ciudad de Sumy, ...": a connective first
    if words and words[0].lower_ in ("en", "cerca", "sobre", "desde"):
        for t in words[:8]:
            if t.text == ",":
                break
            e = ctx.entity_at(t)
            if e and e.type == "LOC" and t.i < tok.i:
                out.append((20, t.i, t))
                break
    return out


def targets_apart(ctx, tok) -> list[str]:
    """The places of coordinated targets, each told with its own "en" place ("contra una refinería en la ciudad de
    Kremenchug, ..., y una estación de bombeo de gas en Lubny"); fewer than two: none."""
    out: list[str] = []
    for t in tok.children:
        if not (t.dep_ == "obj" or t.dep_ == "nmod" and case_of(t).split()[:1] in (["contra"], ["a"], ["sobre"])):
            continue
        for x in (t, *(c for c in t.children if c.dep_ == "conj")):
            where = next((w for c in x.children if c.dep_ == "nmod" and case_of(c) == "en"
                          and (w := named_place(ctx, c)) is not None), None)
            e = ctx.place_entity(where) if where is not None else None
            if e is not None and e.id not in out and not ctx.is_country(e.id):
                out.append(e.id)
    return out if len(out) > 1 else []

