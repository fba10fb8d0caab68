"""A learned second look at the event's place: which place of its sentence the event happened in.

The place rules (`marsad.events.places`, rule 4 of `marsad.events.arguments`) take the nearest resolved
place of the clause, else of the sentence. On the annotated sets a fifth of the places they pick are
not the annotator's: a country where the text names the town («سوريا» for «تدمر»), a nisba adjective
read as a place («مواقع جنوبية»), the place of another clause («التقى … في الرياض» for a visit to
Cairo), a town inside an organisation's name.

Every place mention of the trigger's sentence (the rules' pick among them) becomes an option, described
by where it stands from the trigger (the features of `role_choice.position_features`), whether it is the
rules' pick and by which rule, its gazetteer class (country, province, city, unresolved), whether it
lies inside the pick's country, and whether it reads as an adjective. A learned model (trees,
`marsad.events.trees`) scores the options; another option replaces the rules' pick only when its probability reaches the model's
threshold and beats the pick's (rule ``learned-place``; the rules' pick stays the answer otherwise). An
event the rules gave no place gets the best option at the threshold. Trained by `marsad train events`
(`marsad.events.train_roles`), file ``data/models/events/place.json``; ``MARSAD_EVENTS_PLACE=off``.
"""

from __future__ import annotations

from marsad.doc import Article, Event, Evidence, Token
from marsad.events.frames import Frame, MentionRef
from marsad.events.role_choice import Context, Option, decide, position_features, ranks, reject
from marsad.events.roles import Arg, entity_map, mention_span
from marsad.events.trees import ChoiceModel

__all__ = ["place_options", "choose_place", "current"]

NISBA_ENDINGS = ("يه", "ية", "يين", "يون", "يا")  # folded or not: «جنوبية», «سورية», «ليبيين»


def place_options(
    article: Article,
    frame: Frame,
    words: list[str],
    tokens: list[Token],
    refs: list[MentionRef],
    roles: dict[str, Arg],
    ctx: Context | None = None,
) -> list[Option]:
    """The place mentions of the trigger's sentence, each with its features (``ctx``: the trigger's
    `Context`, when the caller has it)."""
    m = frame.match
    ents = entity_map(article)
    slots = set(m.at)
    pick = roles.get("place")
    parties = {(a.span.start, a.span.end) for r, a in roles.items() if r in ("actor", "target")}
    free = [
        r
        for r in refs
        if r.type == "LOC" and not slots & set(range(r.first, r.last + 1)) and (r.start, r.end) not in parties
    ]
    if not free or (pick is not None and len(free) == 1 and free[0].start == pick.span.start):
        return []  # nothing to choose
    ctx = ctx or Context.of(article, frame, words, tokens)
    rank = ranks(free, frame)
    pick_geo = ents[pick.entity].geo if pick is not None and pick.entity in ents else None
    out = []
    for r in free:
        ent = ents.get(r.entity) if r.entity else None
        geo = ent.geo if ent is not None else None
        f = position_features(ctx, r, rank.get(id(r), 0), "LOC")
        f["geo=" + (geo.feature or "other" if geo is not None else "none")] = 1.0
        is_pick = pick is not None and pick.span.start == r.start
        if is_pick:
            f["pick"] = 1.0
            f["pick:" + pick.rule.split(":")[0]] = 1.0
        elif pick is None:
            f["no_pick"] = 1.0
        elif pick_geo is not None and geo is not None and geo.country and geo.country == pick_geo.country:
            f["pick_country" if pick_geo.feature == "country" else "pick_same_country"] = 1.0
        if r.prep == "" and r.first == r.last and r.text.endswith(NISBA_ENDINGS) and r.lead > 0:
            f["adjective_like"] = 1.0  # «مواقع جنوبية», «طائرات سورية»
        if len(free) == 1:
            f["only_option"] = 1.0
        out.append(Option(Arg(r.entity, mention_span(article, r), "learned", 0.0), f))
    return out


def current(event: Event, opts: list[Option]) -> list[Option]:
    """``opts`` when the event's place is still the rules' pick of its own sentence (or none), or the
    place of the previous event (a place of the trigger's own sentence may replace it, as for a carried
    actor), else []: a place a merged mention gave is not re-ranked."""
    ev = event.evidence.get("place")
    pick = next((o for o in opts if o.feats.get("pick")), None)
    if ev is None or ev.span is None:
        return opts if event.place is None and pick is None else []
    return opts if pick is not None and pick.arg.span.start == ev.span.start else []


def choose_place(model: ChoiceModel, event: Event, opts: list[Option]) -> None:
    """Replace the event's place by the model's choice when it beats the rules' pick (or fill it), or
    leave it empty when no place of the sentence scores above the model's ``drop``."""
    got = decide(model, current(event, opts))
    if got is not None and got[0] is None:
        reject(event, "place", Arg(None, None, f"learned-place@{model.version}:none", round(1.0 - got[1], 3)))
        return
    if got is None or got[0].arg.entity is None:
        return  # a place must be an entity the map can show
    best, p = got
    event.place = best.arg.entity
    event.evidence["place"] = Evidence(f"learned-place@{model.version}", round(p, 3), best.arg.span)
