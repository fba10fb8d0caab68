"""The record a role holds and what the role rules ask of the mention that fills it.

`Arg` is one argument of an event (entity id or ``None`` for an unlinked phrase, its span, the rule and a
confidence); the helpers say whether a mention's entity is a state (a country or a capital standing for
its government) and whether a phrase names civilians.
"""

from __future__ import annotations

import msgspec

from marsad.doc import Article, Entity, Span
from marsad.events.frames import MentionRef
from marsad.events.words import words
from marsad.text.normalize import fold

__all__ = ["Arg", "entity_map", "inter_hint", "is_country", "is_state", "mention_span"]

CIVILIAN = words("civilian_words")


def inter_hint(r: MentionRef) -> int | None:
    """7 when the phrase names civilians (they are victims, not the actor of a governing verb)."""
    return 7 if any(w in CIVILIAN for w in fold(r.text).split()) else None


class Arg(msgspec.Struct, frozen=True):
    entity: str | None
    span: Span
    rule: str
    confidence: float


def entity_map(article: Article) -> dict[str, Entity]:
    cached = article.layer("_events_entity_map")
    if cached is None or len(cached) != len(article.entities):
        cached = {e.id: e for e in article.entities}
        article.set_layer("_events_entity_map", cached)
    return cached


def is_state(ent: Entity | None) -> bool:
    """A country, or a capital standing for its government («وشنت دمشق غارات», «قالت أنقرة»): the actors
    stage marks capitals with ``actor_id`` «cap.…» (data/actors/capitals.tsv) and a country with its own
    ISO code («iq» for العراق, whatever feature the gazetteer gave it)."""
    if is_country(ent):
        return True
    actor_id = str(ent.attrs.get("actor_id") or "") if ent is not None else ""
    country = str(ent.attrs.get("country") or "") if ent is not None else ""
    return actor_id.startswith("cap.") or (bool(country) and actor_id == country.lower())


def is_country(ent: Entity | None) -> bool:
    return ent is not None and (ent.geo is None or ent.geo.feature == "country")


def mention_span(article: Article, r: MentionRef) -> Span:
    return Span(r.start, r.end, article.text[r.start : r.end])
