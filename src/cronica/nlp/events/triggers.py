"""Triggers: find every trigger phrase in the article, then accept or reject each by its constraints
(an arms object for ``enviar``, a place for ``tomar``, an anchor for plural ``ataques`` ...)."""
from __future__ import annotations

from typing import Iterable, Optional

from ...names import fold
from ..spanish import grammar
from ..syntax import NOMINAL_POS, NON_VERB_POS, VERBAL_POS, case_of, has_definite_article, walk
from .anaphora import anaphoric
from .constraints import HARD, LAST, PATIENT, SOFT
from .context import Mention
from .words import (ABILITY, AIRED, DURATION_NOUNS, EARLIER_ACTS, GENERIC, GROUPS, GUNFIRE, HABITUAL, HABITUAL_ADVERBS,
                    HEARD, KIND_NOUNS, LIKEWISE, MORE, NAMING, OFFICE_NOUNS, ORDERS, PEOPLE, PLACE_NOUNS, REQUEST_VERBS,
                    SEVERAL, STOPPING, TALKS_FRAMES, TALLY_NOUNS, TREND_NOUNS, UNIT_NOUNS)
from .dates import governs_time
from .lexicon import Trigger, match_phrase
from .modality import blocked, conditional_ground, none_told, operation_aim, purposed
from .status import reported

# determiners that present a mention as told before ("del ataque", "sus ataques") or as new ("un ataque", "otro ataque")
DEFINITE = grammar("definite_articles") | grammar("demonstratives") | grammar("both") | {"su", "sus"}
INDEFINITE = grammar("indefinite_articles") | {"otro", "otra", "varios", "varias", "nuevo", "nueva"}
DEMONSTRATIVES = grammar("demonstratives")

def find_mentions(ctx, doc) -> Iterable[Mention]:
    lex = ctx.lex
    used: set[int] = set()
    for tok in doc:
        if tok.i in used or tok.is_punct or tok.is_space:
            continue
        if ctx.layout is not None and ctx.layout.in_link(tok.idx):
            continue  # "Lea más: Rusia ataca Odesa ...": another story's headline
        low = tok.text.lower()
        f = fold(low)
        lf = fold(tok.lemma_)
        if f not in lex.noun_index and lf not in lex.noun_index and f not in lex.verb_index:
            continue  # no trigger word: most tokens, skipped before their children are looked at
        cands: list[tuple[Trigger, Optional[str]]] = []
        nominal = tok.pos_ in NOMINAL_POS or any(c.dep_ == "det" for c in tok.children)
        if not nominal and tok.pos_ == "ADJ" and tok.i > 0 and doc[tok.i - 1].pos_ in ("DET", "ADP") \
                and not lex.verb_index.get(f):
            nominal = True  # "en una contraofensiva relámpago": a noun the tagger took for an adjective
        if not nominal and tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.i == tok.i - 1 \
                and tok.head.pos_ == "ADJ" and any(c.dep_ == "det" for c in tok.head.children) and not lex.verb_index.get(f):
            nominal = True  # "una feroz contraofensiva": the tagger took the adjective for the noun and the noun for
            # its adjective
        for t in lex.noun_index.get(f, []) + lex.noun_index.get(lf, []):
            if nominal or tok.pos_ not in VERBAL_POS:
                cands.append((t, None))
            elif tok.pos_ == "ADJ" and len(t.words) >= 3 and "..." not in t.words:
                cands.append((t, "fixed"))  # "un frágil alto el fuego": a set phrase the tagger split up
        for t, tag in ([] if tok.pos_ in NON_VERB_POS else lex.verb_index.get(f, [])):
            exact = t.forms.get(low) or tag
            if exact == "part" and tok.pos_ == "NOUN" and tok.i > 0 and doc[tok.i - 1].pos_ == "ADP" and \
                    not any(c.dep_ in ("aux", "aux:pass") for c in tok.children):
                continue  # "a mediados de agosto"
            if nominal and (exact != "part" or any(match_phrase(ctx, doc, tok, n) is not None for n in lex.noun_index.get(f, ()))):
                continue  # "de corto alcance" is a noun, not alcanzar (but "La caída de las capitales": no noun row
                # of "caída" reads it, the participle of caer does)
            cands.append((t, exact))
        found = [(t, toks, None if tag == "fixed" else tag) for t, tag in cands
                 if (toks := match_phrase(ctx, doc, tok, t)) is not None
                 and (tag != "fixed" or [x.i for x in toks] == list(range(tok.i, tok.i + len(toks))))]
        if not found:
            continue
        longest = max(len(toks) for _, toks, _ in found)  # the longest phrase wins; rows of as many words are
        ms = [_mention(ctx, t, toks, tag) for t, toks, tag in found if len(toks) == longest]  # alternatives
        used.update(x.i for x in ms[0].phrase)
        ctx.phrase_of[ms[0].tok.i] = {x.i for x in ms[0].phrase}
        ms[0].others = ms[1:]
        yield ms[0]


