"""A self-trained name lexicon: what a first NER model thinks each word is, across unlabeled news.

The first model (fitted on the train part) tags a few million words of unlabeled news; for each word
seen at least ``min_count`` times we keep the entity type it was most often tagged with and how
often (a bucket 0–3 of the share of its occurrences), e.g. «بوتين» → ``PER3``. Like the word
clusters this is corpus-level evidence for names that are rare or absent in the labelled data, but
it is sharpened by the supervised model: a name seen after «الرئيس» in one article and after «قال»
in another accumulates PER tags from both.
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from marsad.entities.clusters import tokenize_plain

__all__ = ["self_lexicon", "read_word_types", "write_word_types"]

_SENTENCE_END = re.compile(r"[.!?؟\n]+")


def self_lexicon(
    tagger,
    texts: list[str],
    *,
    max_tokens: int = 3_000_000,
    min_count: int = 3,
    min_share: float = 0.1,
    seed: int = 1,
) -> dict[str, str]:
    """Word → type + bucket (``PER0``…``ORG3``) from ``tagger`` run over a seeded sample of ``texts``."""
    order = list(range(len(texts)))
    random.Random(seed).shuffle(order)
    counts: dict[str, Counter] = defaultdict(Counter)
    n = 0
    for k in order:
        for sent in _SENTENCE_END.split(texts[k]):
            toks = tokenize_plain(sent)
            if len(toks) < 3 or len(toks) > 150:
                continue
            for w, t in zip(toks, tagger.tag(toks), strict=True):
                counts[w][t[2:] if t != "O" else "O"] += 1
            n += len(toks)
        if n >= max_tokens:
            break
    out: dict[str, str] = {}
    for w, c in counts.items():
        total = sum(c.values())
        if total < min_count:
            continue
        types = [(v, t) for t, v in c.items() if t != "O"]
        if not types:
            continue
        v, t = max(types)
        share = v / total
        if share >= min_share:
            out[w] = f"{t}{min(int(share * 4), 3)}"
    return out


def write_word_types(path, words: dict[str, str], header: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for line in header.splitlines():
            f.write("# " + line + "\n")
        for w in sorted(words):
            f.write(f"{w}\t{words[w]}\n")


def read_word_types(lines: Iterable[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in lines:
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            w, _, typ = line.partition("\t")
            out[w] = typ
    return out
