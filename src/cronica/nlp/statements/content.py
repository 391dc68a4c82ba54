"""What is said: the reported clause after ``que``, a noun-phrase or ``a``/``de`` object, or a clause before the cue."""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Token

from ... import resources
from ...names import fold
from ..layout import QUOTE_PAIRS
from ..spanish import looks_participle
from .clauses import BRIDGE, TIME_NOUNS, finite, in_relative
from .context import Context, Span
from .lexicon import Cue

CREDITED = resources.words("es/words/reporting.tsv", "credited")
REPELLED = resources.words("es/words/reporting.tsv", "repelled")

CAUSAL = ("ya", "puesto", "dado", "así", "antes", "después", "hasta", "sin", "para", "mientras", "tiempo", "vez",
           "manera", "modo", "forma")  # "de manera que ...": a purpose or result, not what was said
ORDINALS = ("primera", "segunda", "tercera", "última", "enésima", "otra")

# "Por otro lado, ", "Sin embargo, ": a connective and its comma opening the sentence (words/adverbs.tsv)
OPENERS = re.compile(r"(?:" + "|".join(sorted(map(re.escape, resources.words("es/words/adverbs.tsv", "openers")),
                                               key=len, reverse=True)) + r"),\s*", re.I)


def object_relative(tok: Token, noun: Token) -> bool:
    """A relative clause on the cue's object ("reivindicó la toma de X, que ...") rather than a
    que-clause the parser hung on an adjunct ("declaró tras las conversaciones que ...")."""
    if not any(k.dep_ == "case" for k in noun.children):
        return True
    objs = {x.i for c in tok.children if c.dep_ in ("obj", "iobj") for x in c.subtree}
    return noun.i in objs


def misparsed_relative(ctx: Context, tok: Token, que: Token) -> bool:
    """A 'que' the parser took for a relative pronoun of a noun in the cue's adjunct, where it introduces
    the reported clause: "reconoció en una reunión de su Consejo que ...", "aseguró la víspera que ...",
    "publicó, citando una fuente de la Administración, que ..."."""
    doc = ctx.doc
    noun = que.head.head
    if (noun.lemma_.lower() in TIME_NOUNS or once_more(doc, noun.i)) and noun.head.i == tok.i \
            and noun.dep_ in ("obl", "obj", "nmod"):
        return True  # "aseguró la víspera que ...", "admitió por primera vez que ..."
    if any(c.dep_ in ("obj", "ccomp") and tok.i < c.i < que.i and c.pos_ != "PRON" for c in tok.children):
        return False  # the cue has its own object: the relative belongs to it
    chain, n = [], noun
    for _ in range(5):
        if n.i == tok.i or n.head.i == n.i:
            break
        chain.append(n)
        n = n.head
    if n.i != tok.i or not chain:
        return False
    top = chain[-1]
    between = doc[tok.i + 1:que.i]
    if top.dep_ == "advcl" and "Ger" in top.morph.get("VerbForm"):
        # a gerund parenthesis set off by commas right after the cue
        return doc[tok.i + 1].text == "," and doc[que.i - 1].text == ","
    if top.dep_ != "obl" or not any(k.dep_ == "case" and k.lower_ in ("en", "durante", "tras", "ante", "desde")
                                     for k in top.children):
        return False
    return not any(x.text == "," for x in between) and all(
        x.dep_ in ("nmod", "flat", "obl", "appos") or x.dep_ in ("amod", "acl") and looks_participle(x)
        for x in chain[:-1])  # ("indicado en un comunicado publicado a través de sus canales de propaganda que ...")


def once_more(doc, i: int) -> bool:
    """"por primera vez", "una vez más", "por segunda vez", "a su vez" (in turn): the word "vez" at ``i`` is an
    adverbial (not "una vez que ...", once: "El Ministerio de Defensa indicó a su vez que las defensas ...")."""
    return doc[i].lower_ == "vez" and i > 0 and (doc[i - 1].lower_ in ORDINALS or doc[i - 1].lower_ in ("su", "sus")
                                                 and i > 1 and doc[i - 2].lower_ == "a")


def _adjacent(ctx: Context, tok: Token, t: Token) -> bool:
    """Only clitics, auxiliaries, adverbs or a preposition stand between the cue and ``t``."""
    return all(x.pos_ in ("PRON", "AUX", "ADV", "ADP") for x in ctx.doc[tok.i + 1:t.i])