def _mention(ctx, t: Trigger, toks: list, tag: Optional[str]) -> Mention:
    head = toks[t.head] if t.head >= 0 else toks[0]
    if t.head >= 0:
        span = (head.idx, head.idx + len(head.text))
    else:
        span = (toks[0].idx, toks[-1].idx + len(toks[-1].text))
    if t.pos == "N" and head.dep_ == "amod" and head.head.i in {x.i for x in toks} and head.head.pos_ == "NOUN" \
            and head.i < head.head.i:
        # the phrase's own head in the parse ("para lograr un alto el fuego": "fuego" is what "lograr" takes, "alto"
        # only its modifier), through which the sentence is read
        head = head.head
    m = Mention(t, head, span, ctx.sent_of.get(head.i, 0), tag)
    m.phrase = toks
    m.headline = ctx.layout is not None and (ctx.layout.in_headline(head.idx) or ctx.layout.in_subhead(head.idx))
    return m


def accept_any(ctx, m: Mention) -> Optional[Mention]:
    """The mention, or the first of its alternative rows (``m.others``), that passes its constraints; None if none
    does (``m.rejected`` says why the first failed)."""
    for x in (m, *m.others):
        if accept(ctx, x):
            return x
    return None


def accept(ctx, m: Mention) -> bool:
    """Does the mention pass its trigger's constraints? ``m.rejected`` says why not."""
    t, tok = m.trigger, m.tok
    cons = t.cons
    for key, check in HARD.items():
        if key in cons and not check(ctx, m, cons[key]):
            return _reject(m, key)
    if t.pos == "V" and t.words[0].endswith("se") and not _has_clitic(tok):
        return _reject(m, "clitic")  # retirarse: needs the clitic
    if blocked(ctx, tok):
        return _reject(m, "blocked")
    m.purpose = purposed(ctx, tok)  # "para golpear la retaguardia": what it is for, still to happen
    if m.purpose and conditional_ground(tok):
        return _reject(m, "would_enable")
    if m.purpose and (operation_aim(tok) or infinitive_aim(tok) and not (t.type == "diplomacy" and t.pos == "N")):
        return _reject(m, "aim")  # (not talks: "llegaron a Estambul para realizar una nueva ronda de conversaciones")
    if negated(ctx, tok) and (not reported(ctx, tok) or foretold(tok)) or none_told(tok):
        return _reject(m, "negated")  # (a denial of what happened is told; "no podrán tomar la región": nothing is)
    if striving(tok) and not reported(ctx, tok):
        return _reject(m, "goal")
    if t.pos == "V" and tok.pos_ == "NOUN" and any(c.dep_ == "det" for c in tok.children) and any(
            c.dep_ == "nmod" and case_of(c).startswith("de") and fold(c.lemma_) in ctx.lex.classes.get("aerial", set())
            for c in tok.children):
        return _reject(m, "noun")  # "luego de la entrada de un dron en su espacio aéreo": a drone's way in, no ground
        # taken (the noun read as the participle of "entrar en")
    if t.pos == "V" and any(c.dep_ == "mark" and c.lower_ == "si" for c in tok.children) and any(
            c.dep_ == "aux" and c.lemma_ == "haber" and "Sub" in c.morph.get("Mood") and "Imp" in c.morph.get("Tense")
            for c in tok.children):
        return _reject(m, "counterfactual")  # "Esto no habría ocurrido si Ucrania hubiera recibido suficientes equipos
        # de defensa antiaérea": what did not happen (not "negó que las fuerzas rusas hubieran tomado X": a denial)
    if generic(ctx, m):
        return _reject(m, "generic")
    if in_a_name(ctx, m):
        return _reject(m, "name")
    if m.trigger.pos == "N" and fold(tok.head.lemma_) in NAMING and tok.head.i > 0 \
            and tok.doc[tok.head.i - 1].lower_ in ("lo", "la", "los", "las") and tok.i > tok.head.i:
        return _reject(m, "called")  # "lo consideró un ataque contra toda la nación": what the crime was called
    if m.trigger.type == "diplomacy" and m.trigger.pos == "N" and aired_meeting(ctx, tok):
        return _reject(m, "aired")
    if m.trigger.pos == "N" and called_before(ctx, tok):
        return _reject(m, "called")  # '"Un salvaje ataque ruso", lo ha calificado el presidente'
    if m.tag == "part" and tok.dep_ == "amod" and tok.i < tok.head.i and not list(tok.children) \
            and m.trigger.type not in ("clash", "territory_change"):
        return _reject(m, "state")  # "la bombardeada ciudad de X": a state the place is in, not a told event; but
        # "la asediada ciudad de Mariupol" tells a siege going on there, "la anexionada península" the annexation
    if m.trigger.type == "diplomacy" and m.trigger.pos == "V" and tok.dep_ == "amod":
        return _reject(m, "state")  # "una salida negociada al conflicto": what kind of way out, no talks told
    if m.tag == "part" and m.trigger.type == "attack" and any(
            c.dep_ in ("cop", "aux") and c.lemma_ in ("estar", "quedar") for c in tok.children):
        return _reject(m, "state")  # "la localidad está completamente destruida": what is left, not a strike
    read_determiner(ctx, m)
    m.heard = m.trigger.pos == "N" and heard(tok)  # "se escucharon explosiones": the sound of an event told anyway
    for key, check in PATIENT.items():
        if key in cons and not check(ctx, m, cons[key]):
            return _reject(m, key)
    failed = next((key for key, check in SOFT.items() if key in cons and not check(ctx, m, cons[key])), None)
    if failed:
        if "ref" in cons and refers_back(ctx, m):
            m.ref_only = True
            return True
        return _reject(m, failed)
    for key, check in LAST.items():
        if key in cons and not check(ctx, m, cons[key]):
            return _reject(m, key)
    return True


