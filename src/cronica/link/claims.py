"""Claims across articles: what one source asserts, and who confirms, denies or could not verify it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..model import Article

if TYPE_CHECKING:  # the store calls us; we never import it at run time
    from ..store.base import Store


def link_claims(store: "Store", art: Article, gids: dict[str, int]) -> None:
    ents = {e.id: e for e in art.entities}
    claim_of: dict[str, int] = {}
    for s in art.statements:
        if s.stance != "assert" or not s.about:
            continue
        src = ents.get(s.source)
        text = art.text[s.content_span[0]:s.content_span[1]]
        cid = store.insert_id(
            "INSERT INTO claims (article_id, statement_id, claimant_entity_id, claimant, text, status) VALUES (?, ?, ?, ?, ?, 'claimed')",
            (art.id, s.id, gids.get(s.source) if s.source else None, src.name if src else None, text))
        claim_of[s.id] = cid
        store.execute("UPDATE statements SET claim_id = ? WHERE article_id = ? AND local_id = ?", (cid, art.id, s.id))
    for s in art.statements:
        if s.stance not in ("deny", "confirm", "unverified") or not s.target:
            continue
        cid = claim_of.get(s.target)
        if cid is None:
            for other in art.statements:  # a target that is an event: the claim about that event
                if s.target in other.about and other.id in claim_of:
                    cid = claim_of[other.id]
                    break
        if cid is None:
            continue
        src = ents.get(s.source)
        store.execute("INSERT INTO claim_links (claim_id, article_id, statement_id, entity_id, speaker, stance) VALUES (?, ?, ?, ?, ?, ?) "
                      "ON CONFLICT (claim_id, article_id, statement_id) DO NOTHING",
                      (cid, art.id, s.id, gids.get(s.source) if s.source else None, src.name if src else None, s.stance))
        stances = {r["stance"] for r in store.rows("SELECT stance FROM claim_links WHERE claim_id = ?", (cid,))}
        status = "disputed" if "deny" in stances and "confirm" in stances else "denied" if "deny" in stances else \
            "confirmed" if "confirm" in stances else "unverified"
        store.execute("UPDATE claims SET status = ? WHERE id = ?", (status, cid))
