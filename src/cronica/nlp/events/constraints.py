"""The constraints a trigger row may name (``obj=arms``, ``place``, ``not=especial`` ...): one predicate each,
``(ctx, mention, value) -> bool``, in three registries read by :func:`triggers.accept`."""
from __future__ import annotations

from ...names import fold
from ..spanish import grammar, looks_participle, participle_lemma
from ..syntax import NOMINAL_POS, case_of, own_words, qualifying_participle, walk
from .actors import noun_actors
from .arguments import event_places, given_by_state
from .dates import own_date
from .anaphora import counted_before, elided_count
from .kinds import aerial_patient, irregular_subject
from .modality import possible_only, promised_reply
from .participles import state, taken
from .context import Mention
from .words import (ANAPHORIC, DEFINITE_DETS, ELIDED_COUNTS, FACILITIES, GROUND_FORCES, MILITARY_TARGETS, PLACE_NOUNS,
                    TITLE_HEADS, BODY_HEADS)


def victim(ctx, tok, words: set[str], names: bool = True) -> bool:
    """The people it was done to: an object (also "a X", a noun's "de X", or the subject of a passive) that is a
    person's name (unless ``names`` is false) or a word of the class ("cinco campesinos", "al alcalde", "fueron
    ultimados dos hombres")."""
    for c in tok.children:
        if c.dep_ in ("obj", "iobj", "nsubj:pass") or c.dep_ == "obl" and case_of(c) in ("a", "al") or \
                c.dep_ == "nmod" and tok.pos_ in NOMINAL_POS and case_of(c).startswith("de") or \
                c.dep_ == "nsubj" and any(a.dep_ == "aux:pass" or a.lemma_ == "ser" for a in tok.children):
            for x in [c, *(d for d in c.children if d.dep_ in ("nmod", "appos", "flat", "conj"))]:
                e = ctx.entity_at(x)
                if names and e is not None and e.type == "PER" or fold(x.lemma_) in words or fold(x.text).rstrip("s") in words:
                    return True
    if qualifying_participle(tok):  # "cinco hombres ultimados", not "la última persona"
        h = tok.head
        return fold(h.lemma_) in words or names and ctx.entity_at(h) is not None and ctx.entity_at(h).type == "PER"
    return False


def armed_subject(ctx, tok, words: set[str], postposed: bool = False) -> bool:
    """Its subject is an armed force: a word of the class ("las tropas"), an organisation or a country; a verb
    with no subject of its own takes its governor's ("las tropas volvieron a ingresar", "... y recuperaron")."""
    own = tok
    while tok.dep_ in ("xcomp", "conj") and tok.head is not tok and not any(c.dep_ == "nsubj" for c in tok.children):
        tok = tok.head
    for c in tok.children:
        if c.dep_ == "nsubj":
            # the subject's own head (and the names set beside it), not a name inside it: "las delegaciones de
            # Rusia y Ucrania abandonaron Estambul" are no force leaving a town
            if any(fold(x.lemma_) in words for x in c.subtree):
                return True  # "las tropas", "un vehículo cargado con explosivos"
            for x in [c, *(d for d in c.children if d.dep_ in ("flat", "appos", "conj"))]:
                e = ctx.entity_at(x)
                if e is not None and (e.type == "ORG" or ctx.is_country(e.id)):
                    return True
    if postposed and not any(c.dep_ == "nsubj" for c in (*own.children, *tok.children)):
        # "También explotó otro artefacto ... en un mercado de Al-Shaab": the parser takes the subject after a verb
        # with no object for its object (one with no "a" before it)
        return any(c.dep_ == "obj" and c.i > own.i and not any(k.dep_ == "case" for k in c.children)
                   and fold(c.lemma_) in words for c in own.children)
    return False


def with_party(ctx, tok) -> bool:
    """A "con X" argument naming someone: a person, an organisation or a country (a meeting's other party);
    or, reciprocal, a subject naming both parties ("Trump y Putin se encontraron")."""
    def names(x) -> bool:
        return any(ctx.entity_at(y) is not None or ctx.demonym(y.text) is not None
                   for y in [x, *(d for d in x.children if d.dep_ in ("nmod", "appos", "flat", "amod"))])
    for c in tok.children:
        if case_of(c).startswith("con") and names(c):
            return True
        if c.dep_ == "nsubj" and names(c) and any(d.dep_ == "conj" and names(d) for d in c.children):
            return True
    return False



