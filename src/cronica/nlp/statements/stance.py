"""The stance a cue gives its statement, negation included (``no confirmó``, ``no pudo verificar``)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Token

from ... import resources
from ...names import fold
from ..spanish import grammar
from .clauses import negated
from .context import Context, Found, urging_object
from .lexicon import Cue, folded_words, number_free


@dataclass(frozen=True)
class Stance:
    stance: str
    clause_only: bool = False  # negated, it reports only a que-clause: "no confirmó que ..." but not "no confirmó X"


def verb_stance(ctx: Context, tok: Token, cue: Cue) -> Optional[Stance]:
    """The cue's stance, or None when the negated cue says nothing ("no dijo nada")."""
    if not negated(ctx, tok):
        if cue.stance == "urge" and any(c.dep_ in ("obj", "nsubj:pass") and fold(c.lemma_) in CREDIT_CLAIMS
                                        for c in tok.children):
            return Stance("assert")  # "reclamó la captura de Serguiïvka", "cuya autoría reclamó": claimed, not asked for
        if cue.stance == "assert" and urging_object(tok) is not None:
            return Stance("urge")  # "insistió en la necesidad de un cese total de las hostilidades": a demand
        return Stance(cue.stance)
    if cue.negated == "-":
        return None
    stance, _, cond = cue.negated.partition("/")
    # "no ha podido confirmar la captura": an inability to verify a claim answers it (unverified);
    # "no ha confirmado la pérdida" stays no statement
    could = tok.head.lemma_ == "poder" and tok.head.i < tok.i or any(
        c.lemma_ == "poder" and c.i < tok.i for c in tok.children)
    return Stance(stance, clause_only=cond == "que" and not could)


REPLIES = grammar("reply_verbs")
ALLEGED = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "alleged"))
REPLY_NOUNS = frozenset(fold(w) for w in grammar("reply_nouns"))
CREDIT_CLAIMS = resources.words("es/words/reporting.tsv", "credit_claims")


def is_rebuttal(ctx: Context, f: Found, prev: Optional[Found]) -> bool:
    """"«... Rusia simplemente vuelve a mentir», afirmó" right after the same speaker's denial, or a reply that
    calls the claim a lie: a rebuttal framed as a reply is a denial even without a denial verb."""
    if f.stance != "assert":
        return False
    words = " " + " ".join(w for w in re.findall(r"\w+", fold(ctx.text[f.content[0]:f.content[1]]))
                           if w != "mientras") + " "  # ("mient" is "miente", "mintió", never "mientras")
    if words.split()[:1] and words.split()[0] in ctx.lex.own_denials:
        return True  # "Negamos rotundamente estas acusaciones", dijo: the speaker's own denial
    if ctx.lex.disclaims(words):
        return True  # "No tenemos nada que ver con eso", dijo: a part in it disowned
    if replies_to_claim(ctx, f):
        return True  # "Las FAR respondieron a las acusaciones afirmando que «no tuvieron como objetivo ...»"
    if called_false(ctx, f) or disputes_claim(ctx, f):
        return True
    if not any(" " + form in words for form in ctx.lex.rebuttals):
        return False
    follows_denial = prev is not None and prev.stance == "deny" and prev.source == f.source and f.source is not None
    if f.cue_tok is not None and ctx.lemma(ctx.doc[f.cue_tok]) in ctx.lex.predicative:
        return True  # "calificó como un «montaje» las denuncias": what it calls a fabrication it denies
    # ("El supuesto bombardeo aéreo es una completa provocación": what is alleged, called false)
    alleged = bool(set(words.split()[:3]) & ALLEGED)
    # "el Ejército ucraniano asegura que esto «no es cierto»": the claim told before, called false
    about_that = words.split()[:1] in (["esto"], ["eso"], ["ello"], ["aquello"])
    # "las declaraciones de Rusia sobre la toma de estas ciudades son «falsas»": what another side said, called false
    # ("La afirmación de Putin de que ... es una «declaración absolutamente falsa»": one noun, singular or plural)
    about_claim = any(number_free(w) in ctx.lex.said_nouns for w in words.split()[:3])
    return follows_denial or f.cue in REPLIES or about_that or about_claim or alleged


