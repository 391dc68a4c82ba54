"""Keyset (cursor) pagination of /api/events: walking the pages with ``next_cursor`` gives every
event once, in the order of the offset listing; a cursor the API did not give out is refused."""
from __future__ import annotations

import pytest

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from _webdata import build_store  # noqa: E402
from cronica.server import create_app  # noqa: E402


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = build_store(tmp_path_factory.mktemp("keyset") / "store.db", demo=True)
    with TestClient(create_app(str(db)), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("merged", ["false", "true"])
def test_cursor_pages_cover_the_listing_once(client, merged):
    everything = client.get(f"/api/events?merged={merged}&limit=500").json()["items"]
    assert len(everything) >= 4
    seen, cursor, pages = [], None, 0
    while True:
        url = f"/api/events?merged={merged}&limit=3" + (f"&cursor={cursor}" if cursor else "")
        page = client.get(url).json()
        seen += [e["id"] for e in page["items"]]
        cursor = page["next_cursor"]
        pages += 1
        if cursor is None:
            break
        assert pages < 200
    assert seen == [e["id"] for e in everything]


def test_cursor_keeps_the_filters(client):
    attacks = [e["id"] for e in client.get("/api/events?type=attack&limit=500").json()["items"]]
    first = client.get("/api/events?type=attack&limit=1").json()
    if first["next_cursor"] is None:
        pytest.skip("one attack only")
    rest = client.get(f"/api/events?type=attack&limit=500&cursor={first['next_cursor']}").json()["items"]
    assert [first["items"][0]["id"]] + [e["id"] for e in rest] == attacks


@pytest.mark.parametrize("cursor", ["nonsense!!", "WzFd", "eyJhIjogMX0", "WyIyMDIzIiwgdHJ1ZV0"])
def test_a_foreign_cursor_is_refused(client, cursor):
    r = client.get(f"/api/events?merged=true&cursor={cursor}")
    assert r.status_code == 422, r.text
    assert "cursor" in r.text
