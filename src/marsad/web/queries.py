"""Read-only queries behind the observatory's pages and their JSON twins.

Every function takes a SQLAlchemy `Session` and returns plain JSON-ready data (dicts and lists), so
the HTML page and its ``/api`` twin render the very same result. All user input reaches SQL as bound
parameters; text search goes through the folded view (`marsad.text.normalize.fold`), so diacritics
and alef/hamza forms do not matter.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from marsad.events.calibration import share_right
from marsad.store import models as m
from marsad.store import query as sq
from marsad.store.kb import flat_event
from marsad.text.normalize import fold

__all__ = [
    "EventFilter",
    "summary",
    "events",
    "event_detail",
    "article_json",
    "actor_page",
    "place_page",
    "quotes",
    "timeline",
    "events_geojson",
    "search",
    "find_entities",
    "filter_rows",
    "flat_events",
    "top_speakers",
]

TERRITORY = (
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
)


@dataclass(frozen=True)
class EventFilter:
    date_from: str | None = None
    date_to: str | None = None
    actor: str | None = None  # entity id, KB id, or a name (Arabic or English)
    place: str | None = None  # country code, gazetteer id, or a name
    event_type: str | None = None  # event type, sub-event type or PLOVER type
    source: str | None = None  # outlet name, exact
    q: str | None = None  # free text: actors' names, types, or words of the reporting articles
    limit: int = 200
    offset: int = 0
    min_confidence: float | None = None  # events at this confidence or more

    def store_filters(self) -> sq.Filters:
        return sq.Filters.of(
            self.date_from,
            self.date_to,
            self.actor,
            self.place,
            self.event_type,
            min_confidence=self.min_confidence,
        )


def find_entities(s: Session, name: str, limit: int = 50) -> list[int]:
    """Ids of entities whose KB id is ``name`` or whose Arabic (folded) or English name contains it."""
    name = name.strip()
    if not name:
        return []
    if name.isdigit():
        return [int(name)]
    rows = s.execute(
        select(m.Entity.id)
        .where(sq.entity_match(m.Entity, name))
        .order_by(m.Entity.num_articles.desc())
        .limit(limit)
    ).scalars()
    return list(rows)


def _event_select(s: Session, f: EventFilter) -> Select:
    """The store's event query for ``f``; numeric actor/place values are ids from the site's own links."""
    actor_id = int(f.actor) if f.actor and f.actor.isdigit() else None
    place_id = int(f.place) if f.place and f.place.isdigit() else None
    q = sq.events_select(
        sq.Filters.of(
            f.date_from,
            None,
            None if actor_id else f.actor,
            None if place_id else f.place,
            f.event_type,
            min_confidence=f.min_confidence,
        )
    )
    if actor_id is not None:
        q = q.where(or_(m.Event.actor_id == actor_id, m.Event.target_id == actor_id))
    if place_id is not None:
        q = q.where(m.Event.place_id == place_id)
    if f.date_to:  # inclusive of the whole day, and of a month/year that starts before it
        q = q.where(m.Event.date <= f.date_to + "\uffff")
    if f.source:
        src = (
            select(m.EventSource.event_id)
            .join(m.Article, m.Article.pk == m.EventSource.article_pk)
            .where(m.Article.source == f.source)
        )
        q = q.where(m.Event.id.in_(src))
    if f.q:
        ids = find_entities(s, f.q)
        src = select(m.EventSource.event_id).where(
            m.EventSource.article_pk.in_(sq.search_article_pks(s, f.q, 2000))
        )
        lowered = f.q.strip().lower()
        q = q.where(
            or_(
                m.Event.actor_id.in_(ids),
                m.Event.target_id.in_(ids),
                m.Event.id.in_(src),
                func.lower(m.Event.event_type) == lowered,
                func.lower(m.Event.sub_event_type) == lowered,
            )
        )
    return q


def _row(
    ev: m.Event, actor: m.Entity | None, target: m.Entity | None, place: m.Place | None
) -> dict[str, Any]:
    return {
        "id": ev.id,
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "plover": ev.plover,
        "plover_mode": ev.plover_mode,
        "date": ev.date,
        "date_precision": ev.date_precision,
        "status": ev.status,
        "fatalities": ev.fatalities,
        "confidence": round(ev.confidence, 3),
        "num_mentions": ev.num_mentions,
        "num_articles": ev.num_articles,
        "num_sources": ev.num_sources,
        "first_article_pk": ev.first_article_pk,
        "actor": sq.entity_dict(actor),
        "target": sq.entity_dict(target),
        "place": sq.place_dict(place),
    }


def events(s: Session, f: EventFilter) -> dict[str, Any]:
    base = _event_select(s, f)
    total = s.execute(select(func.count()).select_from(base.order_by(None).subquery())).scalar_one()
    page = base.order_by(None).order_by(m.Event.date.is_(None), m.Event.date.desc(), m.Event.id.desc())
    rows = [_row(*r) for r in s.execute(page.limit(f.limit).offset(f.offset)).all()]
    return {"total": total, "limit": f.limit, "offset": f.offset, "events": rows}


def filter_rows(s: Session, f: EventFilter) -> list[dict[str, Any]]:
    """Events matching ``f`` as the store's export rows (with sources), for ACLED CSV and Parquet."""
    ids = [r[0].id for r in s.execute(_event_select(s, f).limit(100_000)).all()]
    wanted = set(ids)
    return [r for r in sq.event_rows(s, f.store_filters()) if r["id"] in wanted]