# --------------------------------------------------------------------------- constraints
# Each constraint of a trigger row (``resources/es/events/triggers.tsv``, column ``constraints``) is one
# predicate here: (ctx, mention, value) -> True when the mention passes (a new one: a function, a header line).

def _not_followed(ctx, m: Mention, value: str) -> bool:
    """``not=W|W``: not when one of these words follows (fixed names, other senses), or is the first noun of the
    trigger's own preposition ("entrar* en": "entraron en una nueva etapa de intensidad"; not "cayó tras una batalla")."""
    after, t = m.tok.doc[m.tok.i + 1: m.tok.i + 6], m.trigger
    prep = t.words[t.head + 1] if 0 <= t.head < len(t.words) - 1 else None
    noun = [x for x in after if x.pos_ in ("NOUN", "PROPN") and case_of(x) == prep][:1]
    return not {fold(w) for w in value.split("|")} & {fold(x.text) for x in (*after[:3], *noun)}


def _not_preceded(ctx, m: Mention, value: str) -> bool:
    """``notprev=P|P``: not when one of these phrases comes right before (idioms: "el campo de batalla")."""
    before = fold(ctx.text[max(0, m.span[0] - 40):m.span[0]]).rstrip()
    return not any(before.endswith(fold(p)) for p in value.split("|"))


def _active(ctx, m: Mention, value: str) -> bool:
    """``active``: not in a passive or impersonal ``se`` ("los fondos se destinarán a munición")."""
    tok = m.tok
    return not (any(c.dep_ == "aux:pass" or c.lower_ == "se" for c in tok.children)
                or tok.i > 0 and tok.doc[tok.i - 1].lower_ == "se")


def _reflexive(ctx, m: Mention, value: str) -> bool:
    """``refl``: the verb with its pronoun ("se lanzaron contra el cuartel"; not "lanzaron explosivos contra")."""
    tok = m.tok
    return any(c.lower_ in ("se", "nos") and c.i < tok.i for c in tok.children) \
        or tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("se", "nos") or tok.lower_.endswith(("ándose", "iéndose"))


def _not_own_body(ctx, m: Mention, value: str) -> bool:
    """``notown``: not a meeting of one's own body ("en una reunión de su Consejo de Seguridad")."""
    tok = m.tok
    return any(case_of(c).startswith(("con", "entre")) for c in tok.children) or not any(
        c.dep_ == "nmod" and case_of(c).startswith("de") and ctx.entity_at(c) is not None
        and any(d.dep_ == "det" and d.lower_ in ("su", "sus") for d in c.children) for c in tok.children)


def _not_case(ctx, m: Mention, value: str) -> bool:
    """``notcase=P|P``: not introduced by these prepositions ("por videoconferencia": a means)."""
    first = case_of(m.tok).split()[:1]
    return not (first and first[0] in {fold(w) for w in value.split("|")})


def _obj(ctx, m: Mention, value: str) -> bool:
    """``obj=CLASS``: an argument holds a word of CLASS (for aid, also what a state's participle describes)."""
    words = ctx.lex.classes.get(value, set())
    return has_class(ctx, m.tok, words) or m.trigger.type == "aid" and given_by_state(ctx, m.tok, words) \
        or m.trigger.type == "interception" and qualifying_participle(m.tok) and (
            fold(m.tok.head.lemma_) in words or fold(m.tok.head.text) in words)  # "se registraron drones abatidos
    # en Vorónezh, Kursk, ...": what the participle says was downed


def _comp(ctx, m: Mention, value: str) -> bool:
    """``comp=CLASS``: a word of CLASS anywhere in what it governs, clauses included."""
    return governs_class(ctx, m.tok, ctx.lex.classes.get(value, set()))


def _gov(ctx, m: Mention, value: str) -> bool:
    """``gov=CLASS``: the word it depends on (or that word's head) is of CLASS ("acordaron un alto el fuego")."""
    tok = m.tok
    words = ctx.lex.classes.get(value, set())
    govs = [tok.head, tok.head.head] if tok.head != tok else []  # (or a participle on it: "pese al alto el fuego
    phrase = tok.doc[tok.i:tok.i + max(1, len(m.trigger.words))]  # alcanzado en mayo", on any word of the phrase)
    govs += [c for h in phrase for c in h.children if c.dep_ in ("amod", "acl") and c.i > tok.i
             and ("Part" in c.morph.get("VerbForm") or looks_participle(c))]
    return any(fold(h.lemma_) in words or fold(h.text) in words or participle_lemma(h) & words for h in govs) \
        or value == "vow" and promised_reply(tok)  # ("Israel responderá con contundencia": no vow word)


