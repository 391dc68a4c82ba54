"""The local runner (one process, or several with ``workers > 1``)."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional, Union

from ..errors import CronicaError, UsageError
from ..ingest import Failed, read_inputs
from ..model import Article, Source
from .transport import Ready
from .write import Writer

log = logging.getLogger("cronica")


@dataclass
class IngestSummary:
    read: int = 0
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    warned: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 3 if self.failed else 0

    def line(self) -> str:
        return (f"{self.read} read, {self.stored} stored, {self.skipped} already stored, "
                f"{self.failed} failed, {self.warned} with warnings")


def _sources_to_process(store, items: Iterable[Union[Source, Failed]], summary: IngestSummary) -> Iterator[Union[Source, Failed]]:
    for item in items:
        summary.read += 1
        if isinstance(item, Source) and store.has_article(item.article_id, item.text_sha256):
            summary.skipped += 1
            continue
        yield item


def record(writer: Writer, result: Union[Ready, Article, Failed], summary: IngestSummary) -> None:
    if isinstance(result, Failed):
        summary.failed += 1
        summary.errors.append(result.message)
        writer.add_failure(result.source, result.error.code, result.error.message, "error", result.content_sha256)
        return
    feats = None
    if isinstance(result, Ready):
        result, feats = result.article, result.features
    if writer.add(result, feats):  # a non-Spanish text's E106 warning is written with it
        summary.stored += 1
        if result.meta.language != "es" or result.warnings:
            summary.warned += 1
    else:
        summary.skipped += 1


def extract_stream(items: Iterable[Union[Source, Failed]], workers: int = 1) -> Iterator[Union[Article, Failed]]:
    from ..process import extract

    if workers <= 1:
        yield from extract(items)
        return
    from .pool import extract_parallel

    yield from extract_parallel(items, workers)


def ingest(inputs: Iterable[str], store, *, published: Optional[str] = None, outlet: Optional[str] = None,
           engine: str = "local", workers: int = 1, progress: Optional[Callable[[int], None]] = None,
           scheduler: Optional[str] = None, batch: int = 16) -> IngestSummary:
    """Read, extract, store and link every input, in input order; ``batch`` articles to a commit."""
    summary = IngestSummary()
    items = _sources_to_process(store, read_inputs(inputs, published, outlet), summary)
    if engine == "local":
        stream = extract_stream(items, workers)
    elif engine == "dask":
        from .dask_runner import extract_dask

        stream = extract_dask(items, workers, scheduler)
    elif engine == "ray":
        from .ray_runner import extract_ray

        stream = extract_ray(items, workers, scheduler)
    else:
        raise UsageError(f"unknown engine {engine!r}: use local, dask or ray")
    with Writer(store, batch=batch) as writer:
        for result in stream:
            try:
                record(writer, result, summary)
            except CronicaError as e:
                summary.failed += 1
                summary.errors.append(str(e))
                art = result.article if isinstance(result, Ready) else result
                src = art.source if isinstance(art, Failed) else (art.meta.source or art.id)
                writer.add_failure(src, e.code, e.message)
            if progress:
                progress(1)
    return summary
