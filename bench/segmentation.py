"""Segmentation benchmark: WikiNews word accuracy (both schemes) and tokens/s of `segment` on one core.

Run: ``.venv/bin/python bench/segmentation.py [--articles 2000]``. Also prints the accuracy on the
hand-checked ANT Farasa dev set (tests/data/segmentation_farasa_dev.tsv). Throughput is measured over the
Arabic words of ANT articles (reserved ids excluded), first pass cold (every new word type analysed),
then warm (the per-type cache, as in a long-running pipeline). Speeds divide by the process's CPU
time, so other jobs on a shared machine do not count against it. The WikiNews file is a test set.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

_WORD = re.compile("[\u0621-\u064a\u0640\u064b-\u065f\u0670]+")


def ant_tokens(n_articles: int) -> list[str]:
    from marsad.text.evaluate import shared_data_dir

    data = shared_data_dir()
    reserved = set((data / "news" / "RESERVED_IDS.txt").read_text("utf-8").split())
    toks: list[str] = []
    with open(data / "news" / "ant" / "ant.jsonl", encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k >= n_articles:
                break
            rec = json.loads(line)
            if rec["id"] not in reserved:
                toks.extend(_WORD.findall(rec["text"]))
    return toks


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000, help="ANT articles for the speed test")
    args = ap.parse_args(argv)
    from marsad.text.clitics import _PIECES, _split_cached, analyzer, segment, split
    from marsad.text.evaluate import DEFAULT_GOLD, farasa_form, read_gold, score

    print("command:", " ".join([Path(sys.executable).name, *sys.argv]))
    t0 = time.process_time()
    analyzer()
    print(f"lexicon load (CPU): {1000 * (time.process_time() - t0):.0f} ms")
    if DEFAULT_GOLD.is_file():
        s = score(read_gold(), lambda w: split(w, "farasa"), split)
        print(
            f"WikiNews gold ({s.words} words): farasa scheme {100 * s.farasa:.2f} %, "
            f"clitic scheme {100 * s.clitics:.2f} %  (Farasa itself: 98.60 % farasa scheme)"
        )
    dev = Path(__file__).resolve().parent.parent / "tests" / "data" / "segmentation_farasa_dev.tsv"
    if dev.is_file():
        rows = [ln.split("\t") for ln in dev.read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
        ok = sum("+".join(farasa_form(split(w, "farasa"))) == g for _, w, g in rows)
        print(
            f"ANT Farasa dev set ({len(rows)} words, hand-checked): farasa scheme {100 * ok / len(rows):.2f} %"
        )
    toks = ant_tokens(args.articles)
    _split_cached.cache_clear()
    for cache in _PIECES.values():
        cache.clear()
    t0 = time.process_time()
    for tok in toks:
        segment(tok)
    cold = time.process_time() - t0
    t0 = time.process_time()
    for tok in toks:
        segment(tok)
    warm = time.process_time() - t0
    types = len(set(toks))
    print(
        f"speed over {len(toks)} ANT tokens ({types} types), one core (CPU time): "
        f"cold {len(toks) / cold:,.0f} tokens/s, warm {len(toks) / warm:,.0f} tokens/s"
    )


if __name__ == "__main__":
    main()
