"""Across articles: near-duplicate detection and merging event reports into events.

**Near-duplicates.** Each stored article gets a MinHash signature of its folded 3-word shingles and its
LSH bands (`marsad.store.minhash`). A new article's bands find earlier candidates with one indexed
query; a candidate whose estimated Jaccard similarity reaches `NEAR_DUP_THRESHOLD` is linked in
``near_duplicates`` (article → the earlier article).

**Events.** Each event an article reports (`event_sources`) joins the best compatible existing event or
starts a new one. Compatible means: same ``event_type``; dates that agree (the same day ±1 for day
precision, the same month or year otherwise); no conflict between known places, actors or targets; and
enough positive agreement (`MERGE_MIN_SCORE`) — a shared place, actor or target, or a report in a
near-duplicate article. Two reports in the same article are never merged (an article that reports
two attacks reports two events). Counts are recomputed from the sources every time, so re-ingesting or
duplicating an article cannot inflate them: ``num_mentions`` (reports), ``num_articles`` (distinct
articles, with exact copies), ``num_sources`` (distinct outlets). Fatalities take the largest reported
figure, never the sum.
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import and_, bindparam, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key

from marsad.store import bulk, minhash
from marsad.store.models import Article, ArticleBand, Event, EventSource, NearDuplicate

__all__ = [
    "NEAR_DUP_THRESHOLD",
    "MERGE_MIN_SCORE",
    "Report",
    "link_near_duplicates",
    "merge_event",
    "merge_reports",
    "recount",
]

NEAR_DUP_THRESHOLD = 0.6
MERGE_MIN_SCORE = 2.0


def link_near_duplicates(session: Session, article: Article, sig) -> list[tuple[int, float]]:  # noqa: ANN001
    """Store ``article``'s bands and link it to earlier near-duplicates; returns ``[(pk, similarity)]``."""
    if sig is None:
        return []
    pairs = minhash.bands(sig)
    # one index search per band (OR of equalities); a row-value IN made SQLite scan the whole table
    same_band = or_(*(and_(ArticleBand.band == b, ArticleBand.hash == h) for b, h in pairs))
    rows = session.execute(
        select(ArticleBand.article_pk).where(same_band, ArticleBand.article_pk != article.pk).distinct()
    ).scalars()
    found: list[tuple[int, float]] = []
    cand = sorted(set(rows))
    if cand:
        for pk, data in session.execute(
            select(Article.pk, Article.minhash).where(Article.pk.in_(cand), Article.dup_of.is_(None))
        ):
            if data is None:
                continue
            sim = minhash.similarity(sig, minhash.from_bytes(data))
            if sim >= NEAR_DUP_THRESHOLD:
                found.append((pk, sim))
    found.sort(key=lambda t: (-t[1], t[0]))
    if found:
        bulk.insert_rows(
            session,
            NearDuplicate.__table__,
            [{"article_pk": article.pk, "other_pk": pk, "similarity": sim} for pk, sim in found],
        )
    bulk.insert_rows(
        session, ArticleBand.__table__, [{"band": b, "hash": h, "article_pk": article.pk} for b, h in pairs]
    )
    return found


@lru_cache(maxsize=8192)
def _day(value: str | None) -> dt.date | None:
    if value and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _dates_agree(a: str | None, b: str | None) -> bool:
    """Unknown agrees with anything; two days within one day of each other; a day and its month or year."""
    if not a or not b:
        return True
    da, db = _day(a), _day(b)
    if da is not None and db is not None:
        return abs((da - db).days) <= 1
    return a.startswith(b) or b.startswith(a)


def _date_filter(date: str | None, precision: str | None):  # noqa: ANN202 - a SQL expression or None
    day = _day(date)
    if day is not None:
        near = [(day + dt.timedelta(days=d)).isoformat() for d in (-1, 0, 1)]
        # a day also agrees with an event known only to its month or year
        return or_(Event.date.in_(near), Event.date == date[:7], Event.date == date[:4])
    if date:
        return or_(Event.date == date, Event.date.like(date + "-%"))
    return None


def _score(
    ev: Event,
    src: EventSource,
    actor: int | None,
    target: int | None,
    place: int | None,
    near_event_ids: set[int],
) -> float | None:
    """How well the report fits the event (None: incompatible)."""
    if not _dates_agree(src.date, ev.date):
        return None
    score = 0.0
    for mine, theirs, weight in (
        (place, ev.place_id, 2.0),
        (actor, ev.actor_id, 1.0),
        (target, ev.target_id, 1.0),
    ):
        if mine is not None and theirs is not None:
            if mine != theirs:
                return None
            score += weight
    if ev.id in near_event_ids:
        score += 2.0
    if src.sub_event_type == ev.sub_event_type:
        score += 0.5
    if src.date and ev.date == src.date:
        score += 0.5
    return score


