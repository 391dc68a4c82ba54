"""Every engine gives the same store: local, local with worker processes, Dask (and Ray when installed)."""
from __future__ import annotations

import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from cronica.batch import ingest
from cronica.batch.chunks import ordered_map
from cronica.batch.transport import pack, unpack
from cronica.errors import EmptyInput, MissingExtra, PipelineError
from cronica.ingest import Failed
from cronica.model import Source
from cronica.store import open_store
from cronica.store.dump import canonical_dump

from synthetic import article

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import corpus  # noqa: E402

N_ARTICLES = 6


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    d = tmp_path_factory.mktemp("engines")
    corpus.write_jsonl(d / "corpus.jsonl", N_ARTICLES)
    (d / "bad").mkdir()
    (d / "bad" / "empty.txt").write_text("   \n")  # a reader failure must pass through every engine in order
    return [str(d / "corpus.jsonl"), str(d / "bad")]


def _run(inputs, tmp_path, name, **kw) -> dict:
    st = open_store(str(tmp_path / f"{name}.db"))
    try:
        summary = ingest(inputs, st, **kw)
        assert summary.stored == N_ARTICLES and summary.failed == 1, summary.line()
        return canonical_dump(st)
    finally:
        st.close()


@pytest.fixture(scope="module")
def local_dump(inputs, tmp_path_factory) -> dict:
    return _run(inputs, tmp_path_factory.mktemp("local"), "local")


def _same(a: dict, b: dict) -> None:
    assert a["stats"] == b["stats"]
    for table in a:
        assert a[table] == b[table], table


def test_worker_processes_give_the_same_store(inputs, local_dump, tmp_path):
    _same(_run(inputs, tmp_path, "pool", workers=2), local_dump)


def test_dask_with_two_workers_gives_the_same_store(inputs, local_dump, tmp_path):
    pytest.importorskip("dask.distributed")
    _same(_run(inputs, tmp_path, "dask", engine="dask", workers=2), local_dump)


def test_ray_engine(inputs, local_dump, tmp_path):
    try:
        import ray  # noqa: F401
    except ImportError:
        from cronica.batch.ray_runner import extract_ray

        with pytest.raises(MissingExtra, match=r"\.\[ray\]"):
            extract_ray([], 2)
        st = open_store(str(tmp_path / "ray.db"))
        with pytest.raises(MissingExtra):
            ingest(inputs, st, engine="ray", workers=2)
        assert st.stats()["articles"] == 0
        st.close()
        return
    _same(_run(inputs, tmp_path, "ray", engine="ray", workers=2), local_dump)


def test_transport_round_trip():
    a = article(2)
    got = unpack(pack(a))  # the worker sends the record and the linking features it computed
    assert got.article.to_dict() == a.to_dict()
    assert got.features.fingerprint.minhash and got.features.fingerprint.n_shingles > 0
    f = Failed("x.txt", EmptyInput("input is empty", source="x.txt"), "abc")
    g = unpack(pack(f))
    assert isinstance(g.error, EmptyInput) and g.error.code == "E101" and g.message == f.message
    assert g.source == "x.txt" and g.content_sha256 == "abc"


def test_ordered_map_keeps_order_and_bounds_what_is_in_flight():
    items = []
    for i in range(40):
        items.append(Failed(f"f{i}", EmptyInput("empty")) if i % 7 == 0 else Source(text=f"texto {i}", id=f"s{i}"))
    in_flight, peak, lock = [0], [0], threading.Lock()

    def work(sources):
        return [pack(article(int(s.id[1:]))) for s in sources]

    with ThreadPoolExecutor(4) as pool:
        def submit(sources):
            with lock:
                in_flight[0] += 1
                peak[0] = max(peak[0], in_flight[0])
            return pool.submit(work, sources)

        def collect(fut):
            out = fut.result()
            with lock:
                in_flight[0] -= 1
            return out

        out = list(ordered_map(iter(items), submit, collect, chunk_size=3, window=2))
    assert [x.source if isinstance(x, Failed) else x.article.id for x in out] == \
        [x.source if isinstance(x, Failed) else f"syn{int(x.id[1:]):03d}" for x in items]
    assert peak[0] <= 2


def test_a_dead_worker_stops_the_batch_with_a_clear_error():
    def collect(_):
        raise OSError("connection lost")

    with pytest.raises(PipelineError, match="run the same ingest again"):
        list(ordered_map([Source(text="x")], lambda s: object(), collect))


def _worker_env() -> dict:
    import os

    return {k: os.environ.get(k) for k in ("MALLOC_TRIM_THRESHOLD_", "OMP_NUM_THREADS")}


def test_dask_workers_keep_glibc_heap_trimming_default():
    # Dask's nanny sets MALLOC_TRIM_THRESHOLD_=65536 in every worker; with it a spaCy parse pays ~15%
    # more CPU (benchmarks/linking_cost.py). The engine's cluster drops that one variable and keeps the rest.
    distributed = pytest.importorskip("dask.distributed")
    from cronica.batch.dask_runner import local_cluster

    with local_cluster(1, distributed.LocalCluster) as cluster, distributed.Client(cluster) as client:
        envs = list(client.run(_worker_env).values())
    assert envs == [{"MALLOC_TRIM_THRESHOLD_": None, "OMP_NUM_THREADS": "1"}]
