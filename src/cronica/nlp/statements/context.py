"""The per-article context every step reads, and the record a step hands to the next.

:class:`Context` is built once per article by the component and passed explicitly to every
step: the parsed ``doc``, the lexicon, entity lookups (:class:`~cronica.nlp.doc.DocIndex`) and the
layout's quotations and dateline. Nothing about an article is kept on the component.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from spacy.tokens import Doc, Token

from ... import resources
from ...model import Entity
from ..doc import DocIndex, text_of
from ..layout import QUOTE_PAIRS, Layout, analyze
from ..numbers import people_nouns
from ..spanish import in_either_gender
from .lexicon import Lexicon

Span = tuple[int, int]
# regular third-person (with the imperfect subjunctive) and non-finite endings, longest first, and the infinitive endings they may come from
_ENDINGS = (("ieran", ("er", "ir")), ("aran", ("ar",)), ("iera", ("er", "ir")), ("ara", ("ar",)),  # "reportaran"
            ("aron", ("ar",)), ("ieron", ("er", "ir")), ("ando", ("ar",)), ("iendo", ("er", "ir")),
            ("ado", ("ar",)), ("ada", ("ar",)), ("ido", ("er", "ir")), ("ida", ("er", "ir")),
            ("ió", ("er", "ir")), ("an", ("ar",)), ("en", ("er", "ir")), ("ó", ("ar",)), ("a", ("ar",)),
            ("e", ("er", "ir")))


_UNACCENT = str.maketrans("áéíóú", "aeiou")
# "elevó a 151 la cifra de heridos", "cifró en 20 el número de civiles muertos", "actualizó el balance de víctimas":
# a verb of the toll kind reports only a count of people (verbs.tsv args "toll")
_COUNT_NOUNS = {w.translate(_UNACCENT) for w in resources.words("es/figures/tolls.tsv", "count_nouns")}  # ("numero")
_TOLL_UNITS = {w.split()[0].translate(_UNACCENT) for w in resources.words("es/events/words.tsv", "fatal_units")
               | resources.words("es/events/words.tsv", "injured_units")
               | people_nouns()}


def toll_report(tok: Token) -> bool:
    """A count (a number and a count or casualty noun, or "el balance") in the phrases after ``tok``, before the
    next clause."""
    if any(c.dep_ == "nsubj" and (c.lower_ in ("esto", "ello", "eso", "lo", "aquello")
                                  or c.lower_ in ("que", "cual") and c.i > 0 and tok.doc[c.i - 1].lower_ in ("lo", "la"))
           or c.lower_ == "se" for c in tok.children):
        return False  # "Esto eleva a 23 el número total de muertos", "..., lo que eleva a 7 el número total de
        # víctimas mortales": the outlet's sum, nobody's statement; "... se elevó a 40 muertos": the count rose
    num = count = unit = False
    for t in tok.doc[tok.i + 1:tok.i + 14]:
        if t.text in (".", ";", ":") or t.lower_ == "que" or t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "acl"):
            break
        lem = t.lemma_.lower().translate(_UNACCENT)
        num |= t.like_num or t.pos_ == "NUM"
        count |= lem in _COUNT_NOUNS
        unit |= _toll_unit(t)
    return (num or count) and unit or num and count


def count_object(tok: Token, deaths: bool = True) -> Optional[Token]:
    """"ofreció ayer su recuento de víctimas": the verb's object is a count of the dead or hurt (a count noun with its
    people or a number, or, with ``deaths``, "la muerte de" a number of them), so what it gives is a report
    (verbs.tsv args "count"; another verb of the list reports such a count noun, not "la muerte de")."""
    for c in tok.children:
        if c.dep_ != "obj" or c.i < tok.i or any(k.dep_ == "case" for k in c.children):
            continue  # (a direct object: "informó de la muerte de ..." is the de-phrase the verb reads itself)
        lem = c.lemma_.lower().translate(_UNACCENT)
        after = [x for x in c.subtree if x.i > c.i]
        num = any(x.like_num or x.pos_ == "NUM" for x in after)
        if lem in _COUNT_NOUNS and (num or any(_toll_unit(x) for x in after)) \
                or deaths and lem == "muerte" and num and any(d.dep_ == "det" for d in c.children):  # (not "dio muerte")
            return c
    return None


_URGING = {w.translate(_UNACCENT) for w in resources.words("es/words/reporting.tsv", "urging_nouns")}


def urging_object(tok: Token) -> Optional[Token]:
    """"insistió en la necesidad de un cese total de las hostilidades": the verb's object (or its "en" phrase) names
    a need or a call (a "llamado", a "llamamiento"), so what it says is a demand (reporting.tsv)."""
    for c in tok.children:
        if c.dep_ in ("obj", "obl") and c.i > tok.i and c.lemma_.lower().translate(_UNACCENT) in _URGING and all(
                k.lower_ == "en" for k in c.children if k.dep_ == "case") and (c.dep_ == "obj" or any(
                k.dep_ == "case" for k in c.children)):
            return c
    return None


def _toll_unit(t: Token) -> bool:
    lem = t.lemma_.lower().translate(_UNACCENT)
    return any(in_either_gender(w, _TOLL_UNITS) for w in (lem, t.lower_.translate(_UNACCENT).rstrip("s")))  # "las niñas"


@dataclass
class Found:
    """A statement before ids, targets and previous-speaker resolution."""

    content: Span
    cue: Optional[str]
    cue_span: Optional[Span]
    stance: str
    direct: bool
    source: Optional[str] = None
    source_span: Optional[Span] = None
    resolved: bool = False  # the speaker was named in this sentence (possibly as "unknown")
    channel: Optional[str] = None
    anchor: int = 0
    cue_tok: Optional[int] = None
    inherit_main: bool = False  # "según dijo": the subject of the main clause
    keep_span: bool = False  # "la nota señala": the speaker comes from before, the words naming it stay
    account: bool = False  # "X dijo que P, según afirmó Y": Y's account of what X said; X's statement stays
    same_source: bool = False  # "agregó la misma fuente": whoever spoke in the statement before


@dataclass
class Context:
    """One article as the statement steps see it."""

    doc: Doc
    lex: Lexicon
    ix: DocIndex
    layout: Layout
    in_quote: list[bool] = field(default_factory=list)
    # "lo ha negado ..., según la agencia TASS": a según phrase naming where an earlier cue was said
    pending_channels: list[tuple[int, str]] = field(default_factory=list)
    # "Rusia afirma P, según informó el Ministerio de Defensa ruso": the institution that spoke for the country
    pending_speakers: list[tuple[int, tuple]] = field(default_factory=list)
    _bounds: dict[int, Span] = field(default_factory=dict, repr=False)  # sent_bounds of a position, computed once
    _spans: list[Span] = field(default_factory=list, repr=False)  # the sentences found so far

    @classmethod
    def build(cls, doc: Doc, lex: Lexicon) -> "Context":
        lay = doc._.layout or analyze(text_of(doc))
        ctx = cls(doc, lex, DocIndex.of(doc), lay)
        ctx.in_quote = [False] * (len(text_of(doc)) + 1)
        for a, b in lay.quotes:
            for c in range(a + 1, b):
                ctx.in_quote[c] = True
        return ctx

    # ------------------------------------------------------------------ plain lookups
    @cached_property
    def text(self) -> str:  # Doc.text joins every token again on each call
        return text_of(self.doc)

    @property
    def ents(self) -> list[Entity]:
        return self.ix.entities

    @property
    def quotes(self) -> list[Span]:
        return self.layout.quotes

    @property
    def body_start(self) -> int:
        return self.layout.body_start

    def entity(self, eid: Optional[str]) -> Optional[Entity]:
        return self.ix.ents.get(eid) if eid else None

    def entity_at(self, char: int) -> Optional[Entity]:
        return self.ix.ent_of_char.get(char)

    def entity_in(self, a: int, b: int, types=("PER", "ORG", "LOC", "MISC")) -> Optional[Entity]:
        for c in range(a, b):
            e = self.ix.ent_of_char.get(c)
            if e is not None and e.type in types:
                return e
        return None

    def tok_at(self, char: int) -> Optional[Token]:
        return self.ix.tok_at(char)

    def pair_end(self, tok: Token) -> Optional[int]:
        """Where the words of a two-word cue that follow its verb end ("hizo saber", "dejó claro"), or None."""
        lemma = self.lemma(tok)
        n = lemma.count(" ")
        words = self.doc[tok.i + 1:tok.i + 1 + n]
        if n and len(words) == n and " ".join(t.lower_ for t in words) == lemma.split(" ", 1)[1]:
            return words[-1].idx + len(words[-1].text)
        return None

    def lemma(self, tok: Token) -> str:
        """The verb's lemma, with the irregular forms the tagger gets wrong ("dijera" -> "dijerar")."""
        form = tok.lower_
        if form in self.lex.forms:
            return self.lex.forms[form]
        lemma = tok.lemma_.lower()
        verb = lemma.split()[0]
        if verb != lemma and verb in self.lex.verbs and tok.lower_.endswith(("se", "lo", "la")) \
                and not (tok.lower_.endswith("se") and self.lex.verbs[verb].se == "none"):
            lemma = verb  # an enclitic the lemmatiser splits off ("verificarse" -> "verificar él"); not "negarse a"
        pairs = self.lex.verb_pairs.get(lemma)
        if pairs:
            for rest in pairs:  # a verb and its predicative words: "dejó claro que ...", "puso en duda"
                n = rest.count(" ") + 1
                if " ".join(t.lower_ for t in tok.doc[tok.i + 1:tok.i + 1 + n]) == rest:
                    return f"{lemma} {rest}"
            # else a verb and the head of its object: "ha asumido la autoría del atentado", "La autoría del atentado
            # ha sido asumida por el denominado Estado Islámico"
            obj = next((c.lemma_.lower() for c in tok.children if c.dep_ in ("obj", "nsubj:pass", "nsubj")
                        and c.lemma_.lower() in pairs), None)
            if obj is not None:
                return f"{lemma} {obj}"
        if lemma not in self.lex.verbs and tok.pos_ in ("VERB", "AUX"):
            # a form the lemmatiser keeps as it is ("Planteó", "augura"): regular endings back to the infinitive
            for end, repls in _ENDINGS:
                if form.endswith(end):
                    for repl in repls:
                        # (the stem's written accent goes: "continúa" -> "continuar")
                        for cand in (form[:-len(end)] + repl, (form[:-len(end)] + repl).translate(_UNACCENT)):
                            if cand in self.lex.verbs:
                                return cand
        return lemma

    def is_cue_verb(self, tok: Token) -> bool:
        if tok.pos_ not in ("VERB", "AUX"):
            return False
        cue = self.lex.verbs.get(self.lemma(tok))
        if cue is None:
            return False
        if cue.args == "count":
            return count_object(tok) is not None
        return cue.args != "toll" or toll_report(tok)

    def sent_bounds(self, pos: int) -> Span:
        """The sentence around ``pos`` by punctuation outside quotes (paragraphs end sentences)."""
        got = self._bounds.get(pos)
        if got is None:
            # (a position inside a sentence already found has its bounds: no stop lies between them)
            got = next((s for s in self._spans if s[0] <= pos < s[1]), None) or self._sent_bounds(pos)
            self._bounds[pos] = got
        return got

    def _sent_bounds(self, pos: int) -> Span:
        text, in_quote = self.text, self.in_quote
        a = pos
        while a > 0:
            c = text[a - 1]
            if c == "\n":
                break
            if c in ".!?;" and not in_quote[a - 1] and (a >= len(text) or text[a].isspace()) \
                    and not _inner_stop(text, a - 1):
                break
            if _closed_stop(text, a - 1):
                break
            a -= 1
        moved = a < self.body_start <= pos
        if moved:
            a = self.body_start
        while a < len(text) and text[a].isspace():
            a += 1
        b = pos
        while b < len(text):
            c = text[b]
            if c == "\n":
                break
            if c in ".!?;" and not in_quote[b] and (b + 1 >= len(text) or text[b + 1].isspace()) \
                    and not _inner_stop(text, b):
                break
            if _closed_stop(text, b):
                b += 1
                break
            b += 1
        if not moved and a <= pos:
            self._spans.append((a, b))
        return a, b

    def trim(self, a: int, b: int) -> Span:
        """A span without edge spaces and punctuation; a clause wrapped whole in quotation marks keeps its words."""
        text = self.text
        while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:.—–-"
                         or text[b - 1] == ")" and text.count("(", a, b) < text.count(")", a, b)):
            b -= 1  # (and a parenthesis closed that the span never opened: "(Desde Kiev, ... negó que ... Pokrovsk)")
        for lead in ("de ", "como "):  # "ha calificado de «acto de guerra.»": the words qualifying, in their marks
            if text.startswith(lead, a) and b - a > len(lead) + 2 and text[a + len(lead)] in QUOTE_PAIRS:
                a += len(lead)
        if b - a > 2 and text[a] in QUOTE_PAIRS and text[b - 1] == QUOTE_PAIRS[text[a]]:
            inner = text[a + 1:b - 1]
            if not any(c in inner for c in QUOTE_PAIRS.values()):
                a, b = a + 1, b - 1
                while b > a and text[b - 1] in ".!?":
                    b -= 1
        return a, b


__all__ = ["Context", "Found", "Span"]


INNER_STOPS = resources.words("es/words/abbreviations.tsv", "inner_stops")


def _inner_stop(text: str, i: int) -> bool:
    """The full stop of an abbreviation inside a sentence: "buscados por EE. UU., según ...", "Vladimir V. Putin"."""
    if text[i] != "." or i + 2 >= len(text) or text[i + 1] != " ":
        return False
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    word = text[j:i]
    if j > 0 and not (text[j - 1].isspace() or text[j - 1] in "(\"«“"):
        return False
    return word in INNER_STOPS or len(word) == 1 and word.isupper() and text[i + 2].isupper() \
        or word.isupper() and text[i + 2].islower()  # "Rusia y EE. UU. han empezado": a sentence goes on in lower case


def _closed_stop(text: str, i: int) -> bool:
    """A closing quotation mark after a full stop, then a new sentence: 'ha calificado de «acto de guerra.» India dijo'."""
    if i < 1 or text[i] not in "»”\"’" or text[i - 1] not in ".!?":
        return False
    rest = text[i + 1:i + 3]
    return len(rest) == 2 and rest[0] == " " and rest[1].isupper()
