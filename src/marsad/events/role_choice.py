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
trigger's kind and type — feature names only, no words. One model per role scores the options
(gradient-boosted trees since session 17, `marsad.events.trees`; a logistic regression before); the
best one becomes the actor (then the target, never the same mention) when its probability reaches
that model's threshold (rule ``learned-actor`` / ``learned-target``, confidence = the probability).
The models are trained with `marsad train events` (`marsad.events.train_roles`), after the event
filter, and are JSON files (``data/models/events/actor.json``, ``target.json``);
``MARSAD_EVENTS_ACTOR=off`` / ``MARSAD_EVENTS_TARGET=off`` turn them off, a path picks another model.
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

import msgspec

from marsad.doc import Article, Event, Evidence, Token
from marsad.events.clauses import TIME_WORDS, clause_start
from marsad.events.context_vectors import default_vectors, feature_names, rounded
from marsad.events.discourse import CARRIED_ACTOR
from marsad.events.filter import model_file
from marsad.events.frames import Frame, MentionRef, object_refs
from marsad.events.roles import Arg, entity_map, inter_hint, is_state, mention_span
from marsad.events.trees import ChoiceModel, load_choice_model
from marsad.events.words import words as word_list
from marsad.text.normalize import fold

__all__ = [
    "Option",
    "ROLES",
    "options",
    "current",
    "decide",
    "choose",
    "fill",
    "reject",
    "default_role_model",
    "model_path",
]

ROLES = ("actor", "target")  # filled in this order

REPORT_VERBS = word_list("report_verbs")
MEDIA = word_list("media_words")
ABLE = word_list("able_verbs")
LIGHT = word_list("light_verbs")
TITLE_HEADS = word_list("title_heads")
# «أعرب الأزهر عن استنكاره للهجوم», «اعتبر البابا أن الهجمات الأخيرة في باريس»: who condemns or judges a
# happening named after the word did not do it (3 of 100 annotated such events had that party for actor)
JUDGEMENT = word_list("judgement_words")
COMPLEMENTIZERS = word_list("complementizers")
WEEKDAYS = word_list("weekday_names")
ARMED = word_list("actor_heads") - TITLE_HEADS
# the head noun an armed or official party is named by, without its article («القوات» = «قوات»)
ARMED_HEADS = {w: (w[2:] if w.startswith("ال") else w) for w in ARMED}
POLICE = word_list("police_words")
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
) -> dict[str, list[Option]]:
    """For the actor and the target, the mentions of the trigger's sentence that could hold the role,
    with their features; the mention the rules gave the role, if any, is among them, marked ``pick``;
    the mentions the other roles hold are not (``ctx``: the trigger's `Context`, when the caller has it)."""
    m = frame.match
    ents = entity_map(article)
    slots = set(m.at)
    ctx = ctx or Context.of(article, frame, words, tokens)
    free = [r for r in refs if not slots & set(range(r.first, r.last + 1))]
    rank = ranks(free, frame)
    parties = []
    for r in free:
        ent = ents.get(r.entity) if r.entity else None
        if r.type == "LOC" and not is_state(ent):
            continue  # a town is a place, never who did it
        parties.append((r, ent, mention_span(article, r), _party_features(ctx, r, ent, rank.get(id(r), 0))))
    # people and things no mention covers («القبض على أربعة أشخاص»): options for the target only
    objects_f: list = []
    objects = [
        r
        for r in object_refs(article, words, tokens, refs, (m.first, m.last))
        if not slots & set(range(r.first, r.last + 1))
    ]
    if objects:
        rank_all = ranks(free + objects, frame)
        for r in objects:
            f = _party_features(ctx, r, None, rank_all.get(id(r), 0))
            f["object=" + r.type] = 1.0
            f[f"et={m.trigger.event_type}:object={r.type}"] = 1.0
            f[f"sub={m.trigger.sub_event_type}:object={r.type}"] = 1.0
            if tokens[r.first].kind == "number" or not words[r.first].startswith(("ال", "وال", "بال", "لل")):
                f["object_indefinite"] = 1.0  # «أربعة أشخاص», «منزلا»: new to the story, what was hit
            objects_f.append((r, None, mention_span(article, r), f))
    out: dict[str, list[Option]] = {}
    for role in ROLES:
        others = [a for name, a in roles.items() if name != role]
        taken = {a.span.start for a in others}
        taken_ents = {a.entity for a in others if a.entity is not None}
        cands = [
            p
            for p in (parties + objects_f if role == "target" else parties)
            if p[2].start not in taken and (p[0].entity is None or p[0].entity not in taken_ents)
        ]
        if role == "actor":
            cands = [p for p in cands if not judge(words, p[0], m.first)]
        pick = roles.get(role)
        rule_actor = roles.get("actor") if role != "actor" else None
        opts = []
        for r, _ent, span, base in cands:
            f = dict(base)
            if len(cands) == 1:
                f["only_option"] = 1.0
            if role != "actor":
                if rule_actor is None:
                    f["no_rule_actor"] = 1.0
                else:
                    f["rule_actor_" + ("before" if rule_actor.span.start < r.start else "after")] = 1.0
            if pick is None:
                f["no_pick"] = 1.0
            elif pick.span.start == span.start or (pick.entity and pick.entity == r.entity):
                f["pick"] = 1.0
                f["pick:" + pick.rule.split(":")[0]] = 1.0
            opts.append(Option(Arg(r.entity, span, "learned", 0.0), f))
        out[role] = opts
    return out


