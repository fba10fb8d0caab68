"""Scaling: ingest rate with 1 and N workers, locally (--workers) and on a Dask LocalCluster.

    python bench/scale.py [--articles 1000] [--workers 2] [--corpus snn] [--partition-size N]

Each run ingests the same articles into a fresh SQLite knowledge base (analysis + storage, the whole
job) and prints articles/s and the speed-up over one worker. Peak memory per worker process is the
largest resident set size among the worker processes (read from /proc while the run goes on).
Dask partitions default to an eighth of each worker's share of the input (a partition is the unit of
load balancing: with a few large ones, the last one keeps one worker busy while the other idles).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

from marsad.ingest.readers import InputArticle
from marsad.ingest.runner import ingest_items
from marsad.store.db import open_engine

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "data" / "news"
CORPORA = {"snn": NEWS / "saudinewsnet/saudinewsnet_politics.jsonl", "ant": NEWS / "ant/ant.jsonl"}


def load(corpus: str, n: int) -> list[InputArticle]:
    out = []
    with CORPORA[corpus].open(encoding="utf-8") as fh:
        for ln in fh:
            r = json.loads(ln)
            if r["text"] and not r.get("dup_of"):
                out.append(
                    InputArticle(
                        id=r["id"],
                        text=r["text"],
                        origin=r["id"],
                        title=r.get("title"),
                        published=dt.date.fromisoformat(r["date"][:10]),
                        source=r.get("source"),
                    )
                )
            if len(out) >= n:
                break
    return out


class PeakRSS:
    """Largest RSS of any descendant process of this one, sampled every 0.2 s."""

    def __init__(self) -> None:
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _children(self) -> list[int]:
        """Every descendant (pool workers are grandchildren through the forkserver)."""
        parent: dict[int, int] = {}
        for pid in os.listdir("/proc"):
            if pid.isdigit():
                try:
                    with open(f"/proc/{pid}/stat") as fh:
                        parent[int(pid)] = int(fh.read().rsplit(")", 1)[1].split()[1])
                except OSError:
                    continue
        tree, frontier = set(), {os.getpid()}
        while frontier:
            frontier = {p for p, pp in parent.items() if pp in frontier and p not in tree}
            tree |= frontier
        return sorted(tree)

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            for pid in self._children():
                try:
                    with open(f"/proc/{pid}/status") as fh:
                        for line in fh:
                            if line.startswith("VmRSS:"):
                                self.peak_kb = max(self.peak_kb, int(line.split()[1]))
                except OSError:
                    continue

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run(kind: str, items: list[InputArticle], workers: int, tmp: Path, part: int) -> tuple[float, float]:
    engine = open_engine(str(tmp / f"{kind}-{workers}.sqlite"))
    t0 = time.perf_counter()
    with PeakRSS() as peak:
        if kind == "single":
            ingest_items(items, engine)
        elif kind == "local":
            from marsad.ingest.parallel import ingest_parallel

            ingest_parallel(items, engine, workers=workers)
        else:
            from marsad.ingest.dask_engine import ingest_dask

            ingest_dask(
                items, engine, workdir=tmp / f"parts-{workers}", n_workers=workers, partition_size=part
            )
    return len(items) / (time.perf_counter() - t0), peak.peak_kb / 1024


def analyze_only(kind: str, items: list[InputArticle], workers: int, tmp: Path, part: int) -> float:
    """Articles/s of the parallel part alone: analysis in worker processes (local) or analysis written
    to partitioned Parquet by Dask workers — without the single knowledge-base writer."""
    t0 = time.perf_counter()
    if kind == "local":
        import multiprocessing as mp

        from marsad.ingest.parallel import _init_worker, analyze_item

        with mp.get_context("forkserver").Pool(workers, _init_worker, (None,)) as pool:
            pool.map(analyze_item, items[:workers])  # start-up: load the pipeline in each worker
            t0 = time.perf_counter()
            for _ in pool.imap(analyze_item, items, chunksize=8):
                pass
    else:
        from distributed import Client

        from marsad.ingest.dask_engine import analyze_partition, local_cluster

        with local_cluster(workers) as cluster, Client(cluster) as client:
            parts = [items[i : i + part] for i in range(0, len(items), part)]
            warm = [
                client.submit(
                    analyze_partition, items[:1], str(tmp / f"warm-{w}.parquet"), f"w{w}", None, pure=False
                )
                for w in range(workers)
            ]
            client.gather(warm)
            t0 = time.perf_counter()
            futures = [
                client.submit(
                    analyze_partition, p, str(tmp / f"a{workers}-{n}.parquet"), str(n), None, pure=False
                )
                for n, p in enumerate(parts)
            ]
            client.gather(futures)
    return len(items) / (time.perf_counter() - t0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="snn")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partition-size", type=int, default=0, help="Dask partition size (default: see above)")
    args = ap.parse_args()
    items = load(args.corpus, args.articles)
    part = args.partition_size or max(10, len(items) // (8 * args.workers))
    import resource

    print(f"command: {' '.join(['python', *sys.argv])}")
    print(
        f"corpus: {args.corpus}, {len(items)} articles; machine: {os.cpu_count()} cores; "
        f"Dask partitions of {part} articles"
    )
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        base, _ = run("single", items, 1, tmp, part)
        parent_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{'single process':24s} {base:8.1f} articles/s   1.00x   peak {parent_mb:,.0f} MB")
        print("whole ingest (analysis in workers, one knowledge-base writer):")
        for kind in ("local", "dask"):
            for w in (1, args.workers):
                rate, peak = run(kind, items, w, tmp, part)
                print(
                    f"{kind + f' {w} worker(s)':24s} {rate:8.1f} articles/s  {rate / base:5.2f}x   "
                    f"peak/worker {peak:,.0f} MB"
                )
        print("analysis alone (local workers; Dask workers writing partitioned Parquet):")
        for kind in ("local", "dask"):
            one = analyze_only(kind, items, 1, tmp, part)
            many = analyze_only(kind, items, args.workers, tmp, part)
            print(
                f"{kind:8s} 1 worker {one:7.1f} articles/s   {args.workers} workers {many:7.1f} articles/s   "
                f"speed-up {many / one:4.2f}x"
            )


if __name__ == "__main__":
    main()
