"""Parallel ingest on one machine: analysis in N worker processes, one writer, identical results.

The knowledge base has one writer, so parallelism goes where the time goes: analysis. Input is cut
into batches; for each batch the parent asks the store which articles need analysis (new or changed
texts), worker processes analyze those while the parent stores the previous batch, and the parent
then runs the ordinary ingest loop over the batch with a `PreAnalyzed` stand-in for the pipeline.
The loop therefore sees the same articles, in the same order, with the same analyses as a
single-process run, and the database ends identical (`tests/test_ingest_parallel.py`).
"""

from __future__ import annotations

import multiprocessing as mp
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from marsad.cli.analyze import to_article
from marsad.doc import Article, dump_state, load_state
from marsad.ingest.readers import InputArticle, InputError
from marsad.ingest.runner import IngestReport, Step, ingest_items
from marsad.pipeline import LazyPipeline, Pipeline, default_pipeline
from marsad.store import minhash
from marsad.store.writer import Writer, content_hash
from marsad.text.search import SEARCH_LAYER, index_text

__all__ = ["PreAnalyzed", "analyze_item", "ingest_parallel", "needs_analysis", "combine_reports"]

Key = tuple[str, str]  # (article id, content hash)
Result = tuple[Key, bytes | None, tuple[str, str] | None]  # state, or (exception type, message)

_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(components: list[str] | None) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = Pipeline(components) if components else default_pipeline()


def analyze_article(item: InputArticle, pipeline: Pipeline | None = None) -> tuple[Key, Article | None, Any]:
    """Analyze one input exactly as the ingest loop would; failures come back as data."""
    pipe = pipeline or _WORKER_PIPELINE or default_pipeline()
    key = (item.id, content_hash(item.text))
    try:
        article = pipe(to_article(item))
        # the store's search keys and MinHash signature are pure text work: computing them here takes
        # them off the single knowledge-base writer
        article.set_layer(SEARCH_LAYER, index_text(article.title, article.text))
        article.set_layer(minhash.LAYER, minhash.signature_bytes(article.view.text))
        return key, article, None
    except Exception as exc:  # reported by the parent exactly as a single-process run reports it
        return key, None, (type(exc).__name__, str(exc))


def analyze_item(item: InputArticle, pipeline: Pipeline | None = None) -> Result:
    """`analyze_article` with the article as its binary image (`marsad.doc.dump_state`)."""
    key, article, error = analyze_article(item, pipeline)
    return key, None if article is None else dump_state(article), error


class PreAnalyzed:
    """Stands in for the pipeline inside the ingest loop: hands back analyses made elsewhere.

    An article without a prepared analysis (e.g. an orphaned copy re-analyzed when its original
    changed) goes through ``fallback``, the real pipeline, so nothing is ever stored unanalyzed.
    """

    def __init__(self, results: Iterable[Result], fallback: Callable[[Article], Article]):
        self.results: dict[Key, Result] = {r[0]: r for r in results}
        self.fallback = fallback

    def __call__(self, article: Article) -> Article:
        found = self.results.get((article.id, content_hash(article.text)))
        if found is None:
            return self.fallback(article)
        _, state, error = found
        if error is not None:
            raise type(error[0], (Exception,), {})(error[1])
        assert state is not None
        return load_state(state, for_store=True)


def needs_analysis(session: Session, items: list[InputArticle | InputError]) -> list[InputArticle]:
    """The items whose text the store does not hold yet (their analysis cannot be skipped)."""
    articles = [it for it in items if isinstance(it, InputArticle)]
    found = Writer(session).check_many([(it.id, content_hash(it.text)) for it in articles])
    return [it for it, (status, _) in zip(articles, found, strict=True) if status in ("new", "changed")]


def combine_reports(parts: list[IngestReport], wall: float | None = None) -> IngestReport:
    """The sum of batch reports; ``wall`` replaces the summed seconds with the elapsed time."""
    total = IngestReport()
    for r in parts:
        for name in (
            "read",
            "stored",
            "updated",
            "unchanged",
            "duplicates",
            "near_duplicates",
            "event_reports",
            "events_merged",
        ):
            setattr(total, name, getattr(total, name) + getattr(r, name))
        total.failed.extend(r.failed)
        total.interrupted = total.interrupted or r.interrupted
        total.seconds += r.seconds
    if wall is not None:
        total.seconds = wall
    return total


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def ingest_parallel(
    items: Iterable[InputArticle | InputError],
    engine: Engine,
    *,
    workers: int = 2,
    components: list[str] | None = None,
    batch_size: int = 64,
    on_error: Callable[[str, str], None] | None = None,
    step: Step | None = None,
) -> IngestReport:
    """`ingest_items` with the analysis spread over ``workers`` processes; same database at the end."""
    pipeline = LazyPipeline(components)  # the workers analyze; this process rarely needs one
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    parts: list[IngestReport] = []
    done = IngestReport()
    t0 = time.monotonic()

    def progress(r: IngestReport, origin: str) -> None:
        if step is not None:
            step(combine_reports([done, r]), origin)

    def store(batch: list, pending: Any) -> None:
        nonlocal done
        results = pending.get() if pending is not None else []
        r = ingest_items(
            batch, engine, pipeline=PreAnalyzed(results, pipeline), on_error=on_error, step=progress
        )
        parts.append(r)
        done = combine_reports(parts)
        if r.interrupted:
            raise KeyboardInterrupt

    with ctx.Pool(workers, _init_worker, (components,)) as pool:
        previous: tuple[list, Any] | None = None
        try:
            for batch in _batches(items, batch_size):
                with Session(engine) as s:
                    todo = needs_analysis(s, batch)
                chunk = max(1, len(todo) // (workers * 4))
                pending = pool.map_async(analyze_item, todo, chunksize=chunk) if todo else None
                if previous is not None:
                    store(*previous)  # while the workers analyze this batch
                previous = (batch, pending)
            if previous is not None:
                store(*previous)
        except KeyboardInterrupt:
            pool.terminate()
            total = combine_reports(parts, time.monotonic() - t0)
            total.interrupted = True
            return total
    return combine_reports(parts, time.monotonic() - t0)