def called_before(ctx, tok) -> bool:
    """A noun inside a quotation that a naming verb takes up with a clitic right after it ('"Un salvaje ataque
    ruso", lo ha calificado el presidente'): what the act was called, no act of its own."""
    q = next((q for q in (ctx.layout.quotes if ctx.layout else []) if q[0] < tok.idx < q[1]), None)
    if q is None:
        return False
    doc = tok.doc
    after = [t for t in doc[tok.i:tok.i + 40] if t.idx >= q[1]][:6]
    words = [t for t in after if not t.is_punct or t.text == ","]
    if len(words) < 3 or words[0].text != "," or words[1].lower_ not in ("lo", "la", "los", "las"):
        return False
    verb = next((t for t in words[2:4] if t.pos_ != "AUX"), None)
    return verb is not None and fold(verb.lemma_) in NAMING


def aired_meeting(ctx, tok) -> bool:
    """"dijo posteriormente en una reunión televisada de altos cargos de Defensa que ...", "dijo Smirnov en el
    encuentro transmitido por la televisión estatal": a meeting told as broadcast, where a reporting verb's words were
    said (its channel), is no talks of its own."""
    return case_of(tok) == "en" and fold(tok.head.text) in ctx.lex.report_forms and any(
        c.dep_ in ("amod", "acl") and fold(c.text) in AIRED for c in tok.children)


