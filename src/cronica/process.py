"""Extraction end to end for one batch: Source -> (nlp) -> (in-article link) -> Article.

This is the library call behind ``cronica extract`` and the batch runners:

    from cronica.process import extract
    for result in extract(read_inputs(["examples/"])):
        ...  # Article or Failed
"""
from __future__ import annotations

import logging
from datetime import date
from typing import Iterable, Iterator, Optional, Union

from .errors import CronicaError, NotSpanish, PipelineError
from .ingest import Failed, detect_language
from .model import Article, ArticleMeta, Source

log = logging.getLogger("cronica")

Result = Union[Article, Failed]


def _published(src: Source, warnings: list[str]) -> tuple[Optional[date], Optional[str], Optional[str]]:
    if src.published:
        return date.fromisoformat(src.published), src.published, src.published_basis or "given"
    if src.published_invalid is not None:  # the input gave a date that is none: unknown, not guessed
        warnings.append("publication date unknown: relative dates left unresolved")
        return None, None, None
    try:
        from .nlp.timex import infer_published

        d = infer_published(src.text)
    except Exception as e:  # the inference is best effort
        log.debug("publication date inference failed: %s", e)
        d = None
    if d:
        warnings.append("publication date not given; inferred from the text")
        return d, d.isoformat(), "inferred"
    warnings.append("publication date unknown: relative dates left unresolved")
    return None, None, None


def _geocoder():
    try:
        from .geo import default_geocoder

        return default_geocoder()
    except Exception as e:  # gazetteer not built: places stay unresolved, with a warning
        log.debug("geocoder unavailable: %s", e)
        return None


def extract(items: Iterable[Union[Source, Failed]], *, stages=None, batch_size: int = 8,
            geocode: bool = True) -> Iterator[Result]:
    """Extraction records for every source, in input order; failures pass through."""
    from .nlp import pipeline as P

    nlp = P.load(stages or P.DEFAULT_STAGES)
    geocoder = _geocoder() if geocode else None
    pending: list[tuple[Source, ArticleMeta, list[str]]] = []

    def flush():
        if not pending:
            return
        docs = []
        for src, meta, warns in pending:
            pub = date.fromisoformat(meta.published) if meta.published else None
            docs.append(P.new_doc(nlp, src.text, pub, meta.outlet))
        try:
            processed = list(P.run(nlp, docs, batch_size=batch_size))
        except Exception:  # fall back to one by one so one bad text cannot sink the batch
            processed = []
            for d in docs:
                try:
                    processed.append(nlp(d))
                except Exception as e:
                    processed.append(e)
        for (src, meta, warns), doc in zip(pending, processed):
            if isinstance(doc, Exception):
                yield Failed(meta.source or meta.id, PipelineError(f"pipeline failed: {doc}", source=meta.source))
                continue
            yield _to_article(src, meta, warns, doc, geocoder, geocode)
        pending.clear()

    for item in items:
        if isinstance(item, Failed):
            yield from flush()
            yield item
            continue
        warns = list(item.warnings)
        lang, conf = detect_language(item.text)
        pub, pub_s, basis = _published(item, warns)
        meta = ArticleMeta(
            id=item.article_id, source=item.source, outlet=item.outlet, title=item.title, url=item.url,
            published=pub_s, published_basis=basis, language=lang, text_sha256=item.text_sha256,
        )
        if lang != "es":
            err = NotSpanish(f"text is not Spanish (detected {lang or 'unknown'}); stored without analysis",
                             source=item.source)
            warns.append(err.message)
            yield from flush()
            yield Article(meta=meta, text=item.text, warnings=warns)
            continue
        pending.append((item, meta, warns))
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


def _to_article(src: Source, meta: ArticleMeta, warns: list[str], doc, geocoder, geocode: bool = True) -> Article:
    from .nlp.doc import outputs

    art = Article(meta=meta, text=src.text, entities=outputs(doc, "entities"), statements=outputs(doc, "statements"),
                  events=outputs(doc, "events"), times=outputs(doc, "times"), figures=outputs(doc, "figures"),
                  warnings=warns + outputs(doc, "warnings"))
    if geocoder is not None:
        try:
            geocoder.geocode_article(art)
        except CronicaError as e:
            art.warnings.append(f"geocoding failed: {e.message}")
    elif geocode and any(e.type == "LOC" for e in art.entities):  # (not when geocoding was turned off)
        art.warnings.append("gazetteer not built: places not geocoded (run `make setup`)")
    return art


def extract_text(text: str, published: Optional[str] = None, outlet: Optional[str] = None, **kw) -> Article:
    """One article from a string (convenience for tests and notebooks)."""
    src = Source(text=text, published=published, outlet=outlet,
                 published_basis="given" if published else None)
    res = next(extract([src], **kw))
    if isinstance(res, Failed):
        raise res.error
    return res