def merge_event(
    session: Session,
    src: EventSource,
    *,
    actor: int | None,
    target: int | None,
    place: int | None,
    near_pks: Iterable[int] = (),
    same_article: set[int] | None = None,
    count: bool = True,
) -> tuple[Event, bool]:
    """Attach the report ``src`` (not yet added, without ``event_id``) to the best existing event or a new one;
    returns the event and whether it was created.

    ``same_article``: the events this article's earlier reports went to (looked up when not given);
    ``count=False`` leaves the event's counts to one `recount` of all of the article's events."""
    near_pks = list(near_pks)
    near_event_ids: set[int] = set()
    if near_pks:
        near_event_ids = set(
            session.execute(
                select(EventSource.event_id).where(
                    EventSource.article_pk.in_(near_pks), EventSource.event_type == src.event_type
                )
            ).scalars()
        )
    cond = _date_filter(src.date, src.date_precision)
    candidates: list[Event] = []
    if cond is not None:
        candidates = list(
            session.execute(
                select(Event).where(Event.event_type == src.event_type, cond).order_by(Event.id)
            ).scalars()
        )
    seen = {e.id for e in candidates}
    if near_event_ids - seen:
        candidates += list(
            session.execute(
                select(Event).where(Event.id.in_(near_event_ids - seen)).order_by(Event.id)
            ).scalars()
        )
    if same_article is None:
        same_article = set(
            session.execute(
                select(EventSource.event_id).where(EventSource.article_pk == src.article_pk)
            ).scalars()
        )
    best: Event | None = None
    created = False
    best_score = MERGE_MIN_SCORE - 1e-9
    for ev in candidates:
        if ev.id in same_article:
            continue
        s = _score(ev, src, actor, target, place, near_event_ids)
        if s is not None and s > best_score:
            best, best_score = ev, s
    if best is None:
        best = Event(
            event_type=src.event_type,
            sub_event_type=src.sub_event_type,
            plover=src.plover,
            plover_mode=src.plover_mode,
            actor_id=actor,
            target_id=target,
            place_id=place,
            date=src.date,
            date_precision=src.date_precision,
            status=src.status,
            fatalities=src.fatalities,
            confidence=src.confidence,
            first_article_pk=src.article_pk,
        )
        session.add(best)
        session.flush()
        created = True
    else:
        _absorb(best, src, actor, target, place)
    src.event_id = best.id
    session.add(src)
    if count:
        session.flush()
        recount(session, [best.id])
    return best, created


class Report(NamedTuple):
    """One event report of an article, ready to merge: its `event_sources` row (without ``event_id``)
    and the knowledge-base ids of its actor, target and place."""

    values: dict[str, Any]
    actor: int | None
    target: int | None
    place: int | None


_PLAIN_DATE = re.compile(r"[0-9-]+")


def _date_matcher_values(date: str) -> set[str]:
    """The event dates a day agrees with (`_date_filter`): the day ±1, its month, its year."""
    day = dt.date.fromisoformat(date)
    return {(day + dt.timedelta(days=d)).isoformat() for d in (-1, 0, 1)} | {date[:7], date[:4]}


def _date_matcher(date: str) -> Callable[[str | None], bool]:
    """`_date_filter` as a Python test (only for dates of digits and hyphens, where LIKE is exact)."""
    if _day(date) is not None:
        ok = _date_matcher_values(date)
        return lambda ev_date: ev_date in ok
    prefix = date + "-"
    return lambda ev_date: ev_date is not None and (ev_date == date or ev_date.startswith(prefix))


_SCORED = (
    Event.id,
    Event.event_type,
    Event.sub_event_type,
    Event.date,
    Event.actor_id,
    Event.target_id,
    Event.place_id,
)


