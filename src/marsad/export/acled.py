"""ACLED-compatible CSV: the 31 columns of ACLED's export, in ACLED's order, one row per merged event.

Only events of ACLED's six event types are written (``Diplomacy`` has no ACLED equivalent). Fields
marsad does not know stay empty (``assoc_actor_*``, ``admin3``, ``source_scale``, ``tags``); an event
with no date takes its earliest report's publication date at ``time_precision`` 3. ``notes`` is the
Arabic sentence that reports the event, ``source`` the outlets that reported it, ``fatalities`` the
largest figure reported (0 when none was). ``event_id_cnty`` is the ISO alpha-3 code of the country
(``XXX`` when unknown) followed by marsad's event id.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from typing import Any, TextIO

from marsad.events.taxonomy import EVENT_TYPES
from marsad.export.codes import country, event_code, inter_code, precision_of

__all__ = ["ACLED_COLUMNS", "ACLED_TYPES", "acled_row", "write_acled"]

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
# ACLED's own six event types: marsad's taxonomy without its Diplomacy extension.
ACLED_TYPES = frozenset(EVENT_TYPES) - {"Diplomacy"}
_PRECISION = {"day": "1", "month": "2", "year": "3"}


def _date(ev: dict[str, Any]) -> tuple[str, str] | None:
    d, prec = ev.get("date"), ev.get("date_precision")
    if d:
        if len(d) == 10:
            return d, _PRECISION.get(prec or "day", "1")
        if len(d) == 7:
            return d + "-01", "2"
        if len(d) == 4:
            return d + "-01-01", "3"
    published = sorted(s["published"] for s in ev.get("sources", []) if s.get("published"))
    return (published[0], "3") if published else None


def _name(ent: dict[str, Any] | None) -> str:
    if not ent:
        return ""
    return ent.get("name_en") or ent.get("name") or ""


def acled_row(ev: dict[str, Any]) -> dict[str, str] | None:
    """The ACLED row of one merged event (None when it is not an ACLED event or has no date at all)."""
    if ev["event_type"] not in ACLED_TYPES:
        return None
    date = _date(ev)
    if date is None:
        return None
    place = ev.get("place") or {}
    c = country(place.get("country"))
    code = event_code(ev["event_type"], ev["sub_event_type"])
    inter1 = inter_code(ev.get("actor"), "actor1", ev["event_type"])
    inter2 = inter_code(ev.get("target"), "actor2", ev["event_type"])
    codes = sorted(int(x) for x in (inter1, inter2) if x)
    interaction = "".join(str(x) for x in codes) if len(codes) == 2 else (f"{codes[0]}0" if codes else "")
    civilian = ev["event_type"] == "Violence against civilians" or inter2 == "7"
    srcs = ev.get("sources", [])
    updated = ev.get("updated_at")
    return {
        "event_id_cnty": f"{c.iso3 if c else 'XXX'}{ev['id']}",
        "event_date": date[0],
        "year": date[0][:4],
        "time_precision": date[1],
        "disorder_type": code.disorder_type if code else "",
        "event_type": ev["event_type"],
        "sub_event_type": ev["sub_event_type"],
        "actor1": _name(ev.get("actor")),
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": _name(ev.get("target")),
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": str(int(c.numeric)) if c else "",
        "region": c.acled_region if c else "",
        "country": c.name if c else "",
        "admin1": place.get("admin1") or "",
        "admin2": place.get("admin2") or "",
        "admin3": "",
        "location": place.get("name_en") or place.get("name") or "",
        "latitude": f"{place['lat']:.4f}" if place.get("lat") is not None else "",
        "longitude": f"{place['lon']:.4f}" if place.get("lon") is not None else "",
        "geo_precision": precision_of(place),
        "source": "; ".join(sorted({s["source"] for s in srcs if s.get("source")})),
        "source_scale": "",
        "notes": srcs[0]["snippet"] if srcs else "",
        "fatalities": str(ev.get("fatalities") or 0),
        "tags": "",
        "timestamp": str(int(updated.replace(tzinfo=dt.UTC).timestamp()))
        if isinstance(updated, dt.datetime)
        else "",
    }


def write_acled(events: Iterable[dict[str, Any]], out: TextIO) -> tuple[int, int]:
    """Write the CSV (header + rows); returns ``(written, skipped)``."""
    w = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    w.writeheader()
    written = skipped = 0
    for ev in events:
        row = acled_row(ev)
        if row is None:
            skipped += 1
            continue
        w.writerow(row)
        written += 1
    return written, skipped
