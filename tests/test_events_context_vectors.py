"""Word vectors around a candidate's trigger as features of the event filter."""

from __future__ import annotations

import datetime as dt

import numpy as np

from marsad.doc import Span
from marsad.events.context_vectors import WordTable, default_vectors, vector_features
from marsad.events.filter import features
from marsad.events.fixtures import build_article
from marsad.text.normalize import fold

TEXT = "وقال المتحدث إن طائرات التحالف شنت غارات على مواقع الحوثيين في صنعاء أمس. وانتهى الاجتماع."


def _table() -> WordTable:
    words = [fold(w) for w in ("التحالف", "شنت", "غارات", "مواقع", "صنعاء", "قال")]
    vecs = np.eye(len(words), 8, dtype=np.float32)
    return WordTable(words, vecs)


def _trigger(art, word: str) -> Span:
    k = art.text.index(word)
    return Span(k, k + len(word), word)


def test_each_part_is_the_mean_vector_of_its_known_words():
    art = build_article(TEXT, published=dt.date(2015, 8, 1))
    table = _table()
    f = vector_features(art, _trigger(art, "غارات"), table)
    v = {p: np.array([f.get(f"v{p}{i}", 0.0) for i in range(8)]) for p in "LRTS"}
    # before: «إن طائرات التحالف شنت» (five words, two of them known): the mean of «التحالف» and «شنت»
    assert np.allclose(v["L"], (table.vectors[0] + table.vectors[1]) / 2, atol=1e-4)
    # after: «على مواقع الحوثيين في صنعاء»: «مواقع» and «صنعاء»
    assert np.allclose(v["R"], (table.vectors[3] + table.vectors[4]) / 2, atol=1e-4)
    assert np.allclose(v["T"], table.vectors[2], atol=1e-4)
    # the sentence: «وقال» is found without its proclitic; the second sentence is not read
    assert np.allclose(v["S"], table.vectors[[5, 0, 1, 2, 3, 4]].mean(axis=0), atol=1e-4)


def test_a_part_with_no_known_word_is_left_out_and_no_table_gives_nothing():
    art = build_article(TEXT, published=dt.date(2015, 8, 1))
    f = vector_features(art, _trigger(art, "الاجتماع"), _table())
    assert not any(k.startswith(("vL", "vR", "vT", "vS")) for k in f)  # no known word in that sentence
    assert vector_features(art, _trigger(art, "غارات"), None) == {}


def test_the_table_survives_a_round_trip_through_its_file(tmp_path):
    table = _table()
    table.save(tmp_path / "v.npz")
    back = WordTable.load((tmp_path / "v.npz").read_bytes())
    assert back.index == table.index
    assert np.allclose(back.vectors, table.vectors, atol=1e-3)  # stored as float16
    assert back.row(fold("وبالتحالف")) is None and back.row(fold("والتحالف")) == 0


def test_the_filter_reads_the_vector_features_and_the_shipped_table_loads(monkeypatch):
    art = build_article(TEXT, published=dt.date(2015, 8, 1))
    from marsad.events.component import extract_events

    (ev,) = [e for e in extract_events(art, use_filter=False) if e.sub_event_type == "Air/drone strike"]
    words = vector_features(art, ev.trigger, _table())
    f = features(art, ev, [ev], 0.5, words)
    assert f["vT2"] == 1.0 and f["context"] == 0.5
    monkeypatch.delenv("MARSAD_EVENTS_VECTORS", raising=False)
    default_vectors.cache_clear()
    shipped = default_vectors()
    assert shipped is not None and shipped.dim == 64 and len(shipped.index) > 20_000
    assert shipped.row(fold("غارات")) is not None
    monkeypatch.setenv("MARSAD_EVENTS_VECTORS", "off")
    default_vectors.cache_clear()
    assert default_vectors() is None
    default_vectors.cache_clear()
