"""Benchmark the places stage: gazetteer size and coverage, look-ups per second, articles per second.

    .venv/bin/python bench/places.py [--articles 300] [--markdown]

Single process (one core). ``--markdown`` prints the per-country table used in docs/places.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path

from marsad.places.gazetteer import default_gazetteer

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARSAD_SHARED_DATA", ROOT.parent / "shared" / "data"))
FOCUS = [
    "SY",
    "IQ",
    "YE",
    "LY",
    "LB",
    "PS",
    "JO",
    "EG",
    "SA",
    "TN",
    "TR",
    "IR",
    "IL",
    "AE",
    "KW",
    "QA",
    "BH",
    "OM",
    "SD",
]


def gazetteer_stats() -> dict:
    t0 = time.perf_counter()
    g = default_gazetteer()
    load_s = time.perf_counter() - t0
    path = resources.files("marsad").joinpath("data/places/gazetteer.tsv.gz")
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for p in g.places:
        per[p.country][p.feature] += 1
    names_per: Counter[str] = Counter()
    for idx in g.index.values():
        for c in {g.places[i].country for i in idx}:
            names_per[c] += 1
    return {
        "places": len(g.places),
        "names": sum(1 for v in g.index.values() if v),
        "countries": len(per),
        "file_bytes": len(path.read_bytes()),
        "load_s": round(load_s, 3),
        "per_country": {c: dict(per[c]) | {"names": names_per[c]} for c in per},
    }


def lookups_per_second(n: int = 200_000, seed: int = 5) -> float:
    g = default_gazetteer()
    rng = random.Random(seed)
    names = [p.name_ar for p in g.places]
    pool = []
    for _ in range(5000):
        name = rng.choice(names)
        pool.append(rng.choice([name, "ب" + name, "و" + name, name.replace("ة", "ه"), name + "ستان"]))
    t0 = time.perf_counter()
    for i in range(n):
        g.lookup(pool[i % len(pool)])
    return n / (time.perf_counter() - t0)


def articles_per_second(n: int) -> dict:
    from marsad.doc import Article
    from marsad.places.component import PlaceResolver
    from marsad.text.component import TextLayer

    path = SHARED / "news" / "ant" / "ant.jsonl"
    if not path.exists():
        return {}
    reserved = set((SHARED / "news" / "RESERVED_IDS.txt").read_text().split())
    arts = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] not in reserved:
                arts.append(a)
            if len(arts) >= n:
                break
    text = TextLayer()
    places = PlaceResolver()
    docs = [Article(a["text"], id=a["id"], title=a.get("title")) for a in arts]
    for d in docs:
        text(d)
    t0 = time.perf_counter()
    found = 0
    for d in docs:
        places(d)
        found += sum(1 for e in d.entities if e.geo)
    dt = time.perf_counter() - t0
    chars = sum(len(d.text) for d in docs)
    return {
        "articles": len(docs),
        "articles_per_s": round(len(docs) / dt, 1),
        "chars_per_s": round(chars / dt),
        "geocoded_entities_per_article": round(found / len(docs), 2),
    }


def markdown(stats: dict) -> str:
    rows = [
        "| country | places | names | city | village | admin1–3 | facility/region |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    per = stats["per_country"]
    order = FOCUS + sorted((c for c in per if c not in FOCUS), key=lambda c: -sum(per[c].values()))[:0]
    for c in order:
        if c not in per:
            continue
        f = per[c]
        admin = sum(f.get(k, 0) for k in ("admin1", "admin2", "admin3"))
        rows.append(
            f"| {c} | {sum(v for k, v in f.items() if k != 'names'):,} | {f['names']:,} | {f.get('city', 0):,} | "
            f"{f.get('village', 0):,} | {admin} | {f.get('facility', 0) + f.get('region', 0)} |"
        )
    rest = [c for c in per if c not in FOCUS]
    n_rest = sum(sum(v for k, v in per[c].items() if k != "names") for c in rest)
    rows.append(f"| {len(rest)} other countries | {n_rest:,} | | | | | |")
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    stats = gazetteer_stats()
    if args.markdown:
        print(markdown(stats))
        return
    out = {k: v for k, v in stats.items() if k != "per_country"}
    out["lookups_per_s"] = round(lookups_per_second())
    out.update(articles_per_second(args.articles))
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