def _time_between(ctx: Context, tok: Token, t: Token) -> bool:
    """Only a time adjunct stands between the cue and ``t``: "aseveró hace unos días que ...", "dijo el martes que"."""
    words = [x for x in ctx.doc[tok.i + 1:t.i] if not x.is_punct]
    return 0 < len(words) <= 4 and (words[0].lower_ in ("hace", "el", "este", "esta", "la", "ayer")) \
        and (words[-1].lemma_.lower() in TIME_NOUNS or words[-1].lower_ == "ayer")


def _aside_before(doc, tok: Token, que: Token) -> bool:
    """The cue (and its adverbs), a comma, a prepositional phrase with no verb, a comma, then ``que``."""
    if doc[que.i - 1].text != ",":
        return False
    commas = [x for x in doc[tok.i + 1:que.i - 1] if x.text == ","]
    if len(commas) != 1 or not all(x.pos_ == "ADV" for x in doc[tok.i + 1:commas[0].i]):
        return False
    aside = doc[commas[0].i + 1:que.i - 1]
    return len(aside) > 1 and aside[0].pos_ == "ADP" and not any(x.pos_ in ("VERB", "AUX") or x.is_quote for x in aside)


def _que_after_aside(ctx: Context, tok: Token, limit: int) -> Optional[int]:
    """"aseguró hoy desde Bucha, la ciudad cerca de Kiev donde el Ejército ruso está acusado de ..., que allí se
    cometieron ...": a place or a person described between commas, a clause of its own inside, then "que" (None when
    the words after the cue are no such aside)."""
    doc = ctx.doc
    commas = []
    for t in doc[tok.i + 1:min(len(doc), tok.i + 45)]:
        if t.idx >= limit or t.text in (".", ";", ":") or ctx.in_quote[t.idx]:
            return None
        if t.text == ",":
            commas.append(t)
            if len(commas) == 2:
                break
        elif not commas and (t.pos_ in ("VERB", "AUX") or t.i - tok.i > 8):
            return None  # (the aside opens right after the cue and what hangs on it)
    if len(commas) != 2 or commas[1].i + 1 >= len(doc) or doc[commas[1].i + 1].lower_ != "que":
        return None
    inside = doc[commas[0].i + 1:commas[1].i]
    if not inside or inside[0].pos_ not in ("DET", "NOUN", "PROPN") or not any(
            x.lower_ in ("donde", "que", "quien", "cuyo", "cuya") for x in inside):
        return None
    que = doc[commas[1].i + 1]
    return que.idx + len(que.text)