def merge_reports(
    session: Session, article_pk: int, reports: list[Report], near_pks: Iterable[int] = ()
) -> list[tuple[int, bool]]:
    """Merge all of one article's reports, in order, exactly as `merge_event` would one at a time;
    returns ``(event id, created)`` per report. A created event gets its counts (one report, one article,
    one source); the counts of the events reports joined are left to the caller's `recount`.

    The candidate events of every report are fetched with one query (by type and the union of the
    reports' date windows) and filtered in memory: the only events a report sees that an earlier report
    of the same article changed or created are the article's own, which it may not join anyway. New
    events and the reports are inserted in two batched statements at the end."""
    if not reports:
        return []
    near_pks = sorted(set(near_pks))
    event_types = sorted({r.values["event_type"] for r in reports})
    near_by_type: dict[str, set[int]] = {}
    if near_pks:
        for eid, etype in session.execute(
            select(EventSource.event_id, EventSource.event_type).where(
                EventSource.article_pk.in_(near_pks), EventSource.event_type.in_(event_types)
            )
        ):
            near_by_type.setdefault(etype, set()).add(eid)
    # One query for all reports: events of the reports' types whose date falls in any report's window
    # (a superset: each report then keeps its own type and window). Days, months and years compare
    # exactly (IN), month and year windows also by prefix — written as a string range, which the
    # (event_type, date) index answers: a LIKE made the database read every event of the type.
    typed: set[str] = set()
    exact: set[str] = set()
    prefixes: set[str] = set()
    for r in reports:
        date = r.values.get("date")
        if not date or not (_PLAIN_DATE.fullmatch(date) or _day(date) is not None):
            continue
        typed.add(r.values["event_type"])
        if _day(date) is not None:
            exact.update(_date_matcher_values(date))
        else:
            exact.add(date)
            prefixes.add(date + "-")
    pool: list[Any] = []
    if typed:
        of_type = Event.event_type.in_(sorted(typed))
        windows = [and_(of_type, Event.date.in_(sorted(exact)))] if exact else []
        # «2017-10-» ≤ date < «2017-10.»: the dates that start with the prefix («.» follows «-»)
        windows += [and_(of_type, Event.date >= p, Event.date < p[:-1] + ".") for p in sorted(prefixes)]
        # sorted here, not by ORDER BY: ordering by id tempted SQLite into the event_type-only index
        pool = sorted(session.execute(select(*_SCORED).where(or_(*windows))), key=lambda e: e.id)
    by_id = {e.id: e for e in pool}
    by_type: dict[str, list[Any]] = {}
    for e in pool:
        by_type.setdefault(e.event_type, []).append(e)
    missing = sorted(set().union(*near_by_type.values()) - by_id.keys()) if near_by_type else []
    if missing:
        for e in session.execute(select(*_SCORED).where(Event.id.in_(missing))):
            by_id[e.id] = e
    same_article: set[int] = set()
    absorbed: list[tuple[int, Any, Report]] = []
    new_events: list[dict[str, Any]] = []
    out: list[tuple[int | None, int | None]] = []  # (existing event id, index of a new event)
    for r in reports:
        v = r.values
        date = v.get("date")
        near_event_ids = near_by_type.get(v["event_type"], set())
        if not date:
            candidates: list[Event] = []
        elif _PLAIN_DATE.fullmatch(date) or _day(date) is not None:
            match = _date_matcher(date)
            candidates = [e for e in by_type.get(v["event_type"], ()) if match(e.date)]
        else:  # an unusual date: let the database evaluate LIKE as merge_event does
            cond = _date_filter(date, v.get("date_precision"))
            candidates = list(
                session.execute(
                    select(*_SCORED).where(Event.event_type == v["event_type"], cond).order_by(Event.id)
                )
            )
        seen = {e.id for e in candidates}
        candidates += [by_id[i] for i in sorted(near_event_ids - seen)]
        best: Any = None
        best_score = MERGE_MIN_SCORE - 1e-9
        src = types.SimpleNamespace(**v)
        for ev in candidates:
            if ev.id in same_article:
                continue
            s = _score(ev, src, r.actor, r.target, r.place, near_event_ids)
            if s is not None and s > best_score:
                best, best_score = ev, s
        if best is None:
            new_events.append(
                {
                    "event_type": v["event_type"],
                    "sub_event_type": v["sub_event_type"],
                    "plover": v.get("plover"),
                    "plover_mode": v.get("plover_mode"),
                    "actor_id": r.actor,
                    "target_id": r.target,
                    "place_id": r.place,
                    "date": date,
                    "date_precision": v.get("date_precision"),
                    "status": v.get("status"),
                    "fatalities": v.get("fatalities"),
                    "confidence": v.get("confidence"),
                    "first_article_pk": article_pk,
                    # what `recount` would find: this one report, of one new article from one source
                    "num_mentions": 1,
                    "num_articles": 1,
                    "num_sources": 1,
                }
            )
            out.append((None, len(new_events) - 1))
        else:
            absorbed.append((best.id, src, r))
            same_article.add(best.id)
            out.append((best.id, None))
    if absorbed:  # each event at most once per article, and no later report could join it: absorb now
        events = {
            e.id: e
            for e in session.execute(select(Event).where(Event.id.in_(sorted(same_article)))).scalars()
        }
        for eid, src, r in absorbed:
            _absorb(events[eid], src, r.actor, r.target, r.place)
    new_ids: list[int] = []
    if new_events:
        new_ids = [
            eid for (eid,) in bulk.insert_rows(session, Event.__table__, new_events, returning=("id",))
        ]
    result = [(eid, False) if eid is not None else (new_ids[i], True) for eid, i in out]  # type: ignore[index]
    bulk.insert_rows(
        session,
        EventSource.__table__,
        [{**r.values, "event_id": eid} for r, (eid, _) in zip(reports, result, strict=True)],
    )
    return result


