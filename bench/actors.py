"""Actor linking speed on real news text, and the size of the actor lexicon.

    .venv/bin/python bench/actors.py [--mb 5] [--corpus ant|snn] [--json]

Reads articles of the shared corpora (reserved ids removed), in file order, until ``--mb`` megabytes
of UTF-8 text, then times, on one core:

* ``scan``  — Aho-Corasick alias/role/title matching with boundary and clitic checks (`Matcher.scan`);
* ``link``  — the whole pure half of the component: normalize, scan, resolve (dates, context) and
  coreference (`link_text`), article by article.

Prints MB/s (UTF-8 megabytes of article text per second per core; target ≥ 1), links per article and
the lexicon counts (actors, alias keys, role phrases, titles) and build time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections import Counter
from pathlib import Path

from marsad.entities.actor_component import link_text
from marsad.entities.actors import load_lexicon
from marsad.entities.linking import Matcher
from marsad.text.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "news"
CORPORA = {
    "ant": SHARED / "ant" / "ant.jsonl",
    "snn": SHARED / "saudinewsnet" / "saudinewsnet_politics.jsonl",
}


def _date(row: dict) -> dt.date | None:
    raw = row.get("published") or row.get("date") or ""
    try:
        return dt.date.fromisoformat(str(raw)[:10])
    except ValueError:
        return None


def load_articles(corpus: str, mb: float) -> list[tuple[str, dt.date | None]]:
    reserved = set((SHARED / "RESERVED_IDS.txt").read_text().split())
    out, size = [], 0
    with CORPORA[corpus].open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row["id"] in reserved or not row.get("text"):
                continue
            out.append((row["text"], _date(row)))
            size += len(row["text"].encode("utf-8"))
            if size >= mb * 1e6:
                break
    return out


def run(corpus: str = "ant", mb: float = 5.0) -> dict:
    t0 = time.perf_counter()
    lex = load_lexicon()
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    matcher = Matcher(lex)
    t_build = time.perf_counter() - t0
    arts = load_articles(corpus, mb)
    nbytes = sum(len(t.encode("utf-8")) for t, _ in arts)
    views = [normalize(t).text for t, _ in arts]
    t0 = time.perf_counter()
    hits = sum(len(matcher.scan(v)) for v in views)
    t_scan = time.perf_counter() - t0
    kinds: Counter[str] = Counter()
    t0 = time.perf_counter()
    for text, day in arts:
        for lk in link_text(text, day, lex):
            kinds[f"{lk.kind}:{'linked' if lk.ref else 'unresolved'}"] += 1
    t_link = time.perf_counter() - t0
    mbytes = nbytes / 1e6
    return {
        "corpus": corpus,
        "articles": len(arts),
        "megabytes": round(mbytes, 2),
        "scan_mb_per_s": round(mbytes / t_scan, 2),
        "link_mb_per_s": round(mbytes / t_link, 2),
        "articles_per_s": round(len(arts) / t_link, 1),
        "hits_per_article": round(hits / max(len(arts), 1), 2),
        "links": dict(sorted(kinds.items())),
        "lexicon": {
            "actors": len(lex),
            "alias_keys": lex.alias_count(),
            "role_phrases": len(lex.role_phrases),
            "titles": len(lex.titles),
            "automaton_keys": matcher.size,
            "load_s": round(t_load, 2),
            "automaton_build_s": round(t_build, 2),
        },
    }


def sample_links(corpus: str, mb: float, n: int, seed: int) -> list[tuple[str, str, str, str]]:
    """``n`` random resolved links (not titles bound to a name) with their context, for a manual check."""
    import random

    lex = load_lexicon()
    rows = []
    for text, day in load_articles(corpus, mb):
        for lk in link_text(text, day, lex):
            if lk.ref and not lk.bound:
                ctx = text[max(0, lk.start - 45) : lk.end + 25].replace("\n", " ")
                rows.append((lk.rule, lk.ref, lk.text, ctx))
    return random.Random(seed).sample(rows, min(n, len(rows)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="ant")
    ap.add_argument("--mb", type=float, default=5.0, help="megabytes of article text to process")
    ap.add_argument("--json", action="store_true")
    ap.add_argument(
        "--sample", type=int, default=0, help="print N random links with context to check by hand"
    )
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    if args.sample:
        for i, (rule, ref, _text, ctx) in enumerate(
            sample_links(args.corpus, args.mb, args.sample, args.seed)
        ):
            print(f"{i}\t{rule}\t{ref}\t{ctx}")
        return
    res = run(args.corpus, args.mb)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
        return
    lx = res["lexicon"]
    print(
        f"lexicon: {lx['actors']} actors, {lx['alias_keys']} alias keys, {lx['role_phrases']} role phrases, "
        f"{lx['titles']} titles; load {lx['load_s']} s, automaton {lx['automaton_build_s']} s"
    )
    print(f"text: {res['articles']} {res['corpus']} articles, {res['megabytes']} MB")
    print(
        f"scan: {res['scan_mb_per_s']} MB/s per core   link+coref: {res['link_mb_per_s']} MB/s per core "
        f"({res['articles_per_s']} articles/s)"
    )
    print(f"links: {res['links']}")


if __name__ == "__main__":
    main()