def heard(tok) -> bool:
    """A noun told as a sound: what is heard ("se escucharon explosiones", "el ruido de ... explosiones",
    "Explosiones que aún se pueden escuchar") or explosions told with gunfire ("fuertes disparos y explosiones")."""
    near = [tok.head, tok.head.head] + [x for c in tok.children if c.dep_.startswith("acl") for x in (c, *c.children)]
    return any(fold(x.lemma_) in HEARD or fold(x.text) in HEARD for x in near) or fold(tok.lemma_).startswith("explosi") \
        and any(fold(x.text) in GUNFIRE for x in [tok.head, *(c for c in tok.children if c.dep_ == "conj")])


def _reject(m: Mention, why: str) -> bool:
    m.rejected = why
    return False


def _has_clitic(tok) -> bool:
    """"se retiraron", "retirarse", "haberse retirado" (the clitic on the auxiliary)."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return any(c.lower_ == "se" for c in tok.children) or tok.text.lower().endswith("se") \
        or (prev is not None and (prev.lower_ == "se" or prev.lower_ in ("haberse", "habiéndose"))) \
        or (tok.i > 1 and tok.doc[tok.i - 2].lower_ == "se")


def read_determiner(ctx, m: Mention) -> None:
    # "los 40 misiles lanzados": a participle's (or relative verb's) determiners are those of the noun it describes
    # (or of its number, where the parser hangs them)
    heads = [m.tok]
    if len(m.phrase) > 1 and m.phrase[0].i < m.tok.i and m.tok.head.i == m.phrase[0].i:
        noun = m.phrase[0]
        heads += [noun, *(n for n in noun.children if n.dep_ == "nummod")]
    for c in (c for h in heads for c in h.children):
        if c.dep_ == "det":
            low = c.lower_
            if low in DEFINITE:
                m.definite = True
            elif low in INDEFINITE:
                m.indefinite = True
        if c.dep_ in ("det", "amod") and fold(c.text) in SEVERAL:
            m.indefinite = True  # "Múltiples ataques en las últimas semanas": several, none told before
        if c.dep_ == "advmod" and fold(c.text) in MORE and c.i == m.tok.i - 1 and not list(c.children):
            m.is_new = True  # "con más ataques aéreos reportados en esas áreas": more, not the ones told (not "más de 30")
        if c.dep_ == "case" and (c.lower_ in ("del", "al") or any(
                f.dep_ == "fixed" and f.lower_ in ("del", "al") for f in c.children)):
            m.definite = True  # "del ataque", "debido al ataque aéreo"
    if m.trigger.pos == "N" and m.tok.dep_ == "nmod" and case_of(m.tok).startswith("de") \
            and fold(m.tok.head.lemma_) in TREND_NOUNS:
        m.is_new = True  # "en un momento de creciente aumento de los ataques rusos a Ucrania": a trend, not the act told
    j = m.phrase[0].i - 1 if m.phrase else m.tok.i - 1
    if m.trigger.pos == "N" and j > 0 and m.tok.doc[j].is_quote and m.tok.doc[j - 1].pos_ == "DET":
        low = m.tok.doc[j - 1].lower_  # "El “ataque terrorista” fue registrado en el poblado de Puerto Jordán": the
        m.definite = m.definite or low in DEFINITE  # article before the quotation mark (the parser hangs it elsewhere)
        m.indefinite = m.indefinite or low in INDEFINITE
    if m.trigger.pos == "N" and m.tok.dep_ in ("obj", "nsubj") and fold(m.tok.head.lemma_) in STOPPING \
            and not anaphoric(m.tok) \
            and not (m.tok.dep_ == "nsubj" and any(c.dep_ == "obj" for c in m.tok.head.children)):
        # (not "Estos horribles ataques deben cesar": the ones just told; not "Los ataques interrumpieron el fluido
        # eléctrico": what the attacks stopped)
        m.is_new = True  # "hasta que el grupo detenga sus ataques al tráfico marítimo": a series someone must stop
    for c in m.tok.children:
        if c.dep_ in ("nmod", "acl", "amod") and not ctx.demonym(c.text) and not (
                ctx.entity_at(c) and ctx.entity_at(c).type == "LOC"):
            m.bare = False
        if c.dep_ in ("amod", "det") and (fold(c.text) in ctx.lex.new or fold(c.lemma_) in ctx.lex.new) \
                and not (fold(c.lemma_) == "nuevo" and any(d.dep_ == "det" and d.lower_ in DEMONSTRATIVES
                                                           for d in m.tok.children)):
            m.is_new = True  # (not "este nuevo ataque nocturno": the new one just told)
    for c, _ in walk(m.tok, 3):  # (the parser may hang it on the object: "castigado Odesa y su infraestructura a diario")
        if c.dep_ in ("advmod", "obl", "nmod") and habitual(c):
            m.is_new = True  # "Rusia ha castigado Odesa ... a diario": a series, not the strike just told
        if c.dep_ in ("advmod", "obl") and c.head.i == m.tok.i and fold(" ".join(x.text for x in c.subtree if not x.is_punct)) in LIKEWISE:
            m.is_new = True  # "Ayer, de la misma manera, muchas áreas ... fueron bombardeadas": another act like it


def refers_back(ctx, m: Mention) -> bool:
    """A definite mention ("las maniobras") or one whose place is a definite place noun ("la localidad")."""
    if m.trigger.pos == "N":
        return m.definite
    for c in m.tok.children:
        if c.dep_ in ("nsubj", "obj", "obl", "nsubj:pass") and fold(c.lemma_) in PLACE_NOUNS and any(
                d.dep_ == "det" and d.lower_ in ("el", "la", "los", "las", "esta", "este", "dicha", "dicho")
                for d in c.children):
            return True
    return False


def habitual(c) -> bool:
    """A frequency adverbial headed by ``c`` ("a diario", "cada noche", "todas las noches"), its fixed words, article
    and preposition included."""
    words = sorted([c, *(x for x in c.children if x.dep_ in ("fixed", "flat", "det", "case"))], key=lambda x: x.i)
    return fold(" ".join(x.text for x in words)) in HABITUAL


def generic(ctx, m: Mention) -> bool:
    """A kind of act, not one that happened: "derribarán cualquier avión", "misiles que alcanzan objetivos a cientos
    de kilómetros" (a present-tense relative clause telling what a thing can do)."""
    tok = m.tok
    # (and the word a conjunct hangs on: "no se debió a ningún tiroteo o bombardeo", whoever says so)
    args = [c for c in tok.children if c.dep_ in ("obj", "nsubj", "nsubj:pass")]
    for x in (tok, *args, *([tok.head] if tok.dep_ == "conj" else [])):
        if any(d.dep_ == "det" and fold(d.text) in GENERIC for d in x.children) \
                and fold(x.text) not in ("uno", "una"):  # ("Cada uno de los tres drones alcanzó ...": each one of them)
            return True
    if m.trigger.pos == "V" and tok.head.pos_ == "ADJ" and fold(tok.head.text) in ABILITY \
            and any(c.dep_ == "mark" and c.lower_ == "de" for c in tok.children):
        return True  # "misiles balísticos, que son muy difíciles de derribar": what can be done, not what was
    if m.trigger.pos == "N" and tok.dep_ == "nmod" and case_of(tok) == "de" and fold(tok.head.lemma_) in TALLY_NOUNS \
            and "Plur" in tok.morph.get("Number"):
        return True  # "un número tan grande de ataques directos": a tally of acts
    if m.trigger.pos == "N" and "Plur" in tok.morph.get("Number") and not any(c.dep_ == "det" for c in tok.children) \
            and (any(c.dep_ == "amod" and fold(c.text) in EARLIER_ACTS for c in tok.children)
                 or tok.i + 1 < len(tok.doc) and fold(tok.doc[tok.i + 1].text) in EARLIER_ACTS):
        return True  # "Las explosiones se parecen a ataques anteriores llevados a cabo por Boko Haram": acts of before
    if m.trigger.type == "diplomacy" and m.trigger.pos == "N" and any(
            case_of(x) == "contra" for x in (tok, *([tok.head] if tok.dep_ == "conj" else []))):
        return True  # "ataques suicidas contra escuelas, mercados, edificios religiosos y grandes reuniones": a target
    if m.trigger.pos == "N" and tok.dep_ == "nmod" and case_of(tok) == "de" and fold(tok.head.lemma_) in KIND_NOUNS:
        return True  # "con este tipo de ataques": a kind of act
    if m.trigger.pos == "N" and case_of(tok) in ("para", "contra") \
            and not any(c.dep_ in ("det", "nummod") for c in tok.children) and "Plur" in tok.morph.get("Number"):
        return True  # "tanto para tareas de reconocimiento como para ataques directos": what a thing is used for;
        # "protegida eficazmente contra ataques de artillería y aéreos": what it guards against
    if m.trigger.type == "diplomacy" and m.trigger.pos == "N" and tok.dep_ == "nmod" and case_of(tok) == "de" \
            and fold(tok.head.lemma_) in TALKS_FRAMES:
        return True  # "el resultado de «un proceso de negociación complejo»": talks as a process, no meeting held
    if m.trigger.type == "diplomacy" and m.trigger.pos == "N" and tok.dep_ == "obj" \
            and fold(tok.head.lemma_) in REQUEST_VERBS:
        return True  # "Pedimos una reunión urgente de la Junta de Gobernadores": asked for, not held
    if m.trigger.type == "mobilization" and m.tag == "part" and tok.dep_ in ("amod", "acl") \
            and fold(tok.head.lemma_) in PEOPLE | GROUPS | {"hombre"} \
            and not any(t.value and governs_time(ctx, tok, t) for t in ctx.times):
        return True  # "hombres recién movilizados": who they are, not a call-up told
    if tok.dep_ == "acl" and m.tag == "pres" and tok.morph.get("Mood") != ["Sub"] \
            and any("Rel" in c.morph.get("PronType") for c in tok.children) \
            and fold(tok.head.lemma_) in ctx.lex.classes.get("materiel", set()):
        return True  # what a weapon does, not what it did
    if m.trigger.pos == "N" and tok.dep_ == "nmod" and case_of(tok) == "de" and fold(tok.head.lemma_) in OFFICE_NOUNS \
            and not any(c.dep_ == "det" for c in tok.head.children):
        return True  # "Rustem Umérov, responsable de las negociaciones sobre el plan de paz": a charge held, no talks
        # told (not the blame of "las fuerzas ocupantes rusas como las responsables de la voladura de la presa")
    present = tok.morph.get("Tense") == ["Pres"] and tok.morph.get("Mood") == ["Ind"] or "Part" in tok.morph.get(
        "VerbForm") and any(a.dep_ in ("aux", "aux:pass", "cop") and a.morph.get("Tense") == ["Pres"]
                            and a.morph.get("Mood") == ["Ind"] for a in tok.children)  # ("es bombardeada a diario")
    if m.trigger.pos == "V" and present and any(
            c.dep_ == "advmod" and fold(c.text) in HABITUAL_ADVERBS or c.dep_ in ("advmod", "obl") and habitual(c)
            for c in [*tok.children, *(g for o in tok.children if o.dep_ == "obj" for g in o.children)]):
        return True  # "bandas criminales armadas atacan habitualmente a sus víctimas en pueblos, escuelas ...", "Rusia
        # ataca prácticamente cada noche territorio ucraniano con drones": what they do, not an act told ("atacan
        # únicamente instalaciones militares": what they say they do)
    return False


