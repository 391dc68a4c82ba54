"""Status: the mood the grammar gives a trigger (conditional, future, subjunctive, ``se prevé``) and the
stance of the statements that report it (claimed, confirmed, denied, disputed)."""
from __future__ import annotations

import re
from typing import Optional

from ...model import Statement
from ...names import fold
from ..spanish import already_told, grammar, participle_lemma, token_mood
from ..syntax import NOMINAL_POS, case_of, has_definite_article, in_aside, qualifying_participle, walk
from ..statements.content import REPELLED
from ..statements.lexicon import lexicon as reporting_lexicon
from .context import Mention, campaign_word
from .modality import willing
from .words import (BACKGROUND_CASES, BACKGROUND_NOUNS, BOTH_SIDES, CAUSE_NOUNS, COMPARISON, FIRST_READING, FURTHERING,
                    HEDGES, PENDING, PERFORMATIVE, PERFORMED_TYPES, REFERENCE_ADVERBS, SCENE_NOUNS)

ASKED_FOR = ("aid", "diplomacy")  # what a call asks for and the call does not yet make happen
# "no X, sino Y": a version set right, the act itself told
SET_RIGHT = re.compile(r"\bno\b[^.;]*,\s*sino\b")


def grammar_mood(ctx, m: Mention) -> None:
    tok = m.tok
    lex = ctx.lex
    tags = []
    if m.tag:
        tags.append(m.tag)
    if m.trigger.pos == "V":
        for c in tok.children:
            if c.dep_ in ("aux", "aux:pass", "cop"):
                tg = token_mood(c)
                if tg:
                    tags.append(tg)
                if fold(c.lemma_) in lex.expect or fold(c.text).startswith(("va", "van", "iba")):
                    if fold(c.lemma_) == "ir":
                        tags.append("fut")
                if fold(c.text) in ("podria", "podrian", "podra", "podran"):
                    tags.append("cond" if "ia" in fold(c.text) else "fut")
    gov = tok.head if tok.head != tok else None
    # a noun trigger takes the form of the verb it is an argument of ("se prevé una ofensiva")
    is_realized = m.trigger.pos == "N" and realized(ctx, tok)
    background_pp = any(c.dep_ in ("case", "mark") and fold(c.text) in BACKGROUND_CASES for c in tok.children)
    if m.trigger.pos == "N" and gov is not None and tok.dep_ in ("nsubj", "obj", "nsubj:pass", "obl") and not is_realized \
            and not background_pp:  # "reanudará la ayuda tras la reunión": the meeting is behind
        tg = token_mood(gov)
        if tg:
            tags.append(tg)
        if fold(gov.lemma_) in lex.expect or fold(gov.text) in lex.expect:
            tags.append("fut")
        for c in gov.children:
            if c.dep_ in ("aux", "cop"):
                tg = token_mood(c)
                if tg:
                    tags.append(tg)
    if gov is not None and tok.dep_ in ("obj", "nsubj:pass") and m.trigger.type in lex.expect_for.get(fold(gov.lemma_), ()) \
            and not (fold(tok.lemma_) in lex.classes.get("aidpkg", ()) and already_told(gov)):
        tags.append("fut")  # "anunció el envío de ...": announced, still to come (not "anunció este martes un nuevo
        # paquete de ayuda militar": the package is granted by announcing it; not when the announcing is still to come)
    if gov is not None and tok.dep_ in ("acl", "advcl") and any(c.dep_ == "mark" and c.lower_ == "de" for c in tok.children) \
            and any(a.pos_ == "NOUN" and fold(a.lemma_) in lex.expect for a in (gov, gov.head)):
        # "la decisión de enviar los tanques", "su intención de conquistar la Franja", "la decisión, que ya había
        # sido difundida en la prensa, de suministrar tanques" (the parser hangs it on the relative)
        tags.append("fut")
    if gov is not None and m.trigger.pos == "N" and tok.dep_ == "nmod" and case_of(tok) == "de" \
            and gov.pos_ == "NOUN" and fold(gov.lemma_) in lex.expect and not is_realized \
            and not has_definite_article(tok):
        tags.append("fut")  # "bajo amenaza constante de ataques rusos": attacks feared, none told (not "el futuro de la
        # ofensiva en Kursk", one under way)
    if gov is not None and tok.dep_ == "xcomp" and fold(gov.lemma_) in PENDING \
            and any(c.dep_ == "mark" and c.lower_ == "por" for c in tok.children):
        tags.append("fut")  # "la última ciudad importante que queda por conquistar": still to come
    attempt = gov is not None and fold(gov.lemma_) in lex.attempt and m.trigger.type == "clash"
    if gov is not None and tok.dep_ in ("xcomp",) and (fold(gov.lemma_) in lex.expect) and not attempt:
        tags.append("fut")
    if gov is not None and tok.dep_ == "xcomp" and m.trigger.pos == "V" and m.tag == "inf":
        tg = token_mood(gov)  # "volverán a reunirse": the infinitive takes its governor's tense
        if tg:
            tags.append(tg)
    for c in tok.children:
        if c.dep_ == "amod" and (fold(c.lemma_) in lex.expect or fold(c.text) in lex.expect):
            tags.append("fut")
    for c, _ in walk(tok, 2):  # "las entregas de armamento prometidas"
        if c.dep_ in ("amod", "acl") and (fold(c.lemma_) in lex.expect_for or fold(c.text) in lex.expect_for) and \
                m.trigger.type in lex.expect_for.get(fold(c.lemma_), lex.expect_for.get(fold(c.text), ())):
            tags.append("fut")
        if c.dep_ == "mark" and fold(c.text) in lex.hypo and not any(f.dep_ == "fixed" for f in c.children):
            tags.append("hypo")  # (not "si bien el objetivo era la carretera": although, no condition)
        if c.dep_ == "amod" and fold(c.text) in lex.hypo:
            tags.append("hypo")
    complement = tok.dep_ in ("ccomp",) or (tok.head != tok and tok.head.dep_ == "ccomp" and m.trigger.pos == "N")
    under_report = complement or reported(ctx, tok)
    mood = None
    if m.trigger.type == "threat" and m.trigger.pos == "V":
        tags = [t for t in tags if t not in ("hypo", "cond")] if m.tag not in ("cond", "fut") else tags
    if m.vow:
        tags = []  # "anunció que castigaría al pueblo": the threat is made; what it threatens is still to come
    if m.purpose:
        tags.append("fut")
    if m.trigger.type != "threat" and willing(ctx, tok):
        tags.append("hypo")
    if m.trigger.type == "mobilization" and any(p in fold(tok.sent.text) for p in FIRST_READING):
        tags.append("fut")  # "aprobó en primera lectura un proyecto de ley de movilización": not yet in force
    if "hypo" in tags:
        mood = "hypothetical"
    elif "cond" in tags and (rumour(tok) or m.trigger.pos == "N" and tok.dep_ in ("nsubj", "nsubj:pass")
                             and m.definite and rumour(tok.head)):
        # "habría caído finalmente": the press's conditional of report; its definite subject happened ("El ataque
        # habría alcanzado un buque": what the attack did is reported, not the attack; "Un ataque contra la central
        # habría provocado una catástrofe" stays a hypothesis)
        m.stances.append(("assert", None))
    elif "cond" in tags:
        mood = "expected" if under_report else "hypothetical"
    elif "fut" in tags:
        mood = "expected"
    elif "subj" in tags and m.tag == "subj":
        mood = "expected"
    m.mood = mood


