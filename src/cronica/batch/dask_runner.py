"""The Dask engine (``cronica ingest --engine dask``).

Without a scheduler address a ``LocalCluster`` of ``workers`` single-threaded processes is
started; with ``tcp://host:port`` the work goes to that cluster (see ``docs/scaling.md``).
Each worker process loads the pipeline once (cached per process, warmed up front); chunks are
submitted at most ``2 x threads`` at a time, and the records come back as plain dicts, in input
order, to the one writer here: the store is only ever written from this process.
"""
from __future__ import annotations

import logging
from typing import Iterable, Iterator, Optional, Union

from ..errors import MissingExtra, UsageError
from ..ingest import Failed
from ..model import Source
from .chunks import ordered_map
from .transport import Result, extract_packed, warm


def extract_dask(items: Iterable[Union[Source, Failed]], workers: int = 1, scheduler: Optional[str] = None,
                 chunk_size: int = 8) -> Iterator[Result]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:
        raise MissingExtra("the Dask engine", "dask") from e
    if scheduler and not scheduler.startswith(("tcp://", "tls://", "ucx://", "inproc://")):
        raise UsageError(f"Dask scheduler address must look like tcp://host:8786, not {scheduler!r}")
    return _run(items, workers, scheduler, chunk_size, Client, LocalCluster)


def _run(items, workers, scheduler, chunk_size, Client, LocalCluster) -> Iterator[Result]:
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = local_cluster(workers, LocalCluster)
        client = Client(cluster)
    try:
        client.run(warm)  # one pipeline per worker process, loaded before any text is sent
        slots = max(1, sum(client.nthreads().values()))
        yield from ordered_map(items, lambda srcs: client.submit(extract_packed, srcs, pure=False),
                               lambda fut: fut.result(), chunk_size=chunk_size, window=2 * slots)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def local_cluster(workers: int, LocalCluster):
    """A ``LocalCluster`` of ``workers`` single-threaded processes tuned for extraction."""
    import dask

    # workers that only extract: no statistical profiler sampling the compute thread every 10 ms,
    # no memory monitor polling every 100 ms (a spaCy worker holds a steady ~400 MB), and glibc's
    # default heap trimming: Dask's MALLOC_TRIM_THRESHOLD_=65536 gives memory back after every
    # large free, and a parse frees and reallocates many; measured, it costs extraction ~15% CPU
    env = {k: v for k, v in (dask.config.get("distributed.nanny.pre-spawn-environ") or {}).items()
           if k != "MALLOC_TRIM_THRESHOLD_"}
    with dask.config.set({"distributed.worker.profile.enabled": False,
                          "distributed.nanny.pre-spawn-environ": env}):
        return LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                            dashboard_address=None, silence_logs=logging.ERROR, memory_limit=0)