_COUNTS = ("num_mentions", "num_articles", "num_sources")

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, None: 3}


def _absorb(ev: Event, src: EventSource, actor: int | None, target: int | None, place: int | None) -> None:
    """Fill what the event lacks from a new report; keep the most precise date, the largest toll."""
    ev.actor_id = ev.actor_id if ev.actor_id is not None else actor
    ev.target_id = ev.target_id if ev.target_id is not None else target
    ev.place_id = ev.place_id if ev.place_id is not None else place
    if src.date and _PRECISION_RANK.get(src.date_precision, 3) < _PRECISION_RANK.get(ev.date_precision, 3):
        ev.date, ev.date_precision = src.date, src.date_precision
    if src.fatalities is not None:
        ev.fatalities = max(ev.fatalities or 0, src.fatalities)
    ev.plover = ev.plover or src.plover
    ev.plover_mode = ev.plover_mode or src.plover_mode
    ev.confidence = max(ev.confidence, src.confidence)
    ev.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)


def recount(session: Session, event_ids: Iterable[int]) -> None:
    """Recompute ``num_mentions / num_articles / num_sources`` of events from their sources."""
    ids = sorted(set(event_ids))
    if not ids:
        return
    session.flush()
    mentions: dict[int, int] = {}
    by_event: dict[int, set[int]] = {}
    pairs: set[tuple[int, int]] = set()
    for eid, apk in session.execute(
        select(EventSource.event_id, EventSource.article_pk).where(EventSource.event_id.in_(ids))
    ):
        mentions[eid] = mentions.get(eid, 0) + 1
        by_event.setdefault(eid, set()).add(apk)
        pairs.add((eid, apk))
    all_pks = sorted({apk for _, apk in pairs})
    info: dict[int, tuple[str, list[str]]] = {}
    if all_pks:
        rows = session.execute(
            select(Article.pk, Article.dup_of, Article.source, Article.id).where(
                or_(Article.pk.in_(all_pks), Article.dup_of.in_(all_pks))
            )
        ).all()
        for pk, dup_of, source, aid in rows:
            root = dup_of if dup_of is not None else pk
            info.setdefault(root, ("", []))[1].append(source or aid)
    # plain rows and one executemany for the events whose counts changed; an event object the session
    # holds gets the new counts as its loaded state (nothing left to flush)
    changed = []
    for eid, *old in session.execute(
        select(Event.id, Event.num_mentions, Event.num_articles, Event.num_sources).where(Event.id.in_(ids))
    ):
        pks = by_event.get(eid, set())
        articles = 0
        sources: set[str] = set()
        for pk in pks:
            copies = info.get(pk, ("", []))[1]
            articles += max(len(copies), 1)
            sources.update(copies)
        new = [int(mentions.get(eid, 0)), articles, len(sources)]
        if new != old:
            changed.append({"b_id": eid, "b_m": new[0], "b_a": new[1], "b_s": new[2]})
        obj = session.identity_map.get(identity_key(Event, eid))
        if obj is not None:
            for name, value in zip(_COUNTS, new, strict=True):
                set_committed_value(obj, name, value)
    if changed:
        table = Event.__table__
        session.connection().execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(
                num_mentions=bindparam("b_m"), num_articles=bindparam("b_a"), num_sources=bindparam("b_s")
            ),
            changed,
        )