ACCUSING = frozenset({"acusar", "culpar", "responsabilizar", "denunciar"})


def answers_accusation(ctx: Context, f: Found, done: list[Found]) -> bool:
    """"Rusia acusa a las Fuerzas Armadas ucranianas de lanzar ofensivas contra estos territorios, si bien Kiev asegura
    no combatir fuera de sus fronteras": the other side, in the accusation's sentence, says it did not: a denial."""
    prev = done[-1] if done else None
    if f.stance != "assert" or prev is None or prev.cue not in ACCUSING or prev.source == f.source \
            or f.cue_span is None or prev.cue_span is None:
        return False
    if ctx.sent_bounds(prev.cue_span[0]) != ctx.sent_bounds(f.cue_span[0]):
        return False
    before = ctx.text[f.cue_span[1]:f.content[0]] if f.cue_span[1] <= f.content[0] else ""  # ("asegura no combatir")
    return re.match(r"\W*(?:no|nunca|jam[aá]s)\b", before + ctx.text[f.content[0]:f.content[1]], re.I) is not None


DISPUTE_VERBS = resources.words("es/words/reporting.tsv", "dispute_verbs")
DISPUTED_OBJECTS = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "disputed_objects"))


def disputes_claim(ctx: Context, f: Found) -> bool:
    """A verb of casting doubt on a figure or a claim ("Israel ha cuestionado la precisión de estos datos", "han
    tachado de exageradas las cifras del Ministerio"): a denial; not on a decision ("cuestionó el envío de tanques")."""
    if f.stance != "assert" or f.cue_tok is None or ctx.lemma(ctx.doc[f.cue_tok]) not in DISPUTE_VERBS:
        return False
    nouns = [t for t in ctx.ix.tokens_in(*f.content) if t.pos_ in ("NOUN", "PROPN")][:2]
    return any(fold(t.text) in DISPUTED_OBJECTS for t in nouns)


def called_false(ctx: Context, f: Found) -> bool:
    """The words say that something is false: a word of falsity predicated with a copula ("las capturas de Vovchansk y
    Pokrovsk son «falsas»", "la información sobre la ocupación de ambas aldeas ... no es cierta") or the clause's own
    verb ("Mienten cuando dicen que son civiles"); not an attribute ("la información falsa de aquellos que ...")."""
    a, b = f.content
    for t in ctx.ix.tokens_in(a, b):
        w = fold(t.text)
        if not ctx.lex.falsity_word(w) and w not in ("cierto", "cierta"):
            continue
        cop = any(c.dep_ == "cop" for c in t.children)
        if w in ("cierto", "cierta"):
            if cop and any(c.dep_ == "advmod" and c.lower_ == "no" for c in t.children):
                return True
            continue
        if t.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ == "no" for c in t.children):
            continue  # (a lie disowned by "no": nothing called false)
        if cop or t.pos_ == "VERB" and not (a <= t.head.idx < b and t.head.i != t.i):
            return True
        if t.dep_ == "amod" and any(c.dep_ == "cop" for c in t.head.children):
            return True  # "es una «declaración absolutamente falsa y absurda»": what the subject is called
    return False


