"""The numpy CRF decoder gives crfsuite's tags and marginals for the shipped model on real news."""

from __future__ import annotations

import pytest

from conftest_store import ant_records
from marsad.doc import Article
from marsad.entities.crf_decode import CrfDecoder
from marsad.entities.ner import NerTagger, default_tagger
from marsad.pipeline import Pipeline


def _crfsuite(tagger: NerTagger, tokens: list[str]) -> tuple[list[str], list[float]]:
    xseq = tagger.features.sentence(tokens)
    crf = tagger._tagger
    tags = crf.tag(xseq)
    return tags, [crf.marginal(y, i) if y != "O" else 1.0 for i, y in enumerate(tags)]


@pytest.fixture(scope="module")
def documents() -> list[list[list[str]]]:
    text = Pipeline(["text"])
    docs = []
    for r in ant_records(60):
        a = Article(r["text"])
        text(a)
        docs.append([[t.text for t in a.tokens[s.first_token : s.last_token + 1]] for s in a.sentences])
    return docs


def test_decoder_equals_crfsuite_on_real_articles(documents) -> None:
    tagger = default_tagger()
    if not isinstance(tagger, NerTagger):
        pytest.skip("the shipped model is not a CRF")
    decoder = CrfDecoder.from_tagger(tagger._tagger, tagger.features)
    names = 0
    for doc in documents:
        sentences = [s[:200] for s in doc]
        got = decoder.decode(sentences)
        for tokens, (tags, conf) in zip(sentences, got, strict=True):
            want_tags, want_conf = _crfsuite(tagger, tokens)
            assert tags == want_tags
            assert conf == pytest.approx(want_conf, abs=1e-5)
            names += sum(t.startswith("B-") for t in tags)
    assert names > 100  # the articles do hold names: the comparison is not between empty taggings


def test_empty_sentences_and_empty_documents() -> None:
    tagger = default_tagger()
    if not isinstance(tagger, NerTagger):
        pytest.skip("the shipped model is not a CRF")
    decoder = CrfDecoder.from_tagger(tagger._tagger, tagger.features)
    assert decoder.decode([]) == []
    got = decoder.decode([[], ["قال", "الرئيس", "بشار", "الأسد"], []])
    assert got[0] == ([], []) and got[2] == ([], [])
    assert got[1][0][2:] == ["B-PER", "I-PER"]


def test_a_full_word_index_starts_afresh_without_losing_a_document(documents, monkeypatch) -> None:
    """When the word index fills up in the middle of a batch, the document that overflows it keeps the words
    the index already held (they were looked up and missing: a KeyError that stopped a 30,000-article run)."""
    import marsad.entities.crf_decode as cd

    tagger = default_tagger()
    if not isinstance(tagger, NerTagger):
        pytest.skip("the shipped model is not a CRF")
    fresh = CrfDecoder.from_tagger(tagger._tagger, tagger.features)
    want = [fresh.decode([s[:200] for s in doc]) for doc in documents[:12]]
    monkeypatch.setattr(cd, "_CACHE_LIMIT", 600)  # a few documents' words
    small = CrfDecoder.from_tagger(tagger._tagger, tagger.features)
    for _ in range(2):  # the second pass meets every word again, after several fresh starts
        got = [small.decode([s[:200] for s in doc]) for doc in documents[:12]]
        assert [[tags for tags, _ in d] for d in got] == [[tags for tags, _ in d] for d in want]
    assert len(small._rows) <= 600 + max(len({t for s in doc for t in s}) for doc in documents[:12])
