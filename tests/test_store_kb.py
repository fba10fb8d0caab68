"""`marsad.KnowledgeBase`: events as records, pandas and Arrow, with filters; entities, quotes, stats."""

from __future__ import annotations

import pyarrow as pa

import marsad.kb
from conftest_store import KeywordEvents, ant_records, store_url  # noqa: F401 - fixture
from marsad.analysis import parse_date
from marsad.ingest.readers import InputArticle
from marsad.ingest.runner import ingest_items
from marsad.pipeline import Pipeline
from marsad.store.db import open_engine


def _fill(url: str) -> None:
    pool = ant_records(4000, with_dups=True)
    recs = [r for r in pool if any(w in r["text"] for w in ("الجيش", "الحرس الوطني", "القصرين"))][:60]
    items = [
        InputArticle(
            id=r["id"],
            text=r["text"],
            origin=r["id"],
            title=r["title"],
            published=parse_date(r["date"]),
            source=r["source"],
            url=r["url"],
        )
        for r in recs
    ]
    engine = open_engine(url)
    ingest_items(items, engine, pipeline=Pipeline(["text", KeywordEvents()]))
    engine.dispose()


def test_events_as_records_pandas_and_arrow(store_url):  # noqa: F811
    _fill(store_url)
    with marsad.kb.KnowledgeBase(store_url) as kb:
        recs = kb.events()
        assert recs and all(r["sources"] for r in recs)
        dates = [r["date"] for r in recs if r["date"]]
        assert dates == sorted(dates)
        df = kb.events(as_="pandas")
        tbl = kb.events(as_="arrow")
        assert isinstance(tbl, pa.Table) and tbl.num_rows == len(df) == len(recs)
        assert list(df["event_id"]) == [r["id"] for r in recs]
        battles = kb.events(type="Battles")
        assert battles and all(r["event_type"] == "Battles" for r in battles)
        army = kb.events(actor="الجيش الوطني")  # folded substring: no match for a longer name
        assert army == [] or all("الجيش" in r["actor"]["name"] for r in army)
        army = kb.events(actor="الجيش")
        assert army and all(
            r["actor"]["name"] == "الجيش" or (r["target"] or {}).get("name") == "الجيش" for r in army
        )
        kass = kb.events(place="القصرين", start="2017-01-01")
        assert all(r["place"]["name_en"] == "Kasserine" and r["date"] >= "2017-01-01" for r in kass)
        assert kb.events(limit=2) == recs[:2]
        assert all(r["num_sources"] >= 1 for r in kb.events(min_sources=1))
        assert kb.events(min_sources=99) == []
        assert kb.events(min_confidence=0.7) == recs  # the fixture's events are all at 0.7
        assert kb.events(min_confidence=0.71) == []
        stats = kb.stats()
        assert stats["articles"] == 60 and stats["events"] == len(recs)
        ents = kb.entities(type="ORG")
        assert ents and ents[0]["num_articles"] >= ents[-1]["num_articles"]
        assert kb.quotes(limit=5)
        first = recs[0]["sources"][0]["article_id"]
        art = kb.article(first)
        assert art["id"] == first and art["events"]
        assert kb.article("no-such-id") is None
        assert kb.articles(place="TN", limit=3)
