"""GDELT 2.0-style events TSV: the 61 columns of GDELT's event table, in order, no header by default.

One row per merged event with a CAMEO code. CAMEO codes are strings (``"057"`` keeps its zero);
geography uses FIPS 10-4 country codes as GDELT does; ``NumMentions``, ``NumSources`` and
``NumArticles`` come from marsad's merging (each article counted once per event, exact copies as
articles, outlets as sources), so one story in ten papers is one row, not ten. Actor codes are the
ISO alpha-3 country plus the actor's sector when known. ``AvgTone`` and the ethnic/religion/known-group
codes are left empty: marsad does not compute them. ``GLOBALEVENTID`` is marsad's event id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, TextIO

from marsad.export.codes import country, event_code

__all__ = ["GDELT_COLUMNS", "gdelt_row", "write_gdelt"]

_ACTOR = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
GDELT_COLUMNS = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR)
    + tuple(f"Actor2{c}" for c in _ACTOR)
    + (
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    )
    + tuple(f"Actor1Geo_{c}" for c in _GEO)
    + tuple(f"Actor2Geo_{c}" for c in _GEO)
    + tuple(f"ActionGeo_{c}" for c in _GEO)
    + ("DATEADDED", "SOURCEURL")
)
assert len(GDELT_COLUMNS) == 61


def _quad(root: str) -> str:
    r = int(root)
    return "1" if r <= 5 else "2" if r <= 8 else "3" if r <= 13 else "4"


def _actor(ent: dict[str, Any] | None) -> list[str]:
    if not ent:
        return [""] * 10
    attrs = ent.get("attrs") or {}
    c = country(attrs.get("country"))
    sector = attrs.get("sector") or ""
    code = (c.iso3 if c else "") + sector
    name = (
        ent["name_en"].upper() if ent.get("name_en") else ent.get("name") or ""
    )  # GDELT names: upper-case English
    return [code, name, c.iso3 if c else "", "", "", "", "", sector, "", ""]


_GEO_TYPE = {"country": "1", "admin1": "2", "region": "2"}


def _geo(place: dict[str, Any] | None) -> list[str]:
    if not place:
        return ["0", "", "", "", "", "", "", ""]
    c = country(place.get("country"))
    fips = c.fips if c else ""
    gtype = _GEO_TYPE.get(place.get("feature") or "", "4")
    names = [place.get("name_en") or place.get("name") or "", place.get("admin1") or "", c.name if c else ""]
    full = ", ".join(dict.fromkeys(n for n in names if n))
    adm1 = fips  # GDELT's ADM1 is FIPS country + admin code; marsad has admin names only, so the country
    return [
        gtype,
        full,
        fips,
        adm1,
        place.get("admin2") or "",
        f"{place['lat']:.4f}",
        f"{place['lon']:.4f}",
        place.get("gazetteer_id") or "",
    ]


def gdelt_row(ev: dict[str, Any]) -> list[str] | None:
    """The 61 fields of one merged event (None when it has no CAMEO code or no date)."""
    code = event_code(ev["event_type"], ev["sub_event_type"])
    if code is None or not code.cameo:
        return None
    srcs = ev.get("sources", [])
    date = ev.get("date") or min((s["published"] for s in srcs if s.get("published")), default=None)
    if not date:
        return None
    y, m, d = (date + "-01-01")[:10].split("-")
    day = dt.date(int(y), int(m), int(d))
    frac = int(y) + (day.timetuple().tm_yday - 1) / 365.0
    cameo = code.cameo
    base, root = cameo[:3], cameo[:2]
    place = ev.get("place")
    updated = ev.get("updated_at")
    added = updated.strftime("%Y%m%d%H%M%S") if isinstance(updated, dt.datetime) else ""
    return (
        [str(ev["id"]), f"{y}{m}{d}", f"{y}{m}", y, f"{frac:.4f}"]
        + _actor(ev.get("actor"))
        + _actor(ev.get("target"))
        + [
            "1",
            cameo,
            base,
            root,
            _quad(root),
            "" if code.goldstein is None else f"{code.goldstein:.1f}",
            str(ev.get("num_mentions") or 0),
            str(ev.get("num_sources") or 0),
            str(ev.get("num_articles") or 0),
            "",
        ]
        + _geo(None)
        + _geo(None)
        + _geo(place)
        + [added, (srcs[0].get("url") or srcs[0]["article_id"]) if srcs else ""]
    )


def _clean(v: str) -> str:
    return v.replace("\t", " ").replace("\n", " ").replace("\r", " ")


def write_gdelt(events: Iterable[dict[str, Any]], out: TextIO, *, header: bool = False) -> tuple[int, int]:
    """Write tab-separated rows (GDELT files have no header; ``header=True`` adds the column names)."""
    if header:
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    written = skipped = 0
    for ev in events:
        row = gdelt_row(ev)
        if row is None:
            skipped += 1
            continue
        out.write("\t".join(_clean(v) for v in row) + "\n")
        written += 1
    return written, skipped
