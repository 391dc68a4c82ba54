"""Claims across articles: what one source asserts, and who confirms, denies or could not verify it.

Called by :mod:`cronica.link.crossdoc` after each article is stored, inside its transaction.

A **claim** is an assertion (``assert``/``warn`` statement) about an event or fact: one that
reports an event (``about`` is not empty) or that another statement answers (``target``).
A **link** is a later statement that answers it, from the same article or another one:

- in the same article: a ``deny``/``confirm``/``unverified`` statement whose ``target`` is the
  claim (or an event the claim is about), or which is about the same event; an assertion by a
  different source about the same event corroborates it (link stance ``assert``);
- across articles: statements about the same *merged* event (``events.merged_id`` after event
  merging), or whose content overlaps the claim's text enough (stemmed content-word Jaccard),
  in articles published within :data:`WINDOW_DAYS` of each other. Both directions are checked,
  so the order in which articles arrive does not matter.

A claim's ``status``: ``claimed`` (no answer, or only further reports), ``confirmed`` (confirmed),
``denied`` (only denied), ``disputed`` (denied and confirmed), ``unverified`` (only notes that
it could not be verified). SQL is portable (``?`` placeholders; runs on SQLite and PostgreSQL).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from datetime import date, timedelta
from typing import TYPE_CHECKING, Iterable, Optional

from ..model import Article, Statement
from ..names import fold

if TYPE_CHECKING:  # the store calls us; we never import it at run time
    from ..store.base import Store

ANSWERS = ("deny", "confirm", "unverified")
CLAIMS = ("assert", "warn")
WINDOW_DAYS = 7
SIMILAR = 0.4  # content-word Jaccard for two statements to be about the same fact
_STOP = {"el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "a", "al", "en", "y", "e", "o", "que",
         "por", "para", "con", "se", "su", "sus", "lo", "como", "mas", "no", "ha", "han", "habia", "habian", "es",
         "son", "fue", "era", "este", "esta", "sobre", "entre", "ya", "muy", "sin", "tras", "hasta", "desde"}


_fold = fold


@lru_cache(maxsize=20000)
def words(text: str) -> frozenset[str]:
    """Content words cut to a stem of six letters (aldeas/aldea, capturado/captura); cached, since a
    stored claim is compared with every new statement of the following days."""
    return frozenset(w[:6] for w in re.findall(r"\w+", _fold(text)) if w not in _STOP and len(w) > 2)


def similarity(a: str, b: str) -> float:
    wa, wb = words(a), words(b)
    return len(wa & wb) / len(wa | wb) if wa and wb else 0.0


def status_of(stances: Iterable[str]) -> str:
    """Only explicit answers change a claim's status; further reports (``assert``) are listed but
    leave it ``claimed`` (the same side often repeats its own claim)."""
    st = set(stances)
    confirmed = "confirm" in st
    if "deny" in st:
        return "disputed" if confirmed else "denied"
    if confirmed:
        return "confirmed"
    if "unverified" in st:
        return "unverified"
    return "claimed"


def _merged_ids(store: "Store", article_id: str) -> dict[str, int]:
    return {r["local_id"]: r["merged_id"] for r in store.rows(
        "SELECT local_id, merged_id FROM events WHERE article_id = ? AND merged_id IS NOT NULL", (article_id,))}


def _window(art: Article) -> tuple[Optional[str], Optional[str]]:
    if not art.meta.published:
        return None, None
    d = date.fromisoformat(art.meta.published)
    return (d - timedelta(days=WINDOW_DAYS)).isoformat(), (d + timedelta(days=WINDOW_DAYS)).isoformat()


def link_claims(store: "Store", art: Article, gids: dict[str, int]) -> None:
    ents = {e.id: e for e in art.entities}
    by_id = {s.id: s for s in art.statements}
    merged = _merged_ids(store, art.id)
    text = art.text

    def content(s: Statement) -> str:
        return text[s.content_span[0]:s.content_span[1]]

    def speaker(s: Statement) -> Optional[str]:
        e = ents.get(s.source)
        if e is not None:
            return e.name
        return text[s.source_span[0]:s.source_span[1]] if s.source_span else None

    def same_source(a: Statement, b: Statement) -> bool:
        if a.source or b.source:
            return a.source == b.source
        return bool(a.source_span and b.source_span and speaker(a) and speaker(b)
                    and _fold(speaker(a)).split()[-1] == _fold(speaker(b)).split()[-1])

    # ---- claims of this article
    targeted = {s.target for s in art.statements if s.stance in ANSWERS and s.target}
    claim_of: dict[str, int] = {}
    touched: set[int] = set()
    for s in art.statements:
        if s.stance not in CLAIMS or not (s.about or s.id in targeted):
            continue
        mid = next((merged[v] for v in s.about if v in merged), None)
        cid = store.insert_id(
            "INSERT INTO claims (article_id, statement_id, claimant_entity_id, claimant, text, event_merged_id, status) "
            "VALUES (?, ?, ?, ?, ?, ?, 'claimed')",
            (art.id, s.id, gids.get(s.source) if s.source else None, speaker(s), content(s), mid))
        claim_of[s.id] = cid
        store.execute("UPDATE statements SET claim_id = ? WHERE article_id = ? AND local_id = ?", (cid, art.id, s.id))

    def link(cid: int, article_id: str, s_id: str, entity_gid, who, stance: str) -> None:
        store.execute("INSERT INTO claim_links (claim_id, article_id, statement_id, entity_id, speaker, stance) "
                      "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (claim_id, article_id, statement_id) DO NOTHING",
                      (cid, article_id, s_id, entity_gid, who, stance))
        touched.add(cid)

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
        for c in answered:
            if c == s.id:
                continue
            link(claim_of[c], art.id, s.id, gids.get(s.source) if s.source else None, speaker(s),
                 s.stance if s.stance in ANSWERS else "assert")

    # ---- across articles
    lo, hi = _window(art)
    if lo is not None:
        others = store.rows(
            "SELECT c.id, c.article_id, c.statement_id, c.claimant_entity_id, c.claimant, c.text, c.event_merged_id "
            "FROM claims c JOIN articles a ON a.id = c.article_id "
            "WHERE c.article_id <> ? AND (a.published IS NULL OR (a.published >= ? AND a.published <= ?))",
            (art.id, lo, hi))
    else:
        others = store.rows(
            "SELECT id, article_id, statement_id, claimant_entity_id, claimant, text, event_merged_id FROM claims "
            "WHERE article_id <> ? AND event_merged_id IS NOT NULL", (art.id,))
    for s in art.statements:
        if s.stance not in ANSWERS and s.stance not in CLAIMS:
            continue
        mids = {merged[v] for v in s.about if v in merged}
        gid = gids.get(s.source) if s.source else None
        for c in others:
            if gid is not None and c["claimant_entity_id"] == gid:
                continue
            if c["claimant"] and speaker(s) and _fold(c["claimant"]) == _fold(speaker(s)):
                continue
            same_event = c["event_merged_id"] is not None and c["event_merged_id"] in mids
            if not same_event and similarity(c["text"], content(s)) < SIMILAR:
                continue
            link(c["id"], art.id, s.id, gid, speaker(s), s.stance if s.stance in ANSWERS else "assert")
    # earlier articles' statements that answer this article's new claims (one query for all claims)
    rows = store.rows(
        "SELECT st.article_id, st.local_id, st.source_entity_id, st.speaker, st.stance, st.content, st.about "
        "FROM statements st JOIN articles a ON a.id = st.article_id "
        "WHERE st.article_id <> ? AND (a.published IS NULL OR (a.published >= ? AND a.published <= ?))",
        (art.id, lo, hi)) if lo is not None and claim_of else []
    for sid, cid in claim_of.items():
        s = by_id[sid]
        mids = {merged[v] for v in s.about if v in merged}
        claimant_gid = gids.get(s.source) if s.source else None
        for r in rows:
            if r["stance"] not in ANSWERS and r["stance"] not in CLAIMS:
                continue
            if claimant_gid is not None and r["source_entity_id"] == claimant_gid:
                continue
            if r["speaker"] and speaker(s) and _fold(r["speaker"]) == _fold(speaker(s)):
                continue
            same_event = False
            if mids:
                locals_ = json.loads(r["about"] or "[]")
                if locals_:
                    ph = ",".join("?" * len(locals_))
                    got = store.rows(f"SELECT merged_id FROM events WHERE article_id = ? AND local_id IN ({ph})",
                                     [r["article_id"], *locals_])
                    same_event = any(g["merged_id"] in mids for g in got)
            if not same_event and similarity(r["content"] or "", content(s)) < SIMILAR:
                continue
            link(cid, r["article_id"], r["local_id"], r["source_entity_id"], r["speaker"],
                 r["stance"] if r["stance"] in ANSWERS else "assert")

    for cid in touched:
        stances = [r["stance"] for r in store.rows("SELECT stance FROM claim_links WHERE claim_id = ?", (cid,))]
        store.execute("UPDATE claims SET status = ? WHERE id = ?", (status_of(stances), cid))
