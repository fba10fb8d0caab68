"""Article → rows → article: every layer survives the store; idempotency by content hash."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from conftest_store import KeywordEvents, store_url  # noqa: F401 - fixture
from marsad.doc import Article, Entity, Event, Evidence, Geo, Mention, Quote, Span, TimeExpr
from marsad.store.db import open_engine
from marsad.store.kb import KnowledgeBase
from marsad.store.models import Article as ArticleRow
from marsad.store.models import Entity as EntityRow
from marsad.store.models import Event as EventRow
from marsad.store.models import Pipeline as PipelineRow
from marsad.store.writer import Writer, content_hash

# ANT, ant-JA-localNews (Jawhara FM, Apache-2.0): a real sentence, annotated by hand for this test.
TEXT = "أكد الناطق الرسمي باسم الحرس الوطني أن وحدات الحرس أوقفت أمس بمدينة سوسة 3 عناصر تكفيرية."


def _article() -> Article:
    a = Article(
        TEXT,
        id="ant-test-1",
        title="إيقاف عناصر تكفيرية",
        published=dt.date(2017, 3, 2),
        source="Jawhara FM",
        url="http://www.jawharafm.net/ar/article/x/1",
    )

    def sp(w: str, nth: int = 0) -> Span:
        i = -1
        for _ in range(nth + 1):
            i = TEXT.index(w, i + 1)
        return Span(i, i + len(w), w)

    g = sp("الحرس الوطني")
    s = sp("سوسة")
    a.entities = [
        Entity(
            "E1",
            "ORG",
            "الحرس الوطني",
            [
                Mention(g.start, g.end, g.text, 0.9, "lex"),
                Mention(sp("الحرس", 1).start, sp("الحرس", 1).end, "الحرس", 0.8, "coref"),
            ],
            subtype="security",
            name_en="National Guard",
            kb_id="Q3337415",
            confidence=0.9,
        ),
        Entity(
            "E2",
            "LOC",
            "سوسة",
            [Mention(s.start, s.end, s.text)],
            name_en="Sousse",
            geo=Geo(
                35.8256,
                10.6084,
                "TN",
                "Sousse",
                "city",
                "geonames:2464915",
                1,
                name_en="Sousse",
                confidence=0.95,
                rule="gazetteer",
            ),
        ),
    ]
    amss = sp("أمس")
    a.times = [
        TimeExpr(amss.start, amss.end, amss.text, "DATE", "2017-03-01", rule="rel-day", confidence=0.9)
    ]
    cue = sp("أكد")
    a.quotes = [
        Quote(
            sp("أن").start,
            len(TEXT) - 1,
            TEXT[sp("أن").start : len(TEXT) - 1],
            "indirect",
            "E1",
            cue,
            0.8,
            "say-that",
        )
    ]
    trig = sp("أوقفت")
    a.events = [
        Event(
            "V1",
            "Strategic developments",
            "Arrests",
            trig,
            plover="COERCE",
            plover_mode="arrest",
            actor="E1",
            place="E2",
            date="2017-03-01",
            date_precision="day",
            fatalities=None,
            confidence=0.8,
            evidence={"trigger": Evidence("lex:arrest", 0.9, trig), "date": Evidence("time:أمس", 0.9, amss)},
        )
    ]
    a.provenance = {"text": "1", "events": "0.3"}
    return a


def test_round_trip_gives_the_contract_json(store_url):  # noqa: F811
    a = _article()
    engine = open_engine(store_url)
    with Session(engine) as s:
        Writer(s).add(a, content_hash(a.text), origin="test")
        s.commit()
    got = KnowledgeBase(engine=engine).article("ant-test-1")
    want = a.to_json()
    for ev in got["events"]:
        assert isinstance(ev.pop("kb_event"), int)
    assert got == want
    for e in got["entities"]:
        for m in e["mentions"]:
            assert TEXT[m["start"] : m["end"]] == m["text"]
    full = KnowledgeBase(engine=engine).article("ant-test-1", evidence=True)
    for ev in full["events"]:
        ev.pop("kb_event")
    assert full == a.to_json(evidence=True)
    ev_got = full["events"][0]["evidence"]
    assert ev_got["date"]["span"]["text"] == "أمس" and ev_got["trigger"]["rule"] == "lex:arrest"
    with Session(engine) as s:
        assert s.execute(select(PipelineRow.versions)).scalar() == {"text": "1", "events": "0.3"}
    engine.dispose()


def test_same_text_same_id_is_unchanged_and_other_id_is_a_copy(store_url):  # noqa: F811
    engine = open_engine(store_url)
    a = _article()
    h = content_hash(a.text)
    with Session(engine) as s:
        w = Writer(s)
        assert w.check(a.id, h) == ("new", None)
        row, _ = w.add(a, h)
        assert w.check(a.id, h) == ("unchanged", row.pk)
        assert w.check(a.id, content_hash(a.text + " ")) == ("changed", row.pk)
        assert w.check("other-outlet-1", h) == ("duplicate", row.pk)
        copy = Article(a.text, id="other-outlet-1", source="Mosaique FM", published=a.published)
        w.add_copy(copy, h, row.pk)
        s.commit()
        # the batch form answers exactly as one question at a time
        pairs = [
            (a.id, h),
            (a.id, content_hash(a.text + " ")),
            ("other-outlet-1", h),
            ("third", h),
            ("fresh", content_hash("نص آخر")),
        ]
        assert w.check_many(pairs) == [w.check(i, c) for i, c in pairs]
        assert [st for st, _ in w.check_many(pairs)] == [
            "unchanged",
            "changed",
            "unchanged",
            "duplicate",
            "new",
        ]
        ev = s.execute(select(EventRow)).scalar_one()
        assert (ev.num_mentions, ev.num_articles, ev.num_sources) == (1, 2, 2)
    # an exact copy is served with its original's layers
    got = KnowledgeBase(engine=engine).article("other-outlet-1")
    assert got["duplicate_of"] == "ant-test-1" and got["events"][0]["trigger"]["text"] == "أوقفت"
    engine.dispose()


def test_remove_drops_layers_and_orphan_events_and_returns_copies(store_url):  # noqa: F811
    engine = open_engine(store_url)
    a = _article()
    h = content_hash(a.text)
    with Session(engine) as s:
        w = Writer(s)
        row, _ = w.add(a, h)
        w.add_copy(Article(a.text, id="copy-1"), h, row.pk)
        orphans = w.remove(row.pk)
        s.commit()
        assert [o.id for o in orphans] == ["copy-1"] and orphans[0].text == TEXT
        assert s.execute(select(func.count()).select_from(ArticleRow)).scalar() == 0
        assert s.execute(select(func.count()).select_from(EventRow)).scalar() == 0
        assert s.execute(select(EntityRow.num_articles).where(EntityRow.kb_id == "Q3337415")).scalar() == 0
    engine.dispose()


def test_bad_input_is_stored_without_crashing(store_url):  # noqa: F811
    engine = open_engine(store_url)
    with Session(engine) as s:
        w = Writer(s)
        for i, text in enumerate(["", "   ", "English only text.", "<p>نص</p>" * 50, "٣" * 10000]):
            a = KeywordEvents()(Article(text, id=f"bad-{i}")) or Article(text, id=f"bad-{i}")
            w.add(a, content_hash(text))
        s.commit()
        assert s.execute(select(func.count()).select_from(ArticleRow)).scalar() == 5
    engine.dispose()