def que_clause(ctx: Context, tok: Token, limit: int) -> Optional[int]:
    """Offset where the reported clause starts after 'que' / 'de que' / 'si' following the cue."""
    doc = ctx.doc
    for t in doc[tok.i + 1:min(len(doc), tok.i + 26)]:
        if t.idx >= limit or t.text in (".", ";", ":") or ctx.in_quote[t.idx]:
            return None
        que = t.lower_ == "que"
        if t.lower_ == "si" and t.i - tok.i > 17:
            return None  # far from the cue, "si" asks about something else ("una pregunta ... sobre si ...")
        if que and doc[t.i - 1].lower_ in ("el", "la", "los", "las"):
            continue  # "la ciudad de Chásiv Yar, ... por la que ambos bandos llevan combatiendo": a relative
        if que and t.head.dep_ == "conj" and t.head.i != tok.i and tok not in t.head.ancestors and t.head.i > t.i:
            return None  # "algo que Rusia venía reivindicando ..., y que ahora X ha confirmado": another clause's
        if que and t.i > 0 and doc[t.i - 1].lower_ in CAUSAL and not once_more(doc, t.i - 1):
            return None  # "no pudo verificarlo, ya que ...": a cause, not what was said
        if que and t.i > 1 and doc[t.i - 1].lower_ == "de" and doc[t.i - 2].lower_ in CAUSAL:
            return None  # "informaron ..., pocas horas después de que X anunciara ...": a time, not what was said
        if que and t.head.dep_ == "ccomp" and t.head.head.i == tok.i and t.head.i > t.i:
            return t.idx + len(t.text)  # "pidió ... que se evite": tagged as the clause's subject
        if que and _aside_before(doc, tok, t):
            return t.idx + len(t.text)  # "Hizbulá afirmó también, en una serie de comunicados posteriores, que atacó
            # ...": a phrase between commas sets the clause off from its cue (the parser took "que" for a relative)
        if que and t.head.dep_.startswith("acl") and misparsed_relative(ctx, tok, t):
            return t.idx + len(t.text)
        if que and doc[t.i - 1].lower_ == "de" and doc[t.i - 2].lower_ not in ("el", "la", "los", "las", "lo"):
            # "advirtió a una cumbre de líderes europeos de que Rusia planea ...": a bare "de que" opens a
            # complement clause, never a relative one, wherever the parser hung it
            return t.idx + len(t.text)
        if t.lower_ in ("que", "si") and (t.head.dep_.startswith("acl") and object_relative(tok, t.head.head)
                                         or t.head.dep_ == "advcl" and not _adjacent(ctx, tok, t)
                                         and not _time_between(ctx, tok, t)):
            # a relative clause of an object ("la toma de X, que sus tropas asedian") or a condition
            # ("pidió sanciones si rechaza ...") is not the reported clause
            return None
        if t.lower_ in ("que", "si") and (t.pos_ == "SCONJ" or t.dep_ == "mark"):
            return t.idx + len(t.text)
        if que and any(c.dep_ == "nsubj" and c.lower_ != "que" for c in t.head.children):
            return t.idx + len(t.text)  # "declaró tras las conversaciones de Bruselas que Ucrania ..."
        if que and t.i > 0 and doc[t.i - 1].lower_ in ("de", "en") and doc[t.i - 1].i == tok.i + 1:
            return t.idx + len(t.text)
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and t.i > tok.i + 1:
            return _que_after_aside(ctx, tok, limit)
        if t.i > tok.i + 1 and ctx.is_cue_verb(t) and "Ger" in t.morph.get("VerbForm"):
            return None  # "ordenó una investigación, diciendo que ...": the clause is the gerund's
    return None


def _adjunct_tokens(ctx: Context, tok: Token, cue: Cue) -> set[int]:
    """Tokens of the cue's adjuncts that say how, when or where, not what: "amenazó en Telegram con ..."."""
    lex = ctx.lex
    skip: set[int] = set()
    for c in tok.children:
        if c.i <= tok.i:
            continue
        # ("informó este domingo del balance provisional de 25 muertos": the parser hung what was reported on the
        # day; a de-cue keeps it)
        hung = {x.i for d in c.children if cue.args == "de" and d.dep_ == "nmod" and d.i > c.i
                and any(k.dep_ == "case" and k.lower_ in ("de", "del") for k in d.children) for x in d.subtree}
        if c.dep_ in ("obl", "advmod") and (
                c.lemma_.lower() in ("forma", "manera", "modo", "momento", "inmediato") or "Tim" in c.morph.get("AdvType")):
            skip |= {x.i for x in c.subtree} - hung
        # where it was said, not what: "amenazó en Telegram con ...", "pidió desde Kiev a ..."
        if c.dep_ in ("obl", "nmod") and any(
                k.dep_ == "case" and (k.lower_ in ("en", "desde", "durante", "tras", "ante", "mediante") or k.lower_ == "a"
                                      and any(f.dep_ == "fixed" and f.lower_ == "través" for f in k.children))
                for k in c.children) \
                and not (cue.args == "toll" and any(x.like_num or x.pos_ == "NUM" for x in c.subtree)):
            # (not the count of a toll verb: "cifró en 20 el número de ...")
            con = next((x.i for x in c.subtree if x.i > c.i and x.lower_ == "con" and x.dep_ == "case"), None)
            keep: set[int] = set()
            if cue.args == "de":
                # "informó en su parte matutino de 42 combates": a common-noun de-phrase is what was reported
                # ("en su cuenta de Telegram", "en una reunión de su Consejo" stay the channel's)
                # (also hung on the channel's own name: "ha informado en su cuenta de Telegram de varias explosiones")
                for d in (*c.children, *(e for n in c.children if n.dep_ == "nmod" and n.pos_ == "PROPN"
                                         for e in n.children)):
                    if d.dep_ == "nmod" and d.i > c.i and d.pos_ == "NOUN" and any(
                            k.dep_ == "case" and k.lower_ == "de" for k in d.children) and \
                            d.lemma_.lower() not in lex.channels | lex.speakers | lex.titles:
                        keep |= {x.i for x in d.subtree}
            if cue.args in ("a", "que"):
                # "pidió a través de un video que se le canjease ...": the que-clause the parser hung on the channel
                # as its relative is what was asked
                for d in c.children:
                    if d.dep_.startswith("acl") and d.i > c.i and any(k.lower_ == "que" and k.i == d.left_edge.i
                                                                      for k in d.subtree) and ctx.doc[d.left_edge.i - 1].i == c.i:
                        keep |= {x.i for x in d.subtree}
            skip |= {x.i for x in c.subtree if (con is None or x.i < con) and x.i not in keep}
        if c.lemma_.lower() == "parte" and any(k.lower_ == "su" for k in c.children) and \
                any(k.lower_ == "por" for k in c.children):
            skip |= {c.i} | {k.i for k in c.children if k.dep_ in ("case", "det")}  # "informó por su parte de ..."
        if c.dep_ in ("obl", "obj", "nmod") and c.lemma_.lower() in TIME_NOUNS and not any(
                x.pos_ == "VERB" or x.text in QUOTE_PAIRS for x in c.subtree):
            skip |= {x.i for x in c.subtree} - hung  # "anunció la víspera la captura de ..." (not 'un "glorioso día que ..."')
    return skip


