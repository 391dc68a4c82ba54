"""The reporting lexicon as data: ``resources/es/reporting/*.tsv``.

Each file starts with ``# source:`` and ``# licence:`` lines, then a header row; every row has an
``id`` and a real ``example`` sentence (with the page it came from in ``source``) that a test runs
through the pipeline. :func:`reporting_stances` is the one list of reporting verbs other stages read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ... import resources
from ...errors import PipelineError
from ...names import fold
from ..spanish import grammar

DIR = resources.HERE / "es" / "reporting"
STANCES = {"assert", "deny", "confirm", "unverified", "warn", "urge", "ask"}
ARGS = {"que", "obj", "a", "de", "por", "toll", "count"}
# the columns every file must have, beyond id, example and source
COLUMNS = {
    "verbs.tsv": ("lemma", "stance", "negated", "args", "se"),
    "cues.tsv": ("form", "kind", "stance"),
    "channels.tsv": ("form", "kind"),
    "speakers.tsv": ("form", "kind"),
    "forms.tsv": ("form", "lemma"),
    "periphrasis.tsv": ("lemma",),
    "continuations.tsv": ("lemma",),
    "posting.tsv": ("lemma", "platform"),
    "predicative.tsv": ("lemma",),
    "rebuttals.tsv": ("form",),
    "claims.tsv": ("form", "kind"),
    "holdings.tsv": ("form", "kind"),
}


_HAVING = "|".join(sorted((re.escape(fold(w)) for w in grammar("having")), key=len, reverse=True))


def folded_words(text: str) -> str:
    """The words of ``text``, folded and joined by single spaces (what the holdings patterns read)."""
    return " ".join(re.findall(r"\w+", fold(text)))


def claimed_in(words: str, forms: tuple[str, ...]) -> bool:
    """Folded ``words`` (:func:`folded_words`) holding a claim form: a word starting with a one-word form ("tom":
    "han tomado"), or a phrase form ("quedo bajo": "la ciudad quedó bajo control total ruso")."""
    return any(w.startswith(forms) for w in words.split()) or any(
        f" {f} " in f" {words} " for f in forms if " " in f)


@dataclass(frozen=True)
class Row:
    """One row of a lexicon file: its id, its columns by name, its example and where that came from."""

    file: str
    id: str
    cols: dict
    example: str
    source: str

    def __getitem__(self, key: str) -> str:
        return self.cols[key]


def read_rows(name: str) -> list[Row]:
    """The rows of one lexicon file, checked: a source and licence header, the columns, unique ids, examples."""
    path = DIR / name
    lines = path.read_text(encoding="utf-8").splitlines()
    comments = [ln for ln in lines if ln.startswith("#")]
    if not any(ln.startswith("# source:") for ln in comments) or not any(ln.startswith("# licence:") for ln in comments):
        raise PipelineError(f"{path}: the header must name a source and a licence")
    body = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    header = body[0].split("\t")
    need = ("id",) + COLUMNS[name] + ("example", "source")
    if tuple(h for h in header if h in need) != need:
        raise PipelineError(f"{path}: columns must be {', '.join(need)} (got {', '.join(header)})")
    rows, seen = [], set()
    for n, ln in enumerate(body[1:], 2):
        cells = ln.split("\t")
        if len(cells) != len(header):
            raise PipelineError(f"{path}: row {n} has {len(cells)} cells, the header {len(header)}")
        d = dict(zip(header, (c.strip() for c in cells)))
        if d["id"] in seen or not d["id"]:
            raise PipelineError(f"{path}: row {n}: id {d['id']!r} is empty or used twice")
        seen.add(d["id"])
        rows.append(Row(name, d["id"], {k: d[k] for k in COLUMNS[name]}, d["example"], d["source"]))
    return rows


@dataclass(frozen=True)
class Cue:
    form: str
    kind: str  # verb prep
    stance: str
    negated: str  # stance when negated, "-" when a negated cue is not a statement; STANCE/que: only with a que-clause
    args: str  # que obj a de por toll count
    se: str = "impersonal"  # with se and no subject before it: impersonal (no statement), cue, none


@dataclass
class Lexicon:
    verbs: dict[str, Cue] = field(default_factory=dict)
    preps: dict[str, Cue] = field(default_factory=dict)  # "de acuerdo con" -> its cue
    prep_first: set[str] = field(default_factory=set)  # the first words of those cues (a quick test per token)
    verb_pairs: dict[str, set[str]] = field(default_factory=dict)  # "dejar" -> {"claro"}: two-word verb lemmas
    channels: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)  # "el sitio Sky News": a noun naming an outlet with its name
    addressed: set[str] = field(default_factory=set)  # "en declaraciones a X", "en una conversación con X": X the medium
    speakers: set[str] = field(default_factory=set)
    anon: set[str] = field(default_factory=set)
    groups: set[str] = field(default_factory=set)  # "el grupo extremista": a description of the group named before
    institutions: set[str] = field(default_factory=set)  # "denunció el organismo": the institution just named
    voices: set[str] = field(default_factory=set)  # "un portavoz del Ejército": speaks for the organisation
    titles: set[str] = field(default_factory=set)
    demonyms: set[str] = field(default_factory=set)
    forms: dict[str, str] = field(default_factory=dict)  # irregular verb form -> lemma the tagger misses
    periphrasis: set[str] = field(default_factory=set)  # verbs an infinitive cue may hang on ("volvió a pedir")
    documents: set[str] = field(default_factory=set)  # "según un decreto de X": the channel, X speaks
    basis: set[str] = field(default_factory=set)  # "según estimaciones de X": X speaks, no channel
    relays: set[str] = field(default_factory=set)  # "según citó la agencia X", "citado por X": X relayed it
    broadcasts: set[str] = field(default_factory=set)  # "un comunicado difundido por la televisión X": X is the channel
    authors: set[str] = field(default_factory=set)  # "la nota publicada por el Estado Mayor": the Estado Mayor speaks
    continuations: set[str] = field(default_factory=set)  # "agregó": goes on with what the same speaker just said
    posting: dict[str, str] = field(default_factory=dict)  # "tuiteó": the verb's lemma -> the platform it names
    predicative: set[str] = field(default_factory=set)  # "calificándolo como X": X is what was said
    rebuttals: set[str] = field(default_factory=set)  # "vuelve a mentir", "es falso": a reply that denies
    rebuttal_stems: tuple[str, ...] = ()  # the one-word forms of rebuttals, matched at a word's start ("mient", "fals")
    claim_nouns: set[str] = field(default_factory=set)  # "las afirmaciones israelíes ... eran falsas": the other side's
    own_denials: set[str] = field(default_factory=set)  # "Negamos rotundamente estas acusaciones": the speaker's own
    conditions: set[str] = field(default_factory=set)  # "pidió el anonimato": a condition of speaking, nothing said
    disclaimers: set[str] = field(default_factory=set)  # "no tenemos nada que ver con eso": a part in it disowned
    # the nouns of what another side said or where, singular or plural ("la afirmación", "las declaraciones", "el
    # comunicado"): called false, that is denied (``number_free`` forms; not "parte", a part)
    said_nouns: frozenset[str] = frozenset()
    holdings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "sigue bajo control de": a capture denied
    held: Optional[re.Pattern] = None  # the "still" + "held" and "keeps" phrases of holdings, over folded words
    unheld: Optional[re.Pattern] = None  # the "failed" phrases and the "not" words after "no", over folded words
    disclaimed: Optional[re.Pattern] = None  # the disclaimers after "no" and a verb of having, over folded words

    def falsity_word(self, word: str) -> bool:
        """A word that calls something false or a lie ("falsas", "mienten", "infundadas"), by the one-word rebuttal
        forms it starts with."""
        return fold(word).startswith(self.rebuttal_stems)

    def says_held(self, text: str) -> bool:
        """"sigue bajo control de", "todavía está en manos de", "siguen controlando", "mantiene el control", "Sigue
        habiendo intensos combates en X": a place still held or still fought over, in ``text``."""
        return self.held is not None and bool(self.held.search(folded_words(text)))

    def says_claimed(self, text: str) -> bool:
        """A capture, a fall or an entry in ``text`` (the "claim" forms of holdings: "han tomado", "se apoderaron",
        "quedó bajo control")."""
        return claimed_in(folded_words(text), self.holdings.get("claim", ()))

    def says_not_taken(self, text: str) -> bool:
        """"los ataques enemigos «fracasaron»", "Los rusos no pueden entrar en el pueblo": a capture or an advance said to
        have failed or not to have happened, in ``text``."""
        return self.unheld is not None and bool(self.unheld.search(folded_words(text)))

    def disclaims(self, text: str) -> bool:
        """"No tenemos nada que ver con eso", "la banda armada «no tiene ninguna responsabilidad»": a part in what
        happened disowned after "no" and a verb of having or there being, in ``text`` (a denial, whatever the cue)."""
        return self.disclaimed is not None and bool(self.disclaimed.search(folded_words(text)))

    def disowns_part(self, text: str) -> bool:
        """"niega estar detrás de esta matanza": a denial that opens by disowning a part in the act, not the act."""
        return _PART_DENIED.match(folded_words(text)) is not None

    @classmethod
    def load(cls) -> "Lexicon":
        lex = cls()
        for r in read_rows("verbs.tsv"):
            if r["stance"] not in STANCES or r["args"] not in ARGS or r["se"] not in ("impersonal", "cue", "none"):
                raise PipelineError(f"verbs.tsv: {r.id}: unknown stance, args or se")
            lex.verbs[r["lemma"]] = Cue(r["lemma"], "verb", r["stance"], r["negated"], r["args"], r["se"])
            if " " in r["lemma"]:
                head, rest = r["lemma"].split(" ", 1)
                lex.verb_pairs.setdefault(head, set()).add(rest)
        for r in read_rows("cues.tsv"):
            lex.preps[r["form"]] = Cue(r["form"], r["kind"], r["stance"], "-", "-")
            lex.prep_first.add(r["form"].split()[0].lower())
        for r in read_rows("channels.tsv"):
            if r["kind"] == "relay":
                lex.relays.add(r["form"])
            elif r["kind"] == "broadcast":
                lex.broadcasts.add(r["form"])
            elif r["kind"] == "author":
                lex.authors.add(r["form"])
            elif r["kind"] == "outlet":
                lex.outlets.add(r["form"])
            elif r["kind"] == "addressed":
                lex.addressed.add(r["form"])
            else:
                lex.channels.add(r["form"])
            if r["kind"] == "document":
                lex.documents.add(r["form"])
        kinds = {"speaker": lex.speakers, "anon": lex.anon, "basis": lex.basis, "group": lex.groups,
                 "institution": lex.institutions, "voice": lex.voices}
        for r in read_rows("speakers.tsv"):
            kinds[r["kind"]].add(r["form"])
        for r in read_rows("forms.tsv"):
            lex.forms[r["form"].lower()] = r["lemma"]
        lex.periphrasis = {r["lemma"] for r in read_rows("periphrasis.tsv")}
        lex.continuations = {r["lemma"] for r in read_rows("continuations.tsv")}
        lex.posting = {r["lemma"]: r["platform"] for r in read_rows("posting.tsv")}
        lex.predicative = {r["lemma"] for r in read_rows("predicative.tsv")}
        lex.rebuttals = {fold(r["form"]) for r in read_rows("rebuttals.tsv")}
        lex.rebuttal_stems = tuple(sorted(f for f in lex.rebuttals if " " not in f))
        for r in read_rows("claims.tsv"):
            {"claim": lex.claim_nouns, "own": lex.own_denials, "condition": lex.conditions,
             "disclaim": lex.disclaimers}[r["kind"]].add(fold(r["form"]))
        lex.said_nouns = frozenset(number_free(fold(w)) for w in lex.channels | lex.documents | lex.claim_nouns) \
            - {"parte"}
        for r in read_rows("holdings.tsv"):
            lex.holdings[r["kind"]] = lex.holdings.get(r["kind"], ()) + tuple(fold(f) for f in r["form"].split("|"))
        alt = {k: "|".join(map(re.escape, v)) for k, v in lex.holdings.items()}
        lex.held = re.compile(rf"\b(?:{alt['still']})(?: \w+){{0,2}} (?:{alt['held']})\b|\b(?:{alt['keeps']})\b")
        lex.unheld = re.compile(rf"\bno(?: \w+){{0,2}} (?:{alt['not']})\w*|\b(?:{alt['failed']})\b")
        if lex.disclaimers:
            alt_d = "|".join(map(re.escape, sorted(lex.disclaimers)))
            lex.disclaimed = re.compile(r"\bno(?: (?:" + _HAVING + r")){1,2} (?:" + alt_d + r")\b")
        lex.titles = {t.lower() for t in resources.lines("titles_es.txt")}
        lex.demonyms = {fold(row[0]) for row in resources.table("demonyms_es.tsv")}
        return lex


def number_free(word: str) -> str:
    """A noun without its plural ending ("afirmaciones" and "afirmacion" both "afirmacion")."""
    return re.sub(r"(?<=[^aeiou])es$|s$", "", word)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon.load()


def reporting_stances() -> dict[str, str]:
    """Every reporting verb's lemma and its stance (``decir`` -> ``assert``, ``negar`` -> ``deny``)."""
    return {lemma: cue.stance for lemma, cue in lexicon().verbs.items()}


def files() -> list[Path]:
    return [DIR / name for name in COLUMNS]


# the words of es/words/reporting.tsv part_denied, at the start of a denial's words
_PART_DENIED = re.compile(r"\W*(?:" + "|".join(re.escape(fold(w)) for w in resources.words("es/words/reporting.tsv", "part_denied"))
                          + r")\b")
