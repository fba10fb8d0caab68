"""The event taxonomy: ACLED event/sub-event types plus Diplomacy, with PLOVER and CAMEO codes.

The vocabulary lives in ``data/events/taxonomy.json`` (ACLED strings exactly as in ACLED's codebook;
PLOVER type and mode per the PLOVER Draft 2.0 manual; CAMEO codes for the GDELT export).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import msgspec

__all__ = ["SubType", "Taxonomy", "taxonomy", "EVENT_TYPES", "STATUSES"]

EVENT_TYPES: tuple[str, ...] = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
    "Diplomacy",
)
STATUSES: tuple[str, ...] = ("reported", "planned", "denied", "historical")


class SubType(msgspec.Struct, frozen=True):
    """One sub-event type and its codes in the other vocabularies."""

    event_type: str
    name: str
    plover: str | None
    mode: str | None
    cameo: str | None
    disorder_type: str | None
    examples: tuple[str, ...] = ()
    # where such a happening takes place: "any" (the place rules decide), "stated" (only a place the
    # trigger's own preposition introduces: an agreement signed «في الرياض»), "none" (a phone call joins
    # two places, a sanction is a decision: no place)
    place: str = "any"

    @property
    def cameo_base(self) -> str | None:
        """CAMEO base code (three digits, GDELT EventBaseCode): «1831» → «183»."""
        return self.cameo[:3] if self.cameo else None

    @property
    def cameo_root(self) -> str | None:
        """CAMEO root code (two digits, GDELT EventRootCode): «1831» → «18»."""
        return self.cameo[:2] if self.cameo else None


class Taxonomy(msgspec.Struct, frozen=True):
    subtypes: dict[tuple[str, str], SubType]
    historical_days: int
    inter_codes: dict[int, str]
    version: str

    def get(self, event_type: str, sub_event_type: str) -> SubType:
        try:
            return self.subtypes[(event_type, sub_event_type)]
        except KeyError:
            raise KeyError(f"unknown event type {event_type!r} / {sub_event_type!r}") from None

    def has(self, event_type: str, sub_event_type: str) -> bool:
        return (event_type, sub_event_type) in self.subtypes

    def sub_event_types(self, event_type: str) -> list[str]:
        return [s for (t, s) in self.subtypes if t == event_type]


def _parse(raw: dict) -> Taxonomy:
    subtypes: dict[tuple[str, str], SubType] = {}
    for et, body in raw["event_types"].items():
        if et not in EVENT_TYPES:
            raise ValueError(f"taxonomy.json: unknown event type {et!r}")
        for st, codes in body["sub_event_types"].items():
            subtypes[(et, st)] = SubType(
                event_type=et,
                name=st,
                plover=codes.get("plover"),
                mode=codes.get("mode"),
                cameo=codes.get("cameo"),
                disorder_type=body.get("disorder_type"),
                examples=tuple(codes.get("examples", ())),
                place=_checked_place(et, st, codes.get("place", "any")),
            )
    return Taxonomy(
        subtypes=subtypes,
        historical_days=int(raw.get("historical_days", 60)),
        inter_codes={int(k): v for k, v in raw.get("inter_codes", {}).items()},
        version=str(raw.get("_version", "0")),
    )


PLACE_KINDS = ("any", "stated", "none")


def _checked_place(event_type: str, sub_event_type: str, kind: str) -> str:
    if kind not in PLACE_KINDS:
        raise ValueError(
            f"taxonomy.json: {event_type} / {sub_event_type}: place {kind!r} not in {PLACE_KINDS}"
        )
    return kind


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    """The packaged taxonomy (loaded once)."""
    text = resources.files("marsad").joinpath("data/events/taxonomy.json").read_text("utf-8")
    return _parse(json.loads(text))