def replies_to_claim(ctx: Context, f: Found) -> bool:
    """The cue is, or hangs as a gerund on, a verb of replying whose "a" phrase is the other side's claim ("respondieron
    a las acusaciones afirmando que ..."; not "no han respondido a las acusaciones, pero se jactaron de ...")."""
    if f.cue_tok is None:
        return False
    tok = ctx.doc[f.cue_tok]
    if any(c.dep_ == "obl" and fold(c.lemma_) in REPLY_NOUNS and any(
            n.dep_ == "nmod" and fold(n.text) in ctx.lex.claim_nouns for n in c.children) for c in tok.children):
        return True  # "En rechazo a las versiones de que las fuerzas rusas controlaban Kiev, Zelenski dijo que ..."
    for v in (tok, tok.head if tok.dep_ in ("advcl", "xcomp") and "Ger" in tok.morph.get("VerbForm") else tok):
        if v.lemma_.lower() in REPLIES and not negated(ctx, v) and any(
                c.dep_ in ("obl", "obj", "iobj") and fold(c.text) in ctx.lex.claim_nouns for c in v.children):
            return True
    return False


def holds_against(ctx: Context, f: Found, done: list[Found]) -> bool:
    """"el alcalde de la ciudad dice que todavía está bajo control ucraniano" after "Las fuerzas rusas dicen que han
    tomado la ciudad": a place still held, said after another speaker claimed its capture, denies that claim."""
    # (or after a capture already denied: "desmintió que los rusos hayan logrado tomar las localidades" ... "siguen
    # controlando la aldea de Zaporizke": the capture in dispute, denied again)
    # (or said to have failed, or not to have happened: "aseguró que las tropas rusas no avanzan tal como dice Moscú y que
    # los ataques en la zona fracasaron")
    return f.stance == "assert" and (says_held(ctx, f.content) or ctx.lex.says_not_taken(
        ctx.text[f.content[0]:f.content[1]])) and any(
        (g.stance == "assert" and (g.source != f.source or g.source is None) or g.stance == "deny")
        and claims_capture(ctx, g.content) for g in done)


def says_held(ctx: Context, span: tuple[int, int]) -> bool:
    """A place still held or still fought over in the words of ``span`` (:meth:`Lexicon.says_held`)."""
    return ctx.lex.says_held(ctx.text[span[0]:span[1]])


def claims_capture(ctx: Context, span: tuple[int, int]) -> bool:
    """A capture, a fall or an entry in these words (:meth:`Lexicon.says_claimed`)."""
    return ctx.lex.says_claimed(ctx.text[span[0]:span[1]])


# "dijo que no podía confirmar si Israel efectuó el ataque": what the speaker says is that it could not confirm
# (at the start of any sentence of a quotation: "He visto los informes. No puedo validarlos de ninguna manera"; "no ha
# sido posible verificar de forma independiente")
_COULD_NOT = re.compile(r"\W*(?:[^.!?]*[.!?]\W+)*(?:\w+\W+){0,3}?no\s+"
                        r"(?:pudo|podía|puede|pueden|podían|puedo|podemos|pude|pudimos|ha podido|han podido|había podido|"
                        r"he podido|hemos podido|(?:ha sido|fue|es|era) posible)"
                        r"\s+(?:confirmar|verificar|corroborar|validar)(?:l[oa]s?)?\b"
                        # "estas afirmaciones no se han verificado", "la cifra no ha podido ser verificada"
                        r"|\W*(?:\w+\W+){0,4}?no\s+(?:se\s+)?(?:ha|han|había|habían|fue|fueron|ha podido|han podido|pudo|"
                        r"pudieron)\s+(?:sido\s+|ser\s+)?(?:verificad|confirmad|corroborad|contrastad)[oa]s?\b",
                        re.IGNORECASE)


def could_not_confirm(ctx: Context, f: Found) -> bool:
    """A statement whose words say the speaker could not confirm something: unverified, whatever its verb."""
    return f.stance == "assert" and _COULD_NOT.match(ctx.text[f.content[0]:f.content[1]]) is not None


HARDSHIPS = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "hardships"))
CONCEDING = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "conceding_verbs"))


