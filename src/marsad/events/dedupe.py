"""One event per happening: merge the mentions of one happening within an article.

A news article names a clash in its lead, again in the body («وكانت الاشتباكات قد اندلعت …»), and
often in several sentences. Two candidate events are the same happening when they have the same
event type and sub-type (or the same event type within one sentence), and none of actor, target, place
and date disagree (a missing value, or a date that fell back to the publication date, never disagrees).
The merged event keeps the first trigger, fills missing arguments from the later mentions, and gains
confidence with each further mention.
"""

from __future__ import annotations

from collections.abc import Callable

import msgspec

from marsad.doc import Article, Event, Evidence, Geo, Span
from marsad.events.roles import TERRITORY as _TERRITORY
from marsad.events.roles import anchored_place
from marsad.events.words import DEFINITE, words
from marsad.places.geometry import haversine_km
from marsad.text.normalize import fold

__all__ = ["Candidate", "merge_candidates"]

MENTION_BONUS = 0.05
SAME_TOLL_MIN = 2  # «قتل شخص … كما قتل شخص»: one death in two places is two blasts, not one happening
_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


class Candidate(msgspec.Struct):
    """An event before merging, with the sentence it came from and its number of mentions."""

    event: Event
    sentence: int
    mentions: int = 1
    spans: list[Span] = msgspec.field(default_factory=list)  # trigger spans of every merged mention
    site: tuple | None = None  # (frame, words, tokens, refs, roles): where the learned choices look


def _compatible(
    a: Event, b: Event, field: str, article: Article | None = None, loose: tuple[Event, ...] = ()
) -> bool:
    """Do ``a`` and ``b`` agree on ``field``? ``loose``: definite mentions («الانفجار», «الزيارة») whose
    place, found only as the nearest one in their sentence, cannot split them off."""
    va, vb = getattr(a, field), getattr(b, field)
    if va is None or vb is None or va == vb:
        return True
    if field == "place" and _weak_place(*loose):
        return True
    if field == "place" and article is not None:  # «سوريا» and «دير الزور» (in Syria) agree
        ga, gb = _geo(article, va), _geo(article, vb)
        if ga is not None and gb is not None and ga.gazetteer_id and ga.gazetteer_id == gb.gazetteer_id:
            return True  # «العاصمة الروسية» and «موسكو»: two names, one gazetteer place
        if ga is not None and gb is not None and ga.country and ga.country == gb.country:
            if ga.feature == "country" or gb.feature == "country":
                return True
            if not (ga.admin1 and ga.admin1 == gb.admin1):
                return False
            # one province, two named spots: the same happening only when they are close (ACLED: one
            # event per location and day — «مطار عدن» and «عدن» agree, «مقبنة» and «مطار تعز» do not)
            return _area(ga) or _area(gb) or haversine_km(ga.lat, ga.lon, gb.lat, gb.lon) <= NEAR_KM
    if field == "date":
        if va.startswith(vb) or vb.startswith(va):  # 2015-08 and 2015-08-06
            return True
        ra = a.evidence.get("date")
        rb = b.evidence.get("date")
        weak = (
            "publication-date",
            "sentence-time",
            "previous-event-date",
            "report-time",
            "lead-report-time",
        )  # not from the clause: never splits
        return (ra is not None and ra.rule in weak) or (rb is not None and rb.rule in weak)
    return False


def _weak_place(*events: Event) -> bool:
    """Is any of these places only the nearest place named (``nearest-loc-…``), with no preposition tying
    it to the trigger? «وأضافوا أن الانفجار أعقبته اشتباكات …، مؤكدين معلومات نشرتها وكالة أنباء **الأناضول**»."""
    return any(
        (ev := e.evidence.get("place")) is not None and ev.rule.startswith("nearest-loc") for e in events
    )


NEAR_KM = 15.0  # a city and its airport or its quarters agree; two towns of one province do not
AREA_FEATURES = frozenset({"admin1", "admin2", "region"})