def np_content(ctx: Context, tok: Token, cue: Cue, limit: int) -> Optional[int]:
    """Start of an object / a-phrase / de-phrase content after the cue, or None."""
    doc = ctx.doc
    if cue.args == "obj" and any(c.lower_ == "se" and c.dep_ in ("obj", "iobj") and c.i < tok.i for c in tok.children):
        # "Rusia y Ucrania se acusaron mutuamente el viernes de cañonear una prisión": the se is who is accused,
        # the de-phrase what of
        for t in doc[tok.i + 1:min(len(doc), tok.i + 8)]:
            if t.idx >= limit or t.is_punct or t.head.i == tok.i and t.dep_ in ("obj", "nsubj", "nsubj:pass"):
                break  # (an object of its own first: "se adjudicó el atentado terrorista en un concierto de música")
            if t.lower_ == "de" and t.i + 1 < len(doc) and doc[t.i + 1].pos_ in ("VERB", "AUX", "DET", "NOUN"):
                return t.idx
    skip = _adjunct_tokens(ctx, tok, cue)
    objs = {x.i for c in tok.children if c.dep_ == "obj" and c.i > tok.i for x in c.subtree}
    if cue.form == "reconocer" and any(c.dep_ == "obj" and c.lemma_.lower() in CREDITED for c in tok.children):
        return None  # "ha reconocido los esfuerzos asumidos por algunos países": credit given, no admission
    if cue.form == "rechazar" and any(c.dep_ == "obj" and c.lemma_.lower() in REPELLED for c in tok.children):
        return None  # "rechazaron un ataque del ejército ruso": an assault repelled, nothing said
    for t in doc[tok.i + 1:min(len(doc), tok.i + 10 + len(skip))]:  # (the adjuncts skipped do not count)
        rest = cue.form.split(" ")[1:]
        if t.i in skip or rest and tok.i < t.i <= tok.i + len(rest) and t.lower_ == rest[t.i - tok.i - 1]:
            # the other words of "dar cuenta (de)", "poner en duda" (not the article of "asumió la autoría", whose
            # object is the content)
            continue
        if t.idx >= limit or t.is_punct and t.text not in ('"', "«", "“"):
            return None
        if t.dep_ in ("advmod",) and t.i not in objs or t.dep_ == "fixed" and t.head.dep_ == "advmod" \
                or "Tim" in t.morph.get("AdvType") or \
                t.lower_ in ("este", "esta", "ese", "el") and t.head.i != t.i and "Tim" in t.head.morph.get("AdvType"):
            continue
        if cue.args in ("obj", "de") and "Inf" in t.morph.get("VerbForm") and all(
                x.i in skip or x.pos_ == "ADV" for x in doc[tok.i + 1:t.i]):
            return t.idx  # "negaron haber atacado ...", "desmintió ayer haber bombardeado": an infinitive clause
        if t.pos_ == "AUX":
            continue
        if t.head.i != tok.i and t.head.head.i == tok.i and t.head.dep_ == "obl" and "Tim" in t.head.morph.get("AdvType"):
            continue
        if cue.args == "por":
            return doc[t.i + 1].idx if t.lower_ == "por" and t.i + 1 < len(doc) else None  # "abogó por arreglar ..."
        if cue.args == "a":
            if t.lower_ == "que" and t.i + 1 < len(doc) and all(x.i in skip for x in doc[tok.i + 1:t.i]):
                return doc[t.i + 1].idx  # "pidió a través de un video que se le canjease ...": the que-clause after
                # the channel (the parser took it for the video's relative)
            if t.lower_ == "con" and t.i + 1 < len(doc):
                return doc[t.i + 1].idx  # "amenazó con X": X is the threat
            if t.lower_ in ("a", "al") or t.dep_ in ("obj", "iobj", "xcomp") or t.i in objs:
                return t.idx
            return None
        if cue.args == "de":
            if t.lower_ == "de" and t.i + 1 < len(doc) and doc[t.i + 1].idx < limit:
                return doc[t.i + 1].idx  # "informó de la liberación de X": what follows "de"
            return t.idx if t.lower_ in ("del", "sobre", "contra") else None
        if cue.args == "toll":  # "elevó a 151 la cifra de heridos", "cifró en 20 el número de ...": the count and its noun
            return t.idx if t.pos_ in ("DET", "NOUN", "NUM", "ADJ") or t.lower_ in ("a", "en", "al") else None
        if cue.args == "obj":
            if t.pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ") or t.lower_ in ("a", "al") \
                    or t.text in ('"', "«", "“") or t.i in objs:  # "contabilizó más de 1.300 detenidos"
                return t.idx
            if t.lower_ == "en" and objs and t.i < min(objs) and t.head.pos_ in ("NUM", "NOUN", "ADJ") and any(
                    x.pos_ == "NUM" for x in t.head.subtree):
                return t.idx  # "ha cifrado en dos fallecidos y 20 heridos el balance": the figure is what is said
            return None
        return None
    return None