def concedes_hardship(ctx: Context, f: Found) -> bool:
    """"«La situación es crítica», admitió", "reconoció la dificultad de la situación": a side conceding its own hard
    situation gives its own account (assert), not the confirmation of a claim."""
    return f.stance == "confirm" and fold(f.cue or "") in CONCEDING and any(
        w in HARDSHIPS for w in folded_words(ctx.text[f.content[0]:f.content[1]]).split())


DEATH_VERBS = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "death_verbs"))
NOBODY = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "nobody"))


def _roots(ctx: Context, f: Found) -> list[Token]:
    """The words of the reported clause whose head lies outside it (one per sentence of a quotation)."""
    a, b = f.content
    return [t for t in ctx.ix.tokens_in(a, b) if not (a <= t.head.idx < b and t.head.i != t.i)]


def _root_verbs(ctx: Context, f: Found) -> list[Token]:
    """The verbs the reported clause hangs on: its roots that are verbs."""
    return [t for t in _roots(ctx, f) if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]


def _root_verb(ctx: Context, f: Found) -> Optional[Token]:
    """The first verb the reported clause hangs on, or None."""
    return next(iter(_root_verbs(ctx, f)), None)


def _negated_verb(v: Token) -> bool:
    return any(c.dep_ == "advmod" and c.lower_ in ("no", "nunca", "jamás") for c in v.children) or any(
        c.dep_ in ("nsubj", "nsubj:pass") and fold(c.text) in NOBODY for c in v.children)


def corrects(ctx: Context, f: Found) -> bool:
    """"Rusia afirmó hoy que no atacó con misiles el centro comercial de Kremenchuk, ..., sino un almacén con armas":
    a version set right ("no X, sino Y"): the speaker denies X."""
    v = _root_verb(ctx, f) if f.stance == "assert" else None
    if v is None or not any(c.dep_ == "advmod" and c.lower_ == "no" for c in v.children):
        return False
    if re.search(r"\bno\s+(?:solo|sólo|solamente|únicamente)\b", ctx.text[f.content[0]:f.content[1]], re.IGNORECASE):
        return False  # "las bombas no solo han dañado zonas residenciales sino también ...": both, nothing set right
    return any(t.lower_ == "sino" and t.i > v.i and v.is_ancestor(t) for t in ctx.ix.tokens_in(*f.content))


def denies_deaths(ctx: Context, f: Found, done: list[Found]) -> bool:
    """"el alcalde de Kramatorsk ... dijo ... que nadie había muerto en un ataque" after another speaker's count of
    the dead ("más de 600 militares ucranianos fueron asesinados"), "No se produjo ningún ataque de ese tipo" after
    another speaker's strike: a denial of what the other told (a quotation's sentences each)."""
    if f.stance != "assert":
        return False
    for v in _root_verbs(ctx, f):
        if not _negated_verb(v) and not any(fold(d.text) in NONE_DETS for c in v.children if c.dep_ in _CORE
                                            for d in c.children):
            continue
        family = DEATH_VERBS if fold(v.lemma_) in DEATH_VERBS else ATTACK_WORDS if fold(v.lemma_) in ATTACK_WORDS or (
            fold(v.lemma_) in OCCURRENCE_VERBS and any(fold(c.lemma_) in ATTACK_WORDS for c in v.children
                                                       if c.dep_ in _CORE)
            and (fold(v.lemma_) != "tener" or any(fold(c.lemma_) == "lugar" for c in v.children))) else None
        # ("ese ataque no ha tenido lugar"; not "El ataque ... no tiene otro objetivo que ...")
        if family and any(g.stance == "assert" and (g.source != f.source or g.source is None) and any(
                fold(t.lemma_) in family for t in ctx.ix.tokens_in(*g.content)) for g in done):
            return True
    return False


_CORE = ("nsubj", "nsubj:pass", "obj")
NONE_DETS = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "none_dets"))
ATTACK_WORDS = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "attack_words"))
OCCURRENCE_VERBS = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "occurrence_verbs"))
URGING_PREDICATES = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "urging_predicates"))
_IT_IS = re.compile(r"\W*(?:es|era|será|sería|resulta)\s+(?:muy\s+|absolutamente\s+|sumamente\s+)?(\w+)\s+que\b",
                    re.IGNORECASE)


