"""SpanIndex answers overlap queries exactly as comparing every pair does."""

from __future__ import annotations

import random

from marsad.text.spans import SpanIndex


def _brute(spans, s, e):
    return sorted((a, b, p) for a, b, p in spans if s < b and a < e)


def test_overlapping_equals_pairwise_comparison_on_random_spans() -> None:
    rng = random.Random(7)
    for _ in range(200):
        spans = []
        for i in range(rng.randint(0, 40)):
            a = rng.randint(0, 300)
            spans.append((a, a + rng.randint(0, 60), i))  # nested, overlapping and empty spans
        index = SpanIndex(spans)
        for _ in range(30):
            s = rng.randint(0, 360)
            e = s + rng.randint(0, 50)
            got = index.overlapping(s, e)
            assert sorted(got) == _brute(spans, s, e)
            assert got == sorted(got, key=lambda it: (it[0], it[1]))
            assert index.any_overlap(s, e) == bool(_brute(spans, s, e))


def test_mention_inside_a_long_earlier_span_is_found() -> None:
    # «وزارة الدفاع الروسية» spans «الروسية»; a short span between must not hide it
    index = SpanIndex([(0, 20, "ORG"), (5, 6, "x")])
    assert [p for _, _, p in index.overlapping(14, 20)] == ["ORG"]
    assert not SpanIndex([]).any_overlap(0, 10)
