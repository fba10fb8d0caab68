"""Shared helpers for the store / ingest / export tests (imported by those test modules).

- `store_url` fixture: a fresh knowledge base, on SQLite always and on PostgreSQL when
  ``MARSAD_TEST_PG_URL`` is set (the schema is emptied before each test).
- `KeywordEvents`: a small, deterministic test component that marks places, actors and events by
  keyword on real corpus text, so storing and merging are tested independently of the real stages.
- `ant_sample(n)`: the first ``n`` ANT articles that are not reserved (plus the exact duplicates).
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import ClassVar

import orjson
import pytest
from sqlalchemy import create_engine, text

from marsad.doc import Article, Entity, Event, Geo, Mention, Quote, Span, TimeExpr
from marsad.store.db import resolve_url

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARSAD_SHARED_DATA", ROOT.parent / "shared" / "data"))
PG_URL = os.environ.get("MARSAD_TEST_PG_URL")


def ant_path() -> Path:
    p = SHARED / "news" / "ant" / "ant.jsonl"
    if not p.exists():
        pytest.skip(f"ANT corpus not found at {p}")
    return p


def reserved_ids() -> set[str]:
    p = ant_path().parents[1] / "RESERVED_IDS.txt"
    return set(p.read_text().split()) if p.exists() else set()


def ant_records(n: int, *, with_dups: bool = False) -> list[dict]:
    """The first ``n`` usable ANT records (non-empty, not reserved); ``with_dups`` keeps exact copies."""
    reserved = reserved_ids()
    out = []
    with open(ant_path(), "rb") as fh:
        for line in fh:
            rec = orjson.loads(line)
            if rec["id"] in reserved or not rec["text"].strip():
                continue
            if rec.get("dup_of") and not with_dups:
                continue
            out.append(rec)
            if len(out) >= n:
                break
    return out


def dup_pairs(n: int) -> list[tuple[dict, dict]]:
    """``n`` pairs (original, exact duplicate) from ANT's ``dup_of`` field (neither reserved)."""
    reserved = reserved_ids()
    by_id: dict[str, dict] = {}
    pairs = []
    with open(ant_path(), "rb") as fh:
        for line in fh:
            rec = orjson.loads(line)
            by_id[rec["id"]] = rec
    for rec in by_id.values():
        orig = by_id.get(rec.get("dup_of") or "")
        if orig and rec["id"] not in reserved and orig["id"] not in reserved and rec["text"].strip():
            pairs.append((orig, rec))
    pairs.sort(key=lambda p: p[1]["id"])
    return pairs[:n]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    with open(path, "wb") as fh:
        for r in records:
            fh.write(
                orjson.dumps({k: r[k] for k in ("id", "title", "text", "date", "source", "url") if k in r})
            )
            fh.write(b"\n")
    return path


def _reset_pg(url: str) -> None:
    eng = create_engine(resolve_url(url))
    with eng.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    eng.dispose()


_BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])


@pytest.fixture(params=_BACKENDS)
def store_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'kb.sqlite'}"
    assert PG_URL
    _reset_pg(PG_URL)
    return PG_URL


# -- a deterministic keyword component -------------------------------------------------------------

_PLACES = {
    "سوسة": Geo(35.8256, 10.6084, "TN", "Sousse", "city", "2464915", 1, name_en="Sousse"),
    "القصرين": Geo(35.1676, 8.8365, "TN", "Kasserine", "city", "2473457", 1, name_en="Kasserine"),
    "تونس": Geo(34.0, 9.0, "TN", None, "country", "2464461", 3, name_en="Tunisia"),
    "ليبيا": Geo(28.0, 17.0, "LY", None, "country", "2215636", 3, name_en="Libya"),
    "سوريا": Geo(35.0, 38.0, "SY", None, "country", "163843", 3, name_en="Syria"),
}
_ACTORS = {
    "الجيش": ("ORG", "Army", "MIL"),
    "الحرس الوطني": ("ORG", "National Guard", "COP"),
    "الرئيس": ("PER", "President", "GOV"),
}
_TRIGGERS = [
    ("هجوم", "Battles", "Armed clash", "ASSAULT"),
    ("اشتباك", "Battles", "Armed clash", "ASSAULT"),
    ("وقفة احتجاجية", "Protests", "Peaceful protest", "PROTEST"),
    ("القبض", "Strategic developments", "Arrests", "COERCE"),
    ("زيارة", "Diplomacy", "Visit", "CONSULT"),
]


def _find(pattern: str, text: str) -> list[re.Match]:
    return list(re.finditer(re.escape(pattern), text))


class KeywordEvents:
    """Test double of the entities/places/time/quotes/events stages: keyword matches on the real text."""

    name: ClassVar[str] = "keyword_events"
    version: ClassVar[str] = "test-1"
    requires: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset({"entities", "places", "times", "quotes", "events"})

    def __call__(self, a: Article) -> None:
        t = a.text
        n = 0
        local: dict[str, str] = {}
        for word, geo in _PLACES.items():
            ms = _find(word, t)
            if ms:
                n += 1
                a.entities.append(
                    Entity(
                        f"E{n}",
                        "LOC",
                        word,
                        [Mention(m.start(), m.end(), m.group()) for m in ms],
                        name_en=geo.name_en,
                        geo=geo,
                        attrs={"country": geo.country},
                    )
                )
                local.setdefault("place", f"E{n}")
        for word, (typ, en, sector) in _ACTORS.items():
            ms = _find(word, t)
            if ms:
                n += 1
                a.entities.append(
                    Entity(
                        f"E{n}",
                        typ,
                        word,
                        [Mention(m.start(), m.end(), m.group()) for m in ms],
                        name_en=en,
                        attrs={"sector": sector, "country": "TN"},
                    )
                )
                local.setdefault("actor", f"E{n}")
        day = a.published.isoformat() if a.published else None
        for m in _find("اليوم", t)[:1]:
            if day:
                a.times.append(TimeExpr(m.start(), m.end(), m.group(), "DATE", day, rule="test"))
        for m in _find("قال ", t)[:1]:
            end = min(len(t), m.end() + 40)
            a.quotes.append(
                Quote(
                    m.end(),
                    end,
                    t[m.end() : end],
                    "indirect",
                    local.get("actor"),
                    Span(m.start(), m.end() - 1, t[m.start() : m.end() - 1]),
                )
            )
        v = 0
        for word, etype, sub, plover in _TRIGGERS:
            for m in _find(word, t)[:1]:
                v += 1
                a.events.append(
                    Event(
                        f"V{v}",
                        etype,
                        sub,
                        Span(m.start(), m.end(), m.group()),
                        plover=plover,
                        actor=local.get("actor"),
                        place=local.get("place"),
                        date=day,
                        date_precision="day" if day else None,
                        confidence=0.7,
                    )
                )
