"""The Ray engine (``cronica ingest --engine ray``), an optional extra.

One actor per worker holds a loaded pipeline; chunks go to the actors in turn, at most
``2 x workers`` at a time, and the records come back as plain dicts, in input order, to the
one writer here. Without an address a local Ray is started with ``workers`` CPUs; with
``--address ray://host:10001`` (or ``auto``) an existing cluster is used.
"""
from __future__ import annotations

import itertools
from typing import Iterable, Iterator, Optional, Union

from ..errors import MissingExtra
from ..ingest import Failed
from ..model import Source
from .chunks import ordered_map
from .transport import Result, extract_packed, warm


def extract_ray(items: Iterable[Union[Source, Failed]], workers: int = 1, address: Optional[str] = None,
                chunk_size: int = 8) -> Iterator[Result]:
    try:
        import ray
    except ImportError as e:
        raise MissingExtra("the Ray engine", "ray") from e
    return _run(ray, items, max(1, workers), address, chunk_size)


def _run(ray, items, workers: int, address: Optional[str], chunk_size: int) -> Iterator[Result]:
    started = False
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=workers, include_dashboard=False, log_to_driver=False)
        started = True

    @ray.remote(num_cpus=1)
    class Extractor:
        def __init__(self):
            warm()

        def run(self, sources):
            return extract_packed(sources)

    actors = [Extractor.remote() for _ in range(workers)]
    turn = itertools.cycle(actors)
    try:
        yield from ordered_map(items, lambda srcs: next(turn).run.remote(srcs), ray.get,
                               chunk_size=chunk_size, window=2 * workers)
    finally:
        for a in actors:
            ray.kill(a)
        if started:
            ray.shutdown()