def realized(ctx, tok) -> bool:
    """A noun with a past participle of its own ("el paquete de ayuda aprobado por el Congreso"): it happened."""
    for c, d in walk(tok, 2):
        if qualifying_participle(c) and c.i > tok.i and \
                not (participle_lemma(c) & (ctx.lex.expect | ctx.lex.hypo | set(ctx.lex.expect_for))) and \
                fold(c.text) not in ctx.lex.expect_for and c.morph.get("Tense") != ["Pres"]:
            return True
    return False


def reported(ctx, tok) -> Optional[tuple[str, object]]:
    """A reporting verb (fallback lexicon) whose content holds the trigger: (stance, verb token)."""
    lex = ctx.lex
    x = tok
    for _ in range(5):
        for c in x.children:  # postposed "..., dijo X" / "según X"
            if c.dep_ in ("parataxis", "advcl") and fold(c.text) in lex.report_forms and c.i > tok.i \
                    and not any(k.dep_ == "mark" and k.lower_ in ("para", "sin") for k in c.children) \
                    and not any(k.dep_ in ("ccomp", "xcomp") for k in c.children):
                # not "para sostener a Ucrania", nor a verb with words of its own ("prometiendo destruir al grupo")
                return lex.report[lex.report_forms[fold(c.text)]], c
            if c.dep_ in ("obl", "nmod") and any(k.lower_ == "según" for k in c.children):
                return "assert", c
        h = x.head
        if h == x:
            break
        if fold(h.text) in lex.report_forms and x.dep_ in ("ccomp", "obj", "parataxis", "xcomp", "csubj", "nsubj") \
                and not (x.dep_ == "obj" and case_of(x) in ("a", "al")):  # "ha respondido a la matanza": answered
            lem = lex.report_forms[fold(h.text)]
            if x.dep_ == "nsubj" and lem != "según" or lem == "rechazar" and fold(x.lemma_) in REPELLED:
                break  # ("rechazaron un ataque del ejército ruso en las aldeas de Hirske": repelled, not denied)
            stance = lex.report[lem]
            if stance == "confirm" and any(k.dep_ == "advmod" and k.lower_ == "no" for y in (h, h.head) for k in y.children):
                stance = "unverified"  # "no ha podido confirmar la captura de X"
            return stance, h
        if x.dep_ in ("ccomp", "parataxis") or h.pos_ in ("VERB",) and x.dep_ not in ("conj", "xcomp", "acl", "amod", "obj", "nsubj", "obl", "nmod"):
            break
        x = h
    # "según dijo" anywhere in the trigger's clause
    sent = tok.sent
    if "según" not in sent.text.lower():
        return None
    for y in sent:
        if y.lower_ == "según" and (y.head == tok or y.head.head == tok or y.i > tok.i - 12 and y.i < tok.i):
            return "assert", y
    return None


