"""Ordered, bounded fan-out shared by the parallel engines.

Sources are cut into chunks; at most ``window`` chunks are out at a time (so memory stays
bounded however long the input), and results come back in input order to the one writer.
Inputs that already failed to read never leave the writer's process.
"""
from __future__ import annotations

from collections import deque
from itertools import islice
from typing import Any, Callable, Iterable, Iterator, Union

from ..errors import PipelineError
from ..ingest import Failed
from ..model import Source
from .transport import Result, unpack


def ordered_map(items: Iterable[Union[Source, Failed]], submit: Callable[[list[Source]], Any],
                collect: Callable[[Any], list[dict]], chunk_size: int = 8, window: int = 4) -> Iterator[Result]:
    it = iter(items)
    pending: deque = deque()

    def drain(chunk, handle) -> Iterator[Result]:
        if handle is None:
            yield from chunk
            return
        try:
            results = iter([unpack(d) for d in collect(handle)])
        except Exception as e:  # a worker died or the cluster failed: the chunk's articles fail, the batch goes on
            err = f"worker failed: {type(e).__name__}: {e}"
            results = iter([Failed(x.source or x.article_id, PipelineError(err, source=x.source))
                            for x in chunk if isinstance(x, Source)])
        for x in chunk:
            yield x if isinstance(x, Failed) else next(results)

    while True:
        chunk = list(islice(it, chunk_size))
        if not chunk:
            break
        sources = [x for x in chunk if isinstance(x, Source)]
        pending.append((chunk, submit(sources) if sources else None))
        while len(pending) >= window:
            yield from drain(*pending.popleft())
    while pending:
        yield from drain(*pending.popleft())