def flat_events(s: Session, f: EventFilter) -> list[dict[str, Any]]:
    return [flat_event(r) for r in filter_rows(s, f)]


def event_detail(s: Session, event_id: int) -> dict[str, Any] | None:
    found = s.execute(sq.events_select(sq.Filters()).where(m.Event.id == event_id)).first()
    if found is None:
        return None
    row = _row(*found)
    row["confidence_right"] = share_right(row["confidence"])  # out of fold, for this tenth
    srcs = s.execute(
        select(m.EventSource, m.Article.id, m.Article.title, m.Article.source, m.Article.published)
        .join(m.Article, m.Article.pk == m.EventSource.article_pk)
        .where(m.EventSource.event_id == event_id)
        .order_by(m.Article.published, m.Article.pk)
    ).all()
    row["sources"] = [
        {
            "article": aid,
            "title": title,
            "source": src,
            "published": pub.isoformat() if pub else None,
            "trigger": {"start": es.trigger_start, "end": es.trigger_end, "text": es.trigger_text},
            "local_id": es.local_id,
            "evidence": es.evidence or {},
            "confidence": round(es.confidence, 3),
        }
        for es, aid, title, src, pub in srcs
    ]
    return row


def article_json(s: Session, article_id: str) -> dict[str, Any] | None:
    """The article as contract JSON with evidence (rebuilt by the store), plus each entity's KB entity id."""
    pk = s.execute(select(m.Article.pk).where(m.Article.id == article_id)).scalar()
    if pk is None:
        return None
    art = sq.article_json(s, pk, evidence=True)
    layers_pk = s.execute(
        select(func.coalesce(m.Article.dup_of, m.Article.pk)).where(m.Article.pk == pk)
    ).scalar()
    links = dict(
        s.execute(
            select(m.ArticleEntity.local_id, m.ArticleEntity.entity_id).where(
                m.ArticleEntity.article_pk == layers_pk
            )
        ).all()
    )
    places = dict(
        s.execute(
            select(m.ArticleEntity.local_id, m.ArticleEntity.place_id).where(
                m.ArticleEntity.article_pk == layers_pk
            )
        ).all()
    )
    for e in art["entities"]:
        e["kb_entity"] = links.get(e["id"])
        if "geo" in e:
            e["geo"]["place"] = places.get(e["id"])
    return art


def _names(s: Session, ids: set[int | None]) -> dict[int, dict[str, Any]]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = s.execute(select(m.Entity).where(m.Entity.id.in_(wanted))).scalars()
    return {e.id: sq.entity_dict(e) for e in rows}


