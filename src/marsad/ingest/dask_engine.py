"""Ingest on a Dask cluster: partitions analyzed on workers, written as Parquet, loaded in order.

    marsad ingest CORPUS/ --engine dask [--scheduler tcp://host:8786] [--workdir DIR]

The input is cut into partitions of ``partition_size`` articles, in input order. Each partition is
analyzed by one Dask task (the pipeline is loaded once per worker process) and written to
``DIR/part-NNNNNN.parquet`` — one row per article: id, origin, content hash, the contract JSON with
evidence (for analysts: DuckDB, pandas and Spark read these files directly) and an exact binary
image of the analysis. The client then loads the partitions into the knowledge base in partition
order through the ordinary ingest loop, so the database ends identical to a single-process run.

Resumable per partition: a partition whose Parquet file exists and whose recorded input digest
matches is not analyzed again, and loading skips what the knowledge base already holds.
Without ``--scheduler`` a `LocalCluster` with one single-threaded worker process per core is started.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import deque
from collections.abc import Callable, Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import Engine

from marsad.ingest.parallel import PreAnalyzed, Result, _batches, analyze_article, combine_reports
from marsad.ingest.readers import InputArticle, InputError
from marsad.ingest.runner import IngestReport, Step, ingest_items
from marsad.pipeline import LazyPipeline, Pipeline, default_pipeline
from marsad.store.writer import content_hash

__all__ = [
    "ingest_dask",
    "analyze_partition",
    "local_cluster",
    "partition_digest",
    "partition_is_current",
    "read_partition",
    "WORKER_CONFIG",
]

SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("origin", pa.string()),
        ("content_hash", pa.string()),
        ("article_json", pa.string()),
        ("state", pa.binary()),
        ("error_type", pa.string()),
        ("error", pa.string()),
    ]
)

_PIPELINES: dict[tuple[str, ...], Pipeline] = {}


def partition_digest(items: list[InputArticle | InputError]) -> str:
    h = hashlib.sha256()
    for it in items:
        if isinstance(it, InputArticle):
            h.update(f"{it.id}\x00{content_hash(it.text)}\x00{it.published}\x01".encode())
    return h.hexdigest()


def analyze_partition(items: list[InputArticle], path: str, digest: str, components: list[str] | None) -> str:
    """Dask task: analyze ``items`` and write them to ``path`` (atomically). Returns ``path``."""
    key = tuple(components or ())
    if key not in _PIPELINES:
        # one worker process per core: Arrow's own thread pools would compete with the other workers
        pa.set_cpu_count(1)
        pa.set_io_thread_count(1)
        _PIPELINES[key] = Pipeline(components) if components else default_pipeline()
    pipe = _PIPELINES[key]
    import orjson

    from marsad.doc import dump_state

    rows: dict[str, list] = {name: [] for name in SCHEMA.names}
    for it in items:
        (aid, chash), article, error = analyze_article(it, pipe)
        rows["id"].append(aid)
        rows["origin"].append(it.origin)
        rows["content_hash"].append(chash)
        rows["state"].append(None if article is None else dump_state(article))
        rows["article_json"].append(
            None if article is None else orjson.dumps(article.to_json(evidence=True)).decode()
        )
        rows["error_type"].append(error[0] if error else None)
        rows["error"].append(error[1] if error else None)
    table = pa.Table.from_pydict(rows, schema=SCHEMA).replace_schema_metadata({"marsad_digest": digest})
    tmp = f"{path}.tmp-{os.getpid()}"
    pq.write_table(table, tmp)
    os.replace(tmp, path)
    return path


_READ_COLUMNS = ["id", "content_hash", "state", "error_type", "error"]  # not the article JSON


def partition_is_current(path: str | Path, digest: str) -> bool:
    """The partition file exists and was written from the same input (its schema metadata only)."""
    try:
        meta = pq.read_schema(path).metadata or {}
    except (OSError, pa.ArrowInvalid):
        return False
    return meta.get(b"marsad_digest", b"").decode() == digest


def read_partition(path: str | Path, digest: str | None = None) -> list[Result] | None:
    """The analyses stored in a partition file, or None if it is missing, unreadable or stale."""
    if digest is not None and not partition_is_current(path, digest):
        return None
    try:
        table = pq.read_table(path, columns=_READ_COLUMNS)
    except (OSError, pa.ArrowInvalid, KeyError):
        return None
    cols = [table.column(name).to_pylist() for name in _READ_COLUMNS]
    return [
        ((aid, chash), state, (etype, err) if etype else None)
        for aid, chash, state, etype, err in zip(*cols, strict=True)
    ]


# Settings for the workers of a LocalCluster (and advice for real clusters, docs/scale.md): a task here
# is seconds of pure-Python work, so the worker's statistical profiler (a stack sample every 10 ms
# from another thread, competing for the GIL) and the 20 ms event-loop tick check only cost time —
# about a tenth of a worker's throughput when all cores are busy.
WORKER_CONFIG = {"distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s"}


def local_cluster(n_workers: int | None = None):  # noqa: ANN201 - a distributed.LocalCluster
    """One single-threaded worker process per core (or ``n_workers``), configured for marsad tasks."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(WORKER_CONFIG):
        return LocalCluster(
            n_workers=n_workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )


def _client(scheduler: str | None, n_workers: int | None):  # noqa: ANN202 - a distributed.Client
    from distributed import Client

    if scheduler:
        return Client(scheduler)
    return Client(local_cluster(n_workers))


def ingest_dask(
    items: Iterable[InputArticle | InputError],
    engine: Engine,
    *,
    workdir: str | Path,
    scheduler: str | None = None,
    n_workers: int | None = None,
    partition_size: int = 500,
    components: list[str] | None = None,
    on_error: Callable[[str, str], None] | None = None,
    step: Step | None = None,
    client=None,  # noqa: ANN001 - an existing distributed.Client (tests, notebooks)
) -> IngestReport:
    """Analyze on Dask, write partitioned Parquet under ``workdir``, load the knowledge base in order."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    own = client is None
    client = client or _client(scheduler, n_workers)
    fallback = LazyPipeline(components)  # the workers analyze; the client rarely needs a pipeline
    in_flight: deque = deque()
    t0 = time.monotonic()
    parts: list[IngestReport] = []
    window = 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1)

    def load(batch: list, path: str, digest: str, future) -> None:  # noqa: ANN001
        if future is not None:
            future.result()
        results = read_partition(path, digest)
        if results is None:
            raise RuntimeError(f"partition {path} could not be read back")
        done = combine_reports(parts)
        r = ingest_items(
            batch,
            engine,
            pipeline=PreAnalyzed(results, fallback),
            on_error=on_error,
            step=(lambda rr, o: step(combine_reports([done, rr]), o)) if step else None,
        )
        parts.append(r)
        if r.interrupted:
            raise KeyboardInterrupt

    try:
        for n, batch in enumerate(_batches(items, partition_size)):
            path = str(workdir / f"part-{n:06d}.parquet")
            digest = partition_digest(batch)
            future = None
            if not partition_is_current(path, digest):  # not yet analyzed, or the input changed
                todo = [it for it in batch if isinstance(it, InputArticle)]
                future = client.submit(analyze_partition, todo, path, digest, components, pure=False)
            in_flight.append((batch, path, digest, future))
            while len(in_flight) > window:
                load(*in_flight.popleft())
        while in_flight:
            load(*in_flight.popleft())
    except KeyboardInterrupt:
        total = combine_reports(parts, time.monotonic() - t0)
        total.interrupted = True
        return total
    finally:
        if own:
            cluster = getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
    return combine_reports(parts, time.monotonic() - t0)
