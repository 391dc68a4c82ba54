"""Stage ``cronica_statements_v1``: who said what.

Reads the dependency parse and ``state(doc).entities``; writes ``state(doc).statements``.

What counts as a statement (``shared/spec/article-v1.md``, ``statements[]``):

- direct quotes in ``"..."``, ``«...»`` or ``“...”`` with a reporting verb after them
  (``"...", dijo el ministerio``) or before them (``dijo: "..."``), quotes that run over
  several paragraphs, and quotes standing as their own sentence with no verb, which
  continue the previous speaker;
- indirect speech: a reporting verb (lexicon ``resources/reporting_es.tsv``) with a
  ``que``-clause (``dijo que``, ``ha descartado que``), a noun-phrase object for verbs that
  take one (``reivindicó la captura de``, ``lo ha negado``, ``califica la invasión de``), an
  ``a``-phrase for urging (``instó a los países a ...``), a reported clause before the verb
  (``..., dijo el Estado Mayor``) or a parenthetical ``según dijo``;
- attributions ``según X`` and ``para X, ...``;
- an outlet's own notes on verification (``Reuters no pudo verificar ...``).

The speaker is the subject of the cue (preposed, postposed, inherited by a conjoined or
gerund verb, or the agent of a passive), resolved to an entity through names, appositions,
the roles the entity stage found (``el principal portavoz ...``), organisation heads
(``el ministerio``) and, for pronouns and null subjects, the previous speaker. Anonymous
and unnamed organisational speakers keep ``source: None`` with their ``source_span``.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Optional

from spacy.language import Language

from .. import resources
from ..model import Entity, Statement
from ..names import fold
from .doc import outputs
from .layout import QUOTE_PAIRS, analyze
from .stage import Stage

Span = tuple[int, int]

LAST_PERSON = "@last-person:"  # placeholder source, resolved in text order
INDEFINITE = {"un", "una", "unos", "unas", "algún", "alguna", "algunos", "algunas", "varios", "varias"}
PRONOUNS = {"él", "ella", "éste", "ésta", "este", "esta", "aquel", "aquél", "ellos", "ellas", "este último", "esta última"}
ANAPHORIC = {"lo", "la", "los", "las", "esto", "ello", "eso", "este", "esta", "estos", "estas", "dicho", "dicha",
             "dichos", "dichas", "tal", "tales", "esa", "ese", "esos", "esas", "aquello", "algo", "cosa", "extremo"}
# tokens that may stand between a closing quotation mark and its reporting verb
BRIDGE = {"ha", "han", "había", "habían", "habría", "hubo", "le", "les", "se", "también", "luego", "después",
          "entonces", "hoy", "ayer", "más", "tarde", "además", "finalmente", "asimismo", "no", "lo"}
# a comma followed by one of these ends a reported clause (", aunque no dio detalles")
STOPPERS = {"aunque", "pero", "mientras", "sin", "según", "si", "sino"}
TIME_NOUNS = {"víspera", "mañana", "tarde", "noche", "madrugada", "día", "semana", "mes", "año", "lunes", "martes",
              "miércoles", "jueves", "viernes", "sábado", "domingo", "jornada"}
RELATIVES = {"que", "quien", "quienes", "donde", "cuyo", "cuya", "cuyos", "cuyas"}
ADDRESSED = {"declaraciones", "declaración"}  # "en declaraciones a X": X is the medium (an interview stays one)
STOP_PHRASES = ("al tiempo que", "mientras que", "a la vez que", "sin embargo", "sin especificar", "sin dar",
                "algo que ", "cosa que ", "extremo que ", "lo que ", "ya que ", "puesto que ", "dado que ")
ANSWERS = ("deny", "confirm", "unverified")
CLITICS = {"lo", "la", "los", "las"}
STOPWORDS = {"el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "a", "al", "en", "y", "e", "o",
             "que", "por", "para", "con", "se", "su", "sus", "lo", "como", "más", "no", "ha", "han", "había",
             "habían", "es", "son", "fue", "era", "este", "esta", "sobre", "entre", "ya", "muy"}


@dataclass(frozen=True)
class Cue:
    form: str
    kind: str  # verb prep channel speaker anon
    stance: str
    negated: str  # stance when negated, "-" when a negated cue is not a statement
    args: str  # que obj a de


@dataclass
class Lexicon:
    verbs: dict[str, Cue] = field(default_factory=dict)
    preps: dict[str, Cue] = field(default_factory=dict)
    channels: set[str] = field(default_factory=set)
    speakers: set[str] = field(default_factory=set)
    anon: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    forms: dict[str, str] = field(default_factory=dict)  # irregular verb form -> lemma the tagger misses
    periphrasis: set[str] = field(default_factory=set)  # verbs an infinitive cue may hang on ("volvió a pedir")
    documents: set[str] = field(default_factory=set)  # "según un decreto de X": the channel, X speaks
    basis: set[str] = field(default_factory=set)  # "según estimaciones de X": X speaks, no channel

    @classmethod
    def load(cls) -> "Lexicon":
        lex = cls()
        for row in resources.table("reporting_es.tsv"):
            if len(row) < 5:
                continue
            cue = Cue(row[0], row[1], row[2], row[3], row[4])
            if cue.kind == "verb":
                lex.verbs[cue.form] = cue
            elif cue.kind == "prep":
                lex.preps[cue.form] = cue
            elif cue.kind == "channel":
                lex.channels.add(cue.form)
            elif cue.kind == "speaker":
                lex.speakers.add(cue.form)
            elif cue.kind == "anon":
                lex.anon.add(cue.form)
            elif cue.kind == "form":
                lex.forms[cue.form.lower()] = cue.stance
            elif cue.kind == "periphrasis":
                lex.periphrasis.add(cue.form)
            elif cue.kind == "document":
                lex.documents.add(cue.form)
                lex.channels.add(cue.form)
            elif cue.kind == "basis":
                lex.basis.add(cue.form)
        lex.titles = {t.lower() for t in resources.lines("titles_es.txt")}
        lex.demonyms = {fold(row[0]) for row in resources.table("demonyms_es.tsv")}
        return lex


@dataclass
class _Found:
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
    wraps: bool = False  # "X confirmó que ..., según Reuters": reports a statement, whose cue stays its own


def _levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


class StatementsStage(Stage):
    stage, output = "statements", "statements"

    def __init__(self):
        self.lex = Lexicon.load()
        self.demonyms = self.lex.demonyms

    # ------------------------------------------------------------------ entry
    def process(self, doc) -> None:
        text = doc.text
        self.doc, self.text = doc, text
        self.ents: list[Entity] = outputs(doc, "entities")
        self.ent_of_char: dict[int, Entity] = {}
        for e in self.ents:
            for s, t in e.mentions:
                for c in range(s, t):
                    self.ent_of_char[c] = e
        self.starts = [t.idx for t in doc]
        lay = doc._.layout or analyze(text)
        self.dateline = lay.body_start
        self.quotes = lay.quotes
        self.in_quote = [False] * (len(text) + 1)
        for a, b in self.quotes:
            for c in range(a + 1, b):
                self.in_quote[c] = True
        found: list[_Found] = []
        used_quotes: set[tuple[int, int]] = set()
        self.pending_channels: list[tuple[int, str]] = []
        for tok in doc:
            if self.in_quote[tok.idx]:
                continue
            f = None
            low = tok.lower_
            if low == "según":
                f = self._segun(tok, used_quotes)
            elif low == "para":
                f = self._para(tok)
            elif tok.pos_ in ("VERB", "AUX") and self._lemma(tok) in self.lex.verbs:
                f = self._verb(tok, used_quotes)
            if f is not None:
                found.extend(f if isinstance(f, list) else [f])
        for ti, ch in self.pending_channels:
            for f in found:
                if f.cue_tok == ti and not f.channel:
                    f.channel = ch
        found.extend(self._free_quotes(used_quotes, found))
        found = self._dedup(found)
        found = self._drop_nested(found)
        found.sort(key=lambda f: (f.anchor, f.content[0]))
        self._resolve_previous(found)
        doc._.statements = self._finish(found)

    # ------------------------------------------------------------------ helpers
    def _lemma(self, tok) -> str:
        """The verb's lemma, with the irregular forms the tagger gets wrong ("dijera" -> "dijerar")."""
        return self.lex.forms.get(tok.lower_) or tok.lemma_.lower()

    def _sent_bounds(self, pos: int) -> Span:
        """The sentence around ``pos`` by punctuation outside quotes (paragraphs end sentences)."""
        text = self.text
        a = pos
        while a > 0:
            c = text[a - 1]
            if c == "\n":
                break
            if c in ".!?;" and not self.in_quote[a - 1] and (a >= len(text) or text[a].isspace()):
                break
            a -= 1
        if a < self.dateline <= pos:
            a = self.dateline
        while a < len(text) and text[a].isspace():
            a += 1
        b = pos
        while b < len(text):
            c = text[b]
            if c == "\n":
                break
            if c in ".!?;" and not self.in_quote[b] and (b + 1 >= len(text) or text[b + 1].isspace()):
                break
            b += 1
        return a, b

    def _tok_at(self, char: int):
        """The first token starting at or after ``char`` (or containing it)."""
        i = bisect.bisect_right(self.starts, char) - 1
        if i >= 0 and char < self.doc[i].idx + len(self.doc[i].text):
            return self.doc[i]
        return self.doc[i + 1] if i + 1 < len(self.doc) else None

    def _trim(self, a: int, b: int) -> Span:
        text = self.text
        while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:.—–-"):
            b -= 1
        # a clause wrapped whole in quotation marks keeps its words only
        if b - a > 2 and text[a] in QUOTE_PAIRS and text[b - 1] == QUOTE_PAIRS[text[a]]:
            inner = text[a + 1:b - 1]
            if not any(c in inner for c in QUOTE_PAIRS.values()):
                a, b = a + 1, b - 1
        return a, b

    def _clause_end(self, start: int, limit: int, cue_tok=None, np: bool = False) -> int:
        """Where a reported clause starting at ``start`` ends: the sentence end or a stopper."""
        doc = self.doc
        first = self._tok_at(start)
        if first is None:
            return limit
        conj_starts = set()
        if cue_tok is not None:
            for ch in cue_tok.children:
                if ch.dep_ == "conj" and ch.i > cue_tok.i:
                    left = ch.left_edge.i
                    for c in ch.children:
                        if c.dep_ == "cc":
                            left = min(left, c.i)
                    conj_starts.add(left)
        for t in doc[first.i:]:
            if t.idx >= limit:
                break
            if self.in_quote[t.idx]:
                continue
            if np and t.text == ":" and t.idx > start:
                return t.idx  # "negó esa versión: «...»"
            if t.i in conj_starts and t.idx > start:
                return t.idx
            if t.lower_ in ("y", "e") and t.idx > start and self._reporting_after(t.i + 1):
                return t.idx
            if t.text == "," and t.i + 1 < len(doc):
                nxt = doc[t.i + 1]
                rest = self.text[nxt.idx:nxt.idx + 30].lower()
                if nxt.lower_ in STOPPERS or any(rest.startswith(p) for p in STOP_PHRASES):
                    return t.idx
                # the outlet's own appended description: ", que ...", ", gestionada por ...",
                # and after a noun-phrase content an apposition ", una ciudad que ..."
                if nxt.lower_ in RELATIVES and nxt.pos_ in ("PRON", "SCONJ") or \
                        ("Part" in nxt.morph.get("VerbForm") or re.search(r"[ai]d[oa]s?$", nxt.lower_)) \
                        and t.i + 2 < len(doc) and doc[t.i + 2].lower_ == "por" or \
                        np and nxt.lower_ in ("un", "una") and nxt.pos_ == "DET":
                    return t.idx
                j = t.i + 1
                while j < len(doc) and doc[j].lower_ in BRIDGE:
                    j += 1
                if j < len(doc) and self._lemma(doc[j]) in self.lex.verbs and doc[j].pos_ in ("VERB", "AUX") \
                        and ("Fin" in doc[j].morph.get("VerbForm") or "Ger" in doc[j].morph.get("VerbForm")):
                    return t.idx
        return limit

    def _reporting_after(self, j: int):
        """The finite reporting verb at token ``j`` after clitics, auxiliaries and adverbs ("y ha negado que",
        "y también aseguró"), or None."""
        doc = self.doc
        while j < len(doc) and (doc[j].lower_ in BRIDGE or doc[j].pos_ == "AUX" and not self._lemma(doc[j]) in self.lex.verbs):
            j += 1
        if j < len(doc) and doc[j].pos_ in ("VERB", "AUX") and self._lemma(doc[j]) in self.lex.verbs \
                and self._tensed(doc[j]) and not self.in_quote[doc[j].idx]:
            return doc[j]
        return None

    def _tensed(self, t) -> bool:
        """A finite verb or a compound tense ("ha negado")."""
        forms = t.morph.get("VerbForm")
        return "Fin" in forms or "Part" in forms and t.i > 0 and self.doc[t.i - 1].lemma_ == "haber"

    def _coordinated_cue(self, tok):
        """'X negó que ... y aseguró ...': the earlier reporting verb of the sentence that ``tok`` (with no
        subject of its own, after "y") is coordinated with."""
        j = tok.i - 1
        while j >= 0 and (self.doc[j].lower_ in BRIDGE or self.doc[j].pos_ == "AUX"):
            j -= 1
        if j < 0 or self.doc[j].lower_ not in ("y", "e"):
            return None
        sa, _ = self._sent_bounds(tok.idx)
        ok = lambda t: t.pos_ in ("VERB", "AUX") and self._lemma(t) in self.lex.verbs and self._tensed(t) \
            and not self.in_quote[t.idx] and t.idx >= sa
        if tok.dep_ == "conj" and tok.head.i < tok.i and ok(tok.head):
            return tok.head
        for t in reversed(self.doc[self._tok_at(sa).i:j]):
            # a main-clause verb, not one inside a reported, relative or adverbial clause
            if ok(t) and (t.dep_ == "ROOT" or t.dep_ == "conj" and t.head.dep_ == "ROOT") \
                    and not self._in_relative(t, sa):
                return t
        return None

    def _negated(self, tok) -> bool:
        heads = [tok] + [c for c in tok.children if c.dep_.startswith("aux")]
        if tok.dep_ == "xcomp" or (tok.head.lemma_ in self.lex.periphrasis and tok.head.i != tok.i):
            heads.append(tok.head)
        for h in heads:
            for c in h.children:
                if c.lower_ in ("no", "nunca", "jamás") and c.i < tok.i:
                    return True
        # "no pudo verificar": the negation may hang on the infinitive or precede it directly
        j = tok.i - 1
        while j >= 0 and j >= tok.i - 4 and self.doc[j].pos_ in ("AUX", "VERB", "PRON") and self.doc[j].lower_ != "que":
            j -= 1
        return j >= 0 and self.doc[j].lower_ in ("no", "nunca")

    # ------------------------------------------------------------------ speakers
    def _entity_in(self, a: int, b: int, types=("PER", "ORG", "LOC", "MISC")) -> Optional[Entity]:
        for c in range(a, b):
            e = self.ent_of_char.get(c)
            if e is not None and e.type in types:
                return e
        return None

    def _subject_of(self, tok):
        # a subject of the verb's own beats one the parser hung on a paragraph's newline token
        kids = sorted(tok.children, key=lambda c: c.is_space)
        for c in kids:
            if c.dep_ in ("nsubj", "nsubj:pass", "csubj") and c.is_space:
                # the parser of paragraph-initial sentences hangs the subject on the newline token
                real = self._real_head(c)
                if real is not None and real.i < tok.i:
                    return real
                continue
            if c.dep_ in ("nsubj", "nsubj:pass", "csubj") and not self.in_quote[c.idx] \
                    and not c.is_space and not c.is_punct and c.idx >= self.dateline:
                if c.lower_ in ("que", "quien", "quienes", "cual"):
                    # a relative clause: its antecedent speaks ("Kiev, que sigue acusando ...")
                    if tok.dep_.startswith("acl") and tok.head.i < tok.i:
                        return self._antecedent(tok.head)
                    continue
                return c
        if tok.dep_.startswith("acl") and tok.head.i < tok.i and any(
                c.lower_ in ("que", "quien") and not any(k.dep_ == "case" for k in c.children) and
                not (c.i > 0 and self.doc[c.i - 1].pos_ == "ADP") for c in tok.children):
            return self._antecedent(tok.head)
        return None

    def _antecedent(self, head):
        """A relative's antecedent; an apposition describing a named one ("el MNDAA, uno de los miembros de
        la coalición, que afirmó ...") stands for the name."""
        if head.dep_ == "appos" and head.head.i < head.i and head.pos_ in ("NOUN", "PRON", "NUM") and \
                self._entity_in(head.head.idx, head.head.idx + len(head.head.text), ("PER", "ORG")) is not None:
            return head.head
        return head

    def _real_head(self, space):
        # not the dateline's agency ("MADRID, 29 Ago. (EUROPA PRESS) -") nor a prepositional phrase ("Más al este")
        cands = [c for c in space.children if c.pos_ in ("NOUN", "PROPN", "PRON", "ADJ")
                 and c.dep_ not in ("obl", "advmod", "nmod", "amod") and not c.is_space
                 and c.idx >= self.dateline and not any(k.dep_ == "case" for k in c.children)]
        return cands[-1] if cands else None

    def _postposed(self, tok):
        """'..., confirmó el ejército ucraniano': after a preposed clause or quote the parser often
        takes the postposed subject for an object."""
        if self._lemma(tok) not in self.lex.verbs:
            return None
        if self._preposed(tok) is None and self._direct_before(tok) is None:
            return None
        for c in tok.children:
            if c.i > tok.i and c.dep_ in ("obj", "nsubj", "iobj") and c.pos_ in ("NOUN", "PROPN") \
                    and not any(k.dep_ == "case" for k in c.children):
                return c
        return None

    def _agent_of(self, tok):
        if not any(c.lemma_ == "ser" and c.dep_.startswith("aux") for c in tok.children):
            return None
        for c in tok.children:
            if c.dep_ in ("obl", "obl:agent", "nmod", "obj") and any(k.lower_ == "por" for k in c.children if k.dep_ == "case"):
                return c
        return None

    def _np_span(self, head) -> Span:
        """Words naming the speaker: the head's subtree up to a comma, relative clause or verb."""
        doc = self.doc
        subtree = {t.i for t in head.subtree}
        left = head.i
        while left - 1 in subtree and not doc[left - 1].is_punct and not doc[left - 1].is_space \
                and doc[left - 1].pos_ not in ("VERB", "AUX", "ADV", "SCONJ", "CCONJ") \
                and not (doc[left - 1].pos_ == "ADP" and doc[left - 1].head.i == head.i):
            left -= 1
        right = head.i
        for t in doc[head.i + 1:head.right_edge.i + 1]:
            if t.is_punct or t.is_space or t.lower_ in ("que", "quien", "quienes") or t.pos_ in ("VERB", "AUX"):
                break
            if t.lower_ in ("en", "a", "según") and t.head.i != head.i and t.head.head.i == head.i:
                pass
            right = t.i
        # a prepositional phrase the parser hung on the subject that names a channel ("en Telegram")
        for t in doc[head.i + 1:right + 1]:
            if t.lower_ in ("en", "a") and t.dep_ == "case" and self._channel_np(t.head):
                right = t.i - 1
                break
        return doc[left].idx, doc[right].idx + len(doc[right].text)

    def _resolve_np(self, head, cue_pos: int) -> tuple[Optional[str], Optional[Span], bool]:
        """(entity id, span, resolved) for a noun phrase naming a speaker."""
        doc = self.doc
        # an apposition that names the speaker: "El secretario general de la OTAN, Jens Stoltenberg,"
        for c in head.children:
            if c.dep_ == "appos":
                e = self._entity_in(c.idx, c.idx + len(c.text), ("PER", "ORG"))
                if e is None:
                    # "el líder supremo iraní, el ayatolá Alí Jamenei": the name follows a second title
                    ce = c.right_edge.idx + len(c.right_edge.text)
                    e = self._entity_in(c.left_edge.idx, ce, ("PER",) if head.lower_ in self.lex.titles else ("PER", "ORG"))
                    if e is not None and not any(c.left_edge.idx <= m[0] < ce for m in e.mentions):
                        e = None
                if e is not None and e.type == "ORG" and c.i > head.i and \
                        not any(t.text == "," for t in doc[head.i:c.left_edge.i]):
                    # a close apposition naming an organisation ("el grupo ucraniano DeepState"): the whole phrase
                    return self._fix_typo(e).id, self._np_span(head), True
                if e is not None:
                    ms = [m for m in e.mentions if c.left_edge.idx <= m[0] < c.right_edge.idx + len(c.right_edge.text)]
                    return self._fix_typo(e).id, ms[0] if ms else (c.idx, c.idx + len(c.text)), True
                if c.pos_ == "PROPN" and not any(k.dep_ == "case" for k in c.children) and c.idx > head.idx \
                        and self._entity_in(c.idx, c.right_edge.idx + len(c.right_edge.text)) is None:
                    # a name the entity stage missed ("la organización OVD-Info"): the name is the source span
                    last = max([c] + [k for k in c.children if k.dep_ == "flat"], key=lambda k: k.i)
                    return None, (c.idx, last.idx + len(last.text)), True
        a, b = self._np_span(head)
        e = self.ent_of_char.get(head.idx)
        if e is not None:
            return self._fix_typo(e).id, (a, b), True
        # "Rosatom, la corporación estatal rusa que ...": the parser made the description the subject and the
        # name before it, alone at the start of the sentence, its dependent
        sa = self._sent_bounds(head.idx)[0]
        if a > sa and self.text[sa:a].rstrip().endswith(","):
            lead = self.text[sa:a].rstrip()[:-1].rstrip()
            e = self._entity_in(sa, sa + len(lead), ("PER", "ORG"))
            if e is not None and any(m == (sa, sa + len(lead)) for m in e.mentions):
                return self._fix_typo(e).id, (sa, sa + len(lead)), True
        low = head.lower_
        lemma = head.lemma_.lower()
        if head.pos_ == "PRON" or low in PRONOUNS:
            return self._last_person(head.idx), None if low in ("él", "ella") else (a, b), True
        if head.pos_ == "PROPN":
            return None, (a, b), True
        first = self._tok_at(a) or head
        words = {fold(t.text) for t in doc[head.i:head.right_edge.i + 1] if not t.is_punct}
        words |= {fold(t.lemma_) for t in doc[head.i:head.right_edge.i + 1] if not t.is_punct}
        for c in head.children:
            if c.dep_ in ("appos", "flat", "amod", "compound", "nmod") and c.i > head.i and c.pos_ == "PROPN" \
                    and not any(k.dep_ == "case" for k in c.children):
                e = self._entity_in(c.idx, c.idx + len(c.text), ("ORG", "MISC", "PER"))
                if e is not None:
                    return self._fix_typo(e).id, (a, b), True
        # "el diplomático argentino" (definite, singular) is a description of someone already named;
        # "un diplomático", "fuentes diplomáticas" stay anonymous
        described = first.lower_ in ("el", "la") and "Sing" in head.morph.get("Number") and head.pos_ == "NOUN"
        if first.lower_ in INDEFINITE or (lemma in self.lex.anon or low in self.lex.anon) and not described:
            return None, (a, b), True
        if low in self.lex.titles or lemma in self.lex.titles or self._title_phrase(a, b) or \
                described and (lemma in self.lex.anon or low in self.lex.anon):
            inside = {x.id for x in self.ents for m in x.mentions if a <= m[0] < b}
            e = self._by_role(head, words, inside, cue_pos)
            # a description the article never gave as a role ("el jefe aliado"): the person last speaking
            # (its demonyms travel along: "el mandatario ruso" is not the British minister)
            dem = sorted(words & self.demonyms)
            return (e.id if e else LAST_PERSON + ",".join(sorted(inside)) + "|" + ",".join(dem)), (a, b), True
        if lemma in self.lex.speakers or low in self.lex.speakers:
            e = self._org_by_head(lemma, cue_pos)
            return (e.id if e else None), (a, b), True
        return None, (a, b), True

    def _title_phrase(self, a: int, b: int) -> bool:
        s = " ".join(re.findall(r"\w+", self.text[a:b].lower()))
        return any(f" {t} " in f" {s} " for t in self.lex.titles if " " in t)

    def _by_role(self, head, words: set[str], exclude: set[str], cue_pos: int) -> Optional[Entity]:
        hw = fold(head.text)
        best, best_score = None, 0.0
        mine_dem = words & self.demonyms
        for e in self.ents:
            if e.type != "PER" or e.id in exclude or not e.roles:
                continue
            for r in e.roles:
                rw = {fold(w) for w in re.findall(r"\w+", r)} - STOPWORDS
                if hw not in rw and fold(head.lemma_) not in rw:
                    continue
                if ("ex" in words) != ("ex" in rw):
                    continue  # "el ex primer ministro noruego" is not the minister in office
                their_dem = rw & self.demonyms
                if mine_dem and their_dem and not mine_dem & their_dem:
                    continue
                score = len(rw & words) + 0.01 * (1 if any(m[0] < cue_pos for m in e.mentions) else 0)
                if score > best_score:
                    best, best_score = e, score
        if best is not None:
            return best
        return None

    def _org_by_head(self, lemma: str, cue_pos: int) -> Optional[Entity]:
        best = None
        for e in self.ents:
            if e.type not in ("ORG", "MISC"):
                continue
            if fold(e.name.split()[0]) == fold(lemma) or fold(" ".join(e.name.split()[:2])) == fold(lemma):
                # the dateline's agency ("Kiev, 10 oct (EFE).-") never speaks a later sentence
                before = [m for m in e.mentions if self.dateline <= m[0] < cue_pos]
                if before and (best is None or before[-1][0] > max(m[0] for m in best.mentions if m[0] < cue_pos)):
                    best = e
        return best

    def _fix_typo(self, e: Entity) -> Entity:
        """A one-word misspelt surname ("Stoltnberg") that the entity stage kept apart."""
        if e.type != "PER" or " " in e.name or e.roles or len(e.name) < 5:
            return e
        for o in self.ents:
            if o is e or o.type != "PER" or " " not in o.name:
                continue
            last = o.name.split()[-1]
            if abs(len(last) - len(e.name)) <= 2 and _levenshtein(fold(last), fold(e.name)) <= 2:
                return o
        return e

    def _last_person(self, pos: int, ok=lambda e: True) -> Optional[str]:
        best, bpos = None, -1
        for e in self.ents:
            if e.type != "PER" or not ok(e):
                continue
            for m in e.mentions:
                if bpos < m[0] < pos:
                    best, bpos = e.id, m[0]
        return best

    def _compatible(self, e: Entity, dem: set[str]) -> bool:
        """A person whose roles name no other nationality than the description's."""
        if not dem:
            return True
        theirs = {fold(w) for r in e.roles for w in re.findall(r"\w+", r)} & self.demonyms
        return not theirs or bool(theirs & dem)

    def _topic(self, lo: int, hi: int, ok=lambda e: True) -> Optional[str]:
        """The person a stretch of text is about: the last named main-clause subject in [lo, hi) outside
        quotations ("Stoltenberg restó importancia a las maniobras. «...», declaró")."""
        best = None
        for t in self.doc:
            if t.idx < lo or t.idx >= hi or self.in_quote[t.idx] or t.dep_ != "nsubj":
                continue
            h = t.head
            if not (h.dep_ == "ROOT" or h.head.i == h.i or h.dep_ == "conj" and h.head.dep_ == "ROOT"):
                continue
            src = self._resolve_np(t, t.idx)[0]
            e = next((x for x in self.ents if x.id == src), None)
            if e is not None and e.type == "PER" and ok(e):
                best = e.id
        return best

    def _after_statement(self, prev: "_Found", pos: int) -> int:
        """Where the text after ``prev``'s sentence starts, kept to the paragraph before ``pos`` at most."""
        lo = self._sent_bounds(max(prev.anchor, prev.content[1] - 1))[1]
        para = self.text.rfind("\n", 0, pos)
        para_prev = self.text.rfind("\n", 0, max(para - 1, 0)) if para > 0 else -1
        while para_prev > 0 and self.text[para_prev - 1] == "\n":
            para_prev = self.text.rfind("\n", 0, para_prev - 1)
        return max(lo, para_prev + 1)

    def _last_speaker_person(self, done: list[_Found], pos: int, exclude: set[str],
                             dem: set[str] = frozenset()) -> Optional[str]:
        ok = lambda e: e.id not in exclude and self._compatible(e, dem)
        for f in reversed(done):
            if f.anchor < pos and f.source and not f.source.startswith(LAST_PERSON):
                e = next((x for x in self.ents if x.id == f.source), None)
                if e is not None and e.type == "PER" and ok(e):
                    # a person the text turned to after that statement speaks instead
                    return self._topic(self._after_statement(f, pos), pos, ok) or e.id
        return self._last_person(pos, ok)

    def _speaker(self, tok, cue_pos: int) -> tuple[Optional[str], Optional[Span], bool]:
        """Who says it: the subject (or passive agent) of ``tok`` or of the verb it hangs on."""
        t = tok
        for k in range(4):
            subj = self._agent_of(t) or self._subject_of(t) or self._postposed(t)
            if k == 0:
                # a null subject after "y": whoever speaks the reporting verb it is coordinated with (a
                # "subject" the parser found inside that verb's reported clause is not this one's)
                prev = self._coordinated_cue(t)
                if prev is not None and (subj is None or prev.i < subj.i < t.i):
                    return self._speaker(prev, cue_pos)
            if subj is not None:
                return self._resolve_np(subj, cue_pos)
            if k == 0:
                # "en su parte diario, en el que también ha afirmado ...": a relative introduced by a
                # preposition names where it was said; the speaker is the subject of the verb governing it
                if t.dep_.startswith("acl") and any(c.lower_ in ("que", "cual") and any(
                        k2.dep_ == "case" for k2 in c.children) for c in t.children) and \
                        t.head.head.pos_ in ("VERB", "AUX") and t.head.head.i < t.i:
                    t = t.head.head
                    continue
            if t.dep_ in ("conj", "advcl", "xcomp") and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
                t = t.head
                continue
            if t.head.is_space and t.head.i < t.i:
                # a paragraph-initial sentence the parser hung on the newline token: the subject is its sibling
                sa, _ = self._sent_bounds(t.idx)
                subs = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubj:pass") and sa <= c.idx < t.idx
                        and not c.is_space and not self.in_quote[c.idx]]
                if subs:
                    return self._resolve_np(subs[-1], cue_pos)
            break
        return None, None, False

    # ------------------------------------------------------------------ channel
    def _channel_np(self, head) -> Optional[str]:
        doc = self.doc
        toks = [t for t in head.subtree if not self.in_quote[t.idx]]
        if not toks:
            return None
        for t in toks:
            w = t.text.rstrip(".")  # "en X." at a sentence end
            if w in self.lex.channels and w[:1].isupper():
                return w
        # "en declaraciones a la televisión pública", "en una entrevista con la cadena CNN": the medium
        if head.lemma_.lower() in ADDRESSED or head.lower_ in ADDRESSED:
            for c in head.children:
                if c.dep_ == "nmod" and any(k.dep_ == "case" and k.lower_ in ("a", "al") for k in c.children):
                    inner = self._channel_np(c)
                    if inner:
                        return inner
        e = self._entity_in(toks[0].idx, toks[-1].idx + len(toks[-1].text), ("ORG", "MISC"))
        lemma = head.lemma_.lower()
        if e is not None and (lemma in self.lex.channels or head.pos_ == "PROPN"):
            ms = [m for m in e.mentions if toks[0].idx <= m[0] < toks[-1].idx + len(toks[-1].text)]
            return self.text[ms[0][0]:ms[0][1]] if ms else e.name
        # "dijo a DW": an outlet's acronym that names no person or place
        if head.pos_ == "PROPN" and head.text.isupper() and 2 <= len(head.text) <= 6 and \
                self._entity_in(head.idx, head.idx + len(head.text), ("PER", "LOC")) is None:
            return head.text
        for n in (3, 2):
            words = " ".join(t.lower_ for t in doc[head.i:head.i + n])
            if words in self.lex.channels:
                return words
        if lemma in self.lex.channels or head.lower_ in self.lex.channels:
            words = [head.lower_]
            for t in doc[head.i + 1:head.i + 3]:
                if t.pos_ == "ADJ" and t.head.i == head.i and "Part" not in t.morph.get("VerbForm"):
                    words.append(t.lower_)
                else:
                    break
            return " ".join(words)
        return None

    def _channel(self, cue_tok, content: Span) -> Optional[str]:
        """Where it was said: an ``en``/``a``/``según``/``a través de`` phrase of the cue's clause."""
        doc = self.doc
        a, b = self._sent_bounds(cue_tok.idx)
        for t in doc:
            if t.idx < a or t.idx >= b or content[0] <= t.idx < content[1] or self.in_quote[t.idx]:
                continue
            if t.lower_ not in ("en", "a", "según", "través", "mediante", "al") or t.dep_ not in ("case", "fixed", "mark"):
                continue
            if t.lower_ in ("a", "al") and self.lex.verbs.get(self._lemma(cue_tok), None) is not None \
                    and self.lex.verbs[self._lemma(cue_tok)].args == "a":
                continue  # "pidió a la OTAN": whom it urges, not where it was said
            h = t.head if t.dep_ == "case" else t.head
            if content[0] <= h.idx < content[1]:
                continue
            # only phrases of the cue's own clause
            anc, ok = h, False
            for _ in range(3):
                if anc.i == cue_tok.i:
                    ok = True
                    break
                if anc.head.i == anc.i:
                    break
                anc = anc.head
            if not ok and abs(h.i - cue_tok.i) > 8:
                continue
            ch = self._channel_np(h)
            if ch:
                return ch
        return None

    # ------------------------------------------------------------------ cues
    def _direct_before(self, tok) -> Optional[tuple[int, int]]:
        """A quotation closing just before the cue: '"...", dijo' / '«...», ha zanjado'."""
        for q in self.quotes:
            if q[1] >= tok.idx or tok.idx - q[1] > 40:
                continue
            gap = self.text[q[1] + 1:tok.idx]
            words = re.findall(r"\w+", gap.lower())
            if re.fullmatch(r"[\s,—–\-]*(?:\w+[\s,]*)*", gap) and "," in gap + self.text[q[1] - 1] \
                    and all(w in BRIDGE for w in words):
                return q
        return None

    def _own_cue_after(self, q) -> bool:
        """The quotation has a reporting verb of its own after it ('«...», ha dicho')."""
        t = self._tok_at(q[1] + 1)
        if t is None or t.text != ",":
            return False
        j = t.i + 1
        while j < len(self.doc) and self.doc[j].lower_ in BRIDGE:
            j += 1
        return j < len(self.doc) and self.doc[j].pos_ in ("VERB", "AUX") and self._lemma(self.doc[j]) in self.lex.verbs

    def _direct_after(self, tok, limit: int) -> Optional[tuple[int, int]]:
        """'dijo: "..."' — a colon after the cue's clause, then the quotation."""
        colon = self.text.find(":", tok.idx, limit)
        if colon < 0 or colon - tok.idx > 120:
            return None
        for q in self.quotes:
            if 0 <= q[0] - colon <= 3 and not self.text[colon + 1:q[0]].strip():
                return q
        return None

    def _object_relative(self, tok, noun) -> bool:
        """A relative clause on the cue's object ("reivindicó la toma de X, que ...") rather than a
        que-clause the parser hung on an adjunct ("declaró tras las conversaciones que ...")."""
        if not any(k.dep_ == "case" for k in noun.children):
            return True
        objs = {x.i for c in tok.children if c.dep_ in ("obj", "iobj") for x in c.subtree}
        return noun.i in objs

    def _misparsed_relative(self, tok, que) -> bool:
        """A 'que' the parser took for a relative pronoun of a noun in the cue's adjunct, where it introduces
        the reported clause: "reconoció en una reunión de su Consejo que ...", "aseguró la víspera que ...",
        "publicó, citando una fuente de la Administración, que ..."."""
        noun = que.head.head
        if noun.lemma_.lower() in TIME_NOUNS and noun.head.i == tok.i and noun.dep_ in ("obl", "obj", "nmod"):
            return True
        if any(c.dep_ in ("obj", "ccomp") and c.i > tok.i and c.i < que.i and c.pos_ != "PRON" for c in tok.children):
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
        between = self.doc[tok.i + 1:que.i]
        if top.dep_ == "advcl" and "Ger" in top.morph.get("VerbForm"):
            # a gerund parenthesis set off by commas right after the cue
            return self.doc[tok.i + 1].text == "," and self.doc[que.i - 1].text == ","
        if top.dep_ != "obl" or not any(k.dep_ == "case" and k.lower_ in ("en", "durante", "tras", "ante", "desde")
                                         for k in top.children):
            return False
        return not any(x.text == "," for x in between) and all(x.dep_ in ("nmod", "flat", "obl", "appos")
                                                                for x in chain[:-1])

    def _adjacent(self, tok, t) -> bool:
        """Only clitics, auxiliaries, adverbs or a preposition stand between the cue and ``t``."""
        return all(x.pos_ in ("PRON", "AUX", "ADV", "ADP") for x in self.doc[tok.i + 1:t.i])

    def _que_clause(self, tok, limit: int) -> Optional[int]:
        """Offset where the reported clause starts after 'que' / 'de que' / 'si' following the cue."""
        doc = self.doc
        for t in doc[tok.i + 1:min(len(doc), tok.i + 18)]:
            if t.idx >= limit or t.text in (".", ";", ":") or self.in_quote[t.idx]:
                return None
            if t.lower_ == "que" and t.i > 0 and doc[t.i - 1].lower_ in ("ya", "puesto", "dado", "así", "antes",
                                                                          "después", "hasta", "sin", "para"):
                return None  # "no pudo verificarlo, ya que ...": a cause, not what was said
            if t.lower_ == "que" and t.head.dep_ == "ccomp" and t.head.head.i == tok.i and t.head.i > t.i:
                return t.idx + len(t.text)  # "pidió ... que se evite": tagged as the clause's subject
            if t.lower_ == "que" and t.head.dep_.startswith("acl") and self._misparsed_relative(tok, t):
                return t.idx + len(t.text)
            if t.lower_ in ("que", "si") and (t.head.dep_.startswith("acl") and self._object_relative(tok, t.head.head)
                                             or t.head.dep_ == "advcl" and not self._adjacent(tok, t)):
                # a relative clause of an object ("la toma de X, que sus tropas asedian") or a condition
                # ("pidió sanciones si rechaza ...") is not the reported clause
                return None
            if t.lower_ in ("que", "si") and (t.pos_ in ("SCONJ",) or t.dep_ == "mark"):
                return t.idx + len(t.text)
            if t.lower_ == "que" and any(c.dep_ == "nsubj" and c.lower_ != "que" for c in t.head.children):
                return t.idx + len(t.text)  # "declaró tras las conversaciones de Bruselas que Ucrania ..."
            if t.lower_ == "que" and t.i > 0 and doc[t.i - 1].lower_ in ("de", "en") and doc[t.i - 1].i == tok.i + 1:
                return t.idx + len(t.text)
            if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and t.i > tok.i + 1:
                return None
        return None

    def _np_content(self, tok, cue: Cue, limit: int) -> Optional[int]:
        """Start of an object / a-phrase / de-phrase content after the cue, or None."""
        doc = self.doc
        skip: set[int] = set()
        for c in tok.children:
            if c.i > tok.i and c.dep_ in ("obl", "advmod") and (
                    c.lemma_.lower() in ("forma", "manera", "modo", "momento") or "Tim" in c.morph.get("AdvType")):
                skip |= {x.i for x in c.subtree}
            # where it was said, not what: "amenazó en Telegram con ...", "pidió desde Kiev a ..."
            if c.i > tok.i and c.dep_ in ("obl", "nmod") and any(
                    k.dep_ == "case" and k.lower_ in ("en", "desde", "durante", "tras", "ante") for k in c.children):
                con = next((x.i for x in c.subtree if x.i > c.i and x.lower_ == "con" and x.dep_ == "case"), None)
                keep: set[int] = set()
                if cue.args == "de":
                    # "informó en su parte matutino de 42 combates": a common-noun de-phrase is what was reported
                    # ("en su cuenta de Telegram", "en una reunión de su Consejo" stay the channel's)
                    for d in c.children:
                        if d.dep_ == "nmod" and d.i > c.i and d.pos_ == "NOUN" and any(
                                k.dep_ == "case" and k.lower_ == "de" for k in d.children) and \
                                d.lemma_.lower() not in self.lex.channels | self.lex.speakers | self.lex.titles:
                            keep |= {x.i for x in d.subtree}
                skip |= {x.i for x in c.subtree if (con is None or x.i < con) and x.i not in keep}
            if c.i > tok.i and c.lemma_.lower() == "parte" and any(k.lower_ == "su" for k in c.children) and \
                    any(k.lower_ == "por" for k in c.children):
                skip |= {c.i} | {k.i for k in c.children if k.dep_ in ("case", "det")}  # "informó por su parte de ..."
            if c.i > tok.i and c.dep_ in ("obl", "obj", "nmod") and c.lemma_.lower() in TIME_NOUNS:
                skip |= {x.i for x in c.subtree}  # "anunció la víspera la captura de ..."
        objs = {x.i for c in tok.children if c.dep_ == "obj" and c.i > tok.i for x in c.subtree}
        for t in doc[tok.i + 1:min(len(doc), tok.i + 10)]:
            if t.i in skip:
                continue
            if t.idx >= limit or t.is_punct and t.text not in ('"', "«", "“"):
                return None
            if t.dep_ in ("advmod",) and t.i not in objs or "Tim" in t.morph.get("AdvType") or t.lower_ in ("este", "esta", "ese", "el") and \
                    t.head.i != t.i and "Tim" in t.head.morph.get("AdvType"):
                continue
            if cue.args == "obj" and "Inf" in t.morph.get("VerbForm") and t.i == min(
                    (x.i for x in doc[tok.i + 1:t.i + 1] if x.i not in skip), default=t.i):
                return t.idx  # "negaron haber atacado ...": an infinitive clause is the content
            if t.pos_ in ("AUX",):
                continue
            if t.head.i != tok.i and t.head.head.i == tok.i and t.head.dep_ == "obl" and "Tim" in t.head.morph.get("AdvType"):
                continue
            if cue.args == "a":
                if t.lower_ == "con" and t.i + 1 < len(doc):
                    return doc[t.i + 1].idx  # "amenazó con X": X is the threat
                if t.lower_ in ("a", "al") or t.dep_ in ("obj", "iobj", "xcomp") or t.i in objs:
                    return t.idx
                return None
            if cue.args == "de":
                if t.lower_ == "de" and t.i + 1 < len(doc) and doc[t.i + 1].idx < limit:
                    return doc[t.i + 1].idx  # "informó de la liberación de X": what follows "de"
                return t.idx if t.lower_ in ("del", "sobre", "contra") else None
            if cue.args == "obj":
                if t.pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ") or t.lower_ in ("a", "al") or t.text in ('"', "«", "“") \
                        or t.i in objs:  # "contabilizó más de 1.300 detenidos"
                    return t.idx
                return None
            return None
        return None

    def _preposed(self, tok) -> Optional[Span]:
        """'..., dijo el Estado Mayor': the clause before the comma that precedes the cue."""
        doc = self.doc
        j = tok.i - 1
        while j >= 0 and doc[j].lower_ in BRIDGE:
            j -= 1
        if j < 0 or doc[j].text != ",":
            return None
        a, _ = self._sent_bounds(tok.idx)
        comma = doc[j].idx
        if comma - a < 15 or self.in_quote[comma - 1] or self.text[comma - 1] in QUOTE_PAIRS.values():
            return None
        # a finite verb of a main clause: "Rosatom, la corporación que gestiona la central, culpó ..." has only a
        # relative clause before the comma, and that is the subject
        has_verb = any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and not self._in_relative(t, a)
                       for t in doc[self._tok_at(a).i:j])
        if not has_verb:
            return None
        # the comma closes the cue's own subject ("X, que encabezó la delegación, confirmó ...")
        subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < j and not c.is_space
                     and c.idx >= a), None)
        if subj is not None and subj.right_edge.i >= j - 1:
            return None
        # a relative or adverbial clause ending in a comma is not a reported clause ("Kiev, que ..., declaró")
        first = self._tok_at(a)
        return (a, comma) if first is not None else None

    def _in_relative(self, t, lo: int) -> bool:
        """``t`` sits in a relative clause (acl) of a noun, looking up no further than offset ``lo``."""
        for _ in range(8):
            if t.dep_.startswith("acl") and any(c.lower_ in RELATIVES for c in t.children):
                return True
            if t.head.i == t.i or t.head.idx < lo:
                return False
            t = t.head
        return False

    def _verb(self, tok, used_quotes: set, probe: bool = False) -> Optional[list[_Found]]:
        cue = self.lex.verbs[self._lemma(tok)]
        forms = tok.morph.get("VerbForm")
        passive = any(c.lemma_ == "ser" and c.dep_.startswith("aux") for c in tok.children)
        if "Part" in forms and not passive and not any(c.dep_.startswith("aux") for c in tok.children):
            return None  # an adjectival participle ("la movilización decretada")
        if "Inf" in forms and tok.head.lemma_ not in self.lex.periphrasis and not any(
                c.lemma_ in self.lex.periphrasis for c in tok.children):
            return None
        if not probe and tok.i > 0 and self.doc[tok.i - 1].lower_ == "según":
            return None  # "según denunció X": the según stage reports the clause before it
        negated = self._negated(tok)
        stance = cue.stance
        clause_only = False  # "no confirmó que ..." reports; "no ha confirmado la pérdida" does not
        if negated:
            if cue.negated == "-":
                return None
            stance, _, cond = cue.negated.partition("/")
            # "no ha podido confirmar la captura": an inability to verify a claim answers it (unverified);
            # "no ha confirmado la pérdida" stays no statement
            could = tok.head.lemma_ == "poder" and tok.head.i < tok.i or any(
                c.lemma_ == "poder" and c.i < tok.i for c in tok.children)
            clause_only = cond == "que" and not could
        sa, sb = self._sent_bounds(tok.idx)
        content: Optional[Span] = None
        direct = False
        q = self._direct_before(tok)
        if q is not None and q not in used_quotes:
            content, direct = (q[0] + 1, q[1]), True
            used_quotes.add(q)
        # "ha negado esa versión: «...», ha dicho": the object is what is denied, the quotation is said
        np_obj = cue.args == "obj" and any(c.dep_ == "obj" and c.i > tok.i and c.pos_ in ("NOUN", "PROPN")
                                           for c in tok.children)
        if content is None:
            q = self._direct_after(tok, sb + 1)
            if q is not None and np_obj and self._own_cue_after(q):
                q = None
            if q is not None and q not in used_quotes:
                content, direct = (q[0] + 1, q[1]), True
                used_quotes.add(q)
        if content is None and passive:
            # "El ataque ha sido confirmado por X": what is confirmed is the passive subject
            subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i
                         and not c.is_space), None)
            if subj is not None and self._agent_of(tok) is not None:
                content = self._trim(subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge.text))
        if content is None:
            start = self._que_clause(tok, sb)
            if start is not None and cue.args == "a":
                # "pidió a la OTAN que ...": the content keeps the addressee (as in "instó a los países a ...")
                for t in self.doc[tok.i + 1:self._tok_at(start).i]:
                    if t.lower_ in ("a", "al"):
                        start = t.idx
                        break
                    if not (t.pos_ in ("ADV", "PRON", "AUX") or "Tim" in t.morph.get("AdvType")):
                        break
            if start is None and "Fin" in forms:
                pre = self._preposed(tok)
                if pre is not None:
                    content = self._trim(*pre)
            np_content = False
            if content is None and start is None and tok.i + 1 < len(self.doc) \
                    and self.doc[tok.i + 1].text in QUOTE_PAIRS and any(
                    c.lower_ == "se" and c.i < tok.i for c in tok.children):
                # 'se declaró "profundamente preocupado" por ...': the quoted self-description is the statement
                start, np_content = self.doc[tok.i + 1].idx, True
            if content is None and start is None and cue.args == "que" and not clause_only:
                # "aseguró haber derribado 73 de ellos": an infinitive clause right after the cue is the content
                nxt = next((t for t in self.doc[tok.i + 1:tok.i + 4] if t.pos_ != "ADV"), None)
                v = nxt.head if nxt is not None and nxt.dep_ == "aux" else nxt  # "haber tomado"
                if nxt is not None and "Inf" in nxt.morph.get("VerbForm") and v.head.i == tok.i \
                        and v.dep_ in ("xcomp", "ccomp", "obj", "csubj") and not self.in_quote[nxt.idx]:
                    start = nxt.idx
            if content is None and start is None and cue.args in ("obj", "a", "de"):
                if clause_only:
                    return None
                start = self._np_content(tok, cue, sb)
                np_content = start is not None
            if content is None and start is None and cue.args == "obj" and tok.dep_.startswith("acl") \
                    and tok.head.lower_ in ("algo", "cosa", "extremo", "hecho", "versión", "información") \
                    and tok.head.i < tok.i and any(c.lower_ == "que" and c.dep_ in ("obj", "nsubj:pass")
                                                   for c in tok.children):
                # "..., algo que Kiev ha desmentido": the antecedent (standing for the clause before it)
                h = tok.head
                content = (h.idx, h.idx + len(h.text))
            if start is None and cue.args in ("obj",) and not clause_only:
                prev = self.doc[tok.i - 1] if tok.i else None
                while prev is not None and prev.pos_ == "AUX" and prev.i > 0:
                    prev = self.doc[prev.i - 1]
                if prev is not None and prev.lower_ in CLITICS and prev.pos_ == "PRON":
                    content = (prev.idx, prev.idx + len(prev.text))
            if start is not None:
                end = self._clause_end(start, sb, tok, np=np_content)
                # the reported clause cannot run past the cue's own phrase ("... advertía de que X» vienen a ...")
                right = tok.right_edge
                if right.idx > start and right.idx + len(right.text) < end and right.i - self._tok_at(start).i >= 3:
                    end = right.idx + len(right.text)
                content = self._trim(start, end)
                # 'defendió que "..."': the whole reported clause is a quotation
                o, c = content[0] - 1, content[1]
                if o >= 0 and c < len(self.text) and self.text[o] in QUOTE_PAIRS and self.text[c] == QUOTE_PAIRS[self.text[o]] \
                        and not self.text[start:o].strip():
                    direct = True
        if content is None and "Fin" in forms:
            pre = self._preposed(tok)
            if pre is not None:
                content = self._trim(*pre)
        if content is None or content[1] - content[0] < 2:
            return None
        if passive and self._agent_of(tok) is None and not direct and not self._que_clause(tok, sb):
            return None  # "serán llamados a filas": a passive with no one saying it
        if probe:
            return [_Found(content=content, cue=cue.form, cue_span=None, stance=stance, direct=direct)]
        if passive:
            agent = self._agent_of(tok)
            src = self._resolve_np(agent, tok.idx) if agent is not None else (None, None, True)
        else:
            src = self._speaker(tok, tok.idx)
        f = _Found(content=content, cue=cue.form, cue_span=(tok.idx, tok.idx + len(tok.text)), stance=stance,
                   direct=direct, source=src[0], source_span=src[1], resolved=src[2],
                   anchor=min(tok.idx, content[0]) if not direct else content[0], cue_tok=tok.i)
        f.anchor = tok.idx
        f.channel = self._channel(tok, content)
        # a second quotation right after the cue clause: '"Q1", dijo X. "Q2"' is handled as free quote;
        # '"Q1", dijo X, "Q2"' continues here
        return [f]

    def _segun(self, tok, used_quotes: set) -> Optional[list[_Found]]:
        doc = self.doc
        if tok.i + 1 >= len(doc):
            return None
        nxt = doc[tok.i + 1]
        sa, sb = self._sent_bounds(tok.idx)
        before = self.text[sa:tok.idx].rstrip()
        observed = False
        if nxt.lemma_ in self.lex.periphrasis and tok.i + 2 < len(doc) and self._lemma(doc[tok.i + 2]) in self.lex.verbs \
                and "Inf" in doc[tok.i + 2].morph.get("VerbForm"):
            nxt = doc[tok.i + 2]  # "según pudo comprobar EFE en el lugar": the outlet's own observation, asserted
            observed = True
        if nxt.pos_ in ("VERB", "AUX") and self._lemma(nxt) in self.lex.verbs:
            # "según dijo" / "según informó el ministerio"
            verb = nxt
            subj = self._subject_of(verb)
            j = verb.i + 1
            if subj is not None and subj.i > verb.i:
                j = max(j, subj.right_edge.i + 1)  # "según informó el gobernador regional, Oleh Synehubov"
            while j < len(doc) and not doc[j].is_punct and doc[j].idx < sb:
                j += 1
            after = self.text[doc[j].idx + 1:doc[j].idx + 32].lower().lstrip() if j < len(doc) else ""
            contrast = j + 1 < len(doc) and doc[j + 1].lower_ in STOPPERS or any(after.startswith(p) for p in STOP_PHRASES)
            if j < len(doc) and doc[j].text == "," and before.endswith(",") and not contrast:
                # "X, según dijo Y, Z" -- but not "X, según denunció Y, mientras que Z"
                content = self._trim(doc[j].idx + 1, self._clause_end(doc[j].idx + 1, sb))
            else:
                content = self._trim(sa, tok.idx)
            if content[1] - content[0] < 3:
                return None
            vstance = self.lex.verbs[self._lemma(verb)].stance
            f = _Found(content=content, cue=self._lemma(verb), cue_span=(verb.idx, verb.idx + len(verb.text)),
                       stance="assert" if observed else vstance, direct=False,
                       anchor=verb.idx, cue_tok=verb.i)
            if subj is not None:
                f.source, f.source_span, f.resolved = self._resolve_np(subj, verb.idx)
            else:
                f.inherit_main = True
                root = verb
                while root.head.i != root.i:
                    root = root.head
                s2 = self._subject_of(root)
                if s2 is not None and s2.i < verb.i:
                    f.source, f.source_span, f.resolved = self._resolve_np(s2, verb.idx)
            f.channel = self._channel(verb, content)
            return [f]
        # "según X": the phrase up to a comma, full stop or relative clause
        j = tok.i + 1
        while j < len(doc) and doc[j].idx < sb and doc[j].text not in (",", ".", ";", ":") and doc[j].lower_ not in ("que",):
            j += 1
        np = doc[tok.i + 1:j]
        if not len(np):
            return None
        if len(np) >= 2 and np[0].lower_ in ("el", "la", "los", "las") and np[1].lower_ in ("cual", "cuales"):
            return self._segun_relative(tok, np[1], sa, sb)
        head = np.root
        if head.pos_ in ("VERB", "AUX"):
            return None
        # "según un comunicado del ministerio", "según estimaciones de la inteligencia británica": the
        # document is the channel, whoever issued it speaks
        agent = None
        hl = {head.lemma_.lower(), head.lower_}
        if hl & (self.lex.documents | self.lex.basis):
            agent = self._issuer(head, np, loose=bool(hl & self.lex.basis))
            if agent is None and not hl & self.lex.basis:
                return None
        elif not self._speakerish(np, head):
            return None
        np_end = doc[j - 1].idx + len(doc[j - 1].text)
        # the rest of the phrase (a relative clause "que rastrea ...") belongs to the source
        k = j
        if k < len(doc) and doc[k].lower_ == "que":
            while k < len(doc) and doc[k].idx < sb and doc[k].text not in (",", ".", ";"):
                k += 1
        phrase_end = doc[k - 1].idx + len(doc[k - 1].text) if k > j else np_end
        if k < len(doc) and doc[k].text == ",":
            m = k + 1
            while m < len(doc) and doc[m].pos_ == "PROPN":
                m += 1
            if m > k + 1 and m < len(doc) and doc[m].text == ",":
                phrase_end = doc[m - 1].idx + len(doc[m - 1].text)  # "según el alcalde, Ígor Terejov, ..."
        if before and not before.endswith(","):
            return None
        # "según X" after a clause with its own reporting verb: where it was reported ("lo ha negado ..., según
        # la agencia TASS"), not a new statement -- unless that verb reports a whole clause ("X confirmó que ...,
        # según la agencia Reuters"): then X's statement is itself reported by the agency (nested attribution)
        wraps = False
        for t in self.doc[self._tok_at(sa).i:tok.i]:
            if t.pos_ in ("VERB", "AUX") and self._lemma(t) in self.lex.verbs and not self.in_quote[t.idx] \
                    and self._verb(t, set(), probe=True):
                if before and self._que_clause(t, sb) is not None and not self._negated(t):
                    wraps = True
                    break
                self.pending_channels.append((t.i, self._channel_np(head) or self.text[np[0].idx:np_end]))
                return None
        if not before:
            content = self._trim(phrase_end, self._clause_end(phrase_end + 1, sb))
        else:
            content = self._trim(sa, tok.idx)
        if content[1] - content[0] < 10:
            return None
        channel = None
        if agent is not None:
            src, span, _ = self._resolve_np(agent, tok.idx)
            if hl & self.lex.documents:
                words = [head.lower_]
                for t in self.doc[head.i + 1:head.i + 3]:
                    if t.pos_ == "ADJ" and t.head.i == head.i and "Part" not in t.morph.get("VerbForm"):
                        words.append(t.lower_)
                    else:
                        break
                channel = " ".join(words)
        elif hl & self.lex.basis:
            src, span = None, None
        else:
            src, span, _ = self._resolve_np(head, tok.idx)
        f = _Found(content=content, cue="según", cue_span=(tok.idx, tok.idx + len(tok.text)), stance="assert",
                   direct=False, source=src, source_span=span or (np[0].idx, np_end), resolved=True,
                   anchor=tok.idx, cue_tok=tok.i, channel=channel, wraps=wraps)
        return [f]

    def _segun_relative(self, tok, cual, sa: int, sb: int) -> Optional[list[_Found]]:
        """'un comunicado según el cual ...', 'la versión de Moscú, según la cual ...': the antecedent's issuer
        (or the antecedent itself, when it can speak) says the clause after 'cual'."""
        doc = self.doc
        k = tok.i - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k < 0 or doc[k].idx < sa:
            return None
        ante = doc[k]
        while ante.head.i != ante.i and ante.head.i < tok.i and ante.dep_ in ("amod", "nmod", "flat", "appos") \
                and ante.pos_ != "NOUN":
            ante = ante.head
        if ante.pos_ == "ADJ" and ante.head.i < tok.i:
            ante = ante.head
        while ante.dep_ in ("nmod", "flat") and ante.head.i < ante.i and ante.head.pos_ == "NOUN" and \
                ante.head.lemma_.lower() not in self.lex.titles | self.lex.speakers:
            ante = ante.head  # "la versión de Moscú": the noun the phrase hangs on
        start = cual.idx + len(cual.text)
        content = self._trim(start, self._clause_end(start, sb))
        if content[1] - content[0] < 10:
            return None
        sub = [x for x in ante.subtree if x.i < tok.i]
        channel, src, span = None, None, None
        low = {ante.lemma_.lower(), ante.lower_}
        if low & self.lex.documents or low & self.lex.channels:
            channel = ante.lower_
            agent = self._issuer(ante, sub)
            if agent is None and ante.dep_ == "obj":
                agent = self._subject_of(ante.head)  # "El ejército publicó un comunicado según el cual ..."
            if agent is not None:
                src, span, _ = self._resolve_np(agent, tok.idx)
        elif self._speakerish(sub, ante):
            src, span, _ = self._resolve_np(ante, tok.idx)
        elif low & self.lex.basis:
            agent = self._issuer(ante, sub, loose=True)  # "la versión de Moscú"
            if agent is None and ante.dep_ == "obj":
                agent = self._subject_of(ante.head)
            if agent is None:
                return None
            src, span, _ = self._resolve_np(agent, tok.idx)
        else:
            return None  # "una ley según la cual ...": a rule, not something said
        return [_Found(content=content, cue="según", cue_span=(tok.idx, tok.idx + len(tok.text)), stance="assert",
                       direct=False, source=src, source_span=span, resolved=True, anchor=tok.idx, cue_tok=tok.i,
                       channel=channel)]

    def _issuer(self, head, np, loose: bool = False):
        """Who issued a document: the first 'de X' / 'por X' in its phrase that can name a speaker."""
        for t in np:
            if t.i == head.i or t.pos_ not in ("NOUN", "PROPN"):
                continue
            if not any(k.dep_ == "case" and k.lower_ in ("de", "del", "por") for k in t.children):
                continue
            sub = [x for x in t.subtree if x.i >= t.i]
            if loose or self._speakerish(sub, t) or t.lower_ in self.lex.speakers or t.lemma_.lower() in self.lex.speakers:
                return t
        return None

    def _speakerish(self, np, head) -> bool:
        """A phrase that can name a speaker: an entity, a title, an organisation or an anonymous source."""
        if self._entity_in(np[0].idx, np[-1].idx + len(np[-1].text)) is not None and head.pos_ == "PROPN":
            return True
        if head.pos_ == "PROPN":
            return True
        lemma, low = head.lemma_.lower(), head.lower_
        words = {lemma, low}
        return bool(words & (self.lex.titles | self.lex.speakers | self.lex.anon)) or (
            bool(words & self.lex.channels) and self._entity_in(np[0].idx, np[-1].idx + len(np[-1].text)) is not None)

    def _para(self, tok) -> Optional[list[_Found]]:
        """'para el portavoz ..., Dimitri Peskov, esta premisa contrastaría con ...'."""
        doc = self.doc
        sa, sb = self._sent_bounds(tok.idx)
        prev = doc[tok.i - 1] if tok.i > 0 else None
        if prev is not None and tok.idx > sa and prev.text != "," and prev.lower_ not in ("pero", "y", "mientras", "e"):
            return None
        j = tok.i + 1
        while j < len(doc) and doc[j].text not in (",", ".", ";", ":") and doc[j].pos_ not in ("VERB", "AUX"):
            j += 1
        if j >= len(doc) or doc[j].text != "," or j == tok.i + 1:
            return None
        np = doc[tok.i + 1:j]
        head = np.root
        if not self._speakerish(np, head) or head.pos_ in ("VERB", "AUX"):
            return None
        if not (self._entity_in(np[0].idx, np[-1].idx + 1, ("PER", "ORG")) or head.lower_ in self.lex.titles):
            return None
        # an apposition naming the person: ", Dimitri Peskov,"
        end_tok = j
        if j + 1 < len(doc):
            k = j + 1
            while k < len(doc) and doc[k].pos_ == "PROPN":
                k += 1
            if k > j + 1 and k < len(doc) and doc[k].text == ",":
                end_tok = k
        start = doc[end_tok].idx + 1
        content = self._trim(start, self._clause_end(start, sb))
        if content[1] - content[0] < 10:
            return None
        # the clause must have a verb of its own
        ct = [t for t in doc if content[0] <= t.idx < content[1]]
        if not any(t.pos_ in ("VERB", "AUX") for t in ct):
            return None
        src, span, _ = self._resolve_np(head, tok.idx)
        if end_tok != j:
            e = self._entity_in(doc[j + 1].idx, doc[end_tok - 1].idx + 1, ("PER", "ORG"))
            if e is not None:
                src, span = e.id, (doc[j + 1].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1].text))
        return [_Found(content=content, cue="para", cue_span=(tok.idx, tok.idx + len(tok.text)), stance="assert",
                       direct=False, source=src, source_span=span, resolved=True, anchor=tok.idx, cue_tok=tok.i)]

    def _free_quotes(self, used: set, found: list[_Found]) -> list[_Found]:
        """Quotations with no reporting verb that stand as their own sentences: the previous speaker goes on."""
        out = []
        for q in self.quotes:
            if q in used:
                continue
            a, b = q[0] + 1, q[1]
            if any(f.content[0] <= a and b <= f.content[1] for f in found):
                continue  # quoted words inside a reported clause
            if len(re.findall(r"\w+", self.text[a:b])) < 4:
                continue
            line_start = self.text.rfind("\n", 0, q[0]) + 1
            before = self.text[line_start:q[0]].strip()
            after = self.text[b + 1:b + 3]
            if before and not before.endswith((".", ":", "?", "!")):
                continue
            if after.strip()[:1] not in ("", ".", "\n") and not after.startswith(("\n",)):
                continue
            out.append(_Found(content=(a, b), cue=None, cue_span=None, stance="assert", direct=True,
                              resolved=False, anchor=a))
        return out

    # ------------------------------------------------------------------ finishing
    def _dedup(self, found: list[_Found]) -> list[_Found]:
        out: list[_Found] = []
        for f in sorted(found, key=lambda f: (f.content[0], -(f.content[1] - f.content[0]))):
            dup = next((g for g in out if g.content == f.content or (
                g.cue_span == f.cue_span and g.cue_span is not None)), None)
            if dup is None:
                out.append(f)
        return out

    def _drop_nested(self, found: list[_Found]) -> list[_Found]:
        """A cue inside another statement's reported clause is part of what is reported, not a statement of
        its own, when the outer one is an attribution ("según X, Ucrania reclamó ...") or the inner cue has
        no speaker of its own ("dijo que no descarta ...")."""
        out = []
        for f in found:
            inner = f.cue_span is not None and f.cue not in ("según", "para") and any(
                g is not f and g.content[0] <= f.cue_span[0] < g.content[1]
                and (g.cue in ("según", "para") and not g.wraps or not f.resolved) for g in found)
            if not inner:
                out.append(f)
        return out

    def _resolve_previous(self, found: list[_Found]) -> None:
        done: list[_Found] = []
        for f in found:
            if f.source and f.source.startswith(LAST_PERSON):
                ids, _, dem = f.source[len(LAST_PERSON):].partition("|")
                f.source = self._last_speaker_person(done, f.anchor, set(ids.split(",")), set(dem.split(",")) - {""})
            if not f.resolved and done:
                # a null subject continues the last speaker, unless the text named someone else since
                hi = min(f.anchor, f.content[0])
                topic = self._topic(self._after_statement(done[-1], hi), hi)
                f.source = topic or done[-1].source
                f.source_span = None
                # "En una rueda de prensa, X pidió ... «...», afirmó": the same occasion, same paragraph
                prev = done[-1]
                if not topic and not f.channel and prev.channel and "\n" not in self.text[prev.anchor:hi]:
                    f.channel = prev.channel
            done.append(f)

    def _finish(self, found: list[_Found]) -> list[Statement]:
        found.sort(key=lambda f: min(f.anchor, f.content[0]))
        out = []
        for i, f in enumerate(found, 1):
            out.append(Statement(id=f"s{i}", content_span=f.content, stance=f.stance, source=f.source,
                                 source_span=f.source_span, cue=f.cue, cue_span=f.cue_span, direct=f.direct,
                                 channel=f.channel))
        self._targets(out)
        return out

    def _words(self, sp: Span) -> set[str]:
        return {fold(w)[:6] for w in re.findall(r"\w+", self.text[sp[0]:sp[1]]) if fold(w) not in STOPWORDS and len(w) > 2}

    def _same_source(self, a: Statement, b: Statement) -> bool:
        if a.source or b.source:
            return a.source == b.source
        if a.source_span and b.source_span:
            ha = re.findall(r"\w+", self.text[a.source_span[0]:a.source_span[1]].lower())
            hb = re.findall(r"\w+", self.text[b.source_span[0]:b.source_span[1]].lower())
            heads = lambda ws: [w for w in ws if w not in STOPWORDS][:1]
            return heads(ha) == heads(hb)
        return False

    def _targets(self, sts: list[Statement]) -> None:
        """For denials, confirmations and verification notes: the statement they answer."""
        self._targets_by_content(sts)
        # "confirmó el ejército ..., aunque negó que ...": a second answer by the same speaker in the
        # same sentence answers the same statement
        for prev, s in zip(sts, sts[1:]):
            if s.stance in ANSWERS and not s.target and prev.stance in ANSWERS and prev.target \
                    and self._same_source(prev, s) and prev.cue_span and s.cue_span \
                    and self._sent_bounds(prev.cue_span[0]) == self._sent_bounds(s.cue_span[0]):
                s.target = prev.target

    def _targets_by_content(self, sts: list[Statement]) -> None:
        for s in sts:
            if s.stance not in ANSWERS:
                continue
            cands = [o for o in sts if o is not s and o.stance in ("assert", "warn") and not self._same_source(o, s)
                     and not (o.content_span[0] <= s.content_span[0] and s.content_span[1] <= o.content_span[1])]
            if not cands:
                continue
            first = re.findall(r"\w+", self.text[s.content_span[0]:s.content_span[1]].lower())[:1]
            before = [o for o in cands if (o.cue_span or o.content_span)[0] < (s.cue_span or s.content_span)[0]]
            if first and first[0] in ANAPHORIC and before:
                s.target = max(before, key=lambda o: (o.cue_span or o.content_span)[0]).id
                continue
            mine = self._words(s.content_span)
            scored = []
            for o in cands:
                ov = len(mine & self._words(o.content_span))
                if ov >= 1:
                    scored.append((ov, o in before, o.content_span[0], o))
            if scored:
                scored.sort(key=lambda x: (-x[0], not x[1], -x[2] if x[1] else x[2]))
                ov, o = scored[0][0], scored[0][3]
                if ov >= 2 and ov >= 0.25 * min(len(mine), len(self._words(o.content_span))):
                    s.target = o.id


@Language.factory("cronica_statements_v1", requires=["doc._.layout", "doc._.entities", "token.dep", "token.lemma"],
                  assigns=["doc._.statements"])
def make_statements(nlp, name):
    return StatementsStage()