def _area(g: Geo) -> bool:
    """A province or district (it contains the other place), or a place resolved only roughly."""
    return g.feature in AREA_FEATURES or g.precision >= 3


def _geo(article: Article, entity_id: str) -> Geo | None:
    ent = article.entity(entity_id)
    return ent.geo if ent is not None else None


def _status_ok(a: Event, b: Event) -> bool:
    """Equal statuses, or one is only the default «reported» («يزور قطر» after «سيعقد … خلال زيارة»)."""
    if a.status == b.status:
        return True
    default = "status:reported:default"
    return a.evidence["status"].rule == default or b.evidence["status"].rule == default


def _shares_argument(a: Event, b: Event) -> bool:
    """A visit and a meeting or talks share a place or a counterpart (the same minister alone does many things)."""
    if {a.sub_event_type, b.sub_event_type} - {"Visit", "Meeting", "Talks"}:
        return False
    for f in ("target", "place"):
        if getattr(a, f) is not None and getattr(a, f) == getattr(b, f):
            return True
        ea, eb = a.evidence.get(f), b.evidence.get(f)
        if ea and eb and ea.span and eb.span and fold(ea.span.text) == fold(eb.span.text):
            return True
    return False


def same_happening(a: Candidate, b: Candidate, article: Article | None = None) -> bool:
    ea, eb = a.event, b.event
    if ea.event_type != eb.event_type:
        return False
    # a visit, its meetings and its talks are one diplomatic happening when they share a party or place
    diplomacy_pair = ea.event_type == "Diplomacy" and _shares_argument(ea, eb)
    # «قصف جوي بغازات سامة استهدف خان شيخون» … «طائرات قصفت مدينة خان شيخون»: one bombardment of one place
    same_place = (
        ea.event_type == "Explosions/Remote violence" and ea.place is not None and ea.place == eb.place
    )
    same_sentence = a.sentence == b.sentence and ea.event_type in _VIOLENT  # «قصفت أربع غارات»
    # «تحرير عدن» … «سيطرت المقاومة على عدن»: one taking of ground, whichever side the coder thought the taker
    taking = {ea.sub_event_type, eb.sub_event_type} <= _TERRITORY
    if ea.sub_event_type != eb.sub_event_type and not (
        same_sentence or diplomacy_pair or same_place or taking
    ):
        return False
    if not _status_ok(ea, eb):
        return False
    if ea.fatalities is not None and ea.fatalities == eb.fatalities and ea.fatalities >= SAME_TOLL_MIN:
        # «مقتل 13 … في مواجهات غربي مأرب» … «اشتباكات في الجفينة خلفت 13 قتيلاً»: one toll, one happening
        return _compatible(ea, eb, "date", article) and _compatible(ea, eb, "actor", article)
    # a diplomatic happening has several counterparts («مع إيران وتركيا» / «مع تركيا وإيران»)
    fields = (
        ("actor", "place", "date") if ea.event_type == "Diplomacy" else ("actor", "target", "place", "date")
    )
    # a definite mention, or a second mention of the sub-type in the same sentence («وزار … موسكو أمس في
    # زيارة رسمية»), is not split off by a place that is only the nearest one named
    same = a.sentence == b.sentence and ea.sub_event_type == eb.sub_event_type
    loose = tuple(c.event for c in (a, b) if same or _anaphoric(c))
    return all(_compatible(ea, eb, f, article, loose) for f in fields)