def subject_of_class(ctx, m: Mention, value: str) -> bool:
    """Its subject holds a word of CLASS ("un primer convoy de ayuda humanitaria entró ...": class cargo)."""
    return not _subj_not(ctx, m, value)


def _subj_not(ctx, m: Mention, value: str) -> bool:
    """``subj_not=CLASS``: its subject holds no word of CLASS ("uno de los proyectiles cayó junto a un parque")."""
    words = ctx.lex.classes.get(value, set())
    subjects = [c for c in m.tok.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if m.tok.dep_.startswith("acl") and any("Rel" in c.morph.get("PronType") for c in subjects):
        subjects = [m.tok.head]  # "drones baratos que entraron en territorio ruso": what the relative stands for
    if not subjects and m.tok.dep_ == "xcomp":  # "ha obligado a los dos buques comerciales a retirarse": who is made to
        h = m.tok.head
        subjects = [c for c in h.children if (c.dep_ in ("obj", "iobj") or c.dep_ == "obl" and case_of(c) == "a")
                    and c.lower_ != "se"] or [c for c in h.children if c.dep_ == "nsubj"]
        # (not the "se" of "numerosos civiles se encontraban reunidos": the civilians)
    if not subjects and m.tok.pos_ in NOMINAL_POS:  # "la caída de fragmentos": what fell
        subjects = [c for c in m.tok.children if c.dep_ == "nmod" and case_of(c).startswith("de")]
    if not subjects:  # '«aproximadamente 450 cohetes lanzados hacia Israel cayeron ...': the parser hung it elsewhere
        before = []
        for x in reversed(m.tok.doc[max(0, m.tok.i - 6):m.tok.i]):
            if x.is_punct or x.pos_ in ("VERB", "AUX") and x.dep_ not in ("amod", "acl"):
                break
            before.append(x)
        subjects = [x for x in before if x.pos_ == "NOUN"][:1]
    if m.tok.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in m.tok.children):
        subjects += [c for c in m.tok.children if c.dep_ == "obj" and c.i > m.tok.i]  # "al caer los restos": (parsed obj)
    for c in subjects:  # a count with the noun left out ("de los que ... interceptó una decena, dos cayeron dentro del
        # enclave costero"; "Los misiles han destruido una escuela ... Otro ha caído en la rotonda"): what its sentence,
        # or the one before, counted before it
        if elided_count(c) and counted_before(c, words):
            return False
    return not any(any(fold(x.lemma_) in words or fold(x.text).rstrip("s") in words or fold(x.text).endswith("es") and fold(x.text)[:-2] in words
                       for x in own_words(c)) for c in subjects)  # ("Misiles", a name to the tagger: "misil")


def _agent_not(ctx, m: Mention, value: str) -> bool:
    """``agent_not=CLASS``: who did it (its subject, or the agent of a passive) holds no word of CLASS
    ("fueron interceptados por hombres armados": no air defence)."""
    words = ctx.lex.classes.get(value, set())
    agents = [c for c in m.tok.children if c.dep_ in ("nsubj", "obl:agent")
              or case_of(c) == "por" and "Part" in m.tok.morph.get("VerbForm")]  # (the parser may call it "obj")
    return not any(fold(c.lemma_) in words or fold(c.text).rstrip("s") in words for c in agents)


def _place(ctx, m: Mention, value: str) -> bool:
    """``place``: a place among its arguments, or a place noun pointing back to one just named ("la ciudad",
    "ambas ciudades", "la localidad": the setting step finds which)."""
    if event_places(ctx, m)[0]:
        return True
    if m.trigger.type == "attack" and m.trigger.pos == "V" and any(
            c.dep_ in ("obl", "obj") and fold(c.lemma_) in FACILITIES and case_of(c) in ("", "en", "contra", "sobre")
            and any(d.dep_ == "det" for d in c.children) for c in m.tok.children):
        # "un misil ha impactado en una tienda y un café": one building struck, the place told later; not "para
        # golpear ... refinerías y depósitos", a kind of target
        return True
    shared = _shared_subjects(m.tok)
    return any(fold(x.lemma_) in PLACE_NOUNS and x.pos_ == "NOUN" and any(
        d.dep_ in ("det", "nummod") and fold(d.text) in DEFINITE_PLACE for d in x.children)  # "ambas" parses as nummod
        or m.trigger.type == "territory_change" and _counted_places(x)
        or x in shared and (e := ctx.entity_at(x)) is not None and e.type == "LOC"
        for x in [*(x for x, _ in walk(m.tok, 2)), *shared])


