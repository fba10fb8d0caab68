"""The places dev set: every gold span is a whole word of its article (an occurrence count once pointed «الجم» into
«الجمعة»), batches are marked, and held-out batches share no article with the development batch."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from marsad.places.evaluate import DEFAULT_GOLD, DEFAULT_NEWS, load_gold

_LETTER = re.compile("[\u0621-\u064a]")


def test_batches_are_marked_and_disjoint() -> None:
    gold = load_gold(DEFAULT_GOLD)
    per = Counter(g.batch for g in gold)
    assert set(per) == {1, 2, 3} and per[3] >= 60
    articles = {b: {g.article for g in gold if g.batch == b} for b in per}
    assert not articles[1] & (articles[2] | articles[3]) and not articles[2] & articles[3]


def test_gold_spans_are_whole_words() -> None:
    gold = load_gold(DEFAULT_GOLD)
    ids = {g.article for g in gold}
    texts: dict[str, str] = {}
    for rel in ("ant/ant.jsonl", "saudinewsnet/saudinewsnet_politics.jsonl"):
        path = DEFAULT_NEWS / rel
        if not path.exists():
            pytest.skip("shared corpora not available")
        with path.open(encoding="utf-8") as f:
            for line in f:
                if any(i in line[:80] for i in ids):
                    a = json.loads(line)
                    if a["id"] in ids:
                        texts[a["id"]] = a["text"]
    for g in gold:
        t = texts[g.article]
        assert t[g.start : g.end] == g.text, (g.article, g.text)
        assert not _LETTER.match(t[g.end : g.end + 1]), (g.article, g.text, t[g.start : g.end + 5])
