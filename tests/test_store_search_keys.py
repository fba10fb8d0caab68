"""Full-text search is clitic-blind: «الحرس» finds «والحرس», «بالحرس», «للحرس» — also after migrating."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from marsad.ingest.readers import InputArticle
from marsad.ingest.runner import ingest_items
from marsad.pipeline import Pipeline
from marsad.store.db import make_engine, open_engine, resolve_url
from marsad.store.migrate import upgrade
from marsad.store.models import Article
from marsad.store.query import search_article_pks
from marsad.text.search import search_keys

TEXTS = {
    "a": "وأعلن الحرس الوطني التونسي اليوم إحباط عملية تهريب.",
    "b": "وتمكنت وحدات من والحرس البحري من إنقاذ مهاجرين قبالة سواحل صفاقس.",
    "c": "وقالت وزارة الداخلية إن أعوان الأمن تصدوا للحرس المزعوم.",
    "d": "استقبل رئيس الحكومة وفدا من صندوق النقد الدولي.",
}


@pytest.mark.parametrize(
    ("words", "keys"),
    [
        ("والحرس", ["حرس"]),
        ("بالجيش السوري", ["جيش", "سوري"]),
        ("للمعارضة", ["معارضه"]),
        ("Reuters 2017", ["reuters", "2017"]),
    ],
)
def test_store_search_keys(words, keys):
    assert search_keys(words) == keys


def _ingest(engine):
    items = [InputArticle(id=k, text=v, origin=k, published=dt.date(2017, 1, 1)) for k, v in TEXTS.items()]
    ingest_items(items, engine, pipeline=Pipeline(["text"]))


def _ids(engine, q):
    with Session(engine) as s:
        pks = search_article_pks(s, q, 10)
        return sorted(s.execute(select(Article.id).where(Article.pk.in_(pks))).scalars())


def test_store_search_is_clitic_blind(tmp_path):
    engine = open_engine(str(tmp_path / "kb.sqlite"))
    _ingest(engine)
    assert _ids(engine, "الحرس") == ["a", "b", "c"]
    assert _ids(engine, "والحرس الوطني") == ["a"]
    assert _ids(engine, "الحَرَس") == ["a", "b", "c"]
    assert _ids(engine, "صندوق النقد") == ["d"]
    assert _ids(engine, "مجلس الأمن") == []


def test_store_search_keys_backfilled_by_migration(tmp_path):
    engine = make_engine(resolve_url(str(tmp_path / "old.sqlite")))
    upgrade(engine, "0002")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO articles (id, content_hash, text, norm_text, warnings, meta, ingested_at) "
                "VALUES ('old', 'h', :t, :t, '[]', '{}', '2017-01-01')"
            ),
            {"t": TEXTS["b"]},
        )
    upgrade(engine)
    assert _ids(engine, "الحرس") == ["old"]
