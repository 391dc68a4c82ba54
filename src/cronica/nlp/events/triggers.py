"""Triggers: find every trigger phrase in the article, then accept or reject each by its constraints
(an arms object for ``enviar``, a place for ``tomar``, an anchor for plural ``ataques`` ...)."""
from __future__ import annotations

from typing import Iterable, Optional

from ...names import fold
from ..spanish import noun_forms, participle_lemma
from ..syntax import NOMINAL_POS, NON_VERB_POS, VERBAL_POS, case_of, walk
from .arguments import event_places, frame_places, noun_actors
from .context import ONGOING, PLACE_NOUNS, Mention
from .dates import governs_time
from .lexicon import Trigger
from .status import reported


def find_mentions(ctx, doc) -> Iterable[Mention]:
    lex = ctx.lex
    used: set[int] = set()
    for tok in doc:
        if tok.i in used or tok.is_punct or tok.is_space:
            continue
        low = tok.text.lower()
        f = fold(low)
        cands: list[tuple[Trigger, Optional[str]]] = []
        nominal = tok.pos_ in NOMINAL_POS or any(c.dep_ == "det" for c in tok.children)
        if not nominal and tok.pos_ == "ADJ" and tok.i > 0 and doc[tok.i - 1].pos_ in ("DET", "ADP") \
                and not lex.verb_index.get(f):
            nominal = True  # "en una contraofensiva relámpago": a noun the tagger took for an adjective
        for t in lex.noun_index.get(f, []) + lex.noun_index.get(fold(tok.lemma_), []):
            if nominal or tok.pos_ not in VERBAL_POS:
                cands.append((t, None))
        for t, tag in ([] if tok.pos_ in NON_VERB_POS else lex.verb_index.get(f, [])):
            exact = t.forms.get(low) or tag
            if exact == "part" and tok.pos_ == "NOUN" and tok.i > 0 and doc[tok.i - 1].pos_ == "ADP" and \
                    not any(c.dep_ in ("aux", "aux:pass") for c in tok.children):
                continue  # "a mediados de agosto"
            if nominal and (lex.noun_index.get(f) or exact != "part"):
                continue  # "de corto alcance" is a noun, not alcanzar
            cands.append((t, exact))
        best = None
        for t, tag in cands:
            toks = match_phrase(ctx, doc, tok, t)
            if toks is None:
                continue
            if best is None or len(toks) > len(best[1]):
                best = (t, toks, tag)
        if best is None:
            continue
        t, toks, tag = best
        head = toks[t.head] if t.head >= 0 else toks[0]
        if t.head >= 0:
            span = (head.idx, head.idx + len(head.text))
        else:
            span = (toks[0].idx, toks[-1].idx + len(toks[-1].text))
        used.update(x.i for x in toks)
        ctx.phrase_of[head.i] = {x.i for x in toks}
        m = Mention(t, head, span, ctx.sent_of.get(head.i, 0), tag)
        m.headline = ctx.layout is not None and ctx.layout.in_headline(head.idx)
        yield m


def match_phrase(ctx, doc, tok, t: Trigger):
    toks = [tok]
    i = tok.i
    sent_end = tok.sent.end
    gap = 5
    for w in t.words[1:]:
        if w == "...":
            gap = 7
            continue
        hit = None
        for j in range(i + 1, min(sent_end, i + 1 + gap)):
            x = doc[j]
            if fold(x.text) == fold(w) or fold(x.lemma_) == fold(w) or fold(x.text) in noun_forms(w):
                hit = x
                break
        if hit is None:
            return None
        toks.append(hit)
        i = hit.i
        gap = 5
    return toks


