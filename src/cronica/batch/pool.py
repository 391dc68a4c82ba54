"""Several extraction processes on one machine (``cronica ingest --workers N``).

Each worker process loads the pipeline and the gazetteer once (the pool's initializer);
chunks of articles go out, at most ``2 * workers`` at a time, and the records come back in
input order to the single writer in the parent process.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import Iterable, Iterator, Union

from ..ingest import Failed
from ..model import Source
from .chunks import ordered_map
from .transport import Result, extract_packed, warm


def _context():
    methods = multiprocessing.get_all_start_methods()
    # never fork: the parent may hold threads (progress bar, store) and a loaded model
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def extract_parallel(items: Iterable[Union[Source, Failed]], workers: int, chunk_size: int = 8) -> Iterator[Result]:
    with ProcessPoolExecutor(max_workers=workers, mp_context=_context(), initializer=warm) as pool:
        yield from ordered_map(items, lambda srcs: pool.submit(extract_packed, srcs), lambda fut: fut.result(),
                               chunk_size=chunk_size, window=2 * workers)