def _absorb(keep: Candidate, other: Candidate, article: Article | None = None) -> None:
    k, o = keep.event, other.event
    for field in ("actor", "target", "place", "fatalities"):
        if (
            field == "place"
            and k.place
            and o.place
            and article is not None
            and _better_place(article, o, k)
            # a definite mention joined despite a nearest place that disagrees: neither place wins over the first
            and (_compatible(k, o, "place", article) or not _weak_place(k, o))
        ):
            k.place, k.evidence["place"] = o.place, o.evidence["place"]
        if getattr(k, field) is None and getattr(o, field) is not None:
            rule = o.evidence[field].rule if field in o.evidence else ""
            if field in ("actor", "target") and _stronger_unlinked(
                k.evidence.get(field), o.evidence.get(field)
            ):
                continue  # «قصفت المليشيات المتمردة»: the first mention's own subject, kept as words
            if k.sub_event_type != o.sub_event_type and field in ("actor", "target") and "only-party" in rule:
                continue  # «سيطرت على زنجبار بعد معارك مع الحوثيين»: the clash's other side is not the taker
            setattr(k, field, getattr(o, field))
            if field in o.evidence:
                k.evidence[field] = o.evidence[field]
    kd, od = k.evidence.get("date"), o.evidence.get("date")
    rank = {"clause-time": 2, "sentence-time": 1}
    if od is not None and kd is not None and rank.get(od.rule, 0) > rank.get(kd.rule, 0):
        k.date, k.date_precision = o.date, o.date_precision
        k.evidence["date"] = od
    if "actor" in o.evidence and "actor" not in k.evidence:
        k.evidence["actor"] = o.evidence["actor"]
    keep.mentions += other.mentions
    keep.spans.extend(other.spans)
    k.confidence = min(0.98, max(k.confidence, o.confidence) + MENTION_BONUS * other.mentions)
    k.evidence["mentions"] = Evidence(f"merged-mentions:{keep.mentions}", k.confidence, o.trigger)


def _stronger_unlinked(kept: Evidence | None, other: Evidence | None) -> bool:
    """The kept mention names the argument in words no entity covers («المليشيات المتمردة», rule
    ``…:unlinked``, its confidence lowered by 0.8) by a rule at least as sure as the one that found a
    linked entity at a later mention: the first mention's own argument stays."""
    if kept is None or kept.span is None or ":unlinked" not in kept.rule:
        return False
    return other is None or other.confidence <= kept.confidence / 0.8 + 1e-9


def _better_place(article: Article, o: Event, k: Event) -> bool:
    """o's place is finer (a place inside k's country) or found by a stronger rule (a preposition, not
    the nearest place)."""
    if _finer(article, o.place, k.place):
        return True
    ko, oo = k.evidence.get("place"), o.evidence.get("place")
    return bool(ko and oo and oo.confidence > ko.confidence + 0.05)


def _finer(article: Article, a: str, b: str) -> bool:
    """Is place ``a`` inside country ``b`` («دير الزور» finer than «سوريا»)? Not when ``b`` is a place
    we lack that the places stage located at its country (`anchored_place`: «قرية العكر الغربي»)."""
    ga, gb = _geo(article, a), _geo(article, b)
    return bool(
        ga
        and gb
        and gb.feature == "country"
        and not anchored_place(gb)
        and ga.feature != "country"
        and ga.country == gb.country
    )


def _anaphoric(c: Candidate) -> bool:
    """«الاشتباكات», «الغارات», «الكمين»: a definite noun names a happening already reported."""
    word = fold(c.event.trigger.text).split()[0] if c.event.trigger.text.strip() else ""
    return word.startswith(DEFINITE)


_GENERIC = frozenset(fold(w) for w in ("الهجوم", "الهجمات", "العملية", "العمليات", "الاعتداء"))


def _generic_attack(c: Candidate, k: Candidate) -> bool:
    """«الهجمات ركزت على دير الزور» after a strike report: the same happening in other words."""
    word = fold(c.event.trigger.text).split()[0]
    word = word[1:] if word.startswith(("و", "ف", "ب")) and word[1:].startswith("ال") else word
    return word in _GENERIC and c.event.event_type in _VIOLENT and k.event.event_type in _VIOLENT


def _antecedent(c: Candidate, kept: list[Candidate], article: Article | None) -> Candidate | None:
    fields = ("actor", "target", "place", "date")
    for k in reversed(kept):
        same_kind = k.event.event_type == c.event.event_type or _generic_attack(c, k)
        if (
            same_kind
            and _status_ok(k.event, c.event)
            and all(_compatible(k.event, c.event, f, article, (c.event,)) for f in fields)
        ):
            return k
    return None