def _per_month(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    months = Counter(r["date"][:7] for r in rows if r["date"])
    return [{"period": k, "count": v} for k, v in sorted(months.items())]


def actor_page(s: Session, entity_id: int) -> dict[str, Any] | None:
    e = s.get(m.Entity, entity_id)
    if e is None:
        return None
    info = {**sq.entity_dict(e), "num_articles": e.num_articles}
    both = events(s, EventFilter(actor=str(entity_id), limit=500))["events"]
    as_actor = [r for r in both if (r["actor"] or {}).get("id") == entity_id]
    as_target = [r for r in both if (r["target"] or {}).get("id") == entity_id]
    ae = aliased(m.ArticleEntity)
    n_articles = func.count(func.distinct(m.ArticleEntity.article_pk))
    co = s.execute(
        select(m.ArticleEntity.entity_id, n_articles.label("n"))
        .join(ae, ae.article_pk == m.ArticleEntity.article_pk)
        .where(
            ae.entity_id == entity_id, m.ArticleEntity.entity_id != entity_id, m.ArticleEntity.type != "LOC"
        )
        .group_by(m.ArticleEntity.entity_id)
        .order_by(n_articles.desc())
        .limit(20)
    ).all()
    names = _names(s, {r.entity_id for r in co})
    return {
        **info,
        "events_as_actor": as_actor,
        "events_as_target": as_target,
        "quotes": quotes(s, speaker=entity_id)["quotes"],
        "co_actors": [{**names[r.entity_id], "articles": r.n} for r in co if r.entity_id in names],
        "over_time": _per_month(both),
    }


def place_page(s: Session, place_id: int) -> dict[str, Any] | None:
    p = s.get(m.Place, place_id)
    if p is None:
        return None
    rows = events(s, EventFilter(place=str(place_id), limit=1000))["events"]
    control = []
    for r in rows:
        if r["sub_event_type"] in TERRITORY:
            first = s.execute(
                select(m.Article.id, m.Article.source).where(m.Article.pk == r["first_article_pk"])
            ).first()
            control.append(
                {**r, "article": first.id if first else None, "source": first.source if first else None}
            )
    return {**sq.place_dict(p), "events": rows, "control": control, "over_time": _per_month(rows)}


def top_speakers(s: Session, limit: int = 30) -> list[dict[str, Any]]:
    n = func.count(m.Quote.id)
    rows = s.execute(
        select(m.Quote.speaker_id, n)
        .where(m.Quote.speaker_id.is_not(None))
        .group_by(m.Quote.speaker_id)
        .order_by(n.desc())
        .limit(limit)
    ).all()
    names = _names(s, {r[0] for r in rows})
    return [{**names[i], "count": c} for i, c in rows if i in names]


def quotes(
    s: Session,
    *,
    speaker: int | str | None = None,
    q: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> dict[str, Any]:
    stmt = select(m.Quote, m.Article.id, m.Article.published, m.Article.title).join(
        m.Article, m.Article.pk == m.Quote.article_pk
    )
    if speaker not in (None, ""):
        ids = [speaker] if isinstance(speaker, int) else find_entities(s, str(speaker))
        stmt = stmt.where(m.Quote.speaker_id.in_(ids))
    if date_from:
        stmt = stmt.where(m.Article.published >= date_from)
    if date_to:
        stmt = stmt.where(m.Article.published <= date_to)
    if q:
        stmt = stmt.where(m.Quote.article_pk.in_(sq.search_article_pks(s, q, 5000)))
    stmt = stmt.order_by(m.Article.published.desc().nullslast(), m.Quote.id)
    rows = s.execute(stmt).all()
    if q:  # keep the quotes whose own words match, not just their article
        fq = fold(q)
        rows = [r for r in rows if fq in fold(r[0].text) or fq in fold(r[0].cue_text or "")]
    total = len(rows)
    rows = rows[offset : offset + limit]
    names = _names(s, {r[0].speaker_id for r in rows})
    return {
        "total": total,
        "quotes": [
            {
                "id": qu.id,
                "text": qu.text,
                "kind": qu.kind,
                "speaker": names.get(qu.speaker_id),
                "cue": qu.cue_text,
                "article": aid,
                "title": title,
                "published": pub.isoformat() if pub else None,
                "start": qu.start,
                "end": qu.end,
                "confidence": round(qu.confidence, 3),
            }
            for qu, aid, pub, title in rows
        ],
    }


def timeline(s: Session, f: EventFilter, by: str = "month") -> list[dict[str, Any]]:
    n = 7 if by == "month" else 10 if by == "day" else 4
    base = (
        _event_select(s, f)
        .order_by(None)
        .where(m.Event.date.is_not(None))
        .with_only_columns(m.Event.id)
        .subquery()
    )
    ev = aliased(m.Event)
    rows = s.execute(
        select(func.substr(ev.date, 1, n).label("p"), ev.event_type, func.count())
        .where(ev.id.in_(select(base.c.id)))
        .group_by("p", ev.event_type)
        .order_by("p")
    ).all()
    return [{"period": p, "event_type": t, "count": c} for p, t, c in rows if p and len(p) == n]


def events_geojson(s: Session, f: EventFilter) -> dict[str, Any]:
    rows = events(s, EventFilter(**{**f.__dict__, "limit": min(f.limit, 5000)}))["events"]
    feats = []
    for r in rows:
        p = r["place"]
        if not p:
            continue
        feats.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [p["lon"], p["lat"]]},
                "properties": {
                    k: r[k]
                    for k in ("id", "event_type", "sub_event_type", "date", "fatalities", "num_articles")
                }
                | {
                    "place": p["name"],
                    "place_en": p["name_en"],
                    "place_id": p["id"],
                    "actor": (r["actor"] or {}).get("name"),
                    "target": (r["target"] or {}).get("name"),
                },
            }
        )
    return {"type": "FeatureCollection", "features": feats}


