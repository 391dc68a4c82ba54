"""A reporting verb as a cue: its content (quotation, que-clause, object, preposed clause), speaker and channel."""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Token

from ... import resources
from ...names import fold
from ..spanish import participle_lemma
from .channel import channel_np, channel_of, on_platform, relayer
from .clauses import as_said_by, clause_end, own_cue_after, sequel_start, tensed
from .content import antecedent, closing_relay, closing_relay_of, inserted, preposed, que_clause
from .context import Context, Found, Span
from .lexicon import Cue
from .reported import CLAUSE_NOUNS, indirect_content
from .quotes import direct_after, direct_before, whose_clause
from .documents import document_speaker, read_in
from .speakers import resolve_np, speaker, spokesperson
from .stance import verb_stance
from .syntax import agent_of, is_passive, postposed, subject_of



def _with_se(ctx: Context, tok: Token) -> bool:
    """"se prevé una ofensiva", "se negó a especificar": se before the cue makes it another verb, or the
    outlet's impersonal voice, unless the verb is a pronominal reporting verb or a subject precedes it."""
    doc = ctx.doc
    j = tok.i - 1
    while j >= 0 and doc[j].pos_ == "AUX":
        j -= 1
    if j < 0 or doc[j].lower_ != "se":
        return False
    mode = ctx.lex.verbs[ctx.lemma(tok)].se
    if mode == "cue" or read_in(ctx, tok) is not None:
        return False  # (a document's words: "se afirma en el parte castrense")
    if mode == "none":
        return True
    clause = any(c.dep_ == "ccomp" and any(k.dep_ == "mark" and k.lower_ == "que" for k in c.children)
                 for c in tok.children)
    # ("afirmó en la red social X que se cree que había ...": the first "que", taken for a relative subject, opens
    # the reported clause; the verb with its own que-clause is the impersonal "se cree que")
    return not any(c.dep_ in ("nsubj", "nsubj:pass") and c.i < j and not c.is_space
                   and not (clause and c.lower_ == "que" and c.i == j - 1) for c in tok.children)


def reports(ctx: Context, tok: Token) -> bool:
    """A verb form that can report: finite, a compound or passive participle, an infinitive on a periphrasis."""
    if _with_se(ctx, tok):
        return False
    forms = tok.morph.get("VerbForm")
    if "Part" in forms and not is_passive(tok) and not any(c.dep_.startswith("aux") for c in tok.children):
        return False  # an adjectival participle ("la movilización decretada")
    if "Inf" in forms and tok.head.lemma_ not in ctx.lex.periphrasis and not any(
            c.lemma_ in ctx.lex.periphrasis for c in tok.children) and not _al_infinitive(tok):
        return False
    if ctx.lemma(tok) == "dar por" and (not _declared(tok) or is_passive(tok)):
        return False  # "el acuerdo ... que Moscú dio por terminado": an act, not a claim; "otras cinco personas han
        # sido dadas por desaparecidas, según fuentes ucranianas": the count the attribution reports
    cue = ctx.lex.verbs.get(ctx.lemma(tok))
    if cue is not None and cue.stance == "urge" and any(
            c.dep_ == "nsubj" and any(k.dep_ == "nummod" or k.like_num for k in c.children) for c in tok.children):
        return False  # "Unas 90 personas solicitaron atención médica": people counted ask for care, no statement
    return True


# the stems of the participles (any gender and number): "tomad" of tomado, tomada, tomados
DECLARED = tuple(fold(w)[:-1] for w in resources.words("es/words/reporting.tsv", "declared_states"))


def _declared(tok: Token) -> bool:
    """"dar por" before a participle of a place taken or a person killed ("Rusia dio por tomada la ciudad de
    Lisichansk"): a claim that it is so."""
    nxt = tok.doc[tok.i + 2] if tok.i + 2 < len(tok.doc) else None  # (the word after "por")
    return nxt is not None and fold(nxt.text).startswith(DECLARED)


def _clause_before_fragment(ctx: Context, q: Span, sa: int) -> Optional[int]:
    """'Hombres armados asaltaron ... la aldea ... fue atacada, «dejando alrededor de 10 muertos», dijo X': a quoted
    fragment (lower case, after a comma or a word) ends the clause X reports, which starts with the sentence."""
    text = ctx.text
    before = text[sa:q[0]].rstrip()
    first = text[q[0] + 1:q[0] + 2]
    if not (before.endswith(",") or before[-1:].isalpha()) or not first.islower() or len(before.split()) < 4:
        return None  # (or inside the clause: '... y que es "esencial para lograr y mantener la paz", señaló X')
    clause = ctx.doc.char_span(sa, q[0], alignment_mode="expand") or []
    if any(ctx.is_cue_verb(t) and not ctx.in_quote[t.idx] for t in clause if sa <= t.idx < q[0]):
        return None  # 'X dijo que ..., «...»': the quotation goes with that cue
    return ctx.trim(sa, q[0])[0]


