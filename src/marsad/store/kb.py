"""The analyst's API over a knowledge base.

    >>> import marsad
    >>> kb = marsad.KnowledgeBase()                      # $MARSAD_DB or the embedded SQLite file
    >>> kb.events(start="2017-01-01", place="TN", type="Battles")          # list of dicts
    >>> df = kb.events(actor="الجيش", as_="pandas")                          # a pandas DataFrame
    >>> tbl = kb.events(as_="arrow")                                        # a pyarrow Table
    >>> kb.search("الحرس الوطني")                                           # diacritic/alef-blind search

Records are plain dicts (nested ``actor``, ``target``, ``place``, ``sources``); tables are flat, one
row per merged event, with the sources' outlets and article ids joined by ``"; "``.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any, Literal

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from marsad.store import query
from marsad.store.db import open_engine
from marsad.store.models import Article, Entity, Event, EventSource, Place, Quote
from marsad.text.normalize import fold

__all__ = ["KnowledgeBase", "flat_event"]

Format = Literal["records", "pandas", "arrow"]
DateLike = str | dt.date | None


def flat_event(e: dict[str, Any]) -> dict[str, Any]:
    """One merged event as a flat row (for tables and CSV-like exports)."""
    a, t, p = e["actor"] or {}, e["target"] or {}, e["place"] or {}
    srcs = e["sources"]
    return {
        "event_id": e["id"],
        "date": e["date"],
        "date_precision": e["date_precision"],
        "event_type": e["event_type"],
        "sub_event_type": e["sub_event_type"],
        "plover": e["plover"],
        "plover_mode": e["plover_mode"],
        "status": e["status"],
        "fatalities": e["fatalities"],
        "confidence": e["confidence"],
        "actor": a.get("name"),
        "actor_en": a.get("name_en"),
        "actor_kb_id": a.get("kb_id"),
        "target": t.get("name"),
        "target_en": t.get("name_en"),
        "target_kb_id": t.get("kb_id"),
        "place": p.get("name"),
        "place_en": p.get("name_en"),
        "country": p.get("country"),
        "admin1": p.get("admin1"),
        "admin2": p.get("admin2"),
        "lat": p.get("lat"),
        "lon": p.get("lon"),
        "num_mentions": e["num_mentions"],
        "num_articles": e["num_articles"],
        "num_sources": e["num_sources"],
        "sources": "; ".join(sorted({s["source"] or "" for s in srcs} - {""})),
        "articles": "; ".join(s["article_id"] for s in srcs),
        "trigger": srcs[0]["trigger"]["text"] if srcs else None,
        "snippet": srcs[0]["snippet"] if srcs else None,
    }


def _table(rows: list[dict[str, Any]], as_: Format) -> Any:
    if as_ == "records":
        return rows
    flat = [flat_event(r) for r in rows]
    import pyarrow as pa

    from marsad.export.parquet import EVENT_SCHEMA

    table = pa.Table.from_pylist(flat, schema=EVENT_SCHEMA)
    if as_ == "arrow":
        return table
    if as_ == "pandas":
        return table.to_pandas()
    raise ValueError(f"as_ must be 'records', 'pandas' or 'arrow', not {as_!r}")


class KnowledgeBase:
    """A marsad knowledge base (SQLite file or PostgreSQL server), opened for reading and querying."""

    def __init__(self, url: str | os.PathLike[str] | None = None, *, engine: Engine | None = None):
        self.engine = engine or open_engine(url)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def session(self) -> Session:
        return Session(self.engine)

    # -- events ----------------------------------------------------------------------------------
    def events(
        self,
        *,
        start: DateLike = None,
        end: DateLike = None,
        actor: str | None = None,
        place: str | None = None,
        type: str | None = None,
        min_sources: int | None = None,
        min_confidence: float | None = None,
        limit: int | None = None,
        as_: Format = "records",
    ) -> Any:
        """Merged events matching every filter given (see `marsad.store.query` for their meaning)."""
        f = query.Filters.of(start, end, actor, place, type, None if min_sources else limit, min_confidence)
        with self.session() as s:
            rows = list(query.event_rows(s, f))
        if min_sources:
            rows = [r for r in rows if r["num_sources"] >= min_sources][: limit or None]
        return _table(rows, as_)

    # -- articles --------------------------------------------------------------------------------
    def article(self, article_id: str, *, evidence: bool = False) -> dict[str, Any] | None:
        """One article as contract JSON (None when unknown)."""
        with self.session() as s:
            pk = s.execute(select(Article.pk).where(Article.id == article_id)).scalar()
            return None if pk is None else query.article_json(s, pk, evidence=evidence)

    def articles(
        self,
        *,
        start: DateLike = None,
        end: DateLike = None,
        actor: str | None = None,
        place: str | None = None,
        type: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        with self.session() as s:
            return list(query.iter_article_json(s, query.Filters.of(start, end, actor, place, type, limit)))

    def search(self, q: str, *, limit: int = 20) -> list[dict[str, Any]]:
        """Articles whose text contains the words of ``q``, ignoring diacritics, tatweel, alef/hamza forms."""
        with self.session() as s:
            pks = query.search_article_pks(s, q, limit)
            rows = {a.pk: a for a in s.execute(select(Article).where(Article.pk.in_(pks))).scalars()}
            return [
                {
                    "id": rows[pk].id,
                    "title": rows[pk].title,
                    "source": rows[pk].source,
                    "published": rows[pk].published.isoformat() if rows[pk].published else None,
                    "url": rows[pk].url,
                }
                for pk in pks
                if pk in rows
            ]

    # -- other tables ----------------------------------------------------------------------------
    def entities(
        self, *, type: str | None = None, name: str | None = None, limit: int | None = 100
    ) -> list[dict[str, Any]]:
        q = select(Entity).order_by(Entity.num_articles.desc(), Entity.id)
        if type:
            q = q.where(Entity.type == type)
        if name:
            q = q.where(Entity.norm_name.contains(fold(name).strip(), autoescape=True))
        if limit:
            q = q.limit(limit)
        with self.session() as s:
            return [
                {
                    "id": e.id,
                    "type": e.type,
                    "subtype": e.subtype,
                    "name": e.name,
                    "name_en": e.name_en,
                    "kb_id": e.kb_id,
                    "num_articles": e.num_articles,
                }
                for e in s.execute(q).scalars()
            ]

    def quotes(self, *, speaker: str | None = None, limit: int | None = 100) -> list[dict[str, Any]]:
        q = (
            select(Quote, Entity.name, Article.id)
            .outerjoin(Entity, Quote.speaker_id == Entity.id)
            .join(Article, Quote.article_pk == Article.pk)
            .order_by(Quote.id)
        )
        if speaker:
            q = q.where(Entity.norm_name.contains(fold(speaker).strip(), autoescape=True))
        if limit:
            q = q.limit(limit)
        with self.session() as s:
            return [
                {
                    "article_id": aid,
                    "speaker": name,
                    "text": qt.text,
                    "kind": qt.kind,
                    "start": qt.start,
                    "end": qt.end,
                    "cue": qt.cue_text,
                }
                for qt, name, aid in s.execute(q)
            ]

    def stats(self) -> dict[str, int]:
        """Row counts of the main tables."""
        with self.session() as s:

            def n(model, *where) -> int:  # noqa: ANN001
                return int(s.execute(select(func.count()).select_from(model).where(*where)).scalar() or 0)

            return {
                "articles": n(Article),
                "exact_duplicates": n(Article, Article.dup_of.is_not(None)),
                "entities": n(Entity),
                "places": n(Place),
                "quotes": n(Quote),
                "event_reports": n(EventSource),
                "events": n(Event),
            }
