"""The record a role holds and what the role rules ask of the mention that fills it.

`Arg` is one argument of an event (entity id or ``None`` for an unlinked phrase, its span, the rule and a
confidence); the helpers say whether a mention's entity is a state (a country or a capital standing for
its government) and whether a phrase names civilians. `Filling` is one trigger's roles as the rules of
`arguments.assign_roles` fill them: `Filling.put` gives a role to a mention unless the role or the
mention is taken (a town is a place, not an actor; an unnamed phrase gives way to the group it belongs
to, `affiliation`); `split_role` picks place or target for a LOC.
"""

from __future__ import annotations

import msgspec

from marsad.doc import Article, Entity, Geo, Span, Token
from marsad.events.frames import Frame, MentionRef
from marsad.events.words import words
from marsad.text.normalize import fold

__all__ = [
    "Arg",
    "Filling",
    "affiliation",
    "anchored_place",
    "entity_map",
    "inter_hint",
    "is_country",
    "is_state",
    "mention_span",
    "split_role",
]

CIVILIAN = words("civilian_words")
AFFILIATION = words("affiliation_words")
TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})


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
    """A country, or a LOC the gazetteer does not know. Not a place we lack that the places stage
    located at its country by a cue and an admin unit (`anchored_place`): that is a place."""
    if ent is None:
        return False
    if ent.geo is None:
        return True
    return ent.geo.feature == "country" and not anchored_place(ent.geo)


def anchored_place(geo: Geo) -> bool:
    """A place we lack, located by the places stage at the admin unit or country named next to it with a
    place cue («في قرية العكر الغربي بمملكة البحرين»: rules ``anchor:admin-unit``, ``anchor:clause``).
    Not ``anchor:country-focus``: any unknown LOC of an article about one country gets that, words the
    NER took for places included («ميليشيا»)."""
    rule = geo.rule or ""
    return rule.startswith("anchor:") and rule != "anchor:country-focus"


def is_resolved(ent: Entity | None) -> bool:
    """A place the gazetteer knows (it has coordinates): its name is a name, not an adjective."""
    return ent is not None and ent.geo is not None


def mention_span(article: Article, r: MentionRef) -> Span:
    return Span(r.start, r.end, article.text[r.start : r.end])


def affiliation(words: list[str], r: MentionRef, refs: list[MentionRef]) -> MentionRef | None:
    """The named group right after an unnamed actor phrase and a word of belonging («ينتمون ل»,
    «التابعين ل», «الموالين ل»), or after «من» («مسلحين من تنظيم داعش»)."""
    for r2 in refs:
        if r2.entity is None or r2.type == "LOC" or r2.lead <= r.last:
            continue
        between = words[r.last + 1 : r2.lead]
        if len(between) > 2:
            return None
        joined = between or (r2.prep == "من" or (r2.prep == "ل" and words[r.last] in AFFILIATION))
        if joined and all(w in AFFILIATION for w in between):
            return r2
        return None
    return None


class Filling(msgspec.Struct, frozen=True):
    """The roles of one trigger as the rules fill them: ``after``, the mentions after the trigger (with
    their index in ``refs``); ``before``, those before it in its clause (not across «إن»), which starts
    after ``barrier``; ``out``, the roles so far; ``used``, the indexes of the mentions that took one."""

    article: Article
    ents: dict[str, Entity]
    frame: Frame
    words: list[str]
    tokens: list[Token]
    refs: list[MentionRef]
    after: list[tuple[int, MentionRef]]
    before: list[tuple[int, MentionRef]]
    barrier: int
    out: dict[str, Arg] = msgspec.field(default_factory=dict)
    used: set[int] = msgspec.field(default_factory=set)

    def put(self, role: str, k: int, r: MentionRef, rule: str, conf: float) -> None:
        """Give ``role`` to mention ``k`` unless the role, the mention or (as actor/target) its entity is
        taken already."""
        out, trig = self.out, self.frame.match.trigger
        ent = self.ents.get(r.entity)
        if (
            role in ("actor", "target")
            and r.type == "LOC"
            and (not is_state(ent) or trig.sub_event_type == "Visit")
        ):
            role = "place"  # a town is where it happened, not who did it; a visited country is a place
        if role in ("actor", "target") and r.type == "LOC" and trig.sub_event_type in TERRITORY:
            role = "place"  # «تحرير فلسطين», «السيطرة على سوريا»: the land taken, even a state
        if role == "place" and r.type != "LOC":
            return
        if role in out or k in self.used:
            return
        if role in ("actor", "target") and any(
            (a.entity == r.entity if r.entity else a.span.start == r.start) for a in out.values()
        ):
            return
        if r.entity is None and role in ("actor", "target"):
            named = affiliation(self.words, r, self.refs)
            if named is not None:  # «مسلحون ينتمون لحزب العمال الكردستاني»: the group they belong to
                r, rule = named, rule + ":affiliation"
        if r.entity is None:  # an actor phrase no entity covers: kept as evidence, with less confidence
            rule, conf = rule + ":unlinked", conf * 0.8
        out[role] = Arg(r.entity, mention_span(self.article, r), rule, conf)
        self.used.add(k)


def split_role(roles: tuple[str, ...], r: MentionRef) -> str:
    if len(roles) == 2:  # place/target: a place (a country too: «يزور قطر», «على سوريا») is the place
        return roles[0] if r.type == "LOC" else roles[1]
    return roles[0]