MergeVeto = Callable[[Candidate, Candidate, str], bool]  # `merge_model.Veto` is one


def merge_candidates(
    cands: list[Candidate],
    article: Article | None = None,
    *,
    veto: MergeVeto | None = None,
    log: list[tuple[Candidate, Candidate, str]] | None = None,
) -> list[Candidate]:
    """Greedy merge in text order: each candidate joins the first earlier happening it matches; an
    anaphoric mention joins the latest compatible happening of its event type; a demonstrative one
    («هذه الغارات», «ذلك الهجوم») joins the latest violent (or same-type) happening whatever its date.

    ``veto(k, c, kind)`` may refuse a merge the rules propose (`marsad.events.merge_model`), except one of
    two mentions of a sub-type in one sentence; ``log``
    collects every proposed merge (earlier happening, candidate, kind) before the veto is asked."""
    kept: list[Candidate] = []

    def joins(k: Candidate | None, c: Candidate, kind: str) -> bool:
        if k is None:
            return False
        if log is not None:
            log.append((k, c, kind))
        if veto is not None and not _one_sentence(k, c, kind) and veto(k, c, kind):
            return False
        _absorb(k, c, article)
        return True

    for c in _fold_clashes_into_takeovers(cands, article):
        if (
            article is not None
            and _demonstrative(c, article)
            and joins(_pointed(c, kept, article), c, "demonstrative")
        ):
            continue
        if _anaphoric(c) and joins(_antecedent(c, kept, article), c, "anaphoric"):
            continue
        if _agreement_again(c) and joins(_last_agreement(c, kept), c, "anaphoric"):
            continue
        if not any(same_happening(k, c, article) and joins(k, c, "compatible") for k in kept):
            kept.append(c)
    return kept


_AGREEMENT_NOUNS = frozenset(fold(w) for w in ("الاتفاق", "الاتفاقية", "الاتفاقيه"))


def _agreement_again(c: Candidate) -> bool:
    """«الاتفاق» (with «و», «ب», «ل» or «ف»): an agreement the article has named already."""
    word = fold(c.event.trigger.text).split()[0] if c.event.trigger.text.strip() else ""
    if word[:1] in ("و", "ف", "ب", "ل") and word[1:] in _AGREEMENT_NOUNS | {"لاتفاق"}:
        word = "ال" + word[2:] if word[1:] == "لاتفاق" else word[1:]
    return c.event.sub_event_type == "Agreement" and word in _AGREEMENT_NOUNS


def _last_agreement(c: Candidate, kept: list[Candidate]) -> Candidate | None:
    """The latest agreement kept before ``c`` with a status ``c`` can share: «الاتفاق النووي» named again
    in a later paragraph, whatever date or party its sentence gives (the date of a comment on it)."""
    for k in reversed(kept):
        if k.event.sub_event_type == "Agreement" and _status_ok(k.event, c.event):
            return k
    return None


def _one_sentence(k: Candidate, c: Candidate, kind: str) -> bool:
    """Two compatible mentions of one sub-type in one sentence («وزار … موسكو أمس في زيارة رسمية») are one
    happening: the veto is not asked (out of fold, session 21: fp −4, tp unchanged)."""
    return (
        kind == "compatible" and k.sentence == c.sentence and k.event.sub_event_type == c.event.sub_event_type
    )


_DEMONSTRATIVES = words("demonstratives")
_DURING = frozenset(fold(w) for w in ("خلال", "أثناء", "عقب", "بعد", "وخلال", "وعقب", "وبعد"))
_GATHERINGS = frozenset({"Meeting", "Talks", "Visit"})
_ADVERBIAL = frozenset(fold(w) for w in ("في", "بعد", "عقب", "إثر", "اثر", "خلال", "جراء", "وسط", "أثناء"))


