"""Claims across articles: one claim per thing claimed, however many articles and copies repeat it,
and who confirms, denies or could not verify it.

Called by :mod:`cronica.link.crossdoc` inside the article's transaction, after event merging.

A **claim** is an assertion (``assert``/``warn``) about an event or fact: one that reports an event
(``about`` is not empty) or that another statement answers (``target``). Its **claimant** is the
speaker entity, or a *described source* (``fuentes militares``, ``el ministerio``: words that hold a
speaker noun or a title, ``resources/es/reporting/speakers.tsv`` and ``titles_es.txt``), never a stray noun
phrase (then the claimant is unknown).

The same claimant saying the same thing again, in a later article or in a wire copy of the first,
is not a new claim: the statement is listed on the existing claim as a ``repeat``. Candidates come
from the index ``claims(claimant_key, published)``, within :data:`WINDOW_DAYS`; the texts must be
:data:`REPEAT_SIMILAR` alike (content-word Jaccard), or about the same merged event and
:data:`SIMILAR` alike.

A **link** is a statement by another source that answers a claim: a ``deny``/``confirm``/
``unverified`` statement, or an ``assert`` that corroborates it. Inside the article through
``target`` and ``about``; across articles through the same merged event (``claims_event`` index)
or shared content terms (``statement_terms`` index, within the window), both directions, so the
order in which articles arrive does not matter.

A claim's ``status``: ``claimed`` (no answer, or only further reports), ``confirmed``, ``denied``,
``disputed`` (denied and confirmed), ``unverified``; ``n_sources`` counts the independent sources
that carry it (a copy of a wire report is not a second source).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable, Optional, Protocol

from .. import resources
from ..model import Article, Statement
from ..names import fold
from ..records import ClaimLink, ClaimRecord, StatementRecord
from .events_merge import content_words

ANSWERS = ("deny", "confirm", "unverified")
CLAIMS = ("assert", "warn")
WINDOW_DAYS = 7
SIMILAR = 0.4  # content-word Jaccard for two statements to be about the same fact
REPEAT_SIMILAR = 0.6  # ... for the same claimant's two statements to be one claim
REPEAT_SAME_EVENT = 0.3  # ... when both are about the same merged event
_STOP = {"el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "a", "al", "en", "y", "e", "o", "que",
         "por", "para", "con", "se", "su", "sus", "lo", "como", "mas", "no", "ha", "han", "habia", "habian", "es",
         "son", "fue", "era", "este", "esta", "sobre", "entre", "ya", "muy", "sin", "tras", "hasta", "desde"}

_fold = fold


class ClaimStore(Protocol):
    def insert_claim(self, c: ClaimRecord) -> int: ...
    def set_statement_claim(self, article_id: str, local_id: str, claim_id: Optional[int]) -> None: ...
    def claims_by_claimant(self, claimant_key: str, lo: Optional[str], hi: Optional[str]) -> list[ClaimRecord]: ...
    def claims_about(self, merged_ids: Iterable[int], lo: Optional[str] = None,
                     hi: Optional[str] = None) -> list[ClaimRecord]: ...
    def claims_of_statements(self, keys: Iterable[tuple[str, str]]) -> list[ClaimRecord]: ...
    def add_statement_terms(self, article_id: str, local_id: str, day: str, terms: Iterable[str]) -> None: ...
    def statements_sharing_terms(self, terms: Iterable[str], lo: str, hi: str, min_shared: int,
                                 exclude_article: str) -> list[StatementRecord]: ...
    def statements_about_merged(self, merged_ids: Iterable[int], exclude_article: str, lo: Optional[str] = None,
                                hi: Optional[str] = None) -> list[StatementRecord]: ...
    def add_claim_link(self, link: ClaimLink) -> None: ...
    def claim_tally(self, claim_id: int) -> tuple[list[str], int]: ...
    def set_claim_status(self, claim_id: int, status: str, n_sources: int) -> None: ...
    def article_merged_ids(self, article_id: str) -> dict[str, int]: ...


@lru_cache(maxsize=20000)
def words(text: str) -> frozenset[str]:
    """Content words cut to a stem of six letters (aldeas/aldea, capturado/captura)."""
    return frozenset(w[:6] for w in re.findall(r"\w+", _fold(text)) if w not in _STOP and len(w) > 2)


def similarity(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def status_of(stances: Iterable[str]) -> str:
    """Only explicit answers change a claim's status; further reports (``assert``) and repeats are
    listed but leave it ``claimed`` (the same side often repeats its own claim)."""
    st = set(stances)
    confirmed = "confirm" in st
    if "deny" in st:
        return "disputed" if confirmed else "denied"
    if confirmed:
        return "confirmed"
    if "unverified" in st:
        return "unverified"
    return "claimed"


@lru_cache(maxsize=1)
def _speaker_nouns() -> frozenset[str]:
    out = {fold(r["form"]) for r in resources.rows("es/reporting/speakers.tsv").rows if r["kind"] in ("speaker", "anon")}
    out |= {fold(x) for x in resources.lines("titles_es.txt")}
    return frozenset(out)


def described_source(words_: str) -> bool:
    """Do these words describe a source (``fuentes militares``, ``el portavoz``, ``el ministerio de
    Defensa``) rather than name some other thing (``el ataque``, ``la ciudad``)?"""
    f = fold(words_)
    toks = re.findall(r"\w+", f)
    nouns = _speaker_nouns()
    for i in range(len(toks)):
        if toks[i] in nouns or (i + 1 < len(toks) and f"{toks[i]} {toks[i + 1]}" in nouns):
            return True
    return False


def claimant_of(art: Article, s: Statement, gids: dict[str, int]) -> tuple[Optional[str], Optional[str], Optional[int]]:
    """(claimant name, claimant key, entity id): the speaker entity, a described source, or nothing."""
    ents = {e.id: e for e in art.entities}
    e = ents.get(s.source)
    if e is not None:
        gid = gids.get(e.id)
        return e.name, (f"e:{gid}" if gid is not None else "n:" + fold(e.name)), gid
    if s.source_span:
        words_ = art.text[s.source_span[0]:s.source_span[1]]
        if described_source(words_):
            key = re.sub(r"^(el|la|los|las|un|una|unos|unas)\s+", "", fold(words_))
            return words_, "d:" + key, None
    return None, None, None


def _window(published: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    if not published:
        return None, None
    d = date.fromisoformat(published)
    return (d - timedelta(days=WINDOW_DAYS)).isoformat(), (d + timedelta(days=WINDOW_DAYS)).isoformat()


def link_claims(store: ClaimStore, art: Article, gids: dict[str, int]) -> None:
    by_id = {s.id: s for s in art.statements}
    merged = store.article_merged_ids(art.id)
    text = art.text
    lo, hi = _window(art.meta.published)
    who = {s.id: claimant_of(art, s, gids) for s in art.statements}

    def content(s: Statement) -> str:
        return text[s.content_span[0]:s.content_span[1]]

    def speaker(s: Statement) -> Optional[str]:
        """Who answers: an entity or a described source, never a stray noun phrase (else unknown)."""
        return who[s.id][0]

    def same_source(a: Statement, b: Statement) -> bool:
        if a.source or b.source:
            return a.source == b.source
        ka, kb = who[a.id][1], who[b.id][1]
        return bool(ka and ka == kb)

    def mids_of(s: Statement) -> set[int]:
        return {merged[v] for v in s.about if v in merged}

    touched: set[int] = set()

    def link(cid: int, article_id: str, s_id: str, entity_gid, name, stance: str) -> None:
        store.add_claim_link(ClaimLink(cid, article_id, s_id, stance, entity_gid, name))
        touched.add(cid)

    # ---- this article's claims: new ones, or repeats of a claim already stored
    targeted = {s.target for s in art.statements if s.stance in ANSWERS and s.target}
    claim_of: dict[str, int] = {}
    own: set[str] = set()  # statements that opened a new claim
    for s in art.statements:
        if s.stance not in CLAIMS or not (s.about or s.id in targeted):
            continue
        name, key, gid = who[s.id]
        mids = mids_of(s)
        repeat = None
        if key is not None:
            best = 0.0
            for c in store.claims_by_claimant(key, lo, hi):
                sim = similarity(c.text, content(s))
                need = REPEAT_SAME_EVENT if (c.event_merged_id is not None and c.event_merged_id in mids) else REPEAT_SIMILAR
                if sim >= need and sim > best:
                    repeat, best = c, sim
        if repeat is not None:
            cid = repeat.id
            link(cid, art.id, s.id, gid, name, "repeat")
        else:
            cid = store.insert_claim(ClaimRecord(0, art.id, s.id, content(s), gid, name, key,
                                                 min(mids) if mids else None, "claimed", art.meta.published))
            own.add(s.id)
            touched.add(cid)
        claim_of[s.id] = cid
        store.set_statement_claim(art.id, s.id, cid)

    # ---- answers and corroboration inside the article
    for s in art.statements:
        answered: list[str] = []
        if s.stance in ANSWERS and s.target:
            if s.target in claim_of:
                answered.append(s.target)
            else:  # a target that is an event: the claims about that event
                answered += [c for c in claim_of if s.target in by_id[c].about]
        for c in claim_of:
            other = by_id[c]
            if c == s.id or c in answered or same_source(other, s):
                continue
            if set(s.about) & set(other.about) and (s.stance in ANSWERS or s.stance in CLAIMS):
                answered.append(c)
        for c in dict.fromkeys(answered):
            if c == s.id or claim_of[c] == claim_of.get(s.id):
                continue
            link(claim_of[c], art.id, s.id, who[s.id][2], speaker(s), s.stance if s.stance in ANSWERS else "assert")

    # ---- across articles: this article's statements answer stored claims ...
    def other_claimant(c_gid, c_key, s: Statement) -> bool:
        gid, key = who[s.id][2], who[s.id][1]
        if gid is not None and c_gid == gid:
            return False
        return not (key and c_key and key == c_key)

    for s in art.statements:
        if s.stance not in ANSWERS and s.stance not in CLAIMS:
            continue
        mids = mids_of(s)
        cands: dict[int, ClaimRecord] = {c.id: c for c in store.claims_about(mids, lo, hi)}
        if lo is not None:
            terms = content_words(content(s))
            near = store.statements_sharing_terms(terms, lo, hi, min(2, len(terms)), art.id)
            for c in store.claims_of_statements([(r.article_id, r.local_id) for r in near]):
                cands.setdefault(c.id, c)
        for c in sorted(cands.values(), key=lambda c: c.id):
            if c.article_id == art.id or c.id == claim_of.get(s.id):
                continue
            if not other_claimant(c.claimant_entity_id, c.claimant_key, s):
                continue
            same_event = c.event_merged_id is not None and c.event_merged_id in mids
            if not same_event and similarity(c.text, content(s)) < SIMILAR:
                continue
            link(c.id, art.id, s.id, who[s.id][2], speaker(s), s.stance if s.stance in ANSWERS else "assert")

    # ---- ... and earlier statements answer this article's new claims
    for sid in sorted(own):
        s = by_id[sid]
        cid = claim_of[sid]
        _, c_key, c_gid = who[sid]
        cands: dict[tuple[str, str], StatementRecord] = {
            (r.article_id, r.local_id): r for r in store.statements_about_merged(mids_of(s), art.id, lo, hi)}
        about_same = set(cands)
        if lo is not None:
            terms = content_words(content(s))
            for r in store.statements_sharing_terms(terms, lo, hi, min(2, len(terms)), art.id):
                cands.setdefault((r.article_id, r.local_id), r)
        for k, r in sorted(cands.items()):
            if r.stance not in ANSWERS and r.stance not in CLAIMS:
                continue
            if r.claim_id == cid:
                continue
            if c_gid is not None and r.source_entity_id == c_gid:
                continue
            r_speaker = r.speaker if (r.source_entity_id is not None or described_source(r.speaker or "")) else None
            if r_speaker and speaker(s) and _fold(r_speaker) == _fold(speaker(s)):
                continue
            if k not in about_same and similarity(r.content or "", content(s)) < SIMILAR:
                continue
            link(cid, r.article_id, r.local_id, r.source_entity_id, r_speaker,
                 r.stance if r.stance in ANSWERS else "assert")

    # ---- index this article's statements for later articles
    if art.meta.published:
        for s in art.statements:
            if s.stance in ANSWERS or s.stance in CLAIMS:
                store.add_statement_terms(art.id, s.id, art.meta.published, content_words(content(s)))

    for cid in sorted(touched):
        stances, n_sources = store.claim_tally(cid)
        store.set_claim_status(cid, status_of(stances), max(1, n_sources))