def background(ctx, tok) -> bool:
    """Told by the outlet as background inside someone's words: a description appended to a place
    ("Urozhaine, una aldea que las fuerzas recuperaron en agosto") or a reference point of time or
    cause ("después del inicio de la contraofensiva", "como respuesta a la explosión")."""
    x = tok
    for _ in range(6):
        h = x.head
        if h == x:
            return False
        if x.dep_ == "acl" and x.pos_ in ("VERB", "AUX") and h.dep_ == "appos":
            return True
        if x.pos_ in NOMINAL_POS and case_of(x) == "con" and fold(h.text).startswith("coincid"):
            return True  # "coincidiendo con la cumbre en Alaska entre los líderes de Rusia y Estados Unidos": a time
        if x.pos_ in NOMINAL_POS and x.dep_ in ("nmod", "obl"):
            if fold(x.lemma_) in CAUSE_NOUNS:
                return False  # "murieron como consecuencia de ataques con drones": the cause of the toll, the news
            if any(c.dep_ in ("case", "mark") and fold(c.text) in BACKGROUND_CASES
                   and not (x is tok and fold(c.text) == "como") for c in x.children):
                return True  # (not "avances significativos, como la recuperación de Carrefour Peille": an example told)
            if x.dep_ == "nmod" and fold(h.lemma_) in BACKGROUND_NOUNS:
                return True
            if x is tok and h.pos_ == "ADV" and fold(h.text) in REFERENCE_ADVERBS and campaign_word(tok) and (
                    h.head.pos_ in NOMINAL_POS or set(h.head.morph.get("Tense")) & {"Past", "Imp"}):
                return True  # "que antes de la invasión rusa tenía unos 30.000 habitantes": the war as a time (the adverb
                # heads the phrase; not "llamó ... a evacuar antes de los bombardeos", still to come, nor "ha destacado
                # antes del encuentro", the talks of the day)
            if x.dep_ == "nmod" and fold(h.lemma_) in SCENE_NOUNS and h.dep_ in ("appos", "conj", "nmod"):
                return True  # "Novomikolaivka, un pueblo ... cerca de ... Donetsk, epicentro de los combates"
        if x.pos_ in ("VERB", "AUX") and x.dep_ == "advcl" and any(
                c.dep_ in ("mark", "case") and fold(c.text) in BACKGROUND_CASES for c in x.children):
            return True  # "abandonaron Estambul tras concluir una jornada de negociaciones"
        if x.pos_ in ("VERB", "AUX") and x.dep_ in ("ROOT", "ccomp", "parataxis"):
            return False
        x = h
    return False


