"""Whether a trigger tells something that happened or will: refrained from or prevented ("se abstenga de atacar"),
only owed ("Moscú tiene que conquistar Kostiantinivka"), or what something is for ("para invadir la ciudad")."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ...names import fold
from ..spanish import conjugate
from ..syntax import NOMINAL_POS, case_of, has_definite_article
from .context import campaign_word
from .words import EVIDENCE, HOSTILE_REPLY, KEEPING, OBLIGATION


def blocked(ctx, tok) -> Optional[str]:
    """The governing word under which it did not or will not happen (refrained from, prevented, or only owed:
    "Moscú tiene que conquistar Kostiantinivka", "las tropas deben retirarse")."""
    owed = owed_by(tok)
    if "Inf" in tok.morph.get("VerbForm") and owed is not None and "Past" not in owed.morph.get("Tense") \
            and "Imp" not in owed.morph.get("Tense"):
        return "deber"  # (not "tuvieron que retirarse de Avdivka": they had to, and did)
    h = tok.head
    if any(c.dep_ == "mark" and fold(c.text) in ctx.lex.purpose for c in tok.children) \
            and any(c.dep_ in ("conj", "xcomp") and (o := owed_by(c)) is not None and o.i == h.i for c in h.children) \
            and "Past" not in h.morph.get("Tense"):
        return "deber"  # "Para hacerse con el corazón de esta región Moscú tiene que conquistar ...": the aim of a duty
    return _governing(ctx, tok, ctx.lex.block)


def owed_by(verb):
    """The verb of obligation an infinitive hangs on ("deben retirarse", "tiene que conquistar"), or None."""
    aux = next((c for c in verb.children if c.dep_ == "aux" and fold(c.lemma_) in OBLIGATION), None)
    if aux is None and fold(verb.head.lemma_) in OBLIGATION and verb.head.i < verb.i and verb.i > 0 \
            and fold(verb.doc[verb.i - 1].text) == "que":
        return verb.head
    return aux


def purposed(ctx, tok) -> bool:
    """The verb of a purpose clause, or its object ("para invadir la ciudad", "para lanzar una ofensiva"): what
    something is for, expected; not a noun the clause presupposes ("para escapar del cerco")."""
    x = tok.head if tok.dep_ == "obj" else tok
    return any(c.dep_ == "mark" and fold(c.text) in ctx.lex.purpose for c in x.children) and not achieved(ctx, x)


def achieved(ctx, x) -> bool:
    """A purpose clause on decisive actions taken ("unidades del grupo de fuerzas Sur adoptaron acciones decisivas para
    liberar la localidad de Seversk Mali": the command's way of saying the aim was reached), or on means used: no plan."""
    h = x.head
    used = h if x.dep_ in ("advcl", "xcomp") else h.head if x.dep_ == "acl" and h.dep_ == "obj" else None
    if used is not None and used.pos_ == "VERB" and "Past" in used.morph.get("Tense") \
            and fold(used.lemma_) in ctx.lex.achieved:
        return True  # "los militares usaron un avión de caza para lanzar explosivos contra un mercado": what the
        # means were used for was done
    return x.dep_ == "acl" and h.pos_ == "NOUN" and h.head.pos_ == "VERB" and "Past" in h.head.morph.get("Tense") \
        and any(c.dep_ == "amod" and _masc_sing(c.text) in ctx.lex.achieved for c in h.children)


def _masc_sing(word: str) -> str:
    w = fold(word)
    w = w[:-1] if w.endswith("s") else w
    return w[:-1] + "o" if w.endswith("a") else w


def operation_aim(tok) -> bool:
    """A purpose clause hung on an operation ("ha iniciado varias ofensivas para recuperar el control de ...", "la
    ofensiva para expulsar a los yihadistas"): the operation's aim, no event of its own."""
    x = tok.head if tok.dep_ == "obj" else tok
    h = x.head
    if h == x:
        return False
    return campaign_word(h) or h.pos_ in ("VERB", "AUX") and any(c.dep_ == "obj" and campaign_word(c) for c in h.children)


def conditional_ground(tok) -> bool:
    """A purpose clause hung on what something would give ("la captura de Bajmut daría a Rusia un trampolín para
    avanzar sobre dos ciudades"): a capability imagined, no occurrence told, even an expected one."""
    x = tok.head if tok.dep_ == "obj" else tok
    for _ in range(3):
        if x.head == x:
            return False
        x = x.head
        if x.pos_ in ("VERB", "AUX"):
            return "Cnd" in x.morph.get("Mood")
    return False


def _governing(ctx, tok, words: set[str]) -> Optional[str]:
    x, steps = tok, 0
    while x.head != x and steps < 4:
        for c in x.children:
            if c.dep_ == "mark" and fold(c.text) in words:
                return fold(c.text)
        h = x.head
        if fold(h.lemma_) in words or fold(h.text) in words:
            if any(c.dep_ == "advmod" and fold(c.text) in ("no", "nunca") and c.i < h.i
                   and fold(c.nbor(1).text) not in ("solo", "solamente") for c in h.children):  # (not "no solo")
                return None  # "Este hecho no han impedido que Rusia haya tomado ya ... Mariúpol": it happened
            return fold(h.lemma_) if fold(h.lemma_) in words else fold(h.text)
        if x.dep_ in ("ccomp", "parataxis", "ROOT"):
            break
        if x.dep_ == "acl" and any("Rel" in c.morph.get("PronType") for c in x.children):
            break  # "para perseguir a los hombres que incursionaron en X": the relative clause tells what happened
        x, steps = h, steps + 1
    return None


def promised_reply(tok) -> bool:
    """A reply told as still to come with a word of force or of the aggression it answers: the verb in the future or
    the conditional, or a noun in the object of one or under "sin" ("Israel responderá con contundencia a esta
    agresión inaceptable", "Teherán dará una respuesta firme a los enemigos", "no quedará sin respuesta"; not
    "responderá a los mediadores", "dará su respuesta a la propuesta")."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.dep_ in ("obj", "obl") else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or not (
            "Fut" in verb.morph.get("Tense") or "Cnd" in verb.morph.get("Mood")):
        return False
    return fold(verb.lemma_) == "haber" or case_of(tok) == "sin" or any(  # "con contundencia", "a esta agresión",
        (fold(c.lemma_) in HOSTILE_REPLY or fold(c.text) in HOSTILE_REPLY) and case_of(c) in ("con", "a", "al", "")
        for c in (*tok.children, *verb.children))  # "una respuesta firme" (not "ante el Parlamento por el ataque")


def none_told(tok) -> bool:
    """An act, bare or indefinite, under a word of evidence or danger a negated verb says there is none of ("No hay
    reportes de enfrentamientos en El Camarón", "no hay indicios de una invasión rusa de Ucrania"): nothing happened
    (not "no dio detalles del ataque": the attack did)."""
    if tok.dep_ != "nmod" or case_of(tok) != "de" or tok.head.dep_ not in ("obj", "nsubj") \
            or fold(tok.head.lemma_) not in EVIDENCE and fold(tok.head.text).rstrip("s") not in EVIDENCE \
            or has_definite_article(tok):
        return False
    return any(c.dep_ == "advmod" and fold(c.text) in ("no", "nunca", "jamas") for c in tok.head.head.children)


def possible_only(tok) -> bool:
    """The clause a warning verb governs tells what may happen ("advirtió que puede haber otro ataque", "advierte que
    Rusia podría estar planeando un nuevo ataque", "advirtieron que es probable que el número de víctimas aumente"): a
    danger foreseen, no threat of the speaker's own (not "advirtió que sus baterías derribarán cualquier avión")."""
    for c in tok.children:
        if c.dep_ not in ("ccomp", "advcl", "xcomp") or c.pos_ not in ("VERB", "AUX", "ADJ"):
            continue
        if fold(c.lemma_) in ("poder", "probable", "posible") or any(
                a.dep_ == "aux" and fold(a.lemma_) == "poder" for a in c.children):
            return True
    return False


def willing(ctx, tok) -> bool:
    """Told as what someone is willing, ready or able to do, or as a possibility ("su disposición a negociar un nuevo
    cese el fuego", "está listo para negociaciones directas", "la posibilidad de que se produzca un ataque", "Rusia puede
    invadir Ucrania"; not "pudo", past: done). A noun trigger is read through the verb it is the
    object or subject of, unless that verb keeps up something already there ("dispuesto a prolongar la tregua": the
    truce holds); "poder" only when the noun is what is done ("los ataques ... pueden constituir crímenes de guerra":
    attacks made). A coordinated verb is read as its first conjunct ("disposición a iniciar ... y a llegar a un
    acuerdo")."""
    words = ctx.lex.willing
    x = tok
    while x.dep_ == "conj" and x.head != x and x.pos_ in ("VERB", "AUX") and x.head.pos_ in ("VERB", "AUX"):
        x = x.head
    noun = None
    for _ in range(2):
        if "poder" in words and (noun is None or noun.dep_ != "nsubj") and any(
                c.dep_ == "aux" and fold(c.lemma_) == "poder" and (set(c.morph.get("Tense")) & {"Pres", "Fut"}
                                                                   or x is not tok and "Cnd" in c.morph.get("Mood"))
                for c in x.children):
            return True  # (and "podría" on the verb above: "advierte que Rusia podría estar planeando un nuevo ataque";
            # the trigger's own "se podría acordar" is the conditional the mood is read from)
        h = x.head
        if h == x:
            return False
        if x.dep_ == "xcomp" and "Inf" in x.morph.get("VerbForm") and h.pos_ in ("VERB", "AUX") and fold(h.lemma_) not in words:
            x = h  # "podría intentar atacar": the verb the infinitive completes
            continue
        if fold(h.lemma_) in words and x.dep_ in ("xcomp", "acl", "advcl", "nmod", "obl") and any(
                c.dep_ in ("mark", "case") and fold(c.text) in ("a", "de", "para") for c in x.children):
            return True
        if not (x is tok and x.pos_ in NOMINAL_POS and x.dep_ in ("obj", "nsubj", "nsubj:pass") and h.pos_ in ("VERB", "AUX")
                and fold(h.lemma_) not in KEEPING):
            return False
        noun, x = x, h
    return False


@lru_cache(maxsize=8)
def _forms(lemmas: frozenset) -> frozenset:
    return frozenset(fold(f) for lemma in lemmas for f in conjugate(lemma))


def undergoes(ctx, verb) -> bool:
    """A verb whose subject is where its object happened ("sufrir"), by its lemma or its form (the lemmatiser reads
    "sufriera" as "sufrierar")."""
    return fold(verb.lemma_) in ctx.lex.undergo or fold(verb.text) in _forms(frozenset(ctx.lex.undergo))
