"""Across articles, on real ANT articles: exact copies (the corpus's ``dup_of``), near-duplicates
(MinHash on the folded view) and the merging of event reports into events with honest counts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from conftest_store import KeywordEvents, ant_records, dup_pairs, store_url  # noqa: F401 - fixture
from marsad.analysis import parse_date
from marsad.ingest.readers import InputArticle
from marsad.ingest.runner import ingest_items
from marsad.pipeline import Pipeline
from marsad.store import minhash
from marsad.store.db import open_engine
from marsad.store.models import Article as ArticleRow
from marsad.store.models import Event as EventRow
from marsad.store.models import EventSource, NearDuplicate

# Two Jawhara FM reports of the same clash near Jebel Semmama (Kasserine), 17 Feb 2017.
SAME_CLASH = ("ant-JA-localNews-1417-20170217", "ant-JA-localNews-1423-20170217")
OTHER_PLACE = "ant-JA-culture-77-20161028"  # another Battles report (place: Tunisia), moved to the same day


def _item(r: dict, **over) -> InputArticle:
    d = {
        "id": r["id"],
        "text": r["text"],
        "origin": r["id"],
        "title": r.get("title"),
        "published": parse_date(r.get("date")),
        "source": r.get("source"),
        "url": r.get("url"),
    }
    d.update(over)
    return InputArticle(**d)


@pytest.fixture(scope="module")
def by_id() -> dict[str, dict]:
    return {r["id"]: r for r in ant_records(4000)}


def _pipe() -> Pipeline:
    return Pipeline(["text", KeywordEvents()])


def test_corpus_exact_duplicates_are_copies_not_reanalyzed(store_url):  # noqa: F811
    pairs = dup_pairs(6)
    assert len(pairs) == 6
    engine = open_engine(store_url)
    items = [_item(o) for o, _ in pairs] + [_item(d) for _, d in pairs]
    rep = ingest_items(items, engine, pipeline=_pipe())
    assert (rep.stored, rep.duplicates, rep.failed) == (6, 6, [])
    with Session(engine) as s:
        rows = {r.id: r for r in s.execute(select(ArticleRow)).scalars()}
        for o, d in pairs:
            assert rows[d["id"]].dup_of == rows[o["id"]].pk and rows[o["id"]].dup_of is None
            assert rows[d["id"]].pipeline_id is None  # not analyzed again
        for ev in s.execute(select(EventRow)).scalars():  # events of an original count its copy
            assert ev.num_mentions == 1 and ev.num_articles == 2
    engine.dispose()


def test_rewritten_wire_copy_is_a_near_duplicate_and_its_events_merge(store_url, by_id):  # noqa: F811
    orig = by_id[SAME_CLASH[1]]
    # the wire agency's version: a dateline in front, a credit line at the end, a word changed
    rewritten = (
        "القصرين (وات) - "
        + orig["text"].replace("مصدر أمني", "مصدر عسكري")
        + "\nالمصدر: وكالة تونس إفريقيا للأنباء"
    )
    assert rewritten != orig["text"]
    engine = open_engine(store_url)
    items = [_item(orig), _item(orig, id="wire-copy-1", text=rewritten, source="وات", published=None)]
    rep = ingest_items(items, engine, pipeline=_pipe())
    assert (rep.stored, rep.near_duplicates) == (2, 1)
    with Session(engine) as s:
        link = s.execute(select(NearDuplicate)).scalar_one()
        assert link.similarity >= 0.6
        ev = s.execute(
            select(EventRow)
        ).scalar_one()  # the copy has no date: merged through the near-dup link
        assert (ev.num_mentions, ev.num_articles, ev.num_sources) == (2, 2, 2)
    engine.dispose()


def test_two_reports_of_one_clash_merge_and_another_place_does_not(store_url, by_id):  # noqa: F811
    engine = open_engine(store_url)
    day = dt.date(2017, 2, 17)
    items = [
        _item(by_id[SAME_CLASH[0]]),
        _item(by_id[OTHER_PLACE], published=day),
        _item(by_id[SAME_CLASH[1]]),
    ]
    rep = ingest_items(items, engine, pipeline=_pipe())
    assert rep.near_duplicates == 0 and rep.event_reports == 3 and rep.events_merged == 1
    with Session(engine) as s:
        events = {
            e.id: e for e in s.execute(select(EventRow).where(EventRow.event_type == "Battles")).scalars()
        }
        assert len(events) == 2
        by_article = dict(
            s.execute(
                select(ArticleRow.id, EventSource.event_id).join(
                    EventSource, EventSource.article_pk == ArticleRow.pk
                )
            ).all()
        )
        assert by_article[SAME_CLASH[0]] == by_article[SAME_CLASH[1]] != by_article[OTHER_PLACE]
        merged = events[by_article[SAME_CLASH[0]]]
        assert (merged.num_mentions, merged.num_articles, merged.num_sources) == (2, 2, 1)
        assert merged.date == "2017-02-17"
    engine.dispose()


def test_near_duplicate_links_on_a_real_sample_are_true_overlaps(tmp_path):
    recs = ant_records(300)
    engine = open_engine(tmp_path / "kb.sqlite")
    ingest_items([_item(r) for r in recs], engine, pipeline=Pipeline(["text"]))
    with Session(engine) as s:
        text = dict(s.execute(select(ArticleRow.pk, ArticleRow.norm_text)).all())
        links = s.execute(select(NearDuplicate)).scalars().all()
    for link in links:  # every link is a real overlap: exact shingle Jaccard agrees with the estimate
        a, b = (
            minhash.shingles(text[link.article_pk], folded=True),
            minhash.shingles(text[link.other_pk], folded=True),
        )
        assert len(a & b) / len(a | b) >= 0.45
    engine.dispose()


def test_minhash_estimates_jaccard():
    a = {f"w{i}" for i in range(200)}
    b = {f"w{i}" for i in range(50, 250)}  # Jaccard 150/250 = 0.6
    est = minhash.similarity(minhash.signature(a), minhash.signature(b))
    assert abs(est - 0.6) < 0.15
    assert minhash.signature(set()) is None
    assert minhash.shingles("") == set() and minhash.shingles("كلمة") == {"كلمه"}


def test_near_duplicate_with_a_different_date_is_another_event(store_url, by_id):  # noqa: F811
    """Template stories (fixture lists, weekly notices) are near-duplicates but report other days."""
    orig = by_id[SAME_CLASH[1]]
    later = dt.date(2017, 3, 3)
    engine = open_engine(store_url)
    items = [_item(orig), _item(orig, id="next-week", text=orig["text"] + "\nتحديث", published=later)]
    rep = ingest_items(items, engine, pipeline=_pipe())
    assert rep.near_duplicates == 1 and rep.events_merged == 0
    with Session(engine) as s:
        assert sorted(e.date for e in s.execute(select(EventRow)).scalars()) == ["2017-02-17", "2017-03-03"]
    engine.dispose()