def preterite_missed(t: Token) -> bool:
    """A preterite the tagger took for an adjective or a noun ("El número de víctimas ... trepó a 25 muertos": "trepó",
    tagged ADJ): a lower-case word ending in a stressed "-ó" after its subject."""
    return t.pos_ in ("ADJ", "NOUN") and t.is_lower and len(t.text) > 3 and t.text.endswith("ó")


def preposed(ctx: Context, tok: Token) -> Optional[Span]:
    """'..., dijo el Estado Mayor': the clause before the comma that precedes the cue."""
    doc, text = ctx.doc, ctx.text
    j = tok.i - 1
    while j >= 0 and doc[j].lower_ in BRIDGE:
        j -= 1
    if j < 0 or doc[j].text != ",":
        return None
    a, _ = ctx.sent_bounds(tok.idx)
    comma = doc[j].idx
    if comma - a < 15 or ctx.in_quote[comma - 1] or text[comma - 1] in QUOTE_PAIRS.values():
        return None
    # a finite verb of a main clause: "Rosatom, la corporación que gestiona la central, culpó ..." has only a
    # relative clause before the comma, and that is the subject
    if not any((t.pos_ in ("VERB", "AUX") and finite(t) or preterite_missed(t)) and not in_relative(t, a)
               and fold(t.text) not in ctx.lex.demonyms for t in doc[ctx.tok_at(a).i:j]):
        return None  # (nor a demonym the tagger took for a verb: "un grupo de la sociedad civil sudanesa, informó")
    # the comma closes the cue's own subject ("X, que encabezó la delegación, confirmó ...")
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < j and not c.is_space
                 and c.idx >= a), None)
    if subj is not None and subj.right_edge.i >= j - 1 and not any(
            (t.pos_ in ("VERB", "AUX") and finite(t) or preterite_missed(t)) and not in_relative(t, a)
            for t in subj.subtree):
        return None  # (a "subject" with a finite verb of its own is the preposed clause: "... han muerto, indicó")
    opener = OPENERS.match(ctx.text, a, comma)  # "Por otro lado, otro misil alcanzó ..., informaron": the outlet's link
    if opener is not None and opener.end() < comma:
        a = opener.end()
    return (a, comma) if ctx.tok_at(a) is not None else None


