"""``cronica``: the command line. Every command is a thin layer over a library call;
errors print one line (``--debug`` adds the traceback) and exit non-zero."""
from __future__ import annotations

import json
import logging
import os
import sys
from typing import List, Optional

import typer

from ..errors import CronicaError, UsageError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Spanish conflict news -> who said what, events, places, dates and figures.")

DEBUG = {"on": False}
DbOpt = typer.Option(None, "--db", help="SQLite path or postgresql:// URL (default $CRONICA_DB, else cronica.db)")


@app.callback()
def _main(debug: bool = typer.Option(False, "--debug", help="show tracebacks")):
    DEBUG["on"] = debug
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="%(levelname)s %(message)s")


def _store(db):
    from ..store import open_store

    return open_store(db)


def _progress(total: Optional[int] = None, desc: str = ""):
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit="art", disable=not sys.stderr.isatty(), leave=False)


def _out(path: Optional[str]):
    if not path or path == "-":
        return sys.stdout, False
    return open(path, "w", encoding="utf-8"), True


@app.command()
def extract(inputs: List[str] = typer.Argument(..., help="files, folders, JSON Lines, feeds, URLs or - for stdin"),
            output: Optional[str] = typer.Option(None, "-o", "--output", help="write JSON Lines here (default stdout)"),
            published: Optional[str] = typer.Option(None, "--published", help="publication date YYYY-MM-DD"),
            outlet: Optional[str] = typer.Option(None, "--outlet", help="news outlet name")):
    """Write one extraction record per article (JSON Lines); touches no store."""
    from ..ingest import Failed, read_inputs
    from ..process import extract as run_extract

    out, close = _out(output)
    failed = 0
    bar = _progress(desc="extract")
    try:
        for res in run_extract(read_inputs(inputs, published, outlet)):
            bar.update(1)
            if isinstance(res, Failed):
                failed += 1
                typer.echo(f"error: {res.message}", err=True)
                continue
            for w in res.warnings:
                logging.getLogger("cronica").info("%s: %s", res.id, w)
            out.write(json.dumps(res.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
    finally:
        bar.close()
        if close:
            out.close()
    if failed:
        raise typer.Exit(3)


@app.command()
def ingest(inputs: List[str] = typer.Argument(..., help="files, folders, JSON Lines, feeds or URLs"),
           db: Optional[str] = DbOpt,
           engine: str = typer.Option("local", "--engine", help="local, dask or ray"),
           workers: int = typer.Option(1, "--workers", min=1, help="worker processes"),
           scheduler: Optional[str] = typer.Option(None, "--scheduler", "--address", help="Dask scheduler tcp://host:port or Ray address"),
           published: Optional[str] = typer.Option(None, "--published"),
           outlet: Optional[str] = typer.Option(None, "--outlet")):
    """Extract and store articles, linking entities, events and claims across the store."""
    from ..batch import ingest as run_ingest

    store = _store(db)
    bar = _progress(desc="ingest")
    try:
        summary = run_ingest(inputs, store, published=published, outlet=outlet, engine=engine, workers=workers,
                             progress=bar.update, scheduler=scheduler)
    finally:
        bar.close()
        store.close()
    for e in summary.errors[:50]:
        typer.echo(f"error: {e}", err=True)
    if len(summary.errors) > 50:
        typer.echo(f"... and {len(summary.errors) - 50} more failures (see `cronica failures`)", err=True)
    typer.echo(summary.line())
    raise typer.Exit(summary.exit_code)


@app.command()
def stats(db: Optional[str] = DbOpt, as_json: bool = typer.Option(False, "--json", help="counts as one JSON object")):
    """Counts, the people quoted most and the places mentioned."""
    store = _store(db)
    try:
        s = store.stats()
        if as_json:
            typer.echo(json.dumps({k: s[k] for k in ("articles", "failures", "entities", "statements", "events", "claims")}))
            return
        typer.echo("  ".join(f"{k}: {v}" for k, v in s.items()))
        quoted = store.most_quoted_people(8)
        if quoted:
            typer.echo("people quoted most: " + ", ".join(f"{n} ({k})" for n, k in quoted))
        places = store.most_mentioned_places(12)
        if places:
            typer.echo("places mentioned: " + ", ".join(f"{n} ({k})" for n, k in places))
        people = store.most_mentioned_people(8)
        if people and not quoted:
            typer.echo("people mentioned: " + ", ".join(f"{n} ({k})" for n, k in people))
        ev = store.event_type_counts()
        if ev:
            typer.echo("events: " + ", ".join(f"{t} ({k})" for t, k in ev))
    finally:
        store.close()


@app.command()
def failures(db: Optional[str] = DbOpt):
    """Inputs that could not be stored, and why."""
    store = _store(db)
    for f in store.failures():
        typer.echo(f"{f['severity']}\t{f['code']}\t{f['source']}\t{f['message']}")
    store.close()


def _table(rows: list[dict], cols: list[str]) -> None:
    widths = {c: min(60, max([len(c)] + [len(str(r.get(c, ""))) for r in rows])) for c in cols}
    typer.echo("  ".join(c.ljust(widths[c]) for c in cols))
    for r in rows:
        typer.echo("  ".join(str(r.get(c, "") if r.get(c) is not None else "")[:60].ljust(widths[c]) for c in cols))


@app.command()
def entities(db: Optional[str] = DbOpt, fmt: str = typer.Option("table", "--format", help="jsonl or table"),
             type_: Optional[str] = typer.Option(None, "--type", help="PER, ORG, LOC or MISC"),
             name: Optional[str] = typer.Option(None, "--name", help="any spelling of the name")):
    """The cross-article entities with their spellings and articles."""
    if type_ and type_ not in ("PER", "ORG", "LOC", "MISC"):
        raise UsageError(f"--type must be PER, ORG, LOC or MISC, not {type_!r}")
    store = _store(db)
    try:
        rows = store.entities(type_, name)
        if fmt == "jsonl":
            for r in rows:
                typer.echo(json.dumps({k: r[k] for k in ("id", "name", "type", "aliases", "articles", "geo", "roles")}, ensure_ascii=False))
        elif fmt == "table":
            _table([{**r, "aliases": ", ".join(r["aliases"][:4]), "articles": len(r["articles"])} for r in rows],
                   ["id", "type", "name", "aliases", "articles", "mentions"])
        else:
            raise UsageError(f"--format must be jsonl or table, not {fmt!r}")
    finally:
        store.close()


def merged_event_dict(r: dict) -> dict:
    return {
        "id": r["id"], "type": r["type"],
        "place": {"name": r["place_name"], "lat": r["lat"], "lon": r["lon"]} if r.get("place_name") else None,
        "date": r["date_value"], "status": r["status"], "articles": r["articles"],
        "fatalities": {"min": r["fatalities_min"], "max": r["fatalities_max"], "latest": r["fatalities_latest"]}
        if r["fatalities_min"] is not None else None,
        "injured": {"min": r["injured_min"], "max": r["injured_max"], "latest": r["injured_latest"]}
        if r["injured_min"] is not None else None,
        "reports": r["n_reports"], "sources": r.get("n_sources"),
    }


@app.command()
def events(db: Optional[str] = DbOpt, merged: bool = typer.Option(False, "--merged", help="one line per real event"),
           fmt: str = typer.Option("table", "--format", help="jsonl, table, csv or geojson"),
           type_: Optional[str] = typer.Option(None, "--type"), near: Optional[str] = typer.Option(None, "--near", help="a place name"),
           km: float = typer.Option(50.0, "--km", help="radius for --near"),
           since: Optional[str] = typer.Option(None, "--since"), until: Optional[str] = typer.Option(None, "--until"),
           output: Optional[str] = typer.Option(None, "-o", "--output")):
    """Events, or with --merged one line per real event however many articles reported it."""
    from ..export import events_csv, events_geojson, filter_near, validate_filters

    validate_filters(type_, since, until)
    store = _store(db)
    try:
        rows = store.events(merged=merged, type_=type_, since=since, until=until)
        if near:
            rows = filter_near(store, rows, near, km)
        out, close = _out(output)
        if fmt == "jsonl":
            for r in rows:
                out.write(json.dumps(merged_event_dict(r) if merged else r, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            events_csv(store, rows, out, merged=merged)
        elif fmt == "geojson":
            out.write(json.dumps(events_geojson(rows, merged=merged), ensure_ascii=False) + "\n")
        elif fmt == "table":
            if merged:
                _table([merged_event_dict(r) | {"place": r["place_name"], "articles": len(r["articles"])} for r in rows],
                       ["id", "type", "date", "place", "status", "articles", "fatalities"])
            else:
                _table(rows, ["article_id", "local_id", "type", "date_value", "place_name", "status", "fatalities", "injured", "trigger"])
        else:
            raise UsageError(f"--format must be jsonl, table, csv or geojson, not {fmt!r}")
        if close:
            out.close()
    finally:
        store.close()


@app.command()
def claims(db: Optional[str] = DbOpt, contested: bool = typer.Option(False, "--contested", help="only denied, disputed or unverified"),
           fmt: str = typer.Option("table", "--format", help="jsonl or table")):
    """Claims across articles: who claimed what, and who confirmed, denied or could not verify it."""
    store = _store(db)
    try:
        rows = store.claims(contested=contested)
        if fmt == "jsonl":
            for r in rows:
                typer.echo(json.dumps({"id": r["id"], "text": r["text"], "claimant": r["claimant"],
                                       "stance_by_source": r["stance_by_source"], "articles": r["articles"],
                                       "status": r["status"], "sources": r["n_sources"]}, ensure_ascii=False))
        elif fmt == "table":
            _table([{**r, "answers": "; ".join(f"{x['source']}: {x['stance']}" for x in r["stance_by_source"])} for r in rows],
                   ["id", "claimant", "status", "text", "answers"])
        else:
            raise UsageError(f"--format must be jsonl or table, not {fmt!r}")
    finally:
        store.close()


@app.command()
def show(article_id: str = typer.Argument(...), db: Optional[str] = DbOpt):
    """One article with its entities, statements and events marked in the text."""
    from ..export import render_marked

    store = _store(db)
    try:
        art = store.article(article_id)
        if art is None:
            raise UsageError(f"no article {article_id!r} in the store")
        typer.echo(render_marked(art))
    finally:
        store.close()


@app.command()
def export(db: Optional[str] = DbOpt, fmt: str = typer.Option(..., "--format", help="jsonl, csv, geojson or parquet"),
           output: str = typer.Option(..., "-o", "--output")):
    """The whole store as a file."""
    from ..export import export_store

    store = _store(db)
    try:
        n = export_store(store, fmt, output)
    finally:
        store.close()
    typer.echo(f"{n} rows written to {output}")


@app.command()
def watch(sources_file: str = typer.Argument(..., metavar="SOURCES",
                                             help="a file with one feed or news-sitemap URL per line (optional outlet=NAME)"),
          db: Optional[str] = DbOpt,
          once: bool = typer.Option(False, "--once", help="one pass over every source, then exit"),
          every: float = typer.Option(15.0, "--every", help="minutes between passes"),
          delay: float = typer.Option(1.0, "--delay", help="seconds between two requests to one host")):
    """Follow feeds to the full articles, politely, and store what is new (as `ingest` does)."""
    import threading
    from datetime import datetime, timezone

    from ..batch.watch import install_stop_signals, watch as run_watch

    stop = threading.Event()
    install_stop_signals(stop)

    def report(summary) -> None:
        for e in summary.errors[:50]:
            typer.echo(f"error: {e}", err=True)
        if len(summary.errors) > 50:
            typer.echo(f"... and {len(summary.errors) - 50} more (see `cronica sources` and `cronica failures`)", err=True)
        stamp = "" if once else datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ ")
        typer.echo(stamp + summary.line())

    store = _store(db)
    try:
        code = run_watch(sources_file, store, once=once, every=every, delay=delay, stop=stop, report=report)
    finally:
        store.close()
    raise typer.Exit(code)


@app.command()
def sources(db: Optional[str] = DbOpt, fmt: str = typer.Option("table", "--format", help="jsonl or table")):
    """The sources `watch` follows and their state: last fetch, errors, failures, next due, articles."""
    from ..store.sources import SourceMemory

    if fmt not in ("jsonl", "table"):
        raise UsageError(f"--format must be jsonl or table, not {fmt!r}")
    store = _store(db)
    try:
        rows = [s.to_dict() for s in SourceMemory(store).sources()]
    finally:
        store.close()
    if fmt == "jsonl":
        for r in rows:
            typer.echo(json.dumps(r, ensure_ascii=False))
        return
    _table(rows, ["state", "url", "outlet", "last_fetch", "last_status", "failures", "next_due", "articles",
                  "pending", "last_error"])


@app.command()
def serve(db: Optional[str] = DbOpt, host: str = typer.Option("127.0.0.1", "--host"), port: int = typer.Option(8000, "--port")):
    """The HTTP API (/api/..., OpenAPI at /docs) and the web pages (/)."""
    try:
        import uvicorn

        from ..server import create_app
    except ImportError as e:
        from ..errors import MissingExtra

        raise MissingExtra("cronica serve", "server") from e
    from ..store import resolve_url

    uvicorn.run(create_app(resolve_url(db)), host=host, port=port, log_level="warning")


def main(argv: Optional[list[str]] = None) -> int:
    try:
        rv = app(args=argv, standalone_mode=False)
        if isinstance(rv, int):
            return rv
    except CronicaError as e:
        if DEBUG["on"]:
            raise
        typer.echo(f"error: {e}", err=True)
        return 2
    except typer.Exit as e:
        return e.exit_code
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        return 130
    except Exception as e:  # click usage errors and the unexpected: one line, traceback with --debug
        import click

        if isinstance(e, click.exceptions.ClickException):
            e.show()
            return e.exit_code
        if isinstance(e, click.exceptions.Abort):
            return 1
        if DEBUG["on"] or os.environ.get("CRONICA_DEBUG"):
            raise
        typer.echo(f"error: {type(e).__name__}: {e} (run with --debug for the traceback)", err=True)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