def search(s: Session, q: str, *, limit: int = 50) -> dict[str, Any]:
    pks = sq.search_article_pks(s, q, limit) if q.strip() else []
    arts = (
        s.execute(
            select(
                m.Article.pk,
                m.Article.id,
                m.Article.title,
                m.Article.published,
                m.Article.source,
                m.Article.text,
            ).where(m.Article.pk.in_(pks))
        ).all()
        if pks
        else []
    )
    order = {pk: i for i, pk in enumerate(pks)}
    arts = sorted(arts, key=lambda r: order[r.pk])
    articles = [
        {
            "id": r.id,
            "title": r.title,
            "published": r.published.isoformat() if r.published else None,
            "source": r.source,
            "snippet": _snippet(r.text, q),
        }
        for r in arts
    ]
    ents = _names(s, set(find_entities(s, q, 20))) if q.strip() else {}
    return {
        "q": q,
        "articles": articles,
        "actors": list(ents.values()),
        "quotes": quotes(s, q=q, limit=20)["quotes"] if q.strip() else [],
        "events": events(s, EventFilter(q=q, limit=50))["events"] if q.strip() else [],
    }


def _snippet(text: str, q: str, width: int = 160) -> str:
    from marsad.text.normalize import normalize

    view = normalize(text)
    i = view.text.find(fold(q).strip())
    if i < 0:
        return text[:width]
    start = view.to_original(i)
    a = max(0, start - width // 2)
    return ("…" if a else "") + text[a : a + width] + ("…" if a + width < len(text) else "")


def summary(s: Session) -> dict[str, Any]:
    count = lambda model: s.execute(select(func.count()).select_from(model)).scalar_one()  # noqa: E731
    types = s.execute(
        select(m.Event.event_type, func.count()).group_by(m.Event.event_type).order_by(func.count().desc())
    ).all()
    top = s.execute(
        select(m.Entity).where(m.Entity.type != "LOC").order_by(m.Entity.num_articles.desc()).limit(15)
    ).scalars()
    span = s.execute(select(func.min(m.Article.published), func.max(m.Article.published))).one()
    return {
        "articles": count(m.Article),
        "events": count(m.Event),
        "quotes": count(m.Quote),
        "entities": count(m.Entity),
        "places": count(m.Place),
        "published_from": span[0].isoformat() if span[0] else None,
        "published_to": span[1].isoformat() if span[1] else None,
        "event_types": [{"event_type": t, "count": c} for t, c in types],
        "top_actors": [
            {"id": e.id, "name": e.name, "name_en": e.name_en, "type": e.type, "num_articles": e.num_articles}
            for e in top
        ],
    }
