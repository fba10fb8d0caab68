"""Article → rows: store an analyzed `marsad.doc.Article` with every layer it has.

`Writer.check(id, hash)` tells what storing would do (new, unchanged, changed, exact duplicate), so the
ingest loop can skip the analysis of anything already known; `Writer.add` stores an analyzed article
(entities and mentions, places from `Entity.geo`, times, quotes, event reports with their evidence,
the pipeline versions from `Article.provenance`), links near-duplicates and merges its events;
`Writer.add_copy` stores an exact duplicate without re-analysis; `Writer.remove` deletes an article and
what only it supported. Nothing here commits: the caller owns the transaction.
"""

from __future__ import annotations

import hashlib
import json
from typing import Literal

import msgspec
from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session, make_transient_to_detached

from marsad import doc
from marsad.store import bulk, merge, minhash
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
from marsad.text.search import SEARCH_LAYER, index_text

__all__ = ["content_hash", "Status", "Writer"]

Status = Literal["new", "unchanged", "changed", "duplicate"]


def content_hash(text: str) -> str:
    """sha256 of the exact text (the idempotency key). Exact, so that an exact copy can share the
    original's offsets; texts differing only in spacing are near-duplicates (similarity 1.0) instead."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _entity_key(e: doc.Entity) -> str:
    if e.kb_id:
        return f"kb:{e.kb_id}"
    # «قوات الأمن»: one generic actor per label and country (marsad.events.generic)
    if e.subtype == "generic":
        return f"generic:{e.type}:{fold(e.name).strip()}:{e.name_en or ''}"
    return f"{e.type}:{fold(e.name).strip()}"


def _place_key(g: doc.Geo) -> str:
    if g.gazetteer_id:
        return f"gaz:{g.gazetteer_id}"
    return f"ll:{g.lat:.4f},{g.lon:.4f}"


def _json(value: object) -> object:
    return json.loads(msgspec.json.encode(value))


class Writer:
    """Stores articles through one session (one transaction at a time, owned by the caller)."""

    def __init__(self, session: Session):
        self.session = session
        self._pipelines: dict[str, int] = {}
        # key → id of entities and places this writer has seen: most articles name the same actors and
        # places again, and each lookup would otherwise flush the session and query the table.
        self._entity_ids: dict[str, int] = {}
        self._entity_filled: dict[int, list[bool]] = {}  # id → whether name_en, subtype, place_id are set
        self._place_ids: dict[str, int] = {}
        self.reports = 0  # event reports stored
        self.merged = 0  # ... of which joined an event already known from another article

    # -- what would storing do -------------------------------------------------------------------
    def check(self, article_id: str, chash: str) -> tuple[Status, int | None]:
        """``("unchanged", pk)`` same id and text; ``("changed", pk)`` same id, new text;
        ``("duplicate", pk_of_original)`` same text under another id; ``("new", None)``."""
        row = self.session.execute(
            select(Article.pk, Article.content_hash).where(Article.id == article_id)
        ).first()
        if row is not None:
            return ("unchanged" if row.content_hash == chash else "changed"), row.pk
        orig = self.session.execute(
            select(Article.pk)
            .where(Article.content_hash == chash, Article.dup_of.is_(None))
            .order_by(Article.pk)
            .limit(1)
        ).scalar()
        if orig is not None:
            return "duplicate", orig
        return "new", None

    def check_many(self, pairs: list[tuple[str, str]]) -> list[tuple[Status, int | None]]:
        """`check` of many ``(article id, content hash)`` pairs against the store as it is now, with two
        queries per 500 pairs instead of two per pair."""
        by_id: dict[str, tuple[int, str]] = {}
        first_copy: dict[str, int] = {}
        ids = sorted({a for a, _ in pairs})
        hashes = sorted({h for _, h in pairs})
        for i in range(0, len(ids), 500):
            for aid, pk, chash in self.session.execute(
                select(Article.id, Article.pk, Article.content_hash).where(Article.id.in_(ids[i : i + 500]))
            ):
                by_id[aid] = (pk, chash)
        for i in range(0, len(hashes), 500):
            for chash, pk in self.session.execute(
                select(Article.content_hash, func.min(Article.pk))
                .where(Article.content_hash.in_(hashes[i : i + 500]), Article.dup_of.is_(None))
                .group_by(Article.content_hash)
            ):
                first_copy[chash] = pk
        out: list[tuple[Status, int | None]] = []
        for aid, chash in pairs:
            if aid in by_id:
                pk, stored = by_id[aid]
                out.append(("unchanged" if stored == chash else "changed", pk))
            elif chash in first_copy:
                out.append(("duplicate", first_copy[chash]))
            else:
                out.append(("new", None))
        return out

    def forget(self) -> None:
        """Drop cached ids (after a rollback they may name rows that no longer exist)."""
        self._pipelines.clear()
        self._entity_ids.clear()
        self._entity_filled.clear()
        self._place_ids.clear()

    # -- storing ---------------------------------------------------------------------------------
    def _pipeline_id(self, provenance: dict[str, str]) -> int | None:
        if not provenance:
            return None
        key = hashlib.sha256(json.dumps(provenance, sort_keys=True).encode()).hexdigest()
        if key in self._pipelines:
            return self._pipelines[key]
        pid = self.session.execute(select(Pipeline.id).where(Pipeline.key == key)).scalar()
        if pid is None:
            row = Pipeline(key=key, versions=dict(provenance))
            self.session.add(row)
            self.session.flush()
            pid = row.id
        self._pipelines[key] = pid
        return pid

    def _article_row(
        self, a: doc.Article, chash: str, origin: str | None, dup_of: int | None, sig: bytes | None = None
    ) -> Article:
        values = dict(
            id=a.id,
            content_hash=chash,
            title=a.title,
            published=a.published,
            source=a.source,
            url=a.url,
            text=a.text,
            norm_title=fold(a.title) if a.title else None,
            norm_text=a.view.text,
            search_text=a.layer(SEARCH_LAYER) or index_text(a.title, a.text),
            dup_of=dup_of,
            pipeline_id=None if dup_of is not None else self._pipeline_id(a.provenance),
            warnings=[_json(w) for w in a.warnings],
            meta=_json(a.meta) if a.meta else {},
            origin=origin,
            minhash=sig,
        )
        # Core INSERT … RETURNING, then the row enters the session as if loaded: an ORM flush of one
        # large row costs several times more
        ((pk,),) = bulk.insert_rows(self.session, Article.__table__, [values], returning=("pk",))
        row = Article(pk=pk, **values)
        make_transient_to_detached(row)
        self.session.add(row)
        return row

    def add_copy(self, a: doc.Article, chash: str, original_pk: int, origin: str | None = None) -> Article:
        """Store an exact duplicate of ``original_pk`` (not analyzed) and recount the original's events."""
        row = self._article_row(a, chash, origin, original_pk)
        events = self.session.execute(
            select(EventSource.event_id).where(EventSource.article_pk == original_pk)
        ).scalars()
        merge.recount(self.session, list(events))
        return row

    def add(
        self, a: doc.Article, chash: str, origin: str | None = None
    ) -> tuple[Article, list[tuple[int, float]]]:
        """Store an analyzed article; returns its row and the near-duplicates it was linked to."""
        packed = a.layer(minhash.LAYER)  # computed by an analysis worker, or here
        if packed is None:
            packed = minhash.signature_bytes(a.view.text)
        sig = minhash.from_bytes(packed) if packed else None
        # Every query below reads rows this method inserted itself (with explicit statements) or
        # earlier articles' rows: autoflushing before each one would only cost time.
        with self.session.no_autoflush:
            row = self._article_row(a, chash, origin, None, packed or None)
            near = merge.link_near_duplicates(self.session, row, sig)
            local_entities = self._entities(row.pk, a.entities)
            self._times(row.pk, a.times)
            self._quotes(row.pk, a.quotes, local_entities)
            self._events(row, a, local_entities, [pk for pk, _ in near])
        return row, near

    def _entity_rows(self, entities: list[doc.Entity], place_ids: list[int | None]) -> list[int]:
        """Ids of the entities' knowledge-base entities, in order: the keys this writer has not seen yet
        are looked up with one query, the new ones inserted with one statement (in first-seen order,
        with what later mentions of the same key add), and known ones lacking a field are filled in."""
        keys = [_entity_key(e) for e in entities]
        unseen = sorted({k for k in keys if k not in self._entity_ids})
        for i in range(0, len(unseen), 500):
            chunk = unseen[i : i + 500]
            for r in self.session.execute(
                select(Entity.key, Entity.id, Entity.name_en, Entity.subtype, Entity.place_id).where(
                    Entity.key.in_(chunk)
                )
            ):
                self._entity_ids[r.key] = r.id
                self._entity_filled[r.id] = [
                    r.name_en is not None,
                    r.subtype is not None,
                    r.place_id is not None,
                ]
        new: dict[str, dict[str, object]] = {}  # key → row to insert
        updates: dict[int, dict[str, object]] = {}  # id → columns to fill
        for e, key, place_id in zip(entities, keys, place_ids, strict=True):
            fields = (("name_en", e.name_en), ("subtype", e.subtype), ("place_id", place_id))
            if key in new:
                pending = new[key]
                for column, value in fields:
                    if value is not None and pending[column] is None:
                        pending[column] = value
                continue
            eid = self._entity_ids.get(key)
            if eid is None:
                new[key] = {
                    "key": key,
                    "type": e.type,
                    "subtype": e.subtype,
                    "name": e.name,
                    "norm_name": fold(e.name),
                    "name_en": e.name_en,
                    "kb_id": e.kb_id,
                    "place_id": place_id,
                    "attrs": _json(e.attrs) if e.attrs else {},
                    "num_articles": 0,
                }
                continue
            filled = self._entity_filled[eid]
            for i, (column, value) in enumerate(fields):
                if value is not None and not filled[i]:
                    updates.setdefault(eid, {})[column] = value
                    filled[i] = True
        for eid, values in updates.items():
            self.session.execute(update(Entity).where(Entity.id == eid).values(**values))
        if new:
            rows = list(new.values())
            ids = bulk.insert_rows(self.session, Entity.__table__, rows, returning=("id",))
            for r, (eid,) in zip(rows, ids, strict=True):
                self._entity_ids[str(r["key"])] = eid
                self._entity_filled[eid] = [
                    r["name_en"] is not None,
                    r["subtype"] is not None,
                    r["place_id"] is not None,
                ]
        return [self._entity_ids[k] for k in keys]

    def _place_rows(self, entities: list[doc.Entity]) -> list[int | None]:
        """Place id of each entity (None without ``geo``): unseen keys looked up with one query, new
        places inserted with one statement in first-seen order."""
        keys = [_place_key(e.geo) if e.geo is not None else None for e in entities]
        unseen = sorted({k for k in keys if k is not None and k not in self._place_ids})
        if unseen:
            for i in range(0, len(unseen), 500):
                chunk = unseen[i : i + 500]
                for key, pid in self.session.execute(select(Place.key, Place.id).where(Place.key.in_(chunk))):
                    self._place_ids[key] = pid
            new: dict[str, dict[str, object]] = {}
            for e, key in zip(entities, keys, strict=True):
                g = e.geo
                if key is None or g is None or key in self._place_ids or key in new:
                    continue
                new[key] = {
                    "key": key,
                    "gazetteer_id": g.gazetteer_id,
                    "name": e.name,
                    "name_en": g.name_en,
                    "lat": g.lat,
                    "lon": g.lon,
                    "country": g.country,
                    "admin1": g.admin1,
                    "admin2": g.admin2,
                    "feature": g.feature,
                }
            rows = list(new.values())
            for r, (pid,) in zip(
                rows, bulk.insert_rows(self.session, Place.__table__, rows, ("id",)), strict=True
            ):
                self._place_ids[str(r["key"])] = pid
        return [self._place_ids[k] if k is not None else None for k in keys]

    def _entities(self, article_pk: int, entities: list[doc.Entity]) -> dict[str, tuple[int, int | None]]:
        """Store entities and mentions; returns ``local id → (entity id, place id)``."""
        out: dict[str, tuple[int, int | None]] = {}
        counted: set[int] = set()
        place_ids = self._place_rows(entities)
        rows = []
        for e, place_id, eid in zip(entities, place_ids, self._entity_rows(entities, place_ids), strict=True):
            counted.add(eid)  # each article counts once per entity
            rows.append(
                {
                    "article_pk": article_pk,
                    "local_id": e.id,
                    "entity_id": eid,
                    "type": e.type,
                    "subtype": e.subtype,
                    "name": e.name,
                    "name_en": e.name_en,
                    "kb_id": e.kb_id,
                    "confidence": e.confidence,
                    "place_id": place_id,
                    "geo_precision": e.geo.precision if e.geo else None,
                    "geo_confidence": e.geo.confidence if e.geo else None,
                    "geo_rule": e.geo.rule if e.geo else None,
                    "geo": _json(e.geo) if e.geo else None,
                    "attrs": _json(e.attrs) if e.attrs else {},
                }
            )
            out[e.id] = (eid, place_id)
        if not rows:
            return out
        table = Entity.__table__
        self.session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(num_articles=table.c.num_articles + 1),
            [{"b_id": eid} for eid in sorted(counted)],
        )
        # one INSERT … RETURNING for the article's entities, one for all their mentions
        result = bulk.insert_rows(self.session, ArticleEntity.__table__, rows, returning=("local_id", "id"))
        ids = {local_id: pk for local_id, pk in result}
        mentions = [
            {
                "article_entity_id": ids[e.id],
                "article_pk": article_pk,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "confidence": m.confidence,
                "rule": m.rule,
            }
            for e in entities
            for m in e.mentions
        ]
        bulk.insert_rows(self.session, Mention.__table__, mentions)
        return out

    def _times(self, article_pk: int, times: list[doc.TimeExpr]) -> None:
        if times:
            bulk.insert_rows(
                self.session,
                Time.__table__,
                [
                    {
                        "article_pk": article_pk,
                        "start": t.start,
                        "end": t.end,
                        "text": t.text,
                        "type": t.type,
                        "value": t.value,
                        "rule": t.rule,
                        "confidence": t.confidence,
                    }
                    for t in times
                ],
            )

    def _quotes(
        self, article_pk: int, quotes: list[doc.Quote], ents: dict[str, tuple[int, int | None]]
    ) -> None:
        if not quotes:
            return
        bulk.insert_rows(
            self.session,
            Quote.__table__,
            [
                {
                    "article_pk": article_pk,
                    "start": q.start,
                    "end": q.end,
                    "text": q.text,
                    "kind": q.kind,
                    "speaker_local": q.speaker,
                    "speaker_id": ents[q.speaker][0] if q.speaker in ents else None,
                    "cue_start": q.cue.start if q.cue else None,
                    "cue_end": q.cue.end if q.cue else None,
                    "cue_text": q.cue.text if q.cue else None,
                    "confidence": q.confidence,
                    "rule": q.rule,
                    "reported_by": q.reported_by,
                    "speaker_start": q.speaker_span.start if q.speaker_span else None,
                    "speaker_end": q.speaker_span.end if q.speaker_span else None,
                    "speaker_text": q.speaker_span.text if q.speaker_span else None,
                }
                for q in quotes
            ],
        )

    def _events(
        self, row: Article, a: doc.Article, ents: dict[str, tuple[int, int | None]], near: list[int]
    ) -> None:
        reports = []
        for v in a.events:
            reports.append(
                merge.Report(
                    {
                        "article_pk": row.pk,
                        "local_id": v.id,
                        "event_type": v.event_type,
                        "sub_event_type": v.sub_event_type,
                        "plover": v.plover,
                        "plover_mode": v.plover_mode,
                        "actor_local": v.actor,
                        "target_local": v.target,
                        "place_local": v.place,
                        "date": v.date,
                        "date_precision": v.date_precision,
                        "status": v.status,
                        "fatalities": v.fatalities,
                        "trigger_start": v.trigger.start,
                        "trigger_end": v.trigger.end,
                        "trigger_text": v.trigger.text,
                        "confidence": v.confidence,
                        "evidence": {k: _json(ev) for k, ev in v.evidence.items()},
                    },
                    ents[v.actor][0] if v.actor in ents else None,
                    ents[v.target][0] if v.target in ents else None,
                    ents[v.place][1] if v.place in ents else None,
                )
            )
        merged = merge.merge_reports(self.session, row.pk, reports, near)
        self.reports += len(merged)
        self.merged += sum(1 for _, created in merged if not created)
        merge.recount(self.session, {eid for eid, created in merged if not created})

    # -- removing --------------------------------------------------------------------------------
    def remove(self, pk: int) -> list[doc.Article]:
        """Delete an article, its layers and the events only it reported.

        Exact copies of it lose their original: they are deleted too and returned as unanalyzed
        articles, for the caller to analyze and store again."""
        s = self.session
        orphans = [
            doc.Article(
                r.text,
                id=r.id,
                title=r.title,
                published=r.published,
                source=r.source,
                url=r.url,
                meta=dict(r.meta or {}),
            )
            for r in s.execute(select(Article).where(Article.dup_of == pk).order_by(Article.pk)).scalars()
        ]
        event_ids = set(s.execute(select(EventSource.event_id).where(EventSource.article_pk == pk)).scalars())
        ent_ids = list(
            s.execute(select(ArticleEntity.entity_id).where(ArticleEntity.article_pk == pk)).scalars()
        )
        for table in (Mention, Time, Quote, EventSource, ArticleEntity):
            s.execute(delete(table).where(table.article_pk == pk))
        for eid in set(ent_ids):
            ent = s.get(Entity, eid)
            if ent is not None:
                ent.num_articles = max((ent.num_articles or 1) - 1, 0)
        s.execute(delete(Article).where(Article.dup_of == pk))
        s.flush()
        s.execute(Event.__table__.update().where(Event.first_article_pk == pk).values(first_article_pk=None))
        s.execute(delete(Article).where(Article.pk == pk))
        s.flush()
        s.expire_all()
        alive = set(
            s.execute(
                select(EventSource.event_id)
                .where(EventSource.event_id.in_(event_ids))
                .group_by(EventSource.event_id)
            ).scalars()
        )
        dead = event_ids - alive
        if dead:
            s.execute(delete(Event).where(Event.id.in_(dead)))
        merge.recount(s, alive)
        return orphans

    def count(self) -> int:
        return int(self.session.execute(select(func.count()).select_from(Article)).scalar() or 0)