def urges_by_predicate(ctx: Context, f: Found) -> bool:
    """"Es muy importante que el mundo no guarde silencio sobre esto ahora", insistió: a demand, whatever the cue."""
    m = _IT_IS.match(ctx.text[f.content[0]:f.content[1]]) if f.stance == "assert" else None
    return m is not None and fold(m.group(1)) in URGING_PREDICATES


URGING_OPENERS = resources.words("es/words/reporting.tsv", "urging_openers")
NOT_PLEAS = re.compile(r"\W*(?:(?:a )?(?:" + "|".join(re.escape(fold(w)) for w in resources.words(
    "es/words/reporting.tsv", "not_pleas")) + r")|por (?:las|los|la|el|su|sus|nuestr))\b")  # ("ruego por ...": a prayer)
_NEXT_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[¡¿«“\"]?[A-ZÁÉÍÓÚÑ])")
_OPENS_URGING = re.compile(r"[\W\s]*(?:" + "|".join(re.escape(fold(w)) for w in URGING_OPENERS) + r")\b")


def urges_by_words(ctx: Context, f: Found) -> bool:
    """The words open with a plea or a first-person demand ("¡Por favor, no regresen a la zona fronteriza!", "Pido a
    todos los residentes de Zaporiyia que ...") and tell nothing done (no verb in a past tense, which would tell an act
    as news beside the plea): a demand, whatever the cue; not a plea for forgiveness, a prayer "por" someone, nor the
    other uses of the opening verb listed in ``not_pleas``."""
    words = fold(ctx.text[f.content[0]:f.content[1]])
    if f.stance != "assert" or (m := _OPENS_URGING.match(words)) is None or NOT_PLEAS.match(words, m.end()):
        return False
    rest = _NEXT_SENTENCE.split(ctx.text[f.content[0]:f.content[1]], maxsplit=1)[1:]
    if rest and not rest[0].lstrip().startswith("¡"):
        return False  # (a plea followed by an account: the account is what is told)
    return not any("Past" in t.morph.get("Tense") and "Fin" in t.morph.get("VerbForm")
                   or "Part" in t.morph.get("VerbForm") and any(c.dep_ == "aux" and c.lemma_ == "haber" for c in t.children)
                   for t in ctx.ix.tokens_in(*f.content))


def tells_what_happened(ctx: Context, f: Found) -> bool:
    """A warning verb whose clause tells what has already happened ("advirtió que más de una docena de instalaciones
    civiles resultaron dañadas", "«Han alcanzado viviendas privadas. Hay casas destruidas», alertó"): a report, no
    warning (what may come, "advirtió que podría ser sólo la primera ola", stays one; so does a state, "alertó que el
    ataque aún está en marcha")."""
    root = next(iter(_roots(ctx, f)), None) if f.stance == "warn" else None  # (the first root, whatever it is: not
    # the verb of a later sentence after a copular one, "Esta noticia (...) es extremadamente preocupante. Se produjeron")
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return False
    if any("1" in x.morph.get("Person") for x in (root, *root.children) if x.dep_ in ("aux", "ROOT") or x is root):
        return False  # "«Por supuesto hemos visto las especulaciones sobre el uso de armas nucleares», ha advertido":
        # what the speaker has seen, the ground of a warning
    if "Past" in root.morph.get("Tense") and "Ind" in root.morph.get("Mood"):
        return True  # (the preterite)
    return "Part" in root.morph.get("VerbForm") and any(  # the present perfect: "ha aumentado", "se ha reducido"
        c.dep_ == "aux" and c.lemma_ == "haber" and "Pres" in c.morph.get("Tense") for c in root.children)
