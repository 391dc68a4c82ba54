"""Clause structure around a cue: tense, negation, relatives, coordinated cues, where a reported clause ends."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from ... import resources
from ...names import fold
from ..spanish import grammar
from .context import Context, Span

# the first words of a subordinate clause of time, cause or concession ("luego de que", "después de que", "aunque")
SUBORDINATORS = grammar("subordinators")
TIME_NOUNS = grammar("time_nouns")
# tokens that may stand between a closing quotation mark (or a comma) and its reporting verb
BRIDGE = grammar("bridge")
# "informó la agencia de noticias AFP": the lowercase words of an outlet's name closing a sentence
# a comma followed by one of these ends a reported clause (", aunque no dio detalles")
STOPPERS = grammar("stoppers")
QUOTE_OPENERS = "\"“«"  # a quotation opens
# ", incluidos asesinatos por motivos étnicos": what an object includes goes on with it
INCLUDING = resources.words("es/events/words.tsv", "including")
RELATIVES = grammar("relatives")
_STOP_PHRASE = re.compile(r"(?:" + "|".join(sorted(map(re.escape, grammar("stop_phrases")), key=len,
                                                    reverse=True)) + r")(?!\w)")


def stop_phrase(rest: str) -> bool:
    """Does ``rest`` (the text after a comma, stripped) open with a phrase after which a reported clause does not
    go on (", lo que eleva a 7 el número", ", sin embargo")?"""
    return _STOP_PHRASE.match(rest) is not None


def finite(t: Token) -> bool:
    """A finite verb form (the tagger gives "hay" a mood but no VerbForm)."""
    return "Fin" in t.morph.get("VerbForm") or bool(t.morph.get("Mood")) and not t.morph.get("VerbForm")


def tensed(ctx: Context, t: Token) -> bool:
    """A finite verb or a compound tense ("ha negado")."""
    forms = t.morph.get("VerbForm")
    return finite(t) or "Part" in forms and t.i > 0 and ctx.doc[t.i - 1].lemma_ == "haber"


def negated(ctx: Context, tok: Token) -> bool:
    heads = [tok] + [c for c in tok.children if c.dep_.startswith("aux")]
    if tok.dep_ == "xcomp" or (tok.head.lemma_ in ctx.lex.periphrasis and tok.head.i != tok.i):
        heads.append(tok.head)
    for h in heads:
        for c in h.children:
            if c.lower_ in ("no", "nunca", "jamás") and c.i < tok.i and not ctx.in_quote[c.idx] \
                    and not (c.i + 1 < len(ctx.doc) and ctx.doc[c.i + 1].lower_ in ("obstante", "solo", "sólo")):
                return True  # (not "No obstante, X asegura ...", "no solo dijo ... sino")
            if c.dep_ == "nsubj" and c.i < tok.i and c.left_edge.lower_ in ("ni", "nadie", "ninguno", "ninguna"):
                return True  # "ni Rusia ni Estados Unidos han propuesto ..."
    # "no pudo verificar": the negation may hang on the infinitive or precede it directly
    doc = ctx.doc
    j = tok.i - 1
    while j >= 0 and j >= tok.i - 4 and doc[j].pos_ in ("AUX", "VERB", "PRON") and doc[j].lower_ != "que":
        j -= 1
    return j >= 0 and doc[j].lower_ in ("no", "nunca")


def in_relative(t: Token, lo: int) -> bool:
    """``t`` sits in a relative clause (acl) of a noun, looking up no further than offset ``lo``."""
    for _ in range(8):
        if t.dep_.startswith("acl") and any(c.lower_ in RELATIVES for c in t.children):
            return True
        if t.head.i == t.i or t.head.idx < lo:
            return False
        t = t.head
    return False


def as_said_by(ctx: Context, verb: Token) -> Optional[Token]:
    """The first word of "según" / "(tal y) como" right before a reporting verb ("según han informado",
    "tal y como lo afirmó"), or None; "así como" (as well as) is no attribution."""
    doc = ctx.doc
    j = verb.i - 1
    while j >= 0 and (doc[j].pos_ == "AUX" or doc[j].lower_ in ("lo", "le", "les", "ya", "también")):
        j -= 1
    if j < 0 or doc[j].lower_ not in ("según", "como") or ctx.in_quote[doc[j].idx]:
        return None
    if doc[j].lower_ == "como":
        if j > 0 and doc[j - 1].lower_ in ("así", "tanto", "tan", "mismo", "misma"):
            return None
        if j > 1 and doc[j - 1].lower_ in ("y", "e") and doc[j - 2].lower_ == "tal":
            return doc[j - 2]
        if j > 0 and doc[j - 1].lower_ == "tal":
            return doc[j - 1]
    return doc[j]


def reporting_after(ctx: Context, j: int) -> Optional[Token]:
    """The finite reporting verb at token ``j`` after clitics, auxiliaries and adverbs ("y ha negado que",
    "y también aseguró"), or None."""
    doc = ctx.doc
    while j < len(doc) and (doc[j].lower_ in BRIDGE or doc[j].pos_ == "AUX" and ctx.lemma(doc[j]) not in ctx.lex.verbs):
        j += 1
    if j < len(doc) and ctx.is_cue_verb(doc[j]) and tensed(ctx, doc[j]) and not ctx.in_quote[doc[j].idx]:
        return doc[j]
    if j + 2 < len(doc) and fold(doc[j].lemma_) == "volver" and tensed(ctx, doc[j]) and doc[j + 1].lower_ == "a" \
            and ctx.is_cue_verb(doc[j + 2]) and not ctx.in_quote[doc[j].idx]:
        return doc[j + 2]  # "y volvió a acusar a Rusia de ...": said again
    return None


def coordinated_cue(ctx: Context, tok: Token) -> Optional[Token]:
    """'X negó que ... y aseguró ...': the earlier reporting verb of the sentence that ``tok`` (with no
    subject of its own, after "y") is coordinated with."""
    doc = ctx.doc
    j = tok.i - 1
    while j >= 0 and (doc[j].lower_ in BRIDGE or doc[j].pos_ == "AUX"):
        j -= 1
    if j < 0 or not (doc[j].lower_ in ("y", "e", "pero", "aunque")
                     or doc[j].lower_ == "bien" and j > 0 and doc[j - 1].lower_ == "si"):
        return None  # (and "X ha indicado que P, si bien ha asegurado que Q": the concession is X's too)
    sa, _ = ctx.sent_bounds(tok.idx)

    def ok(t: Token) -> bool:
        return ctx.is_cue_verb(t) and tensed(ctx, t) and not ctx.in_quote[t.idx] and t.idx >= sa

    if tok.dep_ == "conj" and tok.head.i < tok.i:
        # "Rusia reivindicó ..., pero Ucrania lo negó inmediatamente y aseguró que ...": the nearest verb of the
        # coordination before it, when the parser hung both on the first
        sib = max((c for c in tok.head.children if c.dep_ == "conj" and c.i < tok.i and ok(c)), key=lambda c: c.i,
                  default=None)
        if sib is not None:
            return sib
        if ok(tok.head):
            return tok.head
    for t in reversed(doc[ctx.tok_at(sa).i:j]):
        # a main-clause verb, not one inside a reported, relative or adverbial clause
        if ok(t) and (t.dep_ == "ROOT" or t.dep_ == "conj" and t.head.dep_ == "ROOT") and not in_relative(t, sa):
            return t
    return None


def _conj_starts(cue_tok: Optional[Token]) -> set[int]:
    """Where the verbs coordinated with the cue begin (their "y" included)."""
    out: set[int] = set()
    if cue_tok is None:
        return out
    for ch in cue_tok.children:
        # a verb joined by "y"/"pero" (not one the parser joined after a mere comma: "explicó que entre los cuerpos
        # hallados ..., había «...»" goes on with what was explained)
        if ch.dep_ == "conj" and ch.i > cue_tok.i and (
                ch.pos_ in ("VERB", "AUX") and any(c.dep_ == "cc" for c in ch.children) or ch.pos_ == "VERB" and finite(ch)):
            # (a noun the parser joined to the cue belongs to what was said: "aseguró haber confirmado explosiones y un
            # incendio ...")
            left = ch.left_edge.i
            for c in ch.children:
                if c.dep_ == "cc":
                    left = min(left, c.i)
            out.add(left)
    return out


def _apposition_relative(doc, det: Token) -> bool:
    """", una ciudad que tenía 500.000 habitantes", ", un pueblo situado cerca de ...", ", un movimiento interpretado
    por Kiev como un revés": an indefinite noun phrase with a relative clause or a participle, the outlet's
    description of the word before (or another's reading of it)."""
    j = det.i + 1
    while j < len(doc) and j <= det.i + 4 and doc[j].pos_ in ("NOUN", "ADJ", "PROPN") \
            and "Part" not in doc[j].morph.get("VerbForm"):
        j += 1
    return j > det.i + 1 and j < len(doc) and (doc[j].lower_ in ("que", "donde", "cuyo", "cuya") or (
        "Part" in doc[j].morph.get("VerbForm") and doc[j].lower_.endswith(("ado", "ada", "ido", "ida"))))


def _reported_que(doc, comma: Token, np: bool) -> bool:
    """A ", que" that goes on with what is reported: a second que-clause after a predicate ("dijo que la decisión
    es “peligrosa”, que “lleva el conflicto ...”"), or a relative set off inside a noun-phrase content that goes on
    after it ("confirmó la decisión, que ya había sido difundida, de suministrar tanques")."""
    j = comma.i - 1
    while j > 0 and doc[j].is_punct and doc[j].text in "»”\"'":
        j -= 1
    if not np and doc[j].pos_ in ("ADJ", "ADV") and j < comma.i - 1:
        return True  # the predicate ends in a quotation: "es “extremadamente peligrosa”, que “lleva ...”"
    if np:
        for t in doc[comma.i + 2:comma.i + 25]:
            if t.is_sent_end or t.text in (".", ";", ":"):
                break
            if t.text == ",":
                return t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("de", "del", "sobre")
    return False


def _quoted_relative(ctx: Context, comma: Token) -> bool:
    """The relative clause after ``comma`` quotes the speaker's words: it is part of what is reported."""
    end = ctx.sent_bounds(comma.idx)[1]
    nxt = ctx.text.find(",", comma.idx + 1, end)
    end = nxt if nxt > 0 else end
    for t in ctx.doc[comma.i + 1:]:
        if t.idx >= end:
            break
        if ctx.is_cue_verb(t) and not ctx.in_quote[t.idx]:
            return False  # ", que dijo que ...": a relative with its own reporting verb says something else
    return any(comma.idx < a < end for a, _ in ctx.quotes)


GLOSSED_PLACES = frozenset(fold(w) for w in resources.words("es/words/reporting.tsv", "glossed_places"))


def _aside_reports(ctx: Context, comma: Token) -> bool:
    """The aside after ``comma`` (up to the next comma) has a reporting verb of its own ("el ataque, cuya autoría
    reclamó la milicia ..., se llevó a cabo"): a statement of its own."""
    for t in ctx.doc[comma.i + 1:]:
        if t.text in (",", ".", ";") or t.is_sent_end:
            return False
        if ctx.is_cue_verb(t) and not ctx.in_quote[t.idx]:
            return True
    return False


def _comma_ends(ctx: Context, comma: Token, np: bool) -> bool:
    """A comma after which the reported clause does not go on."""
    doc, text = ctx.doc, ctx.text
    nxt = doc[comma.i + 1]
    rest = text[nxt.idx:nxt.idx + 30].lower()
    if nxt.lower_ == "sino" and any(t.lower_ in ("no", "ni", "nunca") for t in doc[max(comma.sent.start, comma.i - 20):comma.i]):
        return False  # "la zona no era un complejo de tiendas de campaña, sino un complejo operativo": one claim
    if nxt.lower_ == "pero" and text[nxt.idx + len(nxt.text):].lstrip()[:1] in QUOTE_OPENERS:
        return False  # 'el enemigo lanza aparatos no tripulados durante el día, pero “si lo hace cuando empieza a
        # oscurecer, ...”': the speaker's own words go on in a quotation
    if nxt.lower_ in STOPPERS or stop_phrase(rest):
        return True
    if nxt.lower_ in ("un", "una") and comma.i + 2 < len(doc) and fold(doc[comma.i + 2].lemma_) in GLOSSED_PLACES \
            and (e := ctx.entity_at(doc[comma.i - 1].idx)) is not None and e.type == "LOC":
        return True  # "dijo que tres misiles alcanzaron una zona comercial de Vinnitsia, una ciudad de unos 360.000
        # habitantes que ...": the outlet's gloss on the place named
    if nxt.lower_ in ("como", "tal"):  # "negó que Rusia haya tomado X, como aseguró Y": the aside names who said it
        j = comma.i + 1
        while j < len(doc) and j - comma.i <= 5 and not (ctx.is_cue_verb(doc[j]) and as_said_by(ctx, doc[j]) is not None):
            j += 1
        if j < len(doc) and j - comma.i <= 5:
            return True
    if nxt.lower_ in ("y", "e") and comma.i + 2 < len(doc) and "Ger" in doc[comma.i + 2].morph.get("VerbForm"):
        return True  # "..., afirmando que X, y declarando tres días de luto": another act of the speaker
    if re.match(r"lo (?:que|cual)\b", rest) and not ctx.in_quote[nxt.idx]:
        return True  # "ha acusado a las tropas ucranianas de cruzar la frontera ..., lo que, si se confirma, marcará la
        # primera incursión": the outlet's comment on what was said
    if np and rest.startswith(("en el marco de", "en medio de", "en plena ", "en pleno ")):
        return True  # "anunciado ... la toma de otras dos localidades en el este de Ucrania, en el marco de los avances
        # en la invasión": the outlet's setting of what was announced (not ", en el sur de Ucrania": where it is)
    if np and "Ger" in nxt.morph.get("VerbForm") and nxt.pos_ in ("VERB", "AUX"):
        return True  # "anunciaron el miércoles su retirada de Vugledar, cediendo a los rusos ...": the outlet's gloss
    if nxt.lower_ in ("y", "e"):
        j = comma.i + 2
        while j < len(doc) and doc[j].lower_ in ("incluso", "también", "además", "hasta", "ya"):
            j += 1
        if j + 1 < len(doc) and doc[j].lower_ == "se" and finite(doc[j + 1]):
            return True  # "Kiev anunció que ..., e incluso se especulaba con ...": the outlet's impersonal voice
    if nxt.lower_ == "que" and _reported_que(doc, comma, np):
        return False
    if not np and nxt.lower_ in RELATIVES and _quoted_relative(ctx, comma):
        return False  # "lamentó que Rusia bombardeara un enclave ..., donde cientos intentaban llevar «una vida normal»"
    # the outlet's own appended description: ", que ...", ", gestionada por ...",
    # and after a noun-phrase content an apposition ", una ciudad que ..."
    if nxt.lower_ in RELATIVES and nxt.pos_ in ("PRON", "SCONJ") or \
            ("Part" in nxt.morph.get("VerbForm") or re.search(r"[ai]d[oa]s?$", nxt.lower_)) \
            and comma.i + 2 < len(doc) and doc[comma.i + 2].lower_ == "por" or \
            np and nxt.lower_ in ("un", "una") and nxt.pos_ == "DET" or \
            nxt.lower_ in ("un", "una") and _apposition_relative(doc, nxt) or \
            np and "Part" in nxt.morph.get("VerbForm") and nxt.pos_ in ("ADJ", "VERB") and nxt.lower_ not in INCLUDING:
        return True
    if np and nxt.lower_ in ("el", "la", "los", "las") and any(
            t.dep_ == "appos" and t.head.i < comma.i for t in doc[comma.i + 2:min(len(doc), comma.i + 5)]):
        return True  # "anunciaron ... un intercambio mutuo de cientos de prisioneros de guerra, el mayor intercambio
        # entre los dos países ...": the outlet's description of what was announced
    if nxt.lower_ in ("el", "la") and comma.i > 0 and doc[comma.i - 1].pos_ == "PROPN" and comma.i + 2 < len(doc) \
            and doc[comma.i + 2].pos_ == "NOUN" and doc[comma.i + 2].dep_ == "appos" \
            and doc[comma.i + 2].head.i < comma.i:
        return True  # "haber tomado el control completo de la base militar de Lashio, el cuartel general de la junta
        # golpista en el noreste del país": the outlet's description of the place named last
    j = comma.i + 1
    while j < len(doc) and doc[j].lower_ in BRIDGE:
        j += 1
    return j < len(doc) and ctx.is_cue_verb(doc[j]) and (
        "Fin" in doc[j].morph.get("VerbForm") or "Ger" in doc[j].morph.get("VerbForm"))


def own_cue_after(ctx: Context, q: Span) -> bool:
    """The quotation has a reporting verb of its own after it ('«...», ha dicho')."""
    doc = ctx.doc
    t = ctx.tok_at(q[1] + 1)
    if t is None or t.text != ",":
        return False
    j = t.i + 1
    while j < len(doc) and doc[j].lower_ in BRIDGE:
        j += 1
    return j < len(doc) and ctx.is_cue_verb(doc[j])


def clause_end(ctx: Context, start: int, limit: int, cue_tok: Optional[Token] = None, np: bool = False) -> int:
    """Where a reported clause starting at ``start`` ends: the sentence end or a stopper."""
    doc = ctx.doc
    first = ctx.tok_at(start)
    if first is None:
        return limit
    conj_starts = _conj_starts(cue_tok)
    for t in doc[first.i:]:
        if t.idx >= limit:
            break
        if ctx.in_quote[t.idx]:
            continue
        if np and t.text == ":" and t.idx > start:
            return t.idx  # "negó esa versión: «...»"
        if t.text in (":", ",") and t.idx > start and any(t.idx < q[0] <= t.idx + 3 and own_cue_after(ctx, q)
                                                          for q in ctx.quotes):
            return t.idx  # 'confirmó que X: "...", ha dicho', 'informó que X, “...”, sentenció': the later cue's quotation
        if np and t.idx > start and (t.lower_ == "mediante" or t.lower_ == "a" and t.i + 1 < len(doc)
                                     and doc[t.i + 1].lower_ == "través"):
            return t.idx  # "ha negado la caída de X a través del portavoz ...": how it was said, not what
        if np and t.idx > start and t.lower_ == "ante" and t.dep_ == "case":
            return t.idx  # "anunció hoy la retirada de sus tropas de Avdivka ante el avance de las fuerzas rusas": why
        if np and t.idx > start and "Ger" in t.morph.get("VerbForm") and ctx.is_cue_verb(t) \
                and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "que":
            return t.idx  # "ha denunciado los hechos asegurando que ...": the gerund says a clause of its own
        if t.i in conj_starts and t.idx > start:
            return t.idx
        if np and cue_tok is not None and t.idx > start and _own_adjunct(cue_tok, t):
            return t.idx  # "actualizó el balance de víctimas ..., luego de que las autoridades reportaran ...": after
            # what the speaker spoke, not what was said
        if t.lower_ in ("que", "quien", "quienes", "cual", "cuales") and "Rel" in t.morph.get("PronType") \
                and t.idx > start and t.head.i > t.i and ctx.is_cue_verb(t.head) and t.head.dep_.startswith("acl") \
                and any(c.dep_ == "case" for c in doc[t.i - 2:t.i] if c.head.i == t.i or c.head.i == t.head.i):
            # "suspende los diálogos con la guerrilla del ELN a la que acusó de cometer ...": a report of its own
            lead = t.i
            while lead - 1 >= 0 and doc[lead - 1].lower_ in ("a", "al", "la", "el", "los", "las", "de", "con", "por"):
                lead -= 1
            return doc[lead].idx
        if t.lower_ in ("y", "e") and t.idx > start and reporting_after(ctx, t.i + 1):
            return t.idx
        if np and t.lower_ in ("y", "e") and t.idx > start and t.i + 1 < len(doc) \
                and "Ger" in doc[t.i + 1].morph.get("VerbForm"):
            return t.idx  # "calificándolo como una acción de «malnacidos» y exigiendo ...": another act of the speaker
        if t.lower_ in ("aunque", "pero") and t.idx > start and reporting_after(ctx, t.i + 1):
            return t.idx  # 'afirmó que continúan "fuertes combates" aunque admitió que ...': a second statement
        if t.lower_ in ("al", "a") and t.idx > start and [x.lower_ for x in doc[t.i + 1:t.i + 3]] in (
                ["tiempo", "que"], ["la", "vez"]) and reporting_after(ctx, t.i + 3 + (t.lower_ == "a")):
            return t.idx  # "..., al tiempo que pide ...": a second statement, not more of what the first says
        if t.text == "," and t.i + 1 < len(doc) and not np and (
                doc[t.i + 1].lower_ in RELATIVES or "Part" in doc[t.i + 1].morph.get("VerbForm")) \
                and not any(finite(x) and x.pos_ in ("VERB", "AUX") for x in doc[first.i:t.i]) \
                and not _aside_reports(ctx, t):
            continue  # "de que los militares rusos, que ya están en Bielorrusia, «recibirán ...»": the subject's own
            # relative ("que los misiles Tochka-U, cuyos fragmentos fueron fotografiados ..., son utilizados ...") or
            # participle ("que las acusaciones, hechas por el Gobierno ucraniano, ... son una provocación")
        if t.text == "," and not np and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "que" and any(
                x.lower_ in ("y", "e") and x.i + 1 < len(doc) and doc[x.i + 1].lower_ == "que"
                for x in doc[t.i + 2:] if x.idx < limit):
            continue  # "aseguró que el edificio no está destruido, que no ha sufrido daños graves y que ...": a series
        if t.text == "," and t.i + 1 < len(doc) and _comma_ends(ctx, t, np):
            return t.idx
        if np and cue_tok is not None and t.lower_ == "en" and t.idx > start and t.head.head.i == cue_tok.i \
                and t.head.dep_ == "obl" and fold(t.head.lemma_) in ctx.lex.documents:
            return t.idx  # "confirmó el ataque en un comunicado difundido hoy pero ...": where, not what
        if t.lower_ == "en" and t.idx > start and _channel_tail(ctx, t, limit):
            return t.idx  # "... había sido conquistada por las fuerzas rusas en una declaración desmentida ...": the
            # statement's own document, not what it says
    return limit


def _own_adjunct(cue_tok: Token, t: Token) -> bool:
    """``t`` opens a tensed subordinate clause with a conjunction that hangs on the cue verb itself (a time phrase
    may sit inside the object: "anunció la muerte este martes de al menos 17 soldados")."""
    c = next((c for c in cue_tok.children if c.i > cue_tok.i and c.left_edge.i == t.i), None)
    if c is None or c.dep_ != "advcl" or not finite(c):
        return False
    first = next((x for x in c.subtree if not x.is_punct), None)  # (the comma before it may be the clause's)
    return first is not None and first.lower_ in SUBORDINATORS


def _channel_tail(ctx: Context, t: Token, limit: int) -> bool:
    """"en una declaración (inmediatamente desmentida por X)" closing a reported clause: the words left up to the
    sentence end are a determiner, a document noun and what describes it (no tensed verb)."""
    doc = ctx.doc
    if t.i + 2 >= len(doc) or doc[t.i + 1].pos_ != "DET" or doc[t.i + 2].lower_ not in ctx.lex.documents:
        return False
    rest = [x for x in doc[t.i + 3:] if x.idx < limit]
    return not any(x.pos_ in ("VERB", "AUX") and "Fin" in x.morph.get("VerbForm") for x in rest)


def sequel_start(tok) -> Optional[int]:
    """Where "antes de" or "después de" opens before an infinitive (the speaker's next act: "..., antes de afirmar que
    una quinta persona murió ..."), as a character offset, else None."""
    doc = tok.doc
    if "Inf" in tok.morph.get("VerbForm") and tok.i > 1 and doc[tok.i - 1].lower_ == "de" \
            and doc[tok.i - 2].lower_ in ("antes", "después", "despues"):
        return doc[tok.i - 2].idx
    return None
