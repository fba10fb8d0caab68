"""The fast writer paths store what the row-by-row ones would: `bulk.insert_rows` (defaults, ids in
order) and `merge.merge_reports` (one candidate query per article) against `merge.merge_event`."""

from __future__ import annotations

import itertools

from sqlalchemy import create_engine, insert, select
from sqlalchemy.orm import Session

from conftest_store import store_url  # noqa: F401 - fixture
from marsad.store import bulk, merge
from marsad.store.models import Article, Base, Entity, Event, EventSource, Place, Time

# (event type, sub type, date, precision, actor, target, place) of each article's reports; dates of
# every precision, windows that overlap, two reports of one article that fit the same event.
ARTICLES = [
    [("Battles", "Armed clash", "2017-02-17", "day", 1, None, 10)],
    [
        ("Battles", "Armed clash", "2017-02-18", "day", 1, None, 10),
        ("Battles", "Armed clash", "2017-02-18", "day", 1, None, 10),
    ],
    [
        ("Battles", "Armed clash", "2017-02", "month", None, None, 10),
        ("Protests", "Peaceful protest", "2017", "year", 2, None, None),
    ],
    [
        ("Protests", "Peaceful protest", "2017-05-01", "day", 2, None, None),
        ("Battles", "Armed clash", None, None, 1, None, 10),
        ("Battles", "Armed clash", "2017-02-16", "day", 3, None, 10),
    ],
    [
        ("Battles", "Armed clash", "2017", "year", 1, 3, 10),
        ("Protests", "Peaceful protest", "2017-05-02", "day", 2, 4, None),
    ],
]


def _report(article_pk: int, i: int, r: tuple) -> merge.Report:
    etype, sub, date, precision, actor, target, place = r
    values = {
        "article_pk": article_pk,
        "local_id": f"v{i}",
        "event_type": etype,
        "sub_event_type": sub,
        "plover": None,
        "plover_mode": None,
        "actor_local": None,
        "target_local": None,
        "place_local": None,
        "date": date,
        "date_precision": precision,
        "status": None,
        "fatalities": i or None,
        "trigger_start": 0,
        "trigger_end": 1,
        "trigger_text": "x",
        "confidence": 0.5 + i / 10,
        "evidence": {},
    }
    return merge.Report(values, actor, target, place)


def _store(url: str, batched: bool) -> dict[str, list[tuple]]:
    engine = create_engine(url)
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    with Session(engine, autoflush=True) as s:
        s.execute(insert(Place), [{"id": 10, "key": "p10", "name": "القصرين", "lat": 35.2, "lon": 8.8}])
        s.execute(
            insert(Entity),
            [
                {"id": i, "key": f"e{i}", "type": "ORG", "name": f"e{i}", "norm_name": f"e{i}"}
                for i in range(1, 5)
            ],
        )
        for n, reports in enumerate(ARTICLES):
            pk = s.execute(
                insert(Article).returning(Article.pk),
                {"id": f"a{n}", "content_hash": f"h{n}", "text": "t", "norm_text": "t", "search_text": "t"},
            ).scalar_one()
            near = [pk - 1] if n == 3 else []
            rows = [_report(pk, i, r) for i, r in enumerate(reports)]
            if batched:
                ids = [eid for eid, _ in merge.merge_reports(s, pk, rows, near)]
            else:
                assigned: set[int] = set()
                for rep in rows:
                    ev, _ = merge.merge_event(
                        s,
                        EventSource(**rep.values),
                        actor=rep.actor,
                        target=rep.target,
                        place=rep.place,
                        near_pks=near,
                        same_article=assigned,
                        count=False,
                    )
                    assigned.add(ev.id)
                ids = sorted(assigned)
            merge.recount(s, ids)
        s.commit()
        out = {}
        for model in (Event, EventSource):
            cols = [c for c in model.__table__.c if c.name not in ("created_at", "updated_at")]
            out[model.__tablename__] = [tuple(r) for r in s.execute(select(*cols).order_by(cols[0]))]
    engine.dispose()
    return out


def test_merge_reports_equals_merging_one_report_at_a_time(store_url):  # noqa: F811
    batched = _store(store_url, batched=True)
    assert batched == _store(store_url, batched=False)
    assert len(batched["events"]) < len(batched["event_sources"])  # some reports did merge
    # two reports of one article never share an event
    pairs = {(r[2], r[1]) for r in batched["event_sources"]}
    assert len(pairs) == len(batched["event_sources"])


def test_insert_rows_fills_defaults_and_returns_ids_in_order(store_url):  # noqa: F811
    engine = create_engine(store_url)
    Base.metadata.drop_all(engine)
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        pk = s.execute(
            insert(Article).returning(Article.pk),
            {"id": "a", "content_hash": "h", "text": "t", "norm_text": "t", "search_text": "t"},
        ).scalar_one()
        rows = [
            {
                "article_pk": pk,
                "start": i,
                "end": i + 1,
                "text": "x",
                "type": "date",
                "value": str(i),
                "rule": "r",
                "confidence": None if i % 2 else 0.5,
            }
            for i in range(5)
        ]
        got = bulk.insert_rows(s, Time.__table__, rows, returning=("value", "id"))
        stored = s.execute(select(Time.value, Time.id, Time.confidence).order_by(Time.id)).all()
        assert [(v, i) for v, i, _ in stored] == got
        assert [c for _, _, c in stored] == [0.5, 1.0, 0.5, 1.0, 0.5]  # None → the column default
        assert [b - a for a, b in itertools.pairwise(i for _, i in got)] == [1, 1, 1, 1]
    engine.dispose()