def in_a_name(ctx, m: Mention) -> bool:
    """A trigger noun that names a kind of unit, weapon or thing, not an event: "los grupos de asalto Wagner",
    "helicópteros de ataque", "la brigada de asalto", "drones de ataque", "cráteres de impacto"."""
    tok = m.tok
    e = ctx.entity_at(tok) if tok.text[:1].isupper() and not tok.is_sent_start else None
    if e is not None and e.type in ("LOC", "ORG") and any(a <= tok.idx and tok.idx + len(tok.text) <= b and b - a > len(tok.text)
                                                     for a, b in e.mentions):
        return True  # "la Base de la Operación Avanzada en Burkusuma": a word of a name
    if m.trigger.pos != "N" or tok.dep_ != "nmod" or any(c.dep_ == "det" for c in tok.children):
        return False
    if case_of(tok) != "de":
        return False
    if fold(tok.head.lemma_) in UNIT_NOUNS:
        return True
    # a bare singular "de" noun that only classifies a thing ("cráteres de impacto", "zona de combate"): a kind
    return (m.trigger.type in ("attack", "clash", "interception") and "Number=Sing" in str(tok.morph)
            and tok.head.pos_ == "NOUN" and not ctx.trigger_noun(tok.head)
            and fold(tok.head.lemma_) not in DURATION_NOUNS | ORDERS  # ("la orden de invasión": the act ordered)
            and all(c.dep_ == "case" or c.dep_ == "amod" and c.pos_ == "ADJ" and not ctx.demonym_country(c.text)
                    for c in tok.children))  # ("las sirenas de ataque aéreo"; not "víctimas de ataque ruso": whose)


