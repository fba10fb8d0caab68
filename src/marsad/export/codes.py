"""Lookup tables the exporters share: countries (ISO 3166, FIPS 10-4, ACLED regions) and event codes.

Both are data files under ``marsad/data/export/`` (read once, on first use), each with its source and
licence in its header.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import NamedTuple

__all__ = ["Country", "EventCode", "country", "event_code", "inter_code", "precision_of"]


class Country(NamedTuple):
    iso2: str
    iso3: str
    numeric: str
    fips: str
    name: str
    continent: str
    acled_region: str


class EventCode(NamedTuple):
    event_type: str
    sub_event_type: str
    cameo: str
    goldstein: float | None
    plover: str
    plover_mode: str
    disorder_type: str


def _rows(name: str) -> list[list[str]]:
    text = resources.files("marsad").joinpath(f"data/export/{name}").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return list(csv.reader(lines[1:], delimiter="\t", quoting=csv.QUOTE_NONE))


@cache
def _countries() -> dict[str, Country]:
    return {r[0]: Country(*r) for r in _rows("countries.tsv")}


@cache
def _codes() -> dict[tuple[str, str], EventCode]:
    out = {}
    for r in _rows("event_codes.tsv"):
        r = r + [""] * (7 - len(r))
        out[(r[0], r[1])] = EventCode(r[0], r[1], r[2], float(r[3]) if r[3] else None, r[4], r[5], r[6])
    return out


def country(iso2: str | None) -> Country | None:
    return _countries().get((iso2 or "").upper())


def event_code(event_type: str, sub_event_type: str) -> EventCode | None:
    return _codes().get((event_type, sub_event_type))


# ACLED interaction codes by actor sector (PLOVER/CAMEO sector codes, or words an actor stage may use).
_INTER = {
    "GOV": 1,
    "MIL": 1,
    "COP": 1,
    "SPY": 1,
    "state": 1,
    "military": 1,
    "police": 1,
    "REB": 2,
    "INS": 2,
    "rebel": 2,
    "armed_group": 2,
    "MILITIA": 3,
    "political_militia": 3,
    "PTY": 3,
    "identity_militia": 4,
    "ETH": 4,
    "rioters": 5,
    "protesters": 6,
    "OPP": 6,
    "CVL": 7,
    "civilian": 7,
    "civilians": 7,
    "MED": 7,
    "JRN": 7,
    "REF": 7,
    "IGO": 8,
    "external": 8,
    "UAF": 8,
}


def inter_code(actor: dict | None, role: str, event_type: str) -> str:
    """ACLED inter code (1–8) of an actor, from its sector/subtype; protest and riot roles by event type."""
    if actor is None:
        return ""
    attrs = actor.get("attrs") or {}
    if isinstance(attrs.get("inter"), int):
        return str(attrs["inter"])
    for key in (attrs.get("sector"), attrs.get("agent"), actor.get("subtype")):
        if key and key in _INTER:
            return str(_INTER[key])
    if role == "actor1" and event_type == "Protests":
        return "6"
    if role == "actor1" and event_type == "Riots":
        return "5"
    if actor.get("type") == "PER" and event_type == "Violence against civilians" and role == "actor2":
        return "7"
    return ""


_FEATURE_PRECISION = {
    "facility": 1,
    "village": 1,
    "city": 1,
    "admin3": 2,
    "admin2": 2,
    "admin1": 3,
    "region": 3,
    "country": 3,
}


def precision_of(place: dict | None) -> str:
    """ACLED geo_precision (1 the place itself, 2 part of/near it, 3 only a larger region): the most
    precise one the reports' place resolution gave, else from the place's feature."""
    if not place:
        return ""
    if place.get("precision") in (1, 2, 3):  # as the places stage resolved it in the reports
        return str(place["precision"])
    return str(_FEATURE_PRECISION.get(place.get("feature") or "", 2))
