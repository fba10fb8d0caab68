"""Measure false places: dump the places stage's resolutions on a corpus sample, and diff two dumps.

    python scripts/places_compare.py dump snn 250 251 new.json            # 250 SaudiNewsNet articles, seed 251
    python scripts/places_compare.py dump ant 20 9090 new.json --distinct  # one row per surface → place
    python scripts/places_compare.py dump snn 250 250 a.json --wordlike other/wordlike.tsv
    PYTHONPATH=/tmp/old python scripts/places_compare.py dump snn 250 251 old.json   # an older checkout
    python scripts/places_compare.py diff old.json new.json

Samples: `random.Random(seed).sample` over the corpus without reserved ids, places dev-set articles and
duplicates. Pipeline: text → actors → places (``--ner`` puts the NER stage in front). Every mention of the
``places`` layer is dumped with its span, place, country, rule and 40 characters of context either side, so
the added and lost resolutions can be read one by one. The dumps hold corpus text: keep them out of the
repository (SaudiNewsNet is CC BY-NC-SA).
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news"
DEV = Path(__file__).resolve().parents[1] / "tests" / "data" / "places_dev.jsonl"
CORPORA = {"snn": "saudinewsnet/saudinewsnet_politics.jsonl", "ant": "ant/ant.jsonl"}


def sample(corpus: str, n: int, seed: int, news: Path = NEWS) -> list[dict]:
    reserved = set((news / "RESERVED_IDS.txt").read_text().split())
    dev = {json.loads(ln)["article"] for ln in DEV.read_text(encoding="utf-8").splitlines() if ln.strip()}
    with (news / CORPORA[corpus]).open(encoding="utf-8") as f:
        arts = [json.loads(ln) for ln in f]
    arts = [a for a in arts if a["id"] not in reserved and a["id"] not in dev and not a.get("dup_of")]
    return random.Random(seed).sample(arts, n)


def dump(args: argparse.Namespace) -> None:
    from marsad.doc import Article
    from marsad.pipeline import Pipeline
    from marsad.places.gazetteer import default_gazetteer

    g = default_gazetteer()
    if args.wordlike:
        lines = Path(args.wordlike).read_text(encoding="utf-8").splitlines()
        words = {ln.split("\t", 1)[0] for ln in lines if ln and not ln.startswith("#")} - {"name"}
        g.wordlike = frozenset(words | g.cue_required)
    pipe = Pipeline(["text", *(["entities"] if args.ner else []), "actors", "places"])
    rows, seen = [], set()
    for a in sample(args.corpus, args.n, args.seed):
        art = pipe(Article(a["text"], id=a["id"], title=a.get("title")))
        for pm in art.layer("places", []):
            p = g.by_id.get(pm.gazetteer_id)
            if args.distinct and (p is None or p.feature == "country" or (pm.text, pm.gazetteer_id) in seen):
                continue
            seen.add((pm.text, pm.gazetteer_id))
            ctx = a["text"][max(0, pm.start - 40) : pm.end + 40].replace("\n", " ")
            rows.append(
                [
                    a["id"],
                    pm.start,
                    pm.end,
                    pm.text,
                    p.name_en if p else "",
                    p.country if p else "",
                    pm.rule,
                    ctx,
                ]
            )
    Path(args.out).write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    print(f"{len(rows)} resolutions → {args.out}")


def diff(args: argparse.Namespace) -> None:
    a = {tuple(r[:3]): r for r in json.loads(Path(args.old).read_text(encoding="utf-8"))}
    b = {tuple(r[:3]): r for r in json.loads(Path(args.new).read_text(encoding="utf-8"))}
    print(f"old {len(a)} new {len(b)}")
    for k, r in sorted(b.items()):
        if k not in a or a[k][4:6] != r[4:6]:
            was = a[k][4] if k in a else "-"
            print(f"+ {r[3]} → {r[4]} {r[5]} {r[6]} (was {was}) | {r[7]}")
    for k, r in sorted(a.items()):
        if k not in b:
            print(f"- {r[3]} → {r[4]} {r[5]} {r[6]} | {r[7]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("corpus", choices=sorted(CORPORA))
    d.add_argument("n", type=int)
    d.add_argument("seed", type=int)
    d.add_argument("out")
    d.add_argument("--wordlike", help="use this wordlike.tsv instead of the shipped one")
    d.add_argument("--ner", action="store_true", help="run the NER stage before actors and places")
    d.add_argument("--distinct", action="store_true", help="one row per surface → place, countries left out")
    d.set_defaults(func=dump)
    f = sub.add_parser("diff")
    f.add_argument("old")
    f.add_argument("new")
    f.set_defaults(func=diff)
    args = ap.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
