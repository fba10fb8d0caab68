"""Parallel (--workers) and Dask ingests end with the same knowledge base as a single-process ingest."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from conftest import load_corpus
from marsad.ingest.parallel import ingest_parallel
from marsad.ingest.readers import InputArticle, InputError
from marsad.ingest.runner import ingest_items
from marsad.store import models
from marsad.store.db import open_engine

VOLATILE = {"ingested_at", "created_at", "updated_at", "first_seen", "seconds"}


def _items(n: int) -> list[InputArticle | InputError]:
    rows = load_corpus("snn", n, seed=3) + load_corpus("ant", n, seed=3)
    items: list[InputArticle | InputError] = []
    for r in rows:
        items.append(
            InputArticle(
                id=r["id"],
                text=r["text"],
                origin=r["id"],
                title=r["title"],
                published=dt.date.fromisoformat(r["date"][:10]),
                source=r["source"],
            )
        )
    # an exact duplicate under another id, an unreadable input, an empty text
    items.append(InputArticle(id="copy-1", text=rows[0]["text"], origin="copy"))
    items.append(InputError("broken.bin", "binary data"))
    items.append(InputArticle(id="empty", text="", origin="empty"))
    return items


def dump(engine) -> dict[str, list[tuple]]:
    out = {}
    with Session(engine) as s:
        for mapper in models.Base.registry.mappers:
            cls = mapper.class_
            cols = [c for c in inspect(cls).columns if c.key not in VOLATILE]
            pk = list(inspect(cls).primary_key)
            rows = s.execute(select(*cols).order_by(*pk)).all()
            out[cls.__tablename__] = [tuple(r) for r in rows]
    return out


@pytest.fixture(scope="module")
def items():
    return _items(12)


@pytest.fixture(scope="module")
def reference(items, tmp_path_factory):
    engine = open_engine(str(tmp_path_factory.mktemp("ref") / "kb.sqlite"))
    report = ingest_items(items, engine)
    assert report.stored == len(items) - 3 + 1 and report.duplicates == 1 and len(report.failed) == 1
    return dump(engine)


@pytest.mark.slow
def test_ingest_parallel_two_workers_identical(items, reference, tmp_path):
    engine = open_engine(str(tmp_path / "kb.sqlite"))
    report = ingest_parallel(items, engine, workers=2, batch_size=7)
    assert len(report.failed) == 1 and report.duplicates == 1
    assert dump(engine) == reference
    again = ingest_parallel(items, engine, workers=2, batch_size=7)
    assert again.stored == 0 and again.unchanged == len(items) - 1
    assert dump(engine) == reference


@pytest.mark.slow
def test_ingest_dask_local_cluster_identical_and_resumable(items, reference, tmp_path):
    distributed = pytest.importorskip("distributed")
    from marsad.ingest.dask_engine import WORKER_CONFIG, ingest_dask, local_cluster, read_partition

    engine = open_engine(str(tmp_path / "kb.sqlite"))
    with local_cluster(2) as cluster, distributed.Client(cluster) as client:
        import dask

        # the engine's workers run without the statistical profiler (see WORKER_CONFIG)
        seen = client.run(lambda: {k: dask.config.get(k) for k in WORKER_CONFIG})
        assert list(seen.values()) == [WORKER_CONFIG] * 2
        report = ingest_dask(items, engine, workdir=tmp_path / "parts", partition_size=8, client=client)
        assert len(report.failed) == 1 and report.duplicates == 1
        assert dump(engine) == reference
        parts = sorted((tmp_path / "parts").glob("part-*.parquet"))
        assert len(parts) == 4
        assert sum(len(read_partition(p)) for p in parts) == len(items) - 1
        assert read_partition(parts[0], "another input") is None  # stale: analyzed from other input
        assert read_partition(tmp_path / "parts" / "missing.parquet") is None
        # resume: a fresh knowledge base loads from the partitions already written, analyzing nothing
        mtimes = [p.stat().st_mtime_ns for p in parts]
        engine2 = open_engine(str(tmp_path / "kb2.sqlite"))
        ingest_dask(items, engine2, workdir=tmp_path / "parts", partition_size=8, client=client)
        assert [p.stat().st_mtime_ns for p in parts] == mtimes
        assert dump(engine2) == reference
