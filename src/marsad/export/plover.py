"""PLOVER JSON Lines: one record per merged event, with the fields of the PLOVER specification.

``id, date, actor[], recipient[], event[], mode[], context[], event_loc{...}, event_text[], text,
cite_info`` — plus marsad's counts (``num_sources``, ``num_articles``) and its ACLED-style types. An
actor object has ``code`` (ISO alpha-3 country, when known), ``sector`` (GOV, MIL, REB…, when the actor
stage gave one), ``entity_text`` and ``identifier_id`` (Wikidata QID). Events without a PLOVER type
(neither from the pipeline nor from the event-code table) are skipped.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson

from marsad.export.codes import country, event_code

__all__ = ["PLOVER_FIELDS", "plover_record", "write_plover"]

PLOVER_FIELDS = (
    "id",
    "date",
    "actor",
    "recipient",
    "event",
    "mode",
    "context",
    "event_loc",
    "event_text",
    "text",
    "cite_info",
)


def _actor(ent: dict[str, Any] | None) -> list[dict[str, Any]]:
    if not ent:
        return []
    attrs = ent.get("attrs") or {}
    c = country(attrs.get("country"))
    return [
        {
            "code": c.iso3 if c else None,
            "sector": attrs.get("sector"),
            "entity_text": ent.get("name"),
            "entity_text_en": ent.get("name_en"),
            "identifier_id": ent.get("kb_id"),
        }
    ]


def plover_record(ev: dict[str, Any]) -> dict[str, Any] | None:
    code = event_code(ev["event_type"], ev["sub_event_type"])
    ptype = ev.get("plover") or (code.plover if code else None)
    if not ptype:
        return None
    mode = ev.get("plover_mode") or (code.plover_mode if code and code.plover == ptype else None)
    place = ev.get("place")
    srcs = ev.get("sources", [])
    c = country((place or {}).get("country"))
    return {
        "id": f"marsad-{ev['id']}",
        "date": ev.get("date"),
        "actor": _actor(ev.get("actor")),
        "recipient": _actor(ev.get("target")),
        "event": [ptype],
        "mode": [mode] if mode else [],
        "context": [],
        "event_loc": {
            "extracted_place": place.get("name") if place else None,
            "resolved_place": (place.get("name_en") or place.get("name")) if place else None,
            "geonameid": place.get("gazetteer_id") if place else None,
            "lat": place.get("lat") if place else None,
            "lon": place.get("lon") if place else None,
            "country_code": c.iso3 if c else None,
            "resolution": place.get("feature") if place else None,
        },
        "event_text": [s["trigger"]["text"] for s in srcs],
        "text": srcs[0]["snippet"] if srcs else "",
        "cite_info": [
            {
                "article_id": s["article_id"],
                "source": s["source"],
                "url": s["url"],
                "published": s["published"],
                "trigger": s["trigger"],
            }
            for s in srcs
        ],
        "event_type": ev["event_type"],
        "sub_event_type": ev["sub_event_type"],
        "status": ev.get("status"),
        "fatalities": ev.get("fatalities"),
        "confidence": ev.get("confidence"),
        "num_sources": ev.get("num_sources"),
        "num_articles": ev.get("num_articles"),
    }


def write_plover(events: Iterable[dict[str, Any]], out) -> tuple[int, int]:  # noqa: ANN001 - binary stream
    """Write one JSON object per line to a binary stream; returns ``(written, skipped)``."""
    written = skipped = 0
    for ev in events:
        rec = plover_record(ev)
        if rec is None:
            skipped += 1
            continue
        out.write(orjson.dumps(rec) + b"\n")
        written += 1
    return written, skipped