def accept(ctx, m: Mention) -> bool:
    t, tok = m.trigger, m.tok
    cons = t.cons
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if "not" in cons and nxt is not None:
        words = {fold(w) for w in cons["not"].split("|")}
        after = {fold(x.text) for x in tok.doc[tok.i + 1: tok.i + 4]}
        if words & after:
            return False
    if t.pos == "V" and t.words[0].endswith("se"):  # retirarse: needs the clitic
        if not (any(c.lower_ == "se" for c in tok.children) or tok.text.lower().endswith("se")
                or (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "se") or (tok.i > 1 and tok.doc[tok.i - 2].lower_ == "se")):
            return False
    if blocked(ctx, tok):
        return False
    if "active" in cons and (any(c.dep_ == "aux:pass" or c.lower_ == "se" for c in tok.children)
                             or tok.i > 0 and tok.doc[tok.i - 1].lower_ == "se"):
        return False  # "los fondos se destinarán a munición": the aid already told, not a new transfer
    if "notown" in cons and not any(case_of(c).startswith(("con", "entre")) for c in tok.children) and any(
            c.dep_ == "nmod" and case_of(c).startswith("de") and ctx.entity_at(c) is not None
            and any(d.dep_ == "det" and d.lower_ in ("su", "sus") for d in c.children) for c in tok.children):
        return False  # "en una reunión de su Consejo de Seguridad": a government's own body, no talks
    if "notgov" in cons and tok.dep_ == "nmod" and (fold(tok.head.lemma_) in ctx.lex.classes.get(cons["notgov"], set())
                                                    or fold(tok.head.text) in ctx.lex.classes.get(cons["notgov"], set())):
        return False  # "aviones de combate": a kind of aircraft, no fighting
    if "notcase" in cons and case_of(tok).split()[:1] and \
            case_of(tok).split()[0] in {fold(w) for w in cons["notcase"].split("|")}:
        return False  # "siguió la cumbre por videoconferencia": the means, not an event
    if negated(ctx, tok) and not reported(ctx, tok):
        return False
    read_determiner(ctx, m)
    ok = True
    if "obj" in cons and not has_class(ctx, tok, ctx.lex.classes.get(cons["obj"], set())):
        ok = False
    if ok and "comp" in cons and not governs_class(ctx, tok, ctx.lex.classes.get(cons["comp"], set())):
        ok = False
    if ok and "gov" in cons:
        words = ctx.lex.classes.get(cons["gov"], set())
        govs = [tok.head, tok.head.head] if tok.head != tok else []
        if not any(fold(h.lemma_) in words or fold(h.text) in words or participle_lemma(h) & words for h in govs):
            ok = False  # "terminó sin un alto el fuego", "reclamó un alto el fuego": asked for, not agreed
    if ok and "victim" in cons and not victim(ctx, tok, ctx.lex.classes.get(cons["victim"], set())):
        ok = False  # "asesinaron a cinco campesinos", "secuestraron al alcalde": people, not "ejecutar un plan"
    if "notvictim" in cons and victim(ctx, tok, ctx.lex.classes.get(cons["notvictim"], set())):
        return False  # "capturaron a más de 250 personas": people taken, not a place
    if ok and "subj" in cons and not armed_subject(ctx, tok, ctx.lex.classes.get(cons["subj"], set())):
        ok = False  # "las tropas evacuaron la ciudad", not "evacuaron a los civiles de la ciudad"
    if ok and "party" in cons and not with_party(ctx, tok):
        ok = False  # "se encontrará con Putin", not "se encuentra en Doha"
    if "subj_not" in cons:
        words = ctx.lex.classes.get(cons["subj_not"], set())
        for c in tok.children:
            if c.dep_ in ("nsubj", "nsubj:pass") and any(fold(x.lemma_) in words or fold(x.text).rstrip("s") in words
                                                          for x in c.subtree):
                return False  # "uno de los proyectiles cayó junto a un parque": a fall, not a capture
    if ok and "place" in cons:
        places, _, _ = event_places(ctx, m)
        if not places and not any(fold(x.lemma_) in PLACE_NOUNS and any(
                fold(d.text) in ("ambos", "ambas", "dichos", "dichas", "estos", "estas") for d in x.children)
                for x, _ in walk(m.tok, 2)):
            ok = False
    if not ok:
        if "ref" in cons and refers_back(ctx, m):
            m.ref_only = True
            return True
        return False
    if "actor" in cons:
        if not noun_actors(ctx, tok):
            return False
    if "anchor" in cons and (tok.morph.get("Number") == ["Plur"] or not m.definite and not m.indefinite):
        if not anchored(ctx, m):
            return False
    return True


def victim(ctx, tok, words: set[str]) -> bool:
    """The people it was done to: an object (also "a X", a noun's "de X", or the subject of a passive) that is a
    person's name or a word of the class ("cinco campesinos", "al alcalde", "fueron ultimados dos hombres")."""
    for c in tok.children:
        if c.dep_ in ("obj", "iobj", "nsubj:pass") or c.dep_ == "obl" and case_of(c) in ("a", "al") or \
                c.dep_ == "nmod" and tok.pos_ in NOMINAL_POS and case_of(c).startswith("de") or \
                c.dep_ == "nsubj" and any(a.dep_ == "aux:pass" or a.lemma_ == "ser" for a in tok.children):
            for x in [c, *(d for d in c.children if d.dep_ in ("nmod", "appos", "flat", "conj"))]:
                e = ctx.entity_at(x)
                if e is not None and e.type == "PER" or fold(x.lemma_) in words or fold(x.text).rstrip("s") in words:
                    return True
    if tok.dep_ in ("acl", "amod") and "Part" in tok.morph.get("VerbForm"):  # "cinco hombres ultimados", not "la última persona"
        h = tok.head
        return fold(h.lemma_) in words or (ctx.entity_at(h) is not None and ctx.entity_at(h).type == "PER")
    return False


def armed_subject(ctx, tok, words: set[str]) -> bool:
    """Its subject is an armed force: a word of the class ("las tropas"), an organisation or a country."""
    for c in tok.children:
        if c.dep_ == "nsubj":
            for x in c.subtree:
                e = ctx.entity_at(x)
                if fold(x.lemma_) in words or e is not None and (e.type == "ORG" or ctx.is_country(e.id)):
                    return True
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


