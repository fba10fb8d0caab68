"""The whole text layer over real articles: nothing raises and every offset reproduces its text."""

import pytest

import marsad
from conftest import load_corpus


@pytest.mark.slow
def test_text_layer_over_600_real_articles():
    from marsad.pipeline import Pipeline

    pipe = Pipeline(["text"])
    docs = load_corpus("ant", 400, seed=5) + load_corpus("snn", 200, seed=5)
    assert len(docs) == 600
    n_tokens = 0
    for d in docs:
        text = d["text"]
        a = marsad.analyze(text, published=d["date"], pipeline=pipe)
        assert a.text is text
        for t in a.tokens:
            assert text[t.start : t.end] == t.text
            assert not t.text.isspace()
        prev_end = 0
        for s in a.sentences:
            assert text[s.start : s.end] == s.text
            assert s.start >= prev_end and s.text == s.text.strip()
            prev_end = s.end
            for t in a.tokens[s.first_token : s.last_token]:
                assert s.start <= t.start and t.end <= s.end
        # every token belongs to exactly one sentence
        assert sum(s.last_token - s.first_token for s in a.sentences) == len(a.tokens)
        view = a.view
        for t in a.tokens[:50]:
            i = view.to_normalized(t.start)
            j = view.to_normalized(t.end)
            s, e = view.span_to_original(i, j)
            assert (s, e) == (t.start, t.end) or not t.norm
        n_tokens += len(a.tokens)
    assert n_tokens > 100_000
