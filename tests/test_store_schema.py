"""The knowledge-base schema: migrations, URL resolution, SQLite WAL, diacritic-blind full-text search."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from conftest_store import store_url  # noqa: F401 - fixture
from marsad.doc import Article
from marsad.store import migrate
from marsad.store.db import default_path, is_sqlite, open_engine, resolve_url
from marsad.store.kb import KnowledgeBase
from marsad.store.models import Base
from marsad.store.writer import Writer, content_hash


def test_migrations_create_every_model_table(store_url):  # noqa: F811
    engine = open_engine(store_url)
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert migrate.current(engine) == migrate.head()
    if is_sqlite(engine):
        assert "articles_fts" in tables
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    # opening again is a no-op
    open_engine(store_url).dispose()
    engine.dispose()


def test_resolve_url(monkeypatch, tmp_path):
    monkeypatch.delenv("MARSAD_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_path() == tmp_path / "marsad" / "marsad.sqlite"
    assert resolve_url(None) == f"sqlite:///{tmp_path}/marsad/marsad.sqlite"
    assert resolve_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path}/x.db"
    assert resolve_url("postgres://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert resolve_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    monkeypatch.setenv("MARSAD_DB", "sqlite:////tmp/env.sqlite")
    assert resolve_url(None) == "sqlite:////tmp/env.sqlite"
    assert resolve_url("sqlite:////tmp/flag.sqlite") == "sqlite:////tmp/flag.sqlite"


# Real ANT sentences; queries written with other hamza/alef/ta-marbuta forms or with diacritics.
_S1 = "تمكنت الأجهزة الأمنية السعودية بالتعاون مع نظيرتها في قطر من إحباط محاولة تهريب"
_S2 = "اختتمت ليلة البارحة فعاليات المهرجان العربي للاذاعة و التلفزيون في دورته 18"
SEARCH = [
    (_S1, "الامنيه", True),
    (_S1, "إحْبَاط", True),
    (_S1, "الأجهزة الامنية", True),
    (_S2, "للإذاعة", True),
    (_S2, "المهرجانُ العربيّ", True),
    (_S2, "الحرس", False),
]


@pytest.mark.parametrize(("sentence", "query", "found"), SEARCH)
def test_search_ignores_diacritics_and_letter_forms(store_url, sentence, query, found):  # noqa: F811
    engine = open_engine(store_url)
    with Session(engine) as s:
        Writer(s).add(Article(sentence, id="a1", title="خبر"), content_hash(sentence))
        s.commit()
    hits = KnowledgeBase(engine=engine).search(query)
    assert ([h["id"] for h in hits] == ["a1"]) is found
    engine.dispose()


def test_upgrade_from_the_first_revision_keeps_rows(tmp_path):
    from sqlalchemy import text as sql

    from marsad.store.db import make_engine, resolve_url

    engine = make_engine(resolve_url(tmp_path / "old.sqlite"))
    migrate.upgrade(engine, "0001")
    assert "geo" not in {c["name"] for c in inspect(engine).get_columns("article_entities")}
    with engine.begin() as conn:
        conn.execute(
            sql(
                "INSERT INTO articles (id, content_hash, text, norm_text, warnings, meta, ingested_at) "
                "VALUES ('a', 'h', 'نص', 'نص', '[]', '{}', '2017-01-01')"
            )
        )
    engine.dispose()
    engine = open_engine(tmp_path / "old.sqlite")  # opening brings it to head
    assert migrate.current(engine) == migrate.head()
    assert "geo" in {c["name"] for c in inspect(engine).get_columns("article_entities")}
    assert KnowledgeBase(engine=engine).search("نص")[0]["id"] == "a"
    engine.dispose()