def hedged(tok) -> bool:
    """Told without the outlet vouching for it: "la supuesta incursión", "presuntamente causados por las explosiones"
    (a hedge on the trigger, or on the participle or verb it is an argument of)."""
    return any(c.dep_ in ("amod", "advmod") and fold(c.text) in HEDGES for x in (tok, tok.head) for c in x.children
               if x is tok or tok.dep_ in ("obl", "nsubj", "nsubj:pass", "obj"))


def rumour(tok) -> bool:
    """The conditional perfect of a main clause with no condition ("el bastión habría caído", "habrían muerto
    30 personas"): the press reporting what it cannot confirm, not a hypothesis."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "aux:pass") and fold(c.text).startswith("habri")]
    if not aux or "Part" not in tok.morph.get("VerbForm") or tok.dep_ not in ("ROOT", "conj", "parataxis"):
        return False
    return not any(c.dep_ in ("mark", "advcl") and fold(c.text) in ("si", "de") for x in (tok, tok.head) for c in x.children)


def describes_name(tok) -> bool:
    """A participle describing a named thing: "la RPD, anexionada por Rusia en septiembre de 2022"."""
    if not qualifying_participle(tok):
        return False
    before = tok.doc[tok.i - 2] if tok.i >= 2 and tok.doc[tok.i - 1].text == "," else None
    return tok.head.pos_ == "PROPN" or before is not None and before.pos_ == "PROPN"  # (hung on a word further back)


def report_status(ctx, m: Mention, statements: list[Statement]) -> None:
    s0, _ = m.span
    if m.trigger.pos == "N" and background(ctx, m.tok) or m.trigger.pos == "V" and m.tok.dep_ == "acl" \
            and m.tok.head.dep_ == "appos" or m.trigger.pos == "V" and describes_name(m.tok) \
            or m.tag == "part" and m.tok.dep_ == "amod" and m.tok.i < m.tok.head.i:  # "la asediada ciudad": a given
        m.presupposed = m.background = True
        m.status = combine_status([], m.mood)
        return
    told: list[tuple[str, int]] = []  # (statement id, index of its stance in m.stances)
    said = reporting_lexicon()
    for s in statements:
        a, b = s.content_span
        inside = a <= s0 < b
        if not inside and s.cue_span and s.stance in ("deny", "confirm") and s.target is None:
            inside = False
        if inside and s.stance == "deny" and compared(ctx, m.tok, s.content_span):
            m.presupposed = True  # "negó que planee una nueva movilización similar a la de 2022": 2022 is not denied
            m.reported_by, m.stances = [], []
            m.status = combine_status([], m.mood)
            return
        if inside and s.stance in ("deny", "confirm") and not core_of_content(ctx, m.tok, s.content_span):
            continue
        if inside and not s.direct and (c := ctx.doc.char_span(a, b, alignment_mode="expand")) is not None \
                and in_aside(ctx.doc, c.start, m.tok.i, c.end):
            continue  # "Rusia aseguró ... que un ataque aéreo en el puerto ucraniano de Odesa —menos de un día después de
            # que Moscú y Kiev firmaran un acuerdo ...— solo alcanzó objetivos militares": the outlet's aside
        if inside and s.cue_span and s.cue_span[0] > b and re.match(r"\W*Así\s", ctx.text[b:s.cue_span[0]]):
            m.reported_by.append(s.id)  # "Al menos 300 personas murieron en el bombardeo ... Así lo ha confirmado el
            continue  # Ayuntamiento": told in the outlet's voice first, its source named after (still asserted)
        if inside and s.stance == "deny" and (said.says_held(ctx.text[a:b]) or said.disowns_part(ctx.text[a:b])
                                              or denied_elsewhere(ctx, m.tok, s.content_span)
                or SET_RIGHT.search(ctx.text[s.content_span[0]:s.content_span[1]])):
            # "Ucrania lo negó y aseguró que continúan los intensos combates": the fighting it tells is asserted;
            # what it denies is the capture it answers ("no atacó con misiles el centro comercial ..., sino un
            # almacén": the strike is told, its target set right)
            m.reported_by.append(s.id)
            m.stances.append(("assert", s.source))
            continue
        if inside and m.trigger.pos == "N" and m.definite and campaign_word(m.tok) \
                and (not core_of_content(ctx, m.tok, s.content_span)
                     or m.tok.dep_ == "nsubj" and fold(m.tok.head.lemma_) in ctx.lex.result):  # ("La ofensiva israelí
            # de represalia ha dejado al menos 63.557 palestinos muertos, según datos del Ministerio": the toll is told)
            m.presupposed = True  # "... para discutir el fin de la invasión a gran escala": the war is a given (not the
            # strike a report counts the dead of: "El número de muertos en los ataques ... se ha elevado a siete, según")
            m.reported_by.append(s.id)
            continue
        if inside and m.trigger.pos == "N" and m.tok.dep_ in ("nsubj", "nsubj:pass") and realized(ctx, m.tok) \
                and not (participle_lemma(m.tok.head) & (ctx.lex.result | ctx.lex.light)):
            m.presupposed = True
            continue  # "... que el paquete de ayuda aprobado por el Congreso no cambiará nada": presupposed  # "... fecha de inicio de la ofensiva": background inside a denial is not denied
        if inside and s.stance == "urge" and m.trigger.type in ASKED_FOR and urged(ctx, m.tok, s):
            m.mood = m.mood or "expected"  # "urgió a sus aliados occidentales a proporcionar más sistemas de defensa": asked
            m.reported_by.append(s.id)  # for, still to come (help and talks; a withdrawal demanded or an entry ordered is
            continue  # told with the war it belongs to: "recomendó la retirada de las tropas", "ordenó entrar en Ucrania")
        if inside:
            m.reported_by.append(s.id)
            if not (m.trigger.type in PERFORMED_TYPES and s.cue in PERFORMATIVE):  # (announced, it is the act, told:
                # "Rusia anunció el viernes que concluyó la movilización"; still dated by the announcement)
                both = s.source is None and s.source_span and s.stance == "assert" and any(
                    w in fold(ctx.text[s.source_span[0]:s.source_span[1]]) for w in BOTH_SIDES)
                m.stances.append(("confirm" if both else s.stance, s.source))  # "dijeron ambas partes": both sides
                told.append((s.id, len(m.stances) - 1))
                if s.stance == "confirm":  # "confirmó que un helicóptero bombardeó una casa en la que, según fuentes
                    m.stances += [("assert", o.source) for o in statements  # iraquíes, murieron ...": others tell it
                                  if o is not s and o.cue_span and o.source != s.source and a <= o.cue_span[0]
                                  and (o.cue_span[0] < b or not ctx.text[b:o.cue_span[0]].strip(" ,"))]
            if s.cue_span and (cue := ctx.ix.tok_at(s.cue_span[0])) is not None:
                m.report_cues.append(cue)
    if len(m.reported_by) > 1:  # "afirmó que ... y ha negado que X": the inner report speaks for X, not the outer
        by_id = {s.id: s for s in statements}
        inner = [i for i, sid in enumerate(m.reported_by) if not any(
            o != sid and by_id[o].cue_span and by_id[sid].content_span[0] <= by_id[o].cue_span[0] < by_id[sid].content_span[1]
            for o in m.reported_by)]
        if inner and len(inner) < len(m.reported_by):
            kept = {m.reported_by[i] for i in inner}
            dropped = {k for sid, k in told if sid not in kept}  # (not every report gives a stance: a presupposed one)
            m.reported_by = [m.reported_by[i] for i in inner]
            m.stances = [x for k, x in enumerate(m.stances) if k not in dropped]
    if not m.reported_by and not m.presupposed:
        rep = reported(ctx, m.tok)
        if rep and not (m.trigger.type in PERFORMED_TYPES and ctx.lex.report_forms.get(fold(rep[1].text)) in PERFORMATIVE):
            m.stances.append((rep[0], None))  # (not "Putin anunció una movilización parcial": announced, it is done)
        elif any(a <= s0 < b for a, b in ctx.quoted) or hedged(m.tok):
            m.stances.append(("assert", None))
    m.status = combine_status(m.stances, m.mood)


def urged(ctx, tok, s: Statement) -> bool:
    """Is the trigger what a call asks for: the call's own complement ("urgió ... a una tregua", "pidió una reunión
    urgente"), or the object of a verb asking for more of it ("exhortando a los países aliados a acelerar el envío de
    armas"), or what a quotation's own first-person verb of asking asks for; not an act the call
    is made over ("pidió un alto al fuego inmediato ..., sobre todo ahora que se dio el bombardeo en contra de un
    hospital")?"""
    cue = ctx.ix.tok_at(s.cue_span[0]) if s.cue_span else None
    if cue is None or any(c.dep_ in ("acl", "acl:relcl") for c in tok.children):
        return False  # (talks a relative clause tells are under way or past: resuming them asks for no new ones)
    lex = reporting_lexicon()

    def asking(t) -> bool:
        if t.i == cue.i:
            return tok.i > cue.i
        c = lex.verbs.get(t.lemma_.lower())
        return c is not None and c.stance == "urge" and "1" in t.morph.get("Person")
    h = tok.head
    return asking(h) or asking(h.head) and tok.dep_ == "obj" and fold(h.lemma_) in FURTHERING


def compared(ctx, tok, span: tuple[int, int]) -> bool:
    """Is the trigger only the term of a comparison ("similar a la movilización de 2022") in a content span?"""
    x = tok
    for _ in range(6):
        h = x.head
        if h == x or not (span[0] <= h.idx < span[1]):
            return False
        if x.dep_ in ("advcl", "acl", "acl:relcl") and any(c.lower_ == "cuando" for c in x.children) and any(
                y.morph.get("Tense") == ["Past"] and y.morph.get("VerbForm") == ["Fin"] for y in [x, *x.children]):
            return True  # "..., cuando unos 300.000 reservistas fueron llamados a filas": a past occasion told as background
        if fold(h.lemma_) in COMPARISON or any(c.dep_ == "case" and fold(c.lower_) in COMPARISON for c in x.children) \
                and x.dep_ in ("nmod", "obl"):
            return True
        x = h
    return False


def core_of_content(ctx, tok, span: tuple[int, int]) -> bool:
    """Is the trigger the main predicate of a content span (or one of its direct arguments)?"""
    x = tok
    for _ in range(12):
        h = x.head
        if h == x or not (span[0] <= h.idx < span[1]):
            return True
        if x.dep_ in ("appos", "acl", "advcl", "parataxis") or x.dep_ == "nmod" and h.dep_ == "appos":
            return False
        x = h
    return False


def combine_status(stances: list[tuple[str, Optional[str]]], mood: Optional[str]) -> str:
    if mood:
        return mood
    kinds = [s for s, _ in stances if s in ("assert", "deny", "confirm", "unverified")]
    if not kinds:
        return "asserted"
    deny_src = {src for s, src in stances if s == "deny"}
    assert_src = {src for s, src in stances if s in ("assert", "unverified")}
    confirm_src = {src for s, src in stances if s == "confirm"}
    if confirm_src and (None in confirm_src or (assert_src | deny_src) - confirm_src):
        return "confirmed"  # a confirmation of what another said (or of both sides: "dijeron ambas partes")
    if confirm_src:
        # the only one who tells it "confirms" it ("Las FDI confirmaron que ... alcanzaron cohetes disparados desde
        # Gaza"): no one else's claim is confirmed; it is that party's claim
        assert_src |= confirm_src
        kinds = ["assert" if k == "confirm" else k for k in kinds]
    if "deny" in kinds:
        if assert_src and (assert_src != deny_src or None in assert_src):
            return "disputed"
        return "denied"
    return "claimed"


NEGATIONS = {fold(w) for w in grammar("negations")}


def denied_elsewhere(ctx, tok, span: tuple[int, int]) -> bool:
    """A denial of several sentences whose denying words are in another sentence than the trigger's ("«También hay
    combates activos en la aldea de Novoheorhiivka ... La información sobre la ocupación de ambas aldeas por parte de
    los rusos no es cierta», remachó"): the fighting it tells is asserted; the denial is of the capture."""
    sent = tok.sent
    if span[0] >= sent.start_char and sent.end_char >= span[1]:
        return False  # (one sentence: the denial covers it)
    lex = reporting_lexicon()
    return not any(t.dep_ == "advmod" and fold(t.text) in NEGATIONS or lex.falsity_word(t.text) for t in sent)