def foretold(tok) -> bool:
    """The verb, or its auxiliary, in the future or the conditional ("Los rusos no podrán tomar la región")."""
    return any("Fut" in x.morph.get("Tense") or "Cnd" in x.morph.get("Mood")
               for x in (tok, *(c for c in tok.children if c.dep_ in ("aux", "aux:pass"))))


def negated(ctx, tok) -> bool:
    for x in (tok, tok.head if tok.dep_ in ("obj", "nsubj", "xcomp") else None):
        if x is None:
            continue
        if any(c.dep_ == "advmod" and c.lower_ in ("no", "nunca", "jamás") for c in x.children):
            return True
    if any(c.dep_ == "mark" and c.lower_ == "sin" for c in tok.children):
        return True  # "entrar en la ciudad sin que se atacara a civiles": it did not happen
    return False


def infinitive_aim(tok) -> bool:
    """An infinitive of purpose on the verb of an act, or its object ("Presionaron sin parar para capturar Vovche y
    Prohres", "desplegó 15 drones Shahed-136 para llevar a cabo ataques aéreos"): what the act was for, no act told
    (not "para que las bandas puedan enfrentarse a la Policía", a clause with its own subject)."""
    if tok.dep_ == "obj" and has_definite_article(tok):
        return False  # "utilizaron machetes ... para perpetrar la matanza": the massacre told, not one aimed at
    x = tok.head if tok.dep_ == "obj" else tok
    return "Inf" in x.morph.get("VerbForm") and any(c.dep_ == "mark" and fold(c.text) == "para" for c in x.children) \
        and not any(c.dep_ == "nsubj" or c.dep_ == "mark" and c.lower_ == "que" for c in x.children) \
        and x.dep_ in ("advcl", "xcomp") and x.head.pos_ in ("VERB", "AUX") and x.head.dep_ not in ("acl", "acl:relcl")
    # (on an act told; "la fecha límite que se ha impuesto Israel para invadir ... Rafah" is a plan with its date:
    # expected)


def striving(tok) -> bool:
    """"lucha por instaurar un régimen": fighting for a goal, no fighting told."""
    return fold(tok.lemma_) in ("luchar", "lucha") and any(
        c.dep_ == "xcomp" and any(k.lower_ == "por" for k in c.children) for c in tok.children)