def _party_features(ctx: Context, r: MentionRef, ent, rank: int) -> dict[str, float]:
    """What a mention is, whatever role it may take."""
    words = ctx.words
    f = position_features(ctx, r, rank, "STATE" if r.type == "LOC" else r.type)
    phrase = words[r.lead : r.last + 1]
    if any(w in MEDIA for w in phrase):
        f["media"] = 1.0
    if r.lead < len(words) and words[r.lead] in TITLE_HEADS:
        f["title_head"] = 1.0
    head = next((h for h in map(_armed_head, phrase) if h is not None), None)
    if head is not None:
        f["armed_head"] = 1.0  # «قوات», «طيران», «مسلحون», «ميليشيات»: who fights
    if any(w in OFFICIAL for w in phrase):
        f["official_head"] = 1.0  # «وزارة», «الحكومة», «السلطات»: who announces, arrests, signs
    if inter_hint(r) == 7:
        f["civilian"] = 1.0
    if r.entity is None:
        f["unlinked"] = 1.0
    elif ent is not None and ent.kb_id:
        f["linked"] = 1.0
    et = ctx.frame.match.trigger.event_type
    sub = ctx.frame.match.trigger.sub_event_type
    if ent is not None:
        inter = ent.attrs.get("inter")
        if inter is not None:
            f[f"inter={inter}"] = 1.0
            f[f"et={et}:inter={inter}"] = 1.0
            f[f"sub={sub}:inter={inter}"] = 1.0
    if head is not None:
        f[f"et={et}:head={head}"] = 1.0
    table = default_vectors()  # what the phrase means (`marsad.events.context_vectors`)
    meaning = table.mean(phrase) if table is not None else None
    if meaning is not None:
        f.update(zip(feature_names("vO", table.dim), rounded(meaning), strict=True))
    for flag in ("armed_head", "official_head", "title_head", "civilian", "media", "unlinked"):
        if flag in f:
            f[f"et={et}:{flag}"] = 1.0
    return f


def _armed_head(word: str) -> str | None:
    """The head noun of ``word`` (folded) when it names who fights or rules, also behind a proclitic
    («لميليشيا», «وقوات», «للقوات»): its form without the article, else None."""
    if word in ARMED_HEADS:
        return ARMED_HEADS[word]
    if word[:2] == "لل" and "ال" + word[2:] in ARMED_HEADS:
        return ARMED_HEADS["ال" + word[2:]]
    if word[:1] in "وفبلك" and word[1:] in ARMED_HEADS:
        return ARMED_HEADS[word[1:]]
    return None


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


def current(event: Event, role: str, opts: list[Option]) -> list[Option]:
    """``opts`` when the event's ``role`` is still what the rules gave it in its own sentence, nothing,
    or the actor of the previous event (`marsad.events.discourse`: an option of the trigger's own
    sentence may replace it), else [] — an argument a merged mention gave is not re-ranked; never the
    mention the other role holds."""
    ev = event.evidence.get(role)
    picked = [o for o in opts if o.feats.get("pick")]
    if ev is not None and ev.rule == CARRIED_ACTOR and not picked:
        pass  # «… وقصف أهدافاً أخرى»: the carried actor stays unless an option here scores high enough
    elif ev is None or ev.span is None:
        if getattr(event, role) is not None or picked:
            return []
    elif not any(
        o.arg.span.start == ev.span.start or (o.arg.entity and o.arg.entity == getattr(event, role))
        for o in picked
    ):
        return []
    other = event.evidence.get("target" if role == "actor" else "actor")
    if other is None or other.span is None:
        return opts
    return [o for o in opts if o.arg.span.start != other.span.start or o.feats.get("pick")]