def _shared_subjects(tok) -> list:
    """"La ciudad fue tomada por Rusia al comienzo de la invasión y recuperada por Ucrania": a coordinated verb
    shares the subject of the verb it is coordinated with (the parser may hang it on that verb's object)."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB":
        return []
    h = tok.head
    if h.pos_ != "VERB" and h.dep_ in ("obj", "obl") and h.head.pos_ == "VERB":
        h = h.head
    return [c for c in h.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i] if h.pos_ == "VERB" else []


def _counted_places(x) -> bool:
    """"tomar hasta cinco capitales de provincia", "han tomado 12 localidades": places counted, not named."""
    return fold(x.lemma_) in PLACE_NOUNS and x.pos_ == "NOUN" and x.dep_ in ("obj", "obl", "nsubj:pass") and any(
        d.dep_ == "nummod" and (d.like_num or d.pos_ == "NUM") and fold(d.text) not in ("un", "una", "uno")
        for d in x.children)


def _not_governed(ctx, m: Mention, value: str) -> bool:
    """``notgov=CLASS``: not the "de X" of a word of CLASS ("aviones de combate": a kind of aircraft, no fighting), nor
    the object of a verb of CLASS ("acordar el intercambio de mil prisioneros": the agreement is the event), nor what a
    participle says a word of CLASS is for."""
    tok = m.tok
    words = ctx.lex.classes.get(value, set())
    head = tok.head
    while tok.dep_ == "conj" and head.dep_ == "nmod" and fold(head.lemma_) not in words and head.head != head:
        head = head.head  # "aviones de vigilancia y combate": combat aircraft too, whichever word the parser hung it on
    if tok.dep_ == "conj" and (fold(head.lemma_) in words or fold(head.text) in words) \
            and ctx.doc[tok.i - 1].lower_ in ("y", "e") and ctx.doc[tok.i - 2].pos_ == "NOUN":
        return False
    if tok.dep_ == "obl" and case_of(tok) == "para" and head.dep_ in ("amod", "acl") and looks_participle(head) \
            and (fold(head.head.lemma_) in words or fold(head.head.text) in words):
        return False  # "lugares usados para los lanzamientos de cohetes": what the places are for
    return not (tok.dep_ in ("nmod", "obj") and (fold(head.lemma_) in words or fold(head.text) in words))


def _victim(ctx, m: Mention, value: str) -> bool:
    """``victim=CLASS``: done to people ("asesinaron a cinco campesinos"), not "ejecutar un plan"."""
    return victim(ctx, m.tok, ctx.lex.classes.get(value, set()))


def _not_victim(ctx, m: Mention, value: str) -> bool:
    """``notvictim=CLASS``: not done to people ("capturaron a más de 250 personas": people taken, no place)."""
    return not victim(ctx, m.tok, ctx.lex.classes.get(value, set()))


def _not_into(ctx, m: Mention, value: str) -> bool:
    """``notinto=CLASS``: not into a building of CLASS ("irrumpieron en la iglesia mientras los fieles rezaban": no
    ground changes hands), nor into an organisation ("la posible entrada de Ucrania en la OTAN")."""
    words = ctx.lex.classes.get(value, set())
    return not any(c.dep_ in ("obl", "obj", "nmod") and case_of(c) in ("en", "a", "al", "") and (fold(c.lemma_) in words
                   or case_of(c) and (e := ctx.entity_at(c)) is not None and e.type == "ORG") for c in m.tok.children)


def _not_pointed(ctx, m: Mention, value: str) -> bool:
    """``notpointed``: its object is not pointed back at ("Kiev también ha recibido alguno de estos misiles": the
    missiles of the strike just told, no aid)."""
    return not any(x.dep_ == "det" and fold(x.text) in ANAPHORIC
                   for c in m.tok.children if c.dep_ in ("obj", "nsubj:pass") for x in c.subtree)


def _not_remains(ctx, m: Mention, value: str) -> bool:
    """``notremains=CLASS``: not done to people or remains of CLASS, a name aside ("los cuerpos de dos víctimas ya
    han sido recuperados": no ground retaken; "recuperar es Urozhayne" may name a village the parser calls a person)."""
    return not victim(ctx, m.tok, ctx.lex.classes.get(value, set()), names=False)


def _not_object(ctx, m: Mention, value: str) -> bool:
    """``notobj=CLASS``: its direct object is not a word of CLASS ("tomó la inusual medida de asumir ...": a step
    taken, no ground; "anunciara su retirada del acuerdo del grano": a deal left, no ground)."""
    words = ctx.lex.classes.get(value, set())
    return not any(c.dep_ in ("obj", "nmod") and fold(c.lemma_) in words and (c.dep_ == "obj" or case_of(c) in ("de", "del"))
                   for c in m.tok.children)


def _armed_subject(ctx, m: Mention, value: str) -> bool:
    """``subj=CLASS``: its subject is an armed force ("las tropas evacuaron la ciudad", not "evacuaron a civiles")."""
    # (a word of the class after the verb is its subject only for a class of things that go off: "explotó otro
    # artefacto"; not "abandonaron tanques")
    return armed_subject(ctx, m.tok, ctx.lex.classes.get(value, set()), postposed=value in INTRANSITIVE_AGENTS)


def _burst(ctx, m: Mention, value: str) -> bool:
    """``burst=CLASS``: what bursts is of CLASS, as its subject or as the bare noun after it that the parser takes
    for an object ("al estallar explosivos en medio de un grupo de civiles": no "estalló la guerra")."""
    words = ctx.lex.classes.get(value, set())
    return any(c.dep_ in ("nsubj", "nsubj:pass") or c.dep_ == "obj" and c.i > m.tok.i and not case_of(c)
               for c in m.tok.children if fold(c.lemma_) in words)


def _party(ctx, m: Mention, value: str) -> bool:
    """``party``: a meeting's other party ("se encontrará con Putin"; not "se encuentra en Doha")."""
    return with_party(ctx, m.tok)


def actor(ctx, m: Mention, value: str) -> bool:
    """``actor``: an actor (an entity or a demonym) among its modifiers, or a date of its own; ``actor=CLASS``: or
    the "de" phrase of a word of CLASS ("al comienzo de la invasión", "desde el inicio de la invasión": the war's
    start as a time)."""
    tok = m.tok
    if noun_actors(ctx, tok) or any(c.dep_ == "amod" and ctx.demonym_country(c.text) for c in tok.children):
        return True  # (also a demonym of a country the article does not name: "la invasión norteamericana del 2001")
    if tok.dep_ == "obj" and fold(tok.head.lemma_) in ctx.lex.light and any(
            c.dep_ == "nsubj" and (fold(c.text) in GROUND_FORCES | MILITARY_TARGETS or ctx.entity_at(c) is not None)
            for c in tok.head.children):
        return True  # "sus fuerzas navales llevaron a cabo una operación contra un buque": the light verb's subject
    if own_date(ctx, tok):
        return True  # "la invasión rusa del 24 de febrero", "la invasión desatada en febrero de 2022": one act, dated
    words = ctx.lex.classes.get(value, set()) if value else set()
    return bool(words) and (tok.dep_ == "nmod" and fold(tok.head.lemma_) in words or any(
        c.dep_ == "case" and any(f.dep_ == "fixed" and fold(f.text) in words for f in c.children) for c in tok.children))


DEFINITE_PLACE = DEFINITE_DETS | grammar("both")
# the subj=CLASS classes of things that go off by themselves ("explotó otro artefacto"): one after the verb its subject
INTRANSITIVE_AGENTS = frozenset({"explosive_agent"})

# checked first, in this order: a failure rejects the mention outright
HARD = {"not": _not_followed, "notprev": _not_preceded, "active": _active, "refl": _reflexive, "notown": _not_own_body,
        "notgov": _not_governed, "notcase": _not_case, "sure": lambda ctx, m, value: not possible_only(m.tok),
        "with": lambda ctx, m, value: any(k.dep_ in ("case", "mark") and k.lower_ == "con" for k, _ in walk(m.tok, 3))}
# the argument constraints: a failure may still leave a reference to an event already told ("ref")
SOFT = {"obj": _obj, "comp": _comp, "gov": _gov, "place": _place, "victim": _victim, "subj": _armed_subject,
        "party": _party, "burst": _burst, "irregular": lambda ctx, m, value: irregular_subject(ctx, m.tok),
        "aerialpatient": lambda ctx, m, value: aerial_patient(ctx, m),  # what it was done to flies ("21 misiles")
        "conplace": lambda ctx, m, value: any(  # its "con" phrase names a place ("hacerse el lunes con Sandrigolovo")
            case_of(c) == "con" and (e := ctx.entity_at(c)) is not None and e.type == "LOC" for c in m.tok.children)}
# who did it or to whom, checked before the argument constraints: a failure rejects
PATIENT = {"subj_not": _subj_not, "agent_not": _agent_not, "notvictim": _not_victim, "notremains": _not_remains,
           "notarg": lambda ctx, m, value: not any(fold(x.lemma_) in ctx.lex.classes.get(value, set())
                                                   for x in arg_tokens(ctx, m.tok, depth=4)),
           "notinto": _not_into, "notpointed": _not_pointed, "taken": taken, "notobj": _not_object,
           "notsaidby": lambda ctx, m, value: not any(c.dep_ in ("nsubj", "obj") and fold(c.lemma_) in ctx.lex.classes.get(
               value, set()) for c in m.tok.children),  # ("que habían avanzado canales de Telegram": news, no advance)
           "state": state}
# checked last: a failure rejects
LAST = {"actor": actor}
# keys that are not constraints but say how to read the row
INFO = {"pos", "forms", "dest", "ref", "ground", "aerial", "civil", "remote", "objplace", "toward", "cargo", "plural", "raiders", "judge"}
CONSTRAINTS = {**HARD, **PATIENT, **SOFT, **LAST}


def governs_class(ctx, tok, words: set[str]) -> bool:
    """A word of the class anywhere in what the trigger governs, embedded clauses included."""
    for x, d in walk(tok, 5):
        if fold(x.lemma_) in words or fold(x.text) in words:
            return True
    return False


def has_class(ctx, tok, words: set[str]) -> bool:
    if not words:
        return True
    args = arg_tokens(ctx, tok, depth=3)
    if tok.dep_ == "obj" and fold(tok.head.lemma_) in ctx.lex.light:  # "abrieron fuego contra los uniformados"
        args += [x for c in tok.head.children if c.dep_ == "obl" for x in c.subtree]
    if tok.dep_ == "acl" and any(c.dep_ in ("obj", "nsubj") and "Rel" in str(c.morph)
                                 for c in tok.children):
        args.append(tok.head)  # "cada nuevo sistema que la OTAN proporcione"
    for x in args:
        if x.dep_ == "nmod" and (fold(x.head.lemma_) in TITLE_HEADS or x.head.is_title and fold(x.head.text) in BODY_HEADS):
            continue  # "el ministro de Defensa", "el Ministerio de Defensa": an office's name
        if fold(x.lemma_) in words or fold(x.text) in words or fold(x.text).rstrip("s") in words:
            return True
    # a count with the noun left out ("La mayoría fueron abatidos", "Otros cuatro fueron interceptados"): what the
    # sentence before, or this one before the count, counted
    elided = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass") and elided_count(c)), None)
    if elided is None and tok.dep_ in ("amod", "acl") and (tok.head.pos_ == "NUM"
                                                        or fold(tok.head.lemma_) in ELIDED_COUNTS):
        elided = tok.head  # "lanzado 165 drones, 135 de ellos neutralizados": the count the participle describes
    return elided is not None and counted_before(elided, words)


def arg_tokens(ctx, tok, depth=3):
    """Tokens of the trigger's arguments: its subtree without embedded clauses, a few levels down."""
    out = []
    stack = [(c, 1) for c in tok.children]
    while stack:
        x, d = stack.pop()
        if d > depth:
            continue
        if x.dep_ in ("ccomp", "advcl", "parataxis", "csubj") or (x.dep_ == "conj" and x.pos_ == "VERB"):
            continue
        out.append(x)
        stack.extend((c, d + 1) for c in x.children)
    return out
