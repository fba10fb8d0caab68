"""Text-layer speed on real news: tokens/s for tokenization, sentence splitting and the view.

    python bench/text.py [--articles 3000]

Prints per-core rates (one process) over ANT + SaudiNewsNet articles read from ../shared/data.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from marsad.text.component import TextLayer
from marsad.text.normalize import normalize
from marsad.text.sentences import sentence_bounds
from marsad.text.tokens import tokenize

ROOT = Path(__file__).resolve().parent.parent
NEWS = ROOT.parent / "shared" / "data" / "news"


def load(n: int) -> list[str]:
    texts = []
    for name in ("ant/ant.jsonl", "saudinewsnet/saudinewsnet_politics.jsonl"):
        with (NEWS / name).open(encoding="utf-8") as fh:
            texts += [json.loads(ln)["text"] for ln in fh]
    return [t for t in texts if t][:n]


def rate(fn, texts: list[str], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=3000)
    args = ap.parse_args()
    texts = load(args.articles)
    n_tokens = sum(len(tokenize(t)) for t in texts)
    n_chars = sum(len(t) for t in texts)
    from marsad.doc import Article

    layer = TextLayer()
    rows = [
        ("tokenize", rate(tokenize, texts)),
        ("sentences", rate(sentence_bounds, texts)),
        ("normalized view", rate(normalize, texts)),
        ("text layer (tokens+sentences)", rate(lambda t: layer(Article(t)), texts)),
    ]
    print(f"command: {' '.join(['python', *sys.argv])}")
    print(
        f"corpus: {len(texts)} real articles, {n_tokens:,} tokens, {n_chars / 1e6:.1f} M characters (one core)"
    )
    for name, secs in rows:
        print(
            f"{name:32s} {n_tokens / secs:12,.0f} tokens/s  {n_chars / secs / 1e6:6.2f} M chars/s  {len(texts) / secs:9,.0f} articles/s"
        )


if __name__ == "__main__":
    main()