def inserted(ctx: Context, tok: Token) -> Optional[Span]:
    """'En ese mismo lugar, añade el gobernador, ha resultado herido ...': a cue and its subject set off by commas
    inside the sentence report the clause after them."""
    doc = ctx.doc
    j = tok.i - 1
    while j >= 0 and (doc[j].pos_ == "AUX" or doc[j].lower_ in BRIDGE):
        j -= 1
    if j < 0 or doc[j].text != "," or ctx.in_quote[tok.idx]:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i), None)
    if subj is None and not (tok.i + 1 < len(doc) and doc[tok.i + 1].text == ","):
        return None  # (with no subject, the cue alone between commas: "La segunda víctima mortal, añadió, se produjo ...")
    end = subj.i if subj is not None else tok.i
    while subj is not None and end + 1 < len(doc) and doc[end + 1].text != "," and end + 1 <= subj.right_edge.i:
        end += 1
    k = end + 1
    _, sb = ctx.sent_bounds(tok.idx)
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].idx >= sb:
        return None
    rest = ctx.ix.tokens_in(doc[k + 1].idx, sb)
    if not any(t.pos_ in ("VERB", "AUX") and finite(t) and not in_relative(t, doc[k + 1].idx) for t in rest):
        return None
    return ctx.trim(doc[k + 1].idx, sb)


def antecedent(ctx: Context, tok: Token) -> Optional[Span]:
    """The noun phrase a relative clause's object pronoun stands for, when the cue is that clause's verb ("una foto
    aérea del lugar, que Reuters no pudo verificar inmediatamente"): what was said of it, or None."""
    rel = next((c for c in tok.children if c.dep_ in ("obj", "mark") and c.lower_ in ("que", "cual") and c.i < tok.i), None)
    if rel is None or not tok.dep_.startswith("acl") or tok.head.i >= rel.i or any(
            c.dep_ in ("obj", "ccomp", "xcomp") and c.i > tok.i for c in tok.children):
        return None  # (the pronoun, however parsed, is the verb's only object)
    ante = tok.head
    words = [x for x in ante.subtree if x.i < rel.i and not x.is_punct and not x.is_space]
    first = next((c for c in ante.children if c.dep_ == "det" and c.i < ante.i), ante)
    return ctx.trim(first.idx, words[-1].idx + len(words[-1].text)) if words else None


OUTLET_NAME_WORDS = resources.words("es/words/reporting.tsv", "outlet_name_words")


def closing_relay(ctx: Context, j: int, sb: int) -> Optional[list[Token]]:
    """After the comma at token ``j``, only a reporting verb and a short name up to the sentence end at ``sb``
    (", informó Reuters."): the verb and the name's words, or None."""
    doc = ctx.doc
    if j >= len(doc) or doc[j].text != "," or j + 8 < len(doc) and doc[j + 8].idx < sb:
        return None  # (more than a verb and a short name before the sentence end)
    rest = [t for t in ctx.ix.tokens_in(doc[j].idx + 1, sb) if not t.is_punct]
    if not 2 <= len(rest) <= 6 or not ctx.is_cue_verb(rest[0]) or not outlet_name(rest[1:]):
        return None
    return rest


def outlet_name(words) -> bool:
    """Words that only name an outlet, closed by a capital ("Reuters", "Le Monde"; with its noun: "la agencia de
    noticias AFP", "el diario Le Monde")."""
    return bool(words) and words[-1].text[:1].isupper() and all(
        t.pos_ == "PROPN" or t.text[:1].isupper() or t.lower_ in OUTLET_NAME_WORDS for t in words)


def closing_relay_of(ctx: Context, content: Span) -> Optional[tuple[Span, str]]:
    """A relaying verb and its medium closing the clause (", recoge Le Monde", ", cita la agencia Efe"): the clause
    without them, and the medium."""
    a, b = content
    toks = ctx.ix.tokens_in(a, b)
    for k in range(len(toks) - 2, 0, -1):
        if toks[k - 1].text != ",":
            continue
        if ctx.lemma(toks[k]) not in ctx.lex.relays or toks[k].pos_ not in ("VERB", "AUX"):
            return None
        rest = [t for t in toks[k + 1:] if not t.is_punct]
        if len(rest) > 6 or not outlet_name(rest):
            return None  # (a name only: "recoge Le Monde", "cita la agencia Efe")
        name = ctx.text[rest[0].idx:rest[-1].idx + len(rest[-1].text)]
        e = ctx.entity_in(rest[0].idx, rest[-1].idx + len(rest[-1].text))
        return ctx.trim(a, toks[k - 1].idx), e.name if e is not None else name
    return None
