"""Whole-pipeline throughput on real news: articles/s and tokens/s per stage and in total, peak memory.

    python bench/pipeline.py [--corpus snn|ant] [--articles 1000] [--components text,entities,...]

Runs in one process (one core). Each stage is timed separately inside the same pipeline run, so
the per-stage rates add up to the whole. Peak memory is the process's maximum resident set size.
Times are CPU seconds of this process by default (`--clock cpu`: a per-core rate that other jobs on
a shared machine disturb much less than wall time); `--clock wall` times the wall clock instead.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sys
import time
from pathlib import Path

from marsad.doc import Article
from marsad.pipeline import DEFAULT_COMPONENTS, Pipeline

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "data" / "news"
CORPORA = {"snn": NEWS / "saudinewsnet/saudinewsnet_politics.jsonl", "ant": NEWS / "ant/ant.jsonl"}


def load(corpus: str, n: int) -> list[dict]:
    with CORPORA[corpus].open(encoding="utf-8") as fh:
        rows = [json.loads(ln) for ln in fh]
    return [r for r in rows if r["text"]][:n]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="snn")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--components", default=",".join(DEFAULT_COMPONENTS))
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu")
    args = ap.parse_args()
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    rows = load(args.corpus, args.articles)
    t0 = time.perf_counter()
    pipe = Pipeline(args.components.split(","))
    load_s = time.perf_counter() - t0
    # warm-up: first-use caches (automata, lexicons) are built outside the timed loop
    for r in rows[:5]:
        pipe(Article(r["text"], published=None))
    per_stage = {c.name: 0.0 for c in pipe.components}
    tokens = 0
    t_all = clock()
    for r in rows:
        a = Article(r["text"], id=r["id"], title=r.get("title"))
        a.published = dt.date.fromisoformat(r["date"][:10]) if r.get("date") else None
        for comp in pipe.components:
            t = clock()
            comp(a)
            per_stage[comp.name] += clock() - t
        tokens += len(a.tokens)
    total = clock() - t_all
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"command: {' '.join(['python', *sys.argv])}")
    print(f"clock: {args.clock} ({'CPU seconds of this process' if args.clock == 'cpu' else 'wall seconds'})")
    print(
        f"corpus: {args.corpus}, {len(rows)} articles, {tokens:,} tokens; pipeline loaded in {load_s:.2f} s"
    )
    print(f"{'stage':12s} {'seconds':>8s} {'articles/s':>11s} {'tokens/s':>12s} {'share':>6s}")
    for name, secs in per_stage.items():
        print(
            f"{name:12s} {secs:8.2f} {len(rows) / secs if secs else float('inf'):11,.0f} "
            f"{tokens / secs if secs else float('inf'):12,.0f} {secs / total:6.1%}"
        )
    print(f"{'pipeline':12s} {total:8.2f} {len(rows) / total:11,.1f} {tokens / total:12,.0f} {1:6.0%}")
    print(f"peak memory: {peak_mb:,.0f} MB (max resident set size, one process)")


if __name__ == "__main__":
    main()