def decide(model: ChoiceModel, opts: list[Option]) -> tuple[Option | None, float] | None:
    """The option that replaces the rules' pick (or fills an empty role): the best one, when its
    probability reaches the model's threshold and beats the pick's; ``(None, p)`` when the rules made a
    pick and every option, the pick too, scores under the model's ``drop`` (p: the best probability):
    the role is better left empty; None keeps the rules' answer."""
    if not opts:
        return None
    scored = list(zip(model.probabilities([o.feats for o in opts]), opts, strict=True))
    p, best = max(scored, key=lambda po: po[0])
    pick = next((q for q, o in scored if o.feats.get("pick")), None)
    if pick is not None and p < model.drop:
        return None, p
    if p < model.threshold or best.feats.get("pick") or (pick is not None and pick >= p):
        return None
    return best, p


def choose(model: ChoiceModel, opts: list[Option], role: str = "actor") -> Arg | None:
    """The argument `decide` prefers, as an `Arg` with the rule ``learned-<role>@<version>`` (with no
    entity and no span when the model leaves the role empty)."""
    got = decide(model, opts)
    if got is None:
        return None
    best, p = got
    rule = f"learned-{role}@{model.version}"
    if best is None:
        return Arg(None, None, rule + ":none", round(1.0 - p, 3))
    return msgspec.structs.replace(best.arg, rule=rule, confidence=round(p, 3))


def reject(event: Event, role: str, arg: Arg) -> None:
    """Leave ``role`` of ``event`` empty as the model said (`choose` gave an `Arg` with no span): the
    rules' argument is kept as evidence under ``<role>_rejected``."""
    old = event.evidence.pop(role, None)
    setattr(event, role, None)
    event.evidence[role + "_rejected"] = Evidence(arg.rule, arg.confidence, old.span if old else None)


def judge(words: list[str], r: MentionRef, trigger_first: int) -> bool:
    """The mention stands before a word of judgement («استنكر», «إدانة», «اعتبر») that comes before the
    trigger in its sentence: the party judges the happening."""
    return r.last < trigger_first and any(
        w in JUDGEMENT or (w[:1] in ("و", "ف") and w[1:] in JUDGEMENT)
        for w in words[r.last + 1 : trigger_first]
    )


def fill(event: Event, by_role: dict[str, list[Option]], models: dict[str, ChoiceModel | None]) -> None:
    """Give each role of ``event`` the models' choice among its options (actor first)."""
    for role in ROLES:
        model = models.get(role)
        if model is None:
            continue
        opts = current(event, role, by_role.get(role, []))
        if event.sub_event_type == "Attack":  # neither who attacked civilians nor the civilians
            opts = [o for o in opts if o.feats.get("pick") or not _police(o.arg)]
        arg = choose(model, opts, role)
        if arg is not None and arg.span is None:
            reject(event, role, arg)
        elif arg is not None:
            setattr(event, role, arg.entity)
            event.evidence[role] = Evidence(arg.rule, arg.confidence, arg.span)


def _police(arg: Arg) -> bool:
    """The police named in a crime story: who reports it or arrests the killer («قالت الشرطة السويدية إن
    شخصين قتلا … في هجوم بمدية», «ورد لشرطة المحافظة بلاغ عن إطلاق نار»), neither who attacked nor the
    victims; annotators made the police the actor of 7 of 670 attacks on civilians (a rule's pick stays)."""
    return arg.span is not None and any(w in POLICE for w in fold(arg.span.text).split()[:2])


def model_path(role: str) -> str:
    return f"data/models/events/{role}.json"


@lru_cache(maxsize=8)
def default_role_model(role: str) -> ChoiceModel | None:
    """The model of ``role`` — actor, target, place (`marsad.events.place_choice`) or date
    (`marsad.events.date_choice`) — read once per process: ``$MARSAD_EVENTS_ACTOR`` / ``_TARGET`` /
    ``_PLACE`` / ``_DATE`` names another model file or is ``off``;
    unset, the shipped one (none when the file is absent)."""
    return load_choice_model(model_file(f"MARSAD_EVENTS_{role.upper()}", model_path(role)))
