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
        except Exception as e:
            # a worker process died or the cluster went away: stop here. Everything written so far
            # is whole articles, so running the same ingest again carries on where this one stopped.
            raise PipelineError(f"extraction worker failed ({type(e).__name__}: {e}); "
                                "the store is consistent, run the same ingest again to continue") from e
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
