"""The writer's lookups stay index searches, so storing one article costs the same in a big archive.

Every SELECT the writer runs during an ingest is explained by SQLite: none may scan the tables that
grow with the archive (articles, article_bands, events, event_sources, entities, mentions).
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from sqlalchemy import event

from conftest_store import KeywordEvents, ant_records
from marsad.ingest.readers import InputArticle
from marsad.ingest.runner import ingest_items
from marsad.pipeline import Pipeline
from marsad.store.db import open_engine

GROWING = ("articles", "article_bands", "events", "event_sources", "entities", "mentions")


def _items(n: int) -> list[InputArticle]:
    return [
        InputArticle(
            id=r["id"],
            text=r["text"],
            origin=r["id"],
            title=r.get("title"),
            published=dt.date.fromisoformat(r["date"][:10]),
            source=r.get("source"),
        )
        for r in ant_records(n)
    ]


def test_writer_selects_never_scan_growing_tables(tmp_path) -> None:
    path = tmp_path / "kb.sqlite"
    engine = open_engine(str(path))
    statements: dict[str, tuple] = {}

    @event.listens_for(engine, "before_cursor_execute")
    def grab(conn, cursor, statement, parameters, context, executemany) -> None:  # noqa: ANN001
        if not executemany and statement.lstrip().upper().startswith("SELECT"):
            statements.setdefault(statement, parameters)

    items = _items(150)
    report = ingest_items(items, engine, pipeline=Pipeline(["text", KeywordEvents()]))
    assert report.stored == len(items) and report.event_reports >= 10
    con = sqlite3.connect(path)
    searched = set()
    for sql, params in statements.items():
        plan = [row[3] for row in con.execute("EXPLAIN QUERY PLAN " + sql, params)]
        scans = [p for p in plan if p.startswith("SCAN ") and p.split()[1] in GROWING]
        assert not scans, (scans, sql)
        searched.update(p for p in plan if p.startswith("SEARCH"))
    # the two lookups that matter most do run, through their indexes
    assert any("article_bands" in p and "band=? AND hash=?" in p for p in searched)
    assert any("ix_events_type_date" in p and "date" in p.split("(", 1)[1] for p in searched)
