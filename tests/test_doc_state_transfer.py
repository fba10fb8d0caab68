"""The binary article image that analysis workers send to the knowledge-base writer."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.doc import dump_state, load_state
from marsad.ingest.parallel import analyze_article
from marsad.ingest.readers import InputArticle
from marsad.pipeline import default_pipeline
from marsad.store import minhash

TEXT = (
    "واستعاد الجيش السوري أمس السيطرة على قرية خشام بريف دير الزور من تنظيم داعش. "
    "وقال الناطق باسم وزارة الدفاع الروسية اللواء إيغور كوناشينكوف: «تم تحرير القرية»."
)


@pytest.fixture(scope="module")
def article():
    item = InputArticle(id="t1", text=TEXT, origin="t1", title="خشام", published=dt.date(2017, 10, 22))
    _, art, error = analyze_article(item, default_pipeline())
    assert error is None
    return art


def test_full_image_gives_back_an_equal_article(article) -> None:
    back = load_state(dump_state(article))
    assert back.to_json(evidence=True) == article.to_json(evidence=True)
    assert back.tokens == article.tokens and back.sentences == article.sentences


def test_store_image_skips_tokens_but_keeps_every_stored_layer(article) -> None:
    back = load_state(dump_state(article), for_store=True)
    assert back.tokens == [] and back.sentences == []
    assert back.to_json(evidence=True) == article.to_json(evidence=True)
    assert back.layer("search_text") == article.layer("search_text")


def test_worker_minhash_is_the_signature_the_writer_would_compute(article) -> None:
    packed = load_state(dump_state(article), for_store=True).layer(minhash.LAYER)
    expected = minhash.signature(minhash.shingles(article.view.text, folded=True))
    assert packed and (minhash.from_bytes(packed) == expected).all()
    assert minhash.signature_bytes("") == b""
