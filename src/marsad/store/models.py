"""The knowledge-base schema (SQLAlchemy 2 declarative models), identical on SQLite and PostgreSQL.

Two levels:

- **per article** (what one text says, with offsets into `articles.text`): `article_entities` and their
  `mentions`, `times`, `quotes`, `event_sources` (one row per event an article reports);
- **across articles** (merged knowledge): `entities` (one row per real-world actor), `places` (one row
  per gazetteer place), `events` (one row per real-world event, with its source and article counts).

`articles.norm_text` holds the folded view (`marsad.text.normalize`); `articles.search_text` its search
keys (`marsad.text.search`: folded, clitics removed) that full-text search indexes (FTS5 on SQLite, a
GIN index over ``to_tsvector('simple', ...)`` on PostgreSQL). The schema is
created and upgraded by the Alembic migrations in `marsad.store.migrations`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = [
    "Base",
    "Pipeline",
    "Article",
    "NearDuplicate",
    "ArticleBand",
    "Entity",
    "Place",
    "ArticleEntity",
    "Mention",
    "Time",
    "Quote",
    "Event",
    "EventSource",
]


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Pipeline(Base):
    """A set of component versions that produced stored extractions (`Article.provenance`)."""

    __tablename__ = "pipelines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the sorted versions
    versions: Mapped[dict[str, Any]] = mapped_column(JSON)
    first_seen: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Article(Base):
    __tablename__ = "articles"
    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(512), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date, index=True)
    source: Mapped[str | None] = mapped_column(String(512), index=True)
    url: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    norm_title: Mapped[str | None] = mapped_column(Text)
    norm_text: Mapped[str] = mapped_column(Text)
    # Search keys of title and text (`marsad.text.search.index_text`): what full-text search indexes.
    search_text: Mapped[str | None] = mapped_column(Text)
    # Exact duplicate (same content hash) of an earlier article: stored, not re-analyzed.
    dup_of: Mapped[int | None] = mapped_column(ForeignKey("articles.pk"), index=True)
    pipeline_id: Mapped[int | None] = mapped_column(ForeignKey("pipelines.id"))
    minhash: Mapped[bytes | None] = mapped_column(LargeBinary)
    warnings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    origin: Mapped[str | None] = mapped_column(Text)  # where ingest read it (path:line, URL, WARC record)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class NearDuplicate(Base):
    """``article`` is a near-duplicate of the earlier ``other`` (estimated Jaccard of word shingles)."""

    __tablename__ = "near_duplicates"
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True)
    other_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True)
    similarity: Mapped[float] = mapped_column(Float)


class ArticleBand(Base):
    """Locality-sensitive-hashing bands of an article's MinHash signature (candidate lookup)."""

    __tablename__ = "article_bands"
    band: Mapped[int] = mapped_column(Integer, primary_key=True)
    hash: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True)


class Entity(Base):
    """A real-world actor, organisation or place, merged across articles by KB id or folded name."""

    __tablename__ = "entities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(512), unique=True)
    type: Mapped[str] = mapped_column(String(16), index=True)
    subtype: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    norm_name: Mapped[str] = mapped_column(Text, index=True)
    name_en: Mapped[str | None] = mapped_column(Text)
    kb_id: Mapped[str | None] = mapped_column(String(64), index=True)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"))
    attrs: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    num_articles: Mapped[int] = mapped_column(Integer, default=0)


class Place(Base):
    """A resolved location (gazetteer entry)."""

    __tablename__ = "places"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(128), unique=True)  # gazetteer id, else rounded lat/lon
    gazetteer_id: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float] = mapped_column(Float)
    lon: Mapped[float] = mapped_column(Float)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    admin1: Mapped[str | None] = mapped_column(Text)
    admin2: Mapped[str | None] = mapped_column(Text)
    feature: Mapped[str | None] = mapped_column(String(16))


class ArticleEntity(Base):
    """An entity as one article has it (``local_id`` is the article's ``E1``...)."""

    __tablename__ = "article_entities"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), index=True)
    local_id: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(ForeignKey("entities.id"), index=True)
    type: Mapped[str] = mapped_column(String(16))
    subtype: Mapped[str | None] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(Text)
    name_en: Mapped[str | None] = mapped_column(Text)
    kb_id: Mapped[str | None] = mapped_column(String(64))
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"), index=True)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    geo_confidence: Mapped[float | None] = mapped_column(Float)
    geo_rule: Mapped[str | None] = mapped_column(String(128))
    # The article's own `Geo` (feature and precision can differ from the place row: «شمال سوريا» is a
    # region resolved to Syria). Added in revision 0002.
    geo: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    attrs: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    __table_args__ = (UniqueConstraint("article_pk", "local_id"),)


class Mention(Base):
    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_entity_id: Mapped[int] = mapped_column(
        ForeignKey("article_entities.id", ondelete="CASCADE"), index=True
    )
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    rule: Mapped[str | None] = mapped_column(String(128))


class Time(Base):
    __tablename__ = "times"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(String(64), index=True)
    rule: Mapped[str | None] = mapped_column(String(128))
    confidence: Mapped[float] = mapped_column(Float, default=1.0)


class Quote(Base):
    __tablename__ = "quotes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    speaker_local: Mapped[str | None] = mapped_column(String(32))
    speaker_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), index=True)
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_end: Mapped[int | None] = mapped_column(Integer)
    cue_text: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    rule: Mapped[str | None] = mapped_column(String(128))
    reported_by: Mapped[str | None] = mapped_column(String(32))
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)
    speaker_text: Mapped[str | None] = mapped_column(Text)


class Event(Base):
    """A real-world event merged from every article that reports it."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_type: Mapped[str] = mapped_column(String(64), index=True)
    sub_event_type: Mapped[str] = mapped_column(String(128))
    plover: Mapped[str | None] = mapped_column(String(32))
    plover_mode: Mapped[str | None] = mapped_column(String(64))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), index=True)
    target_id: Mapped[int | None] = mapped_column(ForeignKey("entities.id"), index=True)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"), index=True)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="reported")
    fatalities: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    num_mentions: Mapped[int] = mapped_column(Integer, default=0)
    num_articles: Mapped[int] = mapped_column(Integer, default=0)
    num_sources: Mapped[int] = mapped_column(Integer, default=0)
    first_article_pk: Mapped[int | None] = mapped_column(ForeignKey("articles.pk"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class EventSource(Base):
    """One article's report of an event (its own fields and trigger span), linked to the merged event."""

    __tablename__ = "event_sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id"), index=True)
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), index=True)
    local_id: Mapped[str] = mapped_column(String(32))
    event_type: Mapped[str] = mapped_column(String(64))
    sub_event_type: Mapped[str] = mapped_column(String(128))
    plover: Mapped[str | None] = mapped_column(String(32))
    plover_mode: Mapped[str | None] = mapped_column(String(64))
    actor_local: Mapped[str | None] = mapped_column(String(32))
    target_local: Mapped[str | None] = mapped_column(String(32))
    place_local: Mapped[str | None] = mapped_column(String(32))
    date: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str | None] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default="reported")
    fatalities: Mapped[int | None] = mapped_column(Integer)
    trigger_start: Mapped[int] = mapped_column(Integer)
    trigger_end: Mapped[int] = mapped_column(Integer)
    trigger_text: Mapped[str] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    __table_args__ = (UniqueConstraint("article_pk", "local_id"),)


Index("ix_events_type_date", Event.event_type, Event.date)
