"""Where an event happened when no preposition placed it, and the other countries it also happened in.

`nearest_place`: the nearest LOC of the trigger's clause, else of its sentence (rules
``nearest-loc-clause``/``nearest-loc-sentence``, ``-unresolved`` for a LOC with no ``geo``), not past
a quotation or complement clause. `other_country_places`: one copy of the event per other country
listed after the trigger (``place-split-country``).
"""

from __future__ import annotations

from marsad.doc import Article, Entity, Span, Token
from marsad.events.clauses import COMPLEMENTIZERS, OPENERS, opens_clause
from marsad.events.frames import Frame, MentionRef
from marsad.events.roles import Arg, entity_map, is_country, mention_span
from marsad.events.words import words as word_list

__all__ = ["nearest_place", "other_country_places"]

# «في شرق البلاد الانفصالي الموالي لروسيا»: a country after an allegiance word is a side, not a place
ALLEGIANCE = word_list("allegiance_words")


def nearest_place(
    article: Article,
    ents: dict[str, Entity],
    frame: Frame,
    refs: list[MentionRef],
    used: set[int],
    out: dict[str, Arg],
    words: list[str],
    tokens: list[Token],
) -> None:
    m = frame.match
    best: tuple[float, int, MentionRef, str, float] | None = None
    # a quotation or complement clause after the trigger is another statement: its places are not this event's
    stop = next(
        (
            k
            for k in range(m.last + 1, len(words))
            if words[k] in COMPLEMENTIZERS or (tokens[k].text in OPENERS and opens_clause(words, tokens, k))
        ),
        None,
    )
    for k, r in enumerate(refs):
        if r.type != "LOC" or k in used or (stop is not None and r.first > stop):
            continue
        if r.prep == "ل" and r.lead > 0 and words[r.lead - 1] in ALLEGIANCE:
            continue
        ent = ents.get(r.entity)
        if m.trigger.event_type == "Diplomacy" and (
            m.trigger.sub_event_type == "Phone call" or is_country(ent)
        ):
            continue  # «قطعت العلاقات مع دولة قطر», «اتصالا هاتفيا مع الرئيس الجزائري»: a party, not a place
        inside = frame.lo <= r.first and r.last < frame.hi
        dist = r.first - m.last if r.first > m.last else abs(m.first - r.last)
        resolved = ent is not None and ent.geo is not None
        rule = ("nearest-loc-clause" if inside else "nearest-loc-sentence") + (
            "" if resolved else "-unresolved"
        )
        conf = (0.7 if inside else 0.55) * (1.0 if resolved else 0.75)
        key = (-(conf), dist)
        if best is None or key < (best[0], best[1]):
            best = (-conf, dist, r, rule, conf)
    if best is not None:
        r = best[2]
        out["place"] = Arg(r.entity, Span(r.start, r.end, article.text[r.start : r.end]), best[3], best[4])


SPLIT_PREPS = frozenset({"في", "ب", "و", "قرب"})


def other_country_places(
    article: Article, frame: Frame, refs: list[MentionRef], place: Arg | None
) -> list[Arg]:
    """«نفذت 41 ضربة جوية في سوريا والعراق», «يشن غارات … في سوريا ومتمردي الكردستاني في شمال العراق»:
    places of other countries listed after the trigger in its window; ACLED codes one event per place,
    so each gets a copy of the event (rule ``place-split-country``). Places of one country listed
    together («في محافظات الأنبار وصلاح الدين وكركوك») stay one event."""
    if place is None or place.entity is None or not place.rule.startswith("prep-") or "-before" in place.rule:
        return []  # only a list of places after the trigger's own «في» («غارات في سوريا والعراق»)
    ents = entity_map(article)
    first = ents.get(place.entity)
    if first is None or first.geo is None or not first.geo.country:
        return []
    seen = {first.geo.country}
    out: list[Arg] = []
    for r in refs:
        if r.type != "LOC" or r.first <= frame.match.last or r.last >= frame.hi or r.prep not in SPLIT_PREPS:
            continue
        ent = ents.get(r.entity)
        if ent is None or ent.geo is None or not ent.geo.country or ent.geo.country in seen:
            continue
        seen.add(ent.geo.country)
        out.append(Arg(r.entity, mention_span(article, r), "place-split-country", 0.6))
    return out
