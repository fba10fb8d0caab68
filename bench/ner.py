"""NER throughput on one core: the tagger alone (features included) and the whole ``entities`` stage.

    python bench/ner.py [--corpus ant|snn] [--articles 500] [--model DIR]

1. Tagger: every sentence of the ANERcorp official test split (tokens as given), features + Viterbi
   + marginals, tokens/s.
2. Stage: real news articles (reserved ids skipped) through ``text`` then ``entities``; the
   ``entities`` stage is timed alone (tagging, clitic offsets, merging, transliteration), tokens/s
   counts the article tokens of the text stage.
Also prints the model's load time and size on disk. Times are CPU times of this process
(``time.process_time``: the machine is shared).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from marsad.doc import Article
from marsad.entities.ner import EntitiesComponent, NerTagger, default_tagger
from marsad.entities.train import read_conll
from marsad.text.component import TextLayer

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
if not (DATA / "news").is_dir():
    DATA = Path("/work/shared/data")
CORPORA = {"snn": DATA / "news/saudinewsnet/saudinewsnet_politics.jsonl", "ant": DATA / "news/ant/ant.jsonl"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", choices=sorted(CORPORA), default="ant")
    ap.add_argument("--articles", type=int, default=500)
    ap.add_argument("--model", type=Path, default=None)
    args = ap.parse_args()

    t0 = time.perf_counter()
    tagger = NerTagger.load(args.model) if args.model else default_tagger()
    load_s = time.perf_counter() - t0
    folder = args.model or Path(__import__("marsad").__file__).parent / "data/models/ner"
    size = sum(p.stat().st_size for p in Path(folder).iterdir() if p.is_file())
    print(f"model {tagger.name}: loaded in {load_s:.2f} s, {size / 1e6:.1f} MB on disk")

    test = DATA / "ner/anercorp_camellab/ANERCorp_CamelLab_test.txt"
    if test.exists():
        sents = [toks for toks, _ in read_conll(test)]
        tagger.features._cache.clear()
        for net in (tagger, getattr(tagger, "nn", None)):  # the neural tagger, alone or in the ensemble
            for cache in ("_cache", "_folded"):  # its word-vector and folding caches
                getattr(net, cache, {}).clear()
                getattr(getattr(net, "coder", None), cache, {}).clear()
        t0 = time.process_time()
        for toks in sents:
            tagger.tag_with_confidence(toks)
        dt = time.process_time() - t0
        n = sum(map(len, sents))
        print(f"tagger (cold feature cache): {n} tokens in {dt:.2f} s = {n / dt:,.0f} tokens/s")

    reserved = set((DATA / "news/RESERVED_IDS.txt").read_text("utf-8").split())
    rows = []
    with CORPORA[args.corpus].open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["text"] and r["id"] not in reserved:
                rows.append(r)
            if len(rows) >= args.articles:
                break
    text_stage, ent_stage = TextLayer(), EntitiesComponent(tagger)
    n_tok = n_ent = 0
    t_ent = 0.0
    for r in rows:
        a = Article(r["text"], id=r["id"])
        text_stage(a)
        t0 = time.process_time()
        ent_stage(a)
        t_ent += time.process_time() - t0
        n_tok += len(a.tokens)
        n_ent += len(a.entities)
    print(
        f"entities stage on {len(rows)} {args.corpus} articles: {n_tok} tokens in {t_ent:.2f} s = "
        f"{n_tok / max(t_ent, 1e-9):,.0f} tokens/s, {n_ent} entities"
    )


if __name__ == "__main__":
    main()
