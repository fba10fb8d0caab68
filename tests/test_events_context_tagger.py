"""The context CRF the event filter reads: features without corpus words, probabilities, training."""

from __future__ import annotations

import datetime as dt

from marsad import catalogue
from marsad.doc import Span
from marsad.events.context_tagger import (
    ContextTagger,
    default_context_tagger,
    sentence_features,
    train_context,
)
from marsad.events.filter import features
from marsad.events.fixtures import build_article

# SaudiNewsNet 20150725-01536 style: a strike, then what a minister said
TEXT = (
    "قصفت طائرات حربية تركية مواقع لتنظيم داعش في شمال سوريا. وقال الوزير جاويش أوغلو إن المنطقة ستصبح آمنة."
)
ENTS = [("ORG", "تنظيم داعش"), ("LOC", "سوريا", "country", None, "SY"), ("PER", "جاويش أوغلو")]


def _article():
    return build_article(TEXT, published=dt.date(2015, 7, 25), entities=ENTS)


def _span(art, word):
    k = art.text.index(word)
    return Span(k, k + len(word), word)


def test_features_hold_event_lexicon_words_and_clusters_but_no_other_corpus_word():
    art = _article()
    feats, spans = sentence_features(art, art.sentences[0])
    assert len(feats) == len(spans) == len([t for t in art.tokens if t.end <= art.sentences[0].end])
    flat = {f for fs in feats for f in fs}
    assert any(f.startswith("lex") and "قصف" in f for f in flat)  # «قصفت» is a lexicon word
    assert not any(w in f for f in flat for w in ("جاويش", "أوغلو", "حربية"))  # a name, a plain word
    assert any(f.startswith("ent=ORG") for f in flat) and "-1:pad" in feats[0] and "2:pad" in feats[-1]


def test_the_shipped_crf_finds_the_strike_more_eventful_than_the_saying():
    tagger = default_context_tagger()
    assert tagger is not None and catalogue.verify("events-context") == []
    art = _article()
    strike = tagger.probability(art, [_span(art, "قصفت")])
    saying = tagger.probability(art, [_span(art, "وقال")])
    assert 0.0 <= saying < strike <= 1.0 and strike > 0.5


def test_the_filter_reads_the_context_probability():
    art = _article()
    from marsad.events.component import extract_events

    ev = extract_events(art, min_confidence=0.0, use_filter=False)[0]
    f = features(art, ev, [ev], 0.72)
    assert f["context"] == 0.72 and f["context=high"] == 1.0
    assert "context" not in features(art, ev, [ev])


def test_training_is_deterministic(tmp_path):
    docs = [(_article(), [Span(0, 4, "قصفت")])]
    a = train_context(iter(docs), tmp_path / "a.crf")
    b = train_context(iter(docs), tmp_path / "b.crf")
    assert a.read_bytes() == b.read_bytes()
    art = _article()
    assert ContextTagger(a).probability(art, [_span(art, "قصفت")]) > 0.5


def test_the_environment_can_switch_it_off(monkeypatch):
    default_context_tagger.cache_clear()
    try:
        monkeypatch.setenv("MARSAD_EVENTS_CONTEXT", "off")
        assert default_context_tagger() is None
    finally:
        default_context_tagger.cache_clear()


def test_only_the_named_word_lists_feed_its_lexicon_feature():
    # a list added for a rule («blade_words», «arresting_heads» with «الجيش») must not change the
    # shipped CRF's features until it is named in _context_lists and the model retrained
    import json
    from importlib import resources

    from marsad.events.context_tagger import _vocabulary
    from marsad.text.normalize import fold

    raw = json.loads(resources.files("marsad").joinpath("data/events/words.json").read_text("utf-8"))
    named = raw["_context_lists"]
    assert all(k in raw for k in named)
    vocab = _vocabulary()
    assert fold("المصلين") in vocab  # a word of a named list (victim_nouns …)
    assert "blade_words" not in named and fold("بساطور") not in vocab
    assert "arresting_heads" not in named and fold("الجيش") not in vocab
