"""Reading the knowledge base: filtered event rows and articles rebuilt as contract JSON.

Shared by the analyst API (`marsad.store.kb.KnowledgeBase`) and the exporters (`marsad.export`).
Filters (all optional, combined with AND):

- ``start`` / ``end``: ISO dates, inclusive; an event dated only to a month or year is kept when that
  period starts inside the range (``"2017-01" >= "2017-01-01"`` as text);
- ``actor``: a Wikidata QID / own id (exact), else a name matched, folded, as a substring of the actor's
  or the target's canonical Arabic or English name;
- ``place``: an ISO country code (two letters), a gazetteer id, or a substring of the place name;
- ``type``: an ``event_type``, ``sub_event_type`` or PLOVER type (case-insensitive).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from marsad.store.models import (
    Article,
    ArticleEntity,
    Entity,
    Event,
    EventSource,
    Mention,
    Pipeline,
    Place,
    Quote,
    Time,
)
from marsad.text.normalize import fold
from marsad.text.search import search_keys

__all__ = [
    "Filters",
    "event_rows",
    "article_json",
    "iter_article_json",
    "article_pks",
    "events_select",
    "entity_match",
    "place_match",
    "entity_dict",
    "place_dict",
    "search_article_pks",
]


@dataclass(frozen=True)
class Filters:
    start: str | None = None
    end: str | None = None
    actor: str | None = None
    place: str | None = None
    type: str | None = None
    limit: int | None = None
    # events at this confidence or more (the filter's probability, calibrated: docs/events.md,
    # "What an event's confidence means"); articles: those reporting such an event
    min_confidence: float | None = None

    @classmethod
    def of(
        cls,
        start=None,
        end=None,
        actor=None,
        place=None,
        type=None,
        limit=None,
        min_confidence=None,
    ) -> Filters:
        def iso(d: object) -> str | None:
            return d.isoformat() if isinstance(d, dt.date) else (str(d) if d else None)

        return cls(
            iso(start), iso(end), actor or None, place or None, type or None, limit, min_confidence or None
        )


_A1, _A2 = aliased(Entity), aliased(Entity)


def entity_match(ent, needle: str):  # noqa: ANN001, ANN202 - an aliased Entity; a SQL condition
    folded = fold(needle).strip()
    return or_(
        ent.kb_id == needle,
        ent.norm_name.contains(folded, autoescape=True),
        func.lower(ent.name_en).contains(needle.lower(), autoescape=True),
    )


def place_match(needle: str):  # noqa: ANN202 - a SQL condition
    conds = [
        Place.gazetteer_id == needle,
        Place.name.contains(needle, autoescape=True),
        func.lower(Place.name_en).contains(needle.lower(), autoescape=True),
    ]
    if len(needle) == 2 and needle.isalpha():
        conds.append(Place.country == needle.upper())
    return or_(*conds)


def type_match(col_type, col_sub, col_plover, needle: str):  # noqa: ANN001, ANN202
    n = needle.lower()
    return or_(func.lower(col_type) == n, func.lower(col_sub) == n, func.lower(col_plover) == n)


def events_select(f: Filters) -> Select:
    q = (
        select(Event, _A1, _A2, Place)
        .outerjoin(_A1, Event.actor_id == _A1.id)
        .outerjoin(_A2, Event.target_id == _A2.id)
        .outerjoin(Place, Event.place_id == Place.id)
    )
    conds = []
    if f.start:
        conds.append(Event.date >= f.start)
    if f.end:
        conds.append(Event.date <= f.end)
    if f.actor:
        conds.append(or_(entity_match(_A1, f.actor), entity_match(_A2, f.actor)))
    if f.place:
        conds.append(place_match(f.place))
    if f.type:
        conds.append(type_match(Event.event_type, Event.sub_event_type, Event.plover, f.type))
    if f.min_confidence:
        conds.append(Event.confidence >= f.min_confidence)
    if conds:
        q = q.where(and_(*conds))
    q = q.order_by(Event.date.is_(None), Event.date, Event.id)
    if f.limit:
        q = q.limit(f.limit)
    return q


def entity_dict(e: Entity | None) -> dict[str, Any] | None:
    if e is None:
        return None
    return {
        "id": e.id,
        "type": e.type,
        "subtype": e.subtype,
        "name": e.name,
        "name_en": e.name_en,
        "kb_id": e.kb_id,
        "attrs": e.attrs or {},
    }


def place_dict(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {
        "id": p.id,
        "name": p.name,
        "name_en": p.name_en,
        "lat": p.lat,
        "lon": p.lon,
        "country": p.country,
        "admin1": p.admin1,
        "admin2": p.admin2,
        "feature": p.feature,
        "gazetteer_id": p.gazetteer_id,
    }


def event_rows(session: Session, f: Filters, *, with_sources: bool = True) -> Iterator[dict[str, Any]]:
    """Merged events matching ``f``, oldest first, each with its actor, target, place and sources."""
    rows = session.execute(events_select(f)).all()
    sources: dict[int, list[dict[str, Any]]] = {}
    precisions: dict[
        int, list[int]
    ] = {}  # ACLED-style geo precision of the place, as each report resolved it
    if with_sources and rows:
        ids = [r[0].id for r in rows]
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            q = (
                select(
                    EventSource,
                    Article.id,
                    Article.title,
                    Article.source,
                    Article.url,
                    Article.published,
                    Article.text,
                    ArticleEntity.geo_precision,
                )
                .join(Article, EventSource.article_pk == Article.pk)
                .outerjoin(
                    ArticleEntity,
                    and_(
                        ArticleEntity.article_pk == EventSource.article_pk,
                        ArticleEntity.local_id == EventSource.place_local,
                    ),
                )
                .where(EventSource.event_id.in_(chunk))
                .order_by(EventSource.event_id, Article.pk, EventSource.id)
            )
            for src, aid, title, source, url, published, text, precision in session.execute(q):
                if precision is not None:
                    precisions.setdefault(src.event_id, []).append(precision)
                sources.setdefault(src.event_id, []).append(
                    {
                        "article_id": aid,
                        "title": title,
                        "source": source,
                        "url": url,
                        "published": published.isoformat() if published else None,
                        "local_id": src.local_id,
                        "trigger": {
                            "start": src.trigger_start,
                            "end": src.trigger_end,
                            "text": src.trigger_text,
                        },
                        "snippet": _snippet(text, src.trigger_start, src.trigger_end),
                        "confidence": src.confidence,
                        "evidence": src.evidence or {},
                    }
                )
    for ev, actor, target, place in rows:
        pdict = place_dict(place)
        if pdict is not None:
            pdict["precision"] = min(precisions[ev.id]) if precisions.get(ev.id) else None
        yield {
            "id": ev.id,
            "event_type": ev.event_type,
            "sub_event_type": ev.sub_event_type,
            "plover": ev.plover,
            "plover_mode": ev.plover_mode,
            "date": ev.date,
            "date_precision": ev.date_precision,
            "status": ev.status,
            "fatalities": ev.fatalities,
            "confidence": ev.confidence,
            "num_mentions": ev.num_mentions,
            "num_articles": ev.num_articles,
            "num_sources": ev.num_sources,
            "actor": entity_dict(actor),
            "target": entity_dict(target),
            "place": pdict,
            "updated_at": ev.updated_at,
            "sources": sources.get(ev.id, []),
        }


_STOPS = ".!?؟\n"


def _snippet(text: str, start: int, end: int, width: int = 300) -> str:
    """The sentence around a trigger (by punctuation), at most ``width`` characters."""
    lo = max((text.rfind(c, 0, start) for c in _STOPS), default=-1) + 1
    hi_c = [i for i in (text.find(c, end) for c in _STOPS) if i >= 0]
    hi = min(hi_c) + 1 if hi_c else len(text)
    lo, hi = max(lo, start - width // 2), min(hi, end + width // 2)
    return text[lo:hi].strip()


# -- articles ------------------------------------------------------------------------------------


def search_article_pks(session: Session, q: str, limit: int) -> list[int]:
    """Articles whose title or text holds every word of ``q`` — diacritic-, tatweel-, hamza- and
    clitic-blind (`marsad.text.search`): FTS5 on SQLite (best match first), a tsvector on PostgreSQL."""
    words = search_keys(q)
    if not words:
        return []
    if session.get_bind().dialect.name == "sqlite":
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        sql = text("SELECT rowid FROM articles_fts WHERE articles_fts MATCH :m ORDER BY rank LIMIT :n")
        return list(session.execute(sql, {"m": match, "n": limit}).scalars())
    vec = func.to_tsvector("simple", func.coalesce(Article.search_text, ""))
    stmt = select(Article.pk).where(vec.op("@@")(func.plainto_tsquery("simple", " ".join(words))))
    return list(session.execute(stmt.order_by(Article.pk).limit(limit)).scalars())


def article_pks(session: Session, f: Filters, *, include_copies: bool = True) -> list[int]:
    """Articles matching ``f`` (dates on ``published``; actor/place/type through their layers)."""
    q = select(Article.pk)
    if not include_copies:
        q = q.where(Article.dup_of.is_(None))
    if f.start:
        q = q.where(Article.published >= dt.date.fromisoformat(f.start[:10]))
    if f.end:
        q = q.where(Article.published <= dt.date.fromisoformat(f.end[:10]))
    root = func.coalesce(Article.dup_of, Article.pk)
    if f.actor:
        sub = select(ArticleEntity.article_pk).join(Entity, ArticleEntity.entity_id == Entity.id)
        q = q.where(root.in_(sub.where(entity_match(Entity, f.actor))))
    if f.place:
        sub = select(ArticleEntity.article_pk).join(Place, ArticleEntity.place_id == Place.id)
        q = q.where(root.in_(sub.where(place_match(f.place))))
    if f.type:
        sub = select(EventSource.article_pk).where(
            type_match(EventSource.event_type, EventSource.sub_event_type, EventSource.plover, f.type)
        )
        q = q.where(root.in_(sub))
    if f.min_confidence:
        sure = select(EventSource.article_pk).where(EventSource.confidence >= f.min_confidence)
        q = q.where(root.in_(sure))
    q = q.order_by(Article.pk)
    if f.limit:
        q = q.limit(f.limit)
    return list(session.execute(q).scalars())


def article_json(session: Session, pk: int, *, evidence: bool = False) -> dict[str, Any] | None:
    """The article as contract JSON, rebuilt from its rows (an exact copy gets its original's layers)."""
    art = session.get(Article, pk)
    if art is None:
        return None
    layers_pk = art.dup_of if art.dup_of is not None else pk
    ents = session.execute(
        select(ArticleEntity, Place)
        .outerjoin(Place, ArticleEntity.place_id == Place.id)
        .where(ArticleEntity.article_pk == layers_pk)
        .order_by(ArticleEntity.id)
    ).all()
    mentions: dict[int, list[Mention]] = {}
    for m in session.execute(
        select(Mention).where(Mention.article_pk == layers_pk).order_by(Mention.id)
    ).scalars():
        mentions.setdefault(m.article_entity_id, []).append(m)
    entities = []
    for ae, place in ents:
        d: dict[str, Any] = {
            "id": ae.local_id,
            "type": ae.type,
            "subtype": ae.subtype,
            "name": ae.name,
            "name_en": ae.name_en,
            "kb_id": ae.kb_id,
            "mentions": [_m(m, evidence) for m in mentions.get(ae.id, [])],
        }
        if ae.geo:
            d["geo"] = _geo(ae.geo, evidence)
        elif place is not None:
            d["geo"] = {
                "lat": place.lat,
                "lon": place.lon,
                "country": place.country,
                "admin1": place.admin1,
                "feature": place.feature,
                "gazetteer_id": place.gazetteer_id,
                "precision": ae.geo_precision,
                "name_en": place.name_en,
                "admin2": place.admin2,
            }
            if evidence:
                d["geo"].update(confidence=_r(ae.geo_confidence), rule=ae.geo_rule)
        if evidence:
            d["confidence"] = _r(ae.confidence)
        entities.append(d)
    times = []
    for t in session.execute(select(Time).where(Time.article_pk == layers_pk).order_by(Time.id)).scalars():
        d = {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
        if evidence:
            d.update(rule=t.rule, confidence=_r(t.confidence))
        times.append(d)
    quotes = []
    for q in session.execute(select(Quote).where(Quote.article_pk == layers_pk).order_by(Quote.id)).scalars():
        d = {
            "start": q.start,
            "end": q.end,
            "text": q.text,
            "kind": q.kind,
            "speaker": q.speaker_local,
            "cue": None
            if q.cue_start is None
            else {"start": q.cue_start, "end": q.cue_end, "text": q.cue_text},
            "speaker_span": None
            if q.speaker_start is None
            else {"start": q.speaker_start, "end": q.speaker_end, "text": q.speaker_text},
            "confidence": _r(q.confidence),
        }
        if q.reported_by:
            d["reported_by"] = q.reported_by
        if evidence:
            d["rule"] = q.rule
        quotes.append(d)
    events = []
    for v in session.execute(
        select(EventSource).where(EventSource.article_pk == layers_pk).order_by(EventSource.id)
    ).scalars():
        d = {
            "id": v.local_id,
            "event_type": v.event_type,
            "sub_event_type": v.sub_event_type,
            "plover": v.plover,
            "plover_mode": v.plover_mode,
            "actor": v.actor_local,
            "target": v.target_local,
            "place": v.place_local,
            "date": v.date,
            "date_precision": v.date_precision,
            "status": v.status,
            "fatalities": v.fatalities,
            "trigger": {"start": v.trigger_start, "end": v.trigger_end, "text": v.trigger_text},
            "confidence": _r(v.confidence),
            "kb_event": v.event_id,
        }
        if evidence:
            d["evidence"] = _evidence(v.evidence or {})
        events.append(d)
    out: dict[str, Any] = {
        "id": art.id,
        "title": art.title,
        "published": art.published.isoformat() if art.published else None,
        "source": art.source,
        "url": art.url,
        "text": art.text,
        "entities": entities,
        "times": times,
        "quotes": quotes,
        "events": events,
    }
    if art.warnings:
        out["warnings"] = art.warnings
    if evidence:
        versions = session.execute(
            select(Pipeline.versions)
            .join(Article, Article.pipeline_id == Pipeline.id)
            .where(Article.pk == layers_pk)
        ).scalar()
        out["pipeline"] = dict(versions or {})
    if art.dup_of is not None:
        out["duplicate_of"] = session.execute(select(Article.id).where(Article.pk == art.dup_of)).scalar()
    return out


_GEO_KEYS = ("lat", "lon", "country", "admin1", "feature", "gazetteer_id", "precision", "name_en", "admin2")


def _geo(g: dict[str, Any], evidence: bool) -> dict[str, Any]:
    """The stored `Geo` as `Article.to_json` writes it."""
    d = {k: g.get(k) for k in _GEO_KEYS}
    if evidence:
        d.update(confidence=_r(g.get("confidence")), rule=g.get("rule"))
    return d


def _r(x: float | None) -> float | None:
    """Confidences as `Article.to_json` writes them (3 decimals)."""
    return None if x is None else round(x, 3)


def _evidence(ev: dict[str, Any]) -> dict[str, Any]:
    return {
        k: {**v, "confidence": _r(v.get("confidence"))} if isinstance(v, dict) else v for k, v in ev.items()
    }


def _m(m: Mention, evidence: bool) -> dict[str, Any]:
    d: dict[str, Any] = {"start": m.start, "end": m.end, "text": m.text}
    if evidence:
        d.update(confidence=_r(m.confidence), rule=m.rule)
    return d


def iter_article_json(session: Session, f: Filters, *, evidence: bool = False) -> Iterator[dict[str, Any]]:
    for pk in article_pks(session, f):
        d = article_json(session, pk, evidence=evidence)
        if d is not None:
            yield d