def launch_without_target(ctx, m: Mention) -> bool:
    """Weapons launched with no target place named ("contra infraestructuras de varias regiones"), or
    against a whole country over a period ("en la última semana ... contra Ucrania más de 1.200 drones")."""
    own = event_places(ctx, m, own_only=True)[0]
    if not own:
        return True
    if any(not ctx.is_country(p) for p in own):
        return False
    sent = ctx.sents[m.sent]
    lo, hi = sent[0].idx, sent[-1].idx + len(sent[-1])
    return any(t.value is None and lo <= t.span[0] < hi for t in ctx.times)


def read_determiner(ctx, m: Mention) -> None:
    for c in m.tok.children:
        if c.dep_ == "det":
            low = c.lower_
            if low in ("el", "la", "los", "las", "este", "esta", "estos", "estas", "dicho", "dicha", "ese", "esa",
                       "su", "sus", "aquel", "aquella", "ambos", "ambas"):
                m.definite = True
            elif low in ("un", "una", "unos", "unas", "otro", "otra", "varios", "varias", "nuevo", "nueva"):
                m.indefinite = True
        if c.dep_ == "case" and c.lower_ in ("del", "al"):
            m.definite = True
    for c in m.tok.children:
        if c.dep_ in ("nmod", "acl", "amod") and not ctx.demonym(c.text) and not (
                ctx.entity_at(c) and ctx.entity_at(c).type == "LOC"):
            m.bare = False
        if c.dep_ in ("amod", "det") and (fold(c.text) in ctx.lex.new or fold(c.lemma_) in ctx.lex.new):
            m.is_new = True


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


def governs_class(ctx, tok, words: set[str]) -> bool:
    """A word of the class anywhere in what the trigger governs, embedded clauses included."""
    for x, d in walk(tok, 5):
        if fold(x.lemma_) in words or fold(x.text) in words:
            return True
    return False


def anchored(ctx, m: Mention) -> bool:
    tok = m.tok
    places, _, _ = event_places(ctx, m, own_only=True)
    if any(not ctx.is_country(p) for p in places):
        return True
    for t in ctx.times:
        if t.value and t.precision == "day" and governs_time(ctx, tok, t):
            return True
    for x in tok.subtree:
        if x.lower_ == "contra":
            return True
    if any(c.dep_ == "nummod" for c in tok.children):
        return True  # "42 combates en el sector de X": a counted report is specific
    if tok.dep_ == "nsubj" and fold(tok.head.lemma_) in ONGOING:
        for c in tok.head.children:  # "los combates continúan en las afueras de X" / "en sus alrededores"
            if c.dep_ == "obl" and case_of(c).startswith(("en", "cerca", "junto")) and (
                    fold(c.lemma_) in PLACE_NOUNS or fold(c.text) in PLACE_NOUNS or (ctx.place_entity(c) and not ctx.is_country(ctx.place_entity(c).id))):
                return True
    frame = frame_places(ctx, tok)
    if any(d <= 20 and not ctx.is_country(ctx.place_entity(x).id) for d, _, x in frame if ctx.place_entity(x)):
        return True  # "En Járkov, el alcalde informó de que los bombardeos ..."
    for x in tok.sent:
        if fold(x.lemma_) in ("muerto", "herido", "fallecido", "víctima") or fold(x.text) in ("muertos", "heridos", "fallecidos"):
            return True
    return False


def has_class(ctx, tok, words: set[str]) -> bool:
    if not words:
        return True
    args = arg_tokens(ctx, tok, depth=3)
    if tok.dep_ == "acl" and any(c.dep_ in ("obj", "nsubj") and "Rel" in str(c.morph)
                                 for c in tok.children):
        args.append(tok.head)  # "cada nuevo sistema que la OTAN proporcione"
    if tok.dep_ == "obj" and fold(tok.head.lemma_) in ctx.lex.light:  # "abrieron fuego contra los uniformados"
        args += [x for c in tok.head.children if c.dep_ == "obl" for x in c.subtree]
    for x in args:
        if fold(x.lemma_) in words or fold(x.text) in words or fold(x.text).rstrip("s") in words:
            return True
    # a money figure or an arms noun in the same clause (ha comprometido ... en ayuda)
    return False


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


def blocked(ctx, tok) -> bool:
    """Under a governing word that says it did not or will not happen (refrain, purpose)."""
    x, steps = tok, 0
    while x.head != x and steps < 4:
        for c in x.children:
            if c.dep_ == "mark" and fold(c.text) in ctx.lex.block:
                return True
        h = x.head
        if fold(h.lemma_) in ctx.lex.block or fold(h.text) in ctx.lex.block:
            return True
        if x.dep_ in ("ccomp", "parataxis", "ROOT"):
            break
        if x.dep_ == "acl" and any("Rel" in c.morph.get("PronType") for c in x.children):
            break  # "para perseguir a los hombres que incursionaron en X": the relative clause tells what happened
        x, steps = h, steps + 1
    return False


def negated(ctx, tok) -> bool:
    for x in (tok, tok.head if tok.dep_ in ("obj", "nsubj", "xcomp") else None):
        if x is None:
            continue
        if any(c.dep_ == "advmod" and c.lower_ in ("no", "nunca", "jamás") for c in x.children):
            return True
    return False

