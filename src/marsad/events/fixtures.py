"""Articles built by hand: entities and times placed by their surface text (for tests and examples).

The event coder reads entities (NER, actors, places) and times from other stages; to test its rules
alone, `build_article` makes an article whose layers are exactly what the test says:

    build_article("واستعاد الجيش السوري أمس السيطرة على قرية خشام …", published=date(2015, 7, 21),
                  entities=[("ORG", "الجيش السوري"), ("LOC", "خشام", "village"), ("ORG", "داعش")],
                  times=[("أمس", "2015-07-20")])
"""

from __future__ import annotations

import datetime as dt

from marsad.doc import Article, Entity, Geo, Mention, TimeExpr
from marsad.text.component import TextLayer

__all__ = ["build_article"]

_TEXT = TextLayer()


def _find(text: str, surface: str, occurrence: int) -> int:
    k = -1
    for _ in range(occurrence + 1):
        k = text.find(surface, k + 1)
        if k < 0:
            raise ValueError(f"{surface!r} not in the text")
    return k


def build_article(
    text: str,
    *,
    published: dt.date | None = None,
    entities: list[
        tuple
    ] = (),  # (type, surface[, geo feature[, inter[, country]]]); every occurrence is a mention
    times: list[tuple[str, str]] = (),  # (surface, TIMEX3 value)
    title: str | None = None,
) -> Article:
    """An article with tokens and sentences from the text stage and the given entities and times."""
    art = Article(text, published=published, title=title)
    _TEXT(art)
    for n, spec in enumerate(entities, 1):
        typ, surface = spec[0], spec[1]
        feature = spec[2] if len(spec) > 2 else None
        inter = spec[3] if len(spec) > 3 else None
        country = spec[4] if len(spec) > 4 else None
        mentions, k = [], text.find(surface)
        while k >= 0:
            mentions.append(Mention(k, k + len(surface), surface))
            k = text.find(surface, k + len(surface))
        if not mentions:
            raise ValueError(f"{surface!r} not in the text")
        geo = Geo(0.0, 0.0, country, None, feature, None, 1) if feature else None
        attrs = {"inter": inter} if inter is not None else {}
        art.entities.append(Entity(f"E{n}", typ, surface, mentions, geo=geo, attrs=attrs))
    for surface, value in times:
        s = _find(text, surface, 0)
        art.times.append(TimeExpr(s, s + len(surface), surface, "DATE", value))
    art.times.sort(key=lambda t: t.start)
    return art
