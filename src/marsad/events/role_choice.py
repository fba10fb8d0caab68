"""A learned choice of the actor and the target when the argument rules name none.

The rules of `marsad.events.arguments` leave an event without an actor when no pattern they know
holds («أعلنت وزارة الخارجية الجزائرية عن إرسال مساعدات», «قصفت طائرتان حربيتان ليبيتان قواعد»
after a time word, «هجوم شنه تنظيم داعش»). On the annotated event sets that was the largest class of
actor errors: the annotator's actor is a mention of the same sentence in about two thirds of them.

Targets are left open even more often (266 of the 305 target errors there).

For such an event, every mention of the trigger's sentence that could be a party (a person, an
organisation, an actor phrase, a state) becomes an option, described by where it stands from the
trigger (side, distance, rank, clause boundary, punctuation), how it is introduced (its preposition,
a report verb, a title), what it is (type, linked or not), where the rules' actor stands, and the
trigger's kind and type — feature names only, no words. One logistic regression per role scores the
options; the best one becomes the actor (then the target, never the same mention) when its
probability reaches that model's threshold (rule ``learned-actor`` / ``learned-target``, confidence =
the probability). The models are trained with `marsad train events` (`marsad.events.train_roles`),
after the event filter, and are small JSON files (``data/models/events/actor.json``, ``target.json``);
``MARSAD_EVENTS_ACTOR=off`` / ``MARSAD_EVENTS_TARGET=off`` turn them off, a path picks another model.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import msgspec

from marsad.doc import Article, Event, Evidence, Token
from marsad.events.clauses import TIME_WORDS, clause_start
from marsad.events.filter import EventFilter, load_model
from marsad.events.frames import Frame, MentionRef
from marsad.events.roles import Arg, entity_map, inter_hint, is_state, mention_span
from marsad.events.words import words as word_list
from marsad.text.normalize import fold

__all__ = ["Option", "ROLES", "options", "choose", "fill", "default_role_model", "model_path"]

ROLES = ("actor", "target")  # filled in this order

REPORT_VERBS = word_list("report_verbs")
MEDIA = word_list("media_words")
ABLE = word_list("able_verbs")
LIGHT = word_list("light_verbs")
TITLE_HEADS = word_list("title_heads")
COMPLEMENTIZERS = word_list("complementizers")
WEEKDAYS = word_list("weekday_names")
ARMED = word_list("actor_heads") - TITLE_HEADS
OFFICIAL = frozenset(fold(w) for w in ("وزارة", "الوزارة", "الحكومة", "حكومة", "السلطات", "سلطات", "الرئاسة"))


class Option(msgspec.Struct, frozen=True):
    """One mention that could be the actor or the target, with its features."""

    arg: Arg
    feats: dict[str, float]


def _bucket(d: int) -> str:
    return str(d) if d <= 3 else "4-6" if d <= 6 else "7-10" if d <= 10 else "11+"


class Context(msgspec.Struct, frozen=True):
    """What the features of every option of one trigger read."""

    article: Article
    frame: Frame
    words: list[str]
    tokens: list[Token]
    barrier: int  # the trigger's clause starts after this local token (-1: the sentence start)
    timed: frozenset[int]  # local tokens inside a time expression

    @classmethod
    def of(cls, article: Article, frame: Frame, words: list[str], tokens: list[Token]) -> Context:
        barrier = clause_start(words, tokens, 0, frame.match.first)
        return cls(article, frame, words, tokens, barrier, frozenset(_in_times(article, tokens)))


def ranks(refs: list[MentionRef], frame: Frame) -> dict[int, int]:
    """Rank of each option by nearness to the trigger on its side (``id(ref)`` → rank)."""
    m = frame.match
    before = [r for r in refs if r.last < m.first]
    after = [r for r in refs if r.first > m.last]
    out = {id(r): n for n, r in enumerate(reversed(before))}
    out.update({id(r): n for n, r in enumerate(after)})
    return out


def position_features(ctx: Context, r: MentionRef, rank: int, rtype: str) -> dict[str, float]:
    """Where a mention stands from the trigger and how it is introduced (feature names, no words)."""
    m, words, tokens = ctx.frame.match, ctx.words, ctx.tokens
    trig = m.trigger
    kind = "verb" if m.alt.verb else "noun"
    f: dict[str, float] = {}
    side = "before" if r.last < m.first else "inside" if r.first < m.last else "after"
    dist = m.first - r.last if side == "before" else r.first - m.last if side == "after" else 0
    f["type=" + rtype] = 1.0
    f[f"{side}:{_bucket(dist)}"] = 1.0
    f[f"{side}:rank{min(rank, 3)}"] = 1.0
    f[f"{kind}:{side}"] = 1.0
    f[f"{kind}:{side}:prep={r.prep or '-'}"] = 1.0
    f[f"et={trig.event_type}:{side}"] = 1.0
    f[f"sub={trig.sub_event_type}:{rtype}"] = 1.0
    lo, hi = (r.last + 1, m.first) if side == "before" else (m.head_last + 1, r.lead)
    between = range(max(lo, 0), max(hi, lo))
    if all(
        tokens[j].kind in ("punct", "number")
        or words[j] in TIME_WORDS
        or words[j] in WEEKDAYS
        or j in ctx.timed
        for j in between
    ):
        f["clean_gap"] = 1.0  # nothing but time words, numbers and punctuation in between
    if any(tokens[j].kind == "punct" for j in between):
        f["punct_between"] = 1.0
    if any(words[j] in COMPLEMENTIZERS for j in between):
        f["complementizer_between"] = 1.0
    if side == "before" and r.lead <= ctx.barrier:
        f["before_clause"] = 1.0
    if ctx.frame.lo <= r.first and r.last < ctx.frame.hi:
        f["in_window"] = 1.0
    prev = words[r.lead - 1] if r.lead > 0 else ""
    if prev in REPORT_VERBS:
        f["after_report_verb"] = 1.0
    if prev in ABLE or prev in LIGHT:
        f["after_light_verb"] = 1.0
    if r.lead > 0 and tokens[r.lead - 1].kind == "punct":
        f["after_punct"] = 1.0
    if r.lead == 0 or all(tokens[j].kind == "punct" for j in range(r.lead)):
        f["sentence_start"] = 1.0
    if words[m.first].startswith("و") and side == "before":
        f["trigger_with_wa"] = 1.0
    return f


def options(
    article: Article,
    frame: Frame,
    words: list[str],
    tokens: list[Token],
    refs: list[MentionRef],
    roles: dict,
    ctx: Context | None = None,
) -> list[Option]:
    """The mentions of the trigger's sentence that could be its actor or target, with their features
    (``ctx``: the trigger's `Context`, when the caller has it)."""
    m = frame.match
    ents = entity_map(article)
    slots = set(m.at)
    taken = {(a.entity, a.span.start) for a in roles.values()}
    taken_ents = {a.entity for a in roles.values() if a.entity is not None}
    ctx = ctx or Context.of(article, frame, words, tokens)
    rule_actor = roles.get("actor")
    free = [r for r in refs if not slots & set(range(r.first, r.last + 1))]
    rank = ranks(free, frame)
    cands = []
    for r in free:
        ent = ents.get(r.entity) if r.entity else None
        if r.type == "LOC" and not is_state(ent):
            continue  # a town is a place, never who did it
        if (r.entity, r.start) in taken or (r.entity is not None and r.entity in taken_ents):
            continue
        cands.append((r, ent))
    out: list[Option] = []
    for r, ent in cands:
        f = position_features(ctx, r, rank.get(id(r), 0), "STATE" if r.type == "LOC" else r.type)
        if len(cands) == 1:
            f["only_option"] = 1.0
        if any(w in MEDIA for w in words[r.lead : r.last + 1]):
            f["media"] = 1.0
        if r.lead < len(words) and words[r.lead] in TITLE_HEADS:
            f["title_head"] = 1.0
        phrase = words[r.lead : r.last + 1]
        if any(w in ARMED for w in phrase):
            f["armed_head"] = 1.0  # «قوات», «طيران», «مسلحون», «ميليشيات»: who fights
        if any(w in OFFICIAL for w in phrase):
            f["official_head"] = 1.0  # «وزارة», «الحكومة», «السلطات»: who announces, arrests, signs
        if inter_hint(r) == 7:
            f["civilian"] = 1.0
        if r.entity is None:
            f["unlinked"] = 1.0
        elif ent is not None and ent.kb_id:
            f["linked"] = 1.0
        if rule_actor is None:
            f["no_rule_actor"] = 1.0
        else:
            f["rule_actor_" + ("before" if rule_actor.span.start < r.start else "after")] = 1.0
        arg = Arg(r.entity, mention_span(article, r), "learned", 0.0)
        out.append(Option(arg, f))
    return out


def _in_times(article: Article, tokens: list[Token]) -> set[int]:
    """Local indices of the tokens inside a time expression («اليوم الاربعاء 28 ماي 2014»)."""
    if not tokens or not article.times:
        return set()
    lo, hi = tokens[0].start, tokens[-1].end
    starts = [tok.start for tok in tokens]
    out: set[int] = set()
    for t in article.times:
        if t.end > lo and t.start < hi:
            out.update(range(bisect_left(starts, t.start), bisect_left(starts, t.end)))
    return out


def open_options(event: Event, role: str, opts: list[Option]) -> list[Option]:
    """The options of ``role`` when no rule filled it (never the mention the other role holds)."""
    if getattr(event, role) is not None or role in event.evidence:
        return []
    other = event.evidence.get("target" if role == "actor" else "actor")
    if other is None or other.span is None:
        return opts
    return [o for o in opts if o.arg.span.start != other.span.start]


def choose(model: EventFilter, opts: list[Option], role: str = "actor") -> Arg | None:
    """The best option when its probability reaches the model's threshold."""
    best, best_p = None, -1.0
    for o in opts:
        p = model.probability(o.feats)
        if p > best_p:
            best, best_p = o, p
    if best is None or best_p < model.threshold:
        return None
    rule = f"learned-{role}@{model.version}"
    return msgspec.structs.replace(best.arg, rule=rule, confidence=round(best_p, 3))


def fill(event: Event, opts: list[Option], models: dict[str, EventFilter | None]) -> None:
    """Give each open role of ``event`` the models' choice among ``opts`` (actor first)."""
    for role in ROLES:
        model = models.get(role)
        arg = choose(model, open_options(event, role, opts), role) if model is not None else None
        if arg is not None:
            setattr(event, role, arg.entity)
            event.evidence[role] = Evidence(arg.rule, arg.confidence, arg.span)


def model_path(role: str) -> str:
    return f"data/models/events/{role}.json"


@lru_cache(maxsize=3)
def default_role_model(role: str) -> EventFilter | None:
    """The model of ``role`` — actor, target or place (`marsad.events.place_choice`) — read once per
    process: ``$MARSAD_EVENTS_ACTOR`` / ``_TARGET`` / ``_PLACE`` names another model file or is ``off``;
    unset, the shipped one (none when the file is absent)."""
    return load_model(f"MARSAD_EVENTS_{role.upper()}", model_path(role))