def _al_infinitive(tok: Token) -> bool:
    """"..., afirmó Sánchez en la red social X, al señalar que la guerrilla utilizó drones": "al" and an infinitive
    with a que-clause of its own, said by the subject of the verb it hangs on; also "antes de" or "después de" it
    ("..., antes de afirmar que una quinta persona murió en otro ataque con dron contra Shaliginsk")."""
    return tok.dep_ == "advcl" and (sequel_start(tok) is not None or any(c.dep_ == "mark" and c.lower_ == "al"
                                                                         for c in tok.children)) \
        and any(c.dep_ == "ccomp" for c in tok.children)


def _quotation(ctx: Context, tok: Token, cue: Cue, sb: int, used: set[Span]) -> Optional[Span]:
    """A quotation right before ('"...", dijo') or after ('dijo: "..."') the cue, not used by another cue."""
    q = direct_before(ctx, tok)
    if q is not None and "Ger" in tok.morph.get("VerbForm") and que_clause(ctx, tok, sb) is not None:
        q = None  # '... del “bombardeo continuo”, afirmando que ...': the gerund reports its own clause
    if q is not None and q not in used:
        used.add(q)
        return q
    # "ha negado esa versión: «...», ha dicho": the object is what is denied, the quotation is said
    np_obj = cue.args == "obj" and any(c.dep_ == "obj" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")
                                       for c in tok.children)
    q = direct_after(ctx, tok, sb + 1)
    if q is not None and np_obj and own_cue_after(ctx, q):
        return None
    if q is not None and q not in used:
        used.add(q)
        return q
    return None


def _relays_clause(ctx: Context, tok: Token, content: Span) -> bool:
    """"X confirmó que ..., informó el sitio Sky News": a medium after a clause with reporting verbs of its own
    is where they were reported (their channel), not a statement of its own."""
    subj = postposed(ctx, tok)
    if subj is None or not ({subj.lemma_.lower(), subj.lower_} & (ctx.lex.channels | ctx.lex.outlets)):
        return False
    ch = channel_np(ctx, subj)
    cues = [t for t in ctx.ix.tokens_in(*content) if ctx.is_cue_verb(t) and not ctx.in_quote[t.idx]
            and verb_cue(ctx, t, set(), probe=True)]
    if not ch or not cues:
        return False
    ctx.pending_channels.extend((t.i, ch) for t in cues)
    return True


def _with_poder(tok: Token) -> bool:
    """The verb hangs on "poder" or has it as its auxiliary ("no pudo ser confirmada", "pudo verificarse")."""
    return any(x.lemma_ == "poder" for x in (tok.head, *tok.children))


def _se_passive(tok: Token) -> bool:
    """"Ninguna de las dos versiones pudo verificarse de forma independiente": a passive with se on the infinitive of
    "poder" and a subject of its own."""
    return "Inf" in tok.morph.get("VerbForm") and tok.lower_.endswith("rse") and _with_poder(tok) \
        and any(c.dep_ == "nsubj" for c in tok.children)


def participle_cue(ctx: Context, tok: Token) -> Optional[list[Found]]:
    """"una declaración inmediatamente desmentida por el Ejército ucraniano": a denial or confirmation told as a
    participle on the noun it is about, with its agent; the noun phrase before the participle is the content."""
    cue = next((ctx.lex.verbs[w] for w in sorted(participle_lemma(tok)) if w in ctx.lex.verbs), None)
    if cue is None or cue.stance not in ("deny", "confirm") or "Part" not in tok.morph.get("VerbForm") \
            or tok.dep_ not in ("amod", "acl") or tok.head.i > tok.i or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    agent = next((c for c in tok.children if c.dep_ in ("obl", "obl:agent", "nmod", "obj") and c.i > tok.i
                  and any(k.dep_ == "case" and k.lower_ == "por" for k in c.children)), None)
    if agent is None or ctx.in_quote[tok.head.idx]:
        return None
    first = tok.left_edge
    last = ctx.doc[first.i - 1] if first.i > tok.head.left_edge.i else None
    if last is None or last.i < tok.head.i:
        return None
    begin = tok.head.left_edge
    while begin.i < tok.head.i and begin.dep_ == "case":  # "en una declaración": the phrase, not its preposition
        begin = ctx.doc[begin.i + 1]
    content = ctx.trim(begin.idx, last.idx + len(last.text))
    src = resolve_np(ctx, agent, tok.idx)
    return [Found(content=content, cue=cue.form, cue_span=(tok.idx, tok.idx + len(tok.text)), stance=cue.stance, direct=False,
                  source=src[0], source_span=src[1], resolved=src[2], anchor=tok.idx, cue_tok=tok.i)]


