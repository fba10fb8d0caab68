"""Event coder throughput on real news: articles/s, sentences/s and events per article.

    python bench/events.py [--corpus snn|ant] [--articles 1000] [--upstream]

By default only the text stage runs before the coder (the coder alone is timed; entities and times are
then empty, as for a worst case of the trigger matcher and the rules). ``--upstream`` also runs the
installed entity/actor/place/time stages first and times the coder on their output. One process, one core.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import time
from pathlib import Path

from marsad.doc import Article
from marsad.events.component import extract_events
from marsad.events.stages import SKIPPED, upstream
from marsad.text.component import TextLayer

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "data" / "news"
CORPORA = {"snn": NEWS / "saudinewsnet/saudinewsnet_politics.jsonl", "ant": NEWS / "ant/ant.jsonl"}


def load(corpus: str, n: int) -> list[Article]:
    reserved = set((NEWS / "RESERVED_IDS.txt").read_text().split())
    out = []
    with CORPORA[corpus].open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["text"] and r["id"] not in reserved:
                pub = dt.date.fromisoformat(r["date"]) if r.get("date") else None
                out.append(Article(r["text"], id=r["id"], published=pub))
            if len(out) >= n:
                break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="snn")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--upstream", action="store_true", help="run entities/actors/places/time first")
    args = ap.parse_args()
    arts = load(args.corpus, args.articles)
    stages = upstream() if args.upstream else (TextLayer(),)
    for a in arts:
        for comp in stages:
            comp(a)
    extract_events(arts[0])  # lexicon and word lists load outside the timing
    t0 = time.perf_counter()
    n_events = sum(len(extract_events(a)) for a in arts)
    secs = time.perf_counter() - t0
    sentences = sum(len(a.sentences) for a in arts)
    print(
        json.dumps(
            {
                "corpus": args.corpus,
                "articles": len(arts),
                "sentences": sentences,
                "stages_before": [c.name for c in stages],
                "skipped": SKIPPED if args.upstream else {},
                "seconds": round(secs, 3),
                "articles_per_s": round(len(arts) / secs, 1),
                "sentences_per_s": round(sentences / secs, 1),
                "events_per_article": round(n_events / len(arts), 2),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
