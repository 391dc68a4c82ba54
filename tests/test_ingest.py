"""Readers: every input kind, metadata, outlet sign-offs, and bad input that never sinks a batch."""
from __future__ import annotations

import json

import pytest

from cronica.errors import BinaryInput, EmptyInput, MalformedInput, TooLarge
from cronica.ingest import Failed, read_inputs, read_text_input
from cronica.ingest.readers import detect_outlet
from cronica.model import Source

from conftest import EXAMPLES, example_texts

ANSA = example_texts()["ansa-2025-08-27"]
REUTERS = example_texts()["reuters-2023-02-15"]

HTML_PAGE = """<!DOCTYPE html><html lang="es"><head><title>Tropas rusas entran en Dnipropetrovsk</title>
<meta property="article:published_time" content="2025-08-27T10:00:00Z">
<meta name="author" content="Redacción"></head><body><nav>Inicio | Mundo</nav>
<article><h1>Tropas rusas entran en Dnipropetrovsk</h1>
<p>Las tropas rusas han entrado por primera vez en una región ucraniana clave, dijo el ejército de Kiev el miércoles.</p>
<p>Un pequeño número de las fuerzas de Moscú habían cruzado la región de Dnipropetrovsk y habían entrado en dos aldeas, confirmó el ejército ucraniano a NBC News, aunque negó que Rusia hubiera asegurado una posición estable en la región central.</p>
</article><footer>© 2025</footer></body></html>"""

RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Noticias de prueba</title>
<item><title>Ataque con drones en Járkov</title><link>https://example.org/a1</link>
<pubDate>Wed, 15 Feb 2023 10:00:00 GMT</pubDate>
<description>Al menos tres personas murieron el martes en un ataque con drones rusos contra la ciudad de Járkov, según dijo el gobernador regional, Oleh Synehubov, en Telegram.</description></item>
<item><title>Reunión en Bruselas</title><link>https://example.org/a2</link>
<pubDate>Thu, 16 Feb 2023 09:00:00 GMT</pubDate>
<description>Los ministros de Defensa de la OTAN se reunieron en Bruselas para acordar el envío de más munición de artillería a Ucrania.</description></item>
</channel></rss>"""


def test_text_with_sidecar_metadata():
    srcs = [r for r in read_inputs([str(EXAMPLES / "reuters-2023-02-15.txt")])]
    assert len(srcs) == 1 and isinstance(srcs[0], Source)
    s = srcs[0]
    assert s.outlet == "Reuters" and s.published == "2023-02-15" and s.published_basis == "given"
    assert s.text == REUTERS


def test_same_text_same_id(tmp_path):
    (tmp_path / "a.txt").write_text(ANSA, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ANSA, encoding="utf-8")
    a, b = list(read_inputs([str(tmp_path)]))
    assert a.article_id == b.article_id
    (tmp_path / "c.txt").write_text(ANSA + " Fin.", encoding="utf-8")
    c = list(read_inputs([str(tmp_path / "c.txt")]))[0]
    assert c.article_id != a.article_id


def test_outlet_from_signoff():
    assert detect_outlet(ANSA) == "ANSA"
    assert detect_outlet("MADRID, 9 Jun. (EUROPA PRESS) - El Gobierno ha aprobado hoy ...") == "Europa Press"
    assert detect_outlet("Kiev, 8 abr (EFE).- Las fuerzas ucranianas ...") == "EFE"
    assert detect_outlet("El ministerio dijo que las tropas avanzaban.") is None


def test_bom_is_dropped_and_newlines_kept():
    res = read_text_input("\ufeffPrimera línea.\n\nSegunda línea del texto.".encode("utf-8"), "x.txt")
    assert res.text == "Primera línea.\n\nSegunda línea del texto."


def test_html_main_text_and_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(HTML_PAGE, encoding="utf-8")
    (src,) = list(read_inputs([str(p)]))
    assert isinstance(src, Source), getattr(src, "message", "")
    assert "Dnipropetrovsk" in src.text and "Inicio | Mundo" not in src.text
    assert src.is_html and src.published == "2025-08-27" and src.published_basis == "extracted"


def test_jsonl_lines_each_on_their_own(tmp_path):
    p = tmp_path / "batch.jsonl"
    p.write_text("\n".join([
        json.dumps({"id": "n1", "text": REUTERS[:600], "published": "2023-02-15", "outlet": "Reuters"}),
        "{not json",
        json.dumps({"id": "n2", "html": HTML_PAGE}),
        json.dumps({"id": "n3"}),
        json.dumps({"id": "n4", "text": "Texto", "published": "15/02/2023"}),
    ]), encoding="utf-8")
    res = list(read_inputs([str(p)]))
    assert [type(r).__name__ for r in res] == ["Source", "Failed", "Source", "Failed", "Source"]
    assert res[0].id == "n1" and res[0].outlet == "Reuters"
    assert res[1].source.endswith(":2") and isinstance(res[1].error, MalformedInput)
    assert res[2].id == "n2" and "Dnipropetrovsk" in res[2].text
    # a date that is no date costs the date, not the article
    assert res[4].published is None and any("published" in w for w in res[4].warnings)


def test_rss_feed_items(tmp_path):
    p = tmp_path / "feed.xml"
    p.write_text(RSS, encoding="utf-8")
    res = list(read_inputs([str(p)]))
    assert len(res) == 2 and all(isinstance(r, Source) for r in res)
    assert res[0].title == "Ataque con drones en Járkov" and res[0].url == "https://example.org/a1"
    assert res[0].published == "2023-02-15" and res[0].published_basis == "extracted"
    assert "Synehubov" in res[0].text


@pytest.mark.parametrize("data,error", [
    (b"", EmptyInput),
    (b"   \n\t ", EmptyInput),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, BinaryInput),
    (b"\x01\x02\x03\x04\x05\x06\x07\x08" * 300, BinaryInput),
])
def test_bad_bytes_fail_cleanly(data, error):
    res = read_text_input(data, "bad")
    assert isinstance(res, Failed) and isinstance(res.error, error)
    assert "\n" not in res.message and res.error.code.startswith("E1")


def test_latin1_is_decoded_with_a_warning():
    text = "El ministro de Defensa español visitó Kiev el miércoles y prometió más ayuda militar a Ucrania."
    res = read_text_input(text.encode("latin-1"), "latin.txt")
    assert isinstance(res, Source) and res.text == text
    assert any("cp1252" in w or "latin-1" in w for w in res.warnings)


def test_huge_file_is_refused(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_bytes(("La guerra continúa en el este de Ucrania. " * 300_000).encode())  # ~12 MB
    (res,) = list(read_inputs([str(p)]))
    assert isinstance(res, Failed) and isinstance(res.error, TooLarge) and "MB" in res.message


def test_broken_html_fails_cleanly(tmp_path):
    p = tmp_path / "broken.html"
    p.write_text("<html><body><div><p>Hola<div></span></body", encoding="utf-8")
    (res,) = list(read_inputs([str(p)]))
    assert isinstance(res, Failed) and isinstance(res.error, MalformedInput)


def test_missing_path_is_a_failure():
    (res,) = list(read_inputs(["/nonexistent/cronica/file.txt"]))
    assert isinstance(res, Failed) and "no such file" in res.message


# ---------------------------------------------------------------- no article lost at the door
CADENA = example_texts()["cadena-ser-2022-10-12"]


def _door_folder(tmp_path):
    """A JSON Lines file with a lone-surrogate record (scraped text often has one), an impossible
    date and a good record, plus a ``.ndjson`` file of two records."""
    d = tmp_path / "door"
    d.mkdir()
    broken = json.dumps({"id": "sur", "text": ANSA[:700], "published": "2025-08-27"})
    broken = broken.replace("Peskov", "Pes\\ud800kov", 1) if "Peskov" in ANSA[:700] else \
        broken.replace(". ", ". \\ud83d ", 1)
    assert "\\ud8" in broken
    (d / "batch.jsonl").write_text("\n".join([
        broken,
        json.dumps({"id": "baddate", "text": REUTERS[:900], "published": "2024-13-45", "outlet": "Reuters"}),
        json.dumps({"id": "good", "text": CADENA[:900], "published": "2022-10-12"}),
    ]) + "\n", encoding="utf-8")
    (d / "more.ndjson").write_text(json.dumps({"id": "nd1", "text": ANSA[700:1700]}) + "\n"
                                   + json.dumps({"id": "nd2", "text": REUTERS[900:1900]}) + "\n", encoding="utf-8")
    return d


def test_lone_surrogate_and_impossible_date_keep_their_records(tmp_path):
    res = list(read_inputs([str(_door_folder(tmp_path) / "batch.jsonl")]))
    assert [type(r).__name__ for r in res] == ["Source"] * 3
    sur, bad, good = res
    assert "\ufffd" in sur.text and not any(0xD800 <= ord(c) <= 0xDFFF for c in sur.text)
    sur.text.encode("utf-8")  # storable
    assert any("surrogate" in w for w in sur.warnings) and sur.published == "2025-08-27"
    assert bad.published is None and bad.published_invalid == "2024-13-45"
    assert any("2024-13-45" in w for w in bad.warnings) and bad.outlet == "Reuters"
    assert good.published == "2022-10-12" and not good.warnings


def test_ingest_stores_every_record_at_the_door(tmp_path):
    from conftest import load_jsonl, run_cli

    d = _door_folder(tmp_path)
    db = str(tmp_path / "door.db")
    r = run_cli("ingest", str(d), "--db", db)
    assert r.returncode in (0, 3), r.stderr.decode()
    err = r.stderr.decode()
    assert "Traceback" not in err
    warned = [line for line in err.splitlines() if "surrogate" in line or "2024-13-45" in line]
    assert len(warned) == 2 and all(line.count("\n") == 0 for line in warned)  # one line each
    out = tmp_path / "all.jsonl"
    assert run_cli("export", "--db", db, "--format", "jsonl", "-o", str(out)).returncode == 0
    recs = {rec["article"]["id"]: rec for rec in load_jsonl(out)}
    assert set(recs) == {"sur", "baddate", "good", "nd1", "nd2"}
    assert "\ufffd" in recs["sur"]["text"] and any("surrogate" in w for w in recs["sur"]["warnings"])
    assert recs["baddate"]["article"]["published"] is None
    assert recs["baddate"]["article"]["published_basis"] is None
    assert any("2024-13-45" in w for w in recs["baddate"]["warnings"])
    r2 = run_cli("ingest", str(d), "--db", db)  # idempotent
    assert "0 stored" in r2.stdout.decode()


def test_json_lines_found_by_content_whatever_the_name(tmp_path):
    d = tmp_path / "mixed"
    d.mkdir()
    lines = json.dumps({"id": "j1", "text": ANSA[:500]}) + "\n" + json.dumps({"id": "j2", "text": REUTERS[:500]}) + "\n"
    (d / "scraped.txt").write_text(lines, encoding="utf-8")
    (d / "export").write_text(lines.replace('"j', '"k'), encoding="utf-8")
    (d / "dump.json").write_text(lines.replace('"j', '"m'), encoding="utf-8")  # no article beside it: not a sidecar
    (d / "nota.txt").write_text(CADENA[:600], encoding="utf-8")
    (d / "nota.json").write_text(json.dumps({"published": "2022-10-12", "outlet": "Cadena SER"}), encoding="utf-8")
    (d / "llave.txt").write_text('{"a": 1} no es un artículo', encoding="utf-8")
    res = list(read_inputs([str(d)]))
    ids = sorted(r.article_id for r in res if isinstance(r, Source) and r.id)
    assert ids == ["j1", "j2", "k1", "k2", "m1", "m2"]
    nota = [r for r in res if isinstance(r, Source) and r.source.endswith("nota.txt")]
    assert len(nota) == 1 and nota[0].published == "2022-10-12"  # the sidecar stays a sidecar
    assert any(isinstance(r, Source) and r.source.endswith("llave.txt") for r in res)  # plain text after all