def _relays_segun(ctx: Context, tok: Token) -> bool:
    """A reporting verb and a name closing the sentence right after "según <verb> X," ("..., según informó el
    Servicio Estatal de Emergencias, informó Reuters.")."""
    if tok.i < 3:
        return False
    sa, sb = ctx.sent_bounds(tok.idx)
    words = closing_relay(ctx, tok.i - 1, sb)
    return words is not None and words[0].i == tok.i and any(
        t.lower_ == "según" and t.i + 1 < tok.i and ctx.is_cue_verb(ctx.doc[t.i + 1])
        for t in ctx.ix.tokens_in(sa, ctx.doc[tok.i - 1].idx))


def verb_cue(ctx: Context, tok: Token, used: set[Span], probe: bool = False) -> Optional[list[Found]]:
    """The statement a reporting verb makes, or None. ``probe``: only whether it reports (no speaker)."""
    cue = ctx.lex.verbs[ctx.lemma(tok)]
    if not reports(ctx, tok):
        return None
    if not probe and as_said_by(ctx, tok) is not None:
        return None  # "según denunció X", "tal y como afirmó X": the attribution step reports the clause
    if not probe and _relays_segun(ctx, tok):
        return None  # "P, según informó X, informó Reuters.": Reuters relayed X's report (its channel)
    st = verb_stance(ctx, tok, cue)
    if st is None:
        return None
    passive = is_passive(tok) or _se_passive(tok)
    # "no pudo ser confirmada de manera independiente": a passive the outlet could not verify, said by no one
    could_not = passive and st.stance == "unverified" and _with_poder(tok)
    sa, sb = ctx.sent_bounds(tok.idx)
    content: Optional[Span] = None
    direct = False
    q = _quotation(ctx, tok, cue, sb, used) if not whose_clause(tok) else None
    if q is not None:
        content, direct = (q[0] + 1, q[1]), True
        lead = _clause_before_fragment(ctx, q, sa)
        if lead is not None:
            content, direct = (lead, q[1] + 1), False
    if content is None and passive:
        # "El ataque ha sido confirmado por X": what is confirmed is the passive subject
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i
                     and not c.is_space), None)
        como = next((t for t in ctx.doc[tok.i + 1:min(len(ctx.doc), tok.i + 8)] if t.lower_ == "como"
                     and t.head.i != tok.i and (t.head.head.i == tok.i or t.head.i == tok.i)), None) \
            if ctx.lemma(tok) in ctx.lex.predicative and agent_of(tok) is not None else None
        if como is not None and como.i + 1 < len(ctx.doc):
            # "El cártel es señalado por Washington como uno de los principales responsables del tráfico de
            # fentanilo": what it is called is what was said
            start = ctx.doc[como.i + 1].idx
            content = ctx.trim(start, clause_end(ctx, start, sb, tok, np=True))
        elif cue.args != "obj" and not could_not:
            pass  # "la estación de Policía, que era defendida por policías": a verb that reports only a clause
        elif subj is not None and subj.lower_ in ("que", "cual") and tok.dep_.startswith("acl") and tok.head.i < subj.i:
            # "un balance que no ha sido confirmado por ninguna otra fuente": what was not confirmed is the antecedent
            ante = tok.head
            first = next((c for c in ante.children if c.dep_ == "det" and c.i < ante.i), ante)
            content = (first.idx, ante.idx + len(ante.text))
        elif subj is not None and (agent_of(tok) is not None or could_not):
            content = ctx.trim(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
    if content is None and not passive and cue.args == "obj" and st.stance == "unverified" and _with_poder(tok):
        content = antecedent(ctx, tok)  # "La afirmación de Moscú, que CNN no puede verificar de forma independiente"
        # (not "del bombardeo, que Washington no ha confirmado": a confirmation not given, nothing said)
    if content is None and not passive and st.stance in ("confirm", "deny", "unverified") and tok.dep_.startswith("acl") \
            and fold(tok.head.lemma_) in CLAUSE_NOUNS and any(c.lower_ == "que" and c.i < tok.i for c in tok.children):
        content = (tok.head.idx, tok.head.idx + len(tok.head.text))  # "..., hecho que corroboró el medio local X": the fact
        fact = True
    else:
        fact = False
    doc_in = read_in(ctx, tok)
    if content is None and not (doc_in is not None and any(c.dep_.startswith("acl") for c in doc_in.children)):
        # (not the document's relative: "..., se lee en el comunicado, que recoge el periódico 'Le Sahel'")
        content, direct, give_up = indirect_content(ctx, tok, cue, sb, st.clause_only)
        if give_up:
            return None
        rest = ctx.pair_end(tok)
        if content is not None and rest is not None and content[0] < rest:
            content = None  # '..., hizo saber.': the verb's own words are no reported clause
    if content is None and tok.i + 2 < len(ctx.doc) and ctx.doc[tok.i + 1].lower_ == "en" \
            and ctx.doc[tok.i + 2].like_num:
        start = ctx.doc[tok.i + 1].idx  # "Radio Okapi estimó en 43 el número total de víctimas mortales": the figure
        content = ctx.trim(start, clause_end(ctx, start, sb, tok, np=True))
    if content is None and ctx.lemma(tok) in ctx.lex.predicative and tok.i + 1 < len(ctx.doc) and (
            tok.lower_.endswith(("lo", "la", "los", "las")) and ctx.doc[tok.i + 1].lower_ in ("como", "de")
            or tok.i > 0 and ctx.doc[tok.i - 1].lower_ in ("lo", "la", "los", "las") and ctx.doc[tok.i - 1].pos_ == "PRON"
            and ctx.doc[tok.i + 1].pos_ in ("DET", "ADP")):
        start = ctx.doc[tok.i + 1].idx  # "calificándolo como una acción de «malnacidos»", "lo consideró un ataque
        content = ctx.trim(start, clause_end(ctx, start, sb, tok, np=True))  # contra toda la nación": what it was called
    if content is None and tensed(ctx, tok):
        pre = preposed(ctx, tok) or inserted(ctx, tok)
        if pre is not None:
            content = ctx.trim(*pre)
    if content is None or content[1] - content[0] < 2:
        return None
    if not probe and not direct and content[1] <= tok.idx and _relays_clause(ctx, tok, content):
        return None
    if passive and agent_of(tok) is None and not direct and not que_clause(ctx, tok, sb) and not could_not:
        return None  # "serán llamados a filas": a passive with no one saying it
    if probe:
        return [Found(content=content, cue=cue.form, cue_span=None, stance=st.stance, direct=direct)]
    document = None if passive else document_speaker(ctx, tok)
    if passive:
        agent = agent_of(tok)
        if agent is not None and any(c.dep_ == "det" and c.lower_ in ("ningún", "ninguna", "ninguno")
                                     for c in agent.children):
            agent = None  # "no ha sido confirmado por ninguna otra fuente": nobody did; the outlet could not verify it
        src = resolve_np(ctx, agent, tok.idx) if agent is not None else (None, None, True)
    elif document is not None and document[0] is not None:
        src = document[0]
    else:
        src = spokesperson(ctx, tok) or speaker(ctx, tok, tok.idx)
    who = next((c for c in tok.children if c.dep_ in ("obj", "nsubj") and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")),
               None) if fact else None
    if who is not None:
        src = resolve_np(ctx, who, tok.idx)  # (the name after the verb, whatever the parser made of "que")
    if src[1] is not None and content[0] <= src[1][0] < content[1] and content[0] > tok.idx:
        src = (None, None, False)  # "Sólo en la última semana, señaló, Rusia realizó más de 1.300 ataques": the subject of
        # what is said, not who says it (the speaker before goes on)
    relay = closing_relay_of(ctx, content) if not direct else None
    if relay is not None:
        content = relay[0]  # "reivindicó la autoría de ..., recoge Le Monde": Le Monde relays it
    f = Found(content=content, cue=cue.form, cue_span=(tok.idx, tok.idx + len(tok.text)), stance=st.stance,
              direct=direct, source=src[0], source_span=src[1], resolved=src[2], anchor=tok.idx, cue_tok=tok.i)
    posted = document[1] if document and on_platform(document[1]) else None  # ("la nota publicada ... en sus redes")
    f.channel = posted or channel_of(ctx, tok, content) or (document[1] if document else None) or (
        relay[1] if relay else None)
    if f.channel is None and "Ger" in tok.morph.get("VerbForm") and tok.head.i < tok.i and tok.head.pos_ == "VERB":
        f.channel = channel_of(ctx, tok.head, content)  # "compartió en sus redes sociales un video, calificando ..."
    if f.channel is None and (subj := subject_of(ctx, tok)) is not None:
        f.channel = relayer(ctx, subj)  # "Un portavoz, contactado por la AFP, indicó ...": the AFP
    f.channel = f.channel or ctx.lex.posting.get(ctx.lemma(tok))  # "tuiteó el coronel": on Twitter
    f.keep_span = document is not None and document[0] is not None and not src[2]
    return [f]
