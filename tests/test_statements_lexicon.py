"""The reporting lexicon (``resources/es/reporting/``, issue 13): every file names its source and licence,
every row has a unique id and a real example sentence (quoted from the news page in its ``source``), and
every example, run through the pipeline, finds what its row is about."""
from __future__ import annotations

import importlib
import re
from datetime import date

import pytest

from cronica.names import fold
from cronica.nlp import pipeline as P
from cronica.nlp.statements.channel import TWEETS
L = importlib.import_module("cronica.nlp.statements.lexicon")  # the module, not the function it exports

ROWS = [r for name in L.COLUMNS for r in L.read_rows(name)]


def test_every_file_names_its_source_and_licence_and_ids_are_unique():
    ids = [r.id for r in ROWS]
    assert len(ids) == len(set(ids))
    for path in L.files():
        head = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("#")]
        assert any(ln.startswith("# source:") for ln in head) and any(ln.startswith("# licence:") for ln in head)
    for r in ROWS:
        assert r.example and re.match(r"(https?://|cronica examples/)", r.source), r.id


def test_well_over_a_hundred_reporting_verbs_and_one_list_for_other_stages():
    stances = L.reporting_stances()
    assert len(stances) > 100
    assert stances["negar"] == "deny" and stances["confirmar"] == "confirm" and stances["pedir"] == "urge"
    assert {"tuitear", "escribir"} <= set(stances)  # social media too


@pytest.fixture(scope="module")
def found():
    """Each example's statements (the pipeline itself, without the language gate of ``extract``)."""
    nlp = P.load()
    docs = [P.new_doc(nlp, r.example, date(2024, 1, 1)) for r in ROWS]
    out = {}
    for r, doc in zip(ROWS, P.run(nlp, docs)):
        toks = [(t.lemma_.lower(), t.lower_) for t in doc]
        out[r.id] = (doc._.statements or [], toks)
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _check(r: L.Row, sts, toks) -> bool:
    text = r.example
    sl = lambda sp: text[sp[0]:sp[1]] if sp else ""
    if r.file in ("verbs.tsv", "continuations.tsv"):
        # the cue of a statement, or the verb closing a clause that reports on its own, whose medium is then the
        # channel of what the clause reports ("..., y rechazó como infundadas las acusaciones ..., reseñaron medios
        # internacionales")
        return any(s.cue == r["lemma"] for s in sts) or any(
            s.channel and (m := re.search(r",\s*(\w+)\s+" + re.escape(s.channel), text)) and
            any(lemma == r["lemma"] and low == m.group(1).lower() for lemma, low in toks) for s in sts)
    if r.file == "predicative.tsv":  # what it was called is the content: "como X" / "de X" / "lo consideró X"
        return any(s.cue == r["lemma"] and not re.match(r"(lo|la|los|las)\b", sl(s.content_span)) and (
            (text[:s.content_span[0]].split() or [""])[-1].lower() in ("como", "de") or s.content_span[0] > s.cue_span[1]
            and not text[s.cue_span[1]:s.content_span[0]].strip()) for s in sts)
    if r.file == "cues.tsv":
        return any(s.cue == (r["form"] if r["kind"] == "prep" else "para") for s in sts)
    if r.file == "forms.tsv":
        return any(s.cue == r["lemma"] and sl(s.cue_span).lower() == r["form"] for s in sts)
    if r.file == "periphrasis.tsv":
        return bool(sts) and any(lemma == r["lemma"] for lemma, _ in toks)
    if r.file == "rebuttals.tsv":
        return any(s.stance == "deny" or (" " + fold(r["form"])) in " " + " ".join(_words(sl(s.content_span))) for s in sts)
    if r.file == "claims.tsv":  # the other side's claim called false, or the speaker's own denial: a deny; a
        # condition of speaking is no statement's content
        if r["kind"] == "condition":
            return bool(sts) and not any(fold(sl(s.content_span)).strip(" .") == fold(r["form"]) for s in sts)
        return any(s.stance == "deny" for s in sts)
    if r.file == "holdings.tsv":  # the words in a statement's content; the "still" example is a capture denied
        forms = tuple(fold(f) for f in r["form"].split("|"))
        contents = [" ".join(_words(sl(s.content_span))) for s in sts]
        if r["kind"] == "claim":  # (a word's start, or a phrase: "quedó bajo")
            return any(L.claimed_in(c, forms) for c in contents)
        if r["kind"] in ("failed", "not"):  # a denial whose own words say the claim failed or did not happen
            pat = (r"\bno(?: \w+){0,2} (" if r["kind"] == "not" else r"\b(") + "|".join(map(re.escape, forms)) + \
                (r")\w*" if r["kind"] == "not" else r")\b")
            return any(s.stance == "deny" and re.search(pat, c) for s, c in zip(sts, contents))
        return any(re.search(r"\b(" + "|".join(map(re.escape, forms)) + r")\b", c) for c in contents) and (
            r["kind"] != "still" or any(s.stance == "deny" for s in sts))
    if r.file == "posting.tsv":
        return any(s.channel == r["platform"] and s.cue == r["lemma"] for s in sts)
    if r.file == "channels.tsv":
        if r["kind"] == "author":  # who published the document speaks
            return any(s.source_span and re.search(r"\bpor\s+" + re.escape(sl(s.source_span)), text) for s in sts)
        if r["kind"] in ("relay", "broadcast"):
            return any(s.channel for s in sts)
        form = fold(r["form"])
        if form in TWEETS:  # a post on Twitter: the platform is the channel ("en otro tuit")
            return any(s.channel == "Twitter" for s in sts)
        return any(s.channel and (form in fold(s.channel) or re.search(
            r"\b" + re.escape(form) + r"\b.{0,40}" + re.escape(fold(s.channel)), fold(text))) for s in sts)
    if r.file == "speakers.tsv":
        form = fold(r["form"])
        if r["kind"] == "basis":
            return any(s.cue == "según" for s in sts) and re.search(r"segun\s+(\w+\s+){0,2}" + re.escape(form), fold(text))
        spans = [" ".join(_words(sl(s.source_span))) for s in sts if r["kind"] != "anon" or s.source is None]
        plural = r"(?:s|es)?" if r["kind"] == "voice" else ""  # ("agregaron los representantes": a voice in the plural)
        return any(re.search(r"\b" + re.escape(form) + plural + r"\b", sp) for sp in spans)
    raise AssertionError(f"no check for {r.file}")


@pytest.mark.parametrize("row", ROWS, ids=[r.id for r in ROWS])
def test_every_example_finds_its_cue(row, found):
    sts, toks = found[row.id]
    assert _check(row, sts, toks), f"{row.id}: {row.example!r} -> {[(s.cue, s.channel) for s in sts]}"