def _fold_clashes_into_takeovers(cands: list[Candidate], article: Article | None) -> list[Candidate]:
    """«سيطر … على هذه المناطق في اشتباكات عنيفة مع الحوثيين», «بعد معارك عنيفة تمكنت خلالها المقاومة
    … السيطرة على الوادي»: the fighting by which a place changed hands, in the sentence that reports
    the change, is that happening (ACLED codes the takeover), not a second event; its other side is
    the takeover's target."""
    if article is None:
        return cands
    out = list(cands)
    for c in cands:
        if c.event.sub_event_type != "Armed clash" or not _adverbial(c, article):
            continue
        taker = next(
            (
                t
                for t in out
                if t.sentence == c.sentence and t.event.sub_event_type in _TERRITORY and t is not c
            ),
            None,
        )
        if taker is not None and _status_ok(taker.event, c.event):
            if taker.event.target is None and "target" not in taker.event.evidence:
                _take_side(taker.event, c.event)
            _absorb(taker, c, article)
            out.remove(c)
    return out


def _adverbial(c: Candidate, article: Article) -> bool:
    t = c.event.trigger
    before = fold(article.text[max(0, t.start - 8) : t.start]).split()
    return bool(before) and before[-1] in _ADVERBIAL


def _take_side(taker: Event, clash: Event) -> None:
    """The clash's side that is not the taker («مع الحوثيين») is who lost the place: the clash's target,
    or its actor when that is the only side the clash named («اشتباكات مع الحوثيين», rule
    ``:only-party``). The clash's own actor is otherwise the clause's subject, the taker itself, named
    again or by another mention: taken as the loser, it was wrong in 21 of 25 annotated events."""
    actor_ev = clash.evidence.get("actor")
    if clash.target is not None or "target" in clash.evidence:
        other, field = clash.target, "target"
    elif actor_ev is not None and actor_ev.rule.endswith(":only-party"):
        other, field = clash.actor, "actor"
    else:
        return
    if field in clash.evidence and _other_side(taker, clash.evidence[field], other):
        taker.target = other
        taker.evidence["target"] = Evidence(
            "clash-other-side", clash.evidence[field].confidence, clash.evidence[field].span
        )


def _other_side(taker: Event, ev: Evidence, entity: str | None) -> bool:
    """Is the side ``ev`` (entity ``entity``) another party than the taker's actor?"""
    mine = taker.evidence.get("actor")
    if entity is not None and entity == taker.actor:
        return False
    if mine is None or mine.span is None or ev.span is None:
        return ev.span is not None or entity is not None
    return not (mine.span.start < ev.span.end and ev.span.start < mine.span.end) and fold(
        mine.span.text
    ) != fold(ev.span.text)


def _demonstrative(c: Candidate, article: Article) -> bool:
    """«ستا من هذه الغارات», «شاركت في هذه الغارات», «الهجوم ذاته»: the text points back; so does «خلال
    اللقاء», «عقب الاجتماع» (a meeting, talks or a visit already reported)."""
    t = c.event.trigger
    before = fold(article.text[max(0, t.start - 12) : t.start]).split()
    after = fold(article.text[t.end : t.end + 8]).split()
    if before and before[-1] in _DURING and c.event.sub_event_type in _GATHERINGS and _anaphoric(c):
        return True
    return bool((before and before[-1] in _DEMONSTRATIVES) or (after and after[0] in _DEMONSTRATIVES))


def _pointed(c: Candidate, kept: list[Candidate], article: Article | None) -> Candidate | None:
    """The latest happening of the kind pointed at, preferring one whose place agrees (after a split
    into one event per country, «ستا من هذه الغارات … في سوريا» points at the Syrian one)."""
    kind = [k for k in reversed(kept) if k.event.event_type == c.event.event_type or _generic_attack(c, k)]
    if c.event.sub_event_type in _GATHERINGS:  # «خلال اللقاء»: a meeting, not the agreement it reached
        kind = [k for k in kind if k.event.sub_event_type in _GATHERINGS]
    same_place = [k for k in kind if _compatible(k.event, c.event, "place", article)]
    return (same_place or kind or [None])[0]
