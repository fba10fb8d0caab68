"""The events component: triggers → frames → arguments → attributes → one event per happening.

`extract_events(article)` is pure (it reads the article's layers and returns events);
`EventsComponent.__call__` writes them to ``article.events``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import ClassVar

import msgspec

from marsad.doc import Article, Event, Evidence, Span, Token
from marsad.events.arguments import Arg, assign_roles, dropped_subject, other_country_places, victims
from marsad.events.attributes import (
    event_date,
    event_status,
    fatalities,
    planned_weekday,
    restatus,
    sentence_counts,
)
from marsad.events.casualties import casualty_side, counted_people
from marsad.events.classify import apply_modifiers, resolve_subtype, suicide_attack, victims_before
from marsad.events.confidence import score
from marsad.events.context_tagger import default_context_tagger
from marsad.events.context_vectors import default_vectors, vector_features
from marsad.events.crowds import PROTEST_TYPES, protesters
from marsad.events.date_choice import choose_date, date_options
from marsad.events.dedupe import Candidate, merge_candidates
from marsad.events.discourse import (
    CARRIED_ACTOR,
    claims_back,
    inherit_actors,
    inherit_dates,
    inherit_places,
    lead_dates,
)
from marsad.events.filter import BESIDE_STRONG, PARTYLESS, default_filter, features
from marsad.events.frames import Frame, mention_refs, sentence_frames
from marsad.events.generic import add_generic_entities
from marsad.events.merge_model import Veto, default_merge_model
from marsad.events.named import apply_named
from marsad.events.place_choice import choose_place, place_options
from marsad.events.role_choice import ROLES, Context, default_role_model, fill, judge, options
from marsad.events.taxonomy import Taxonomy, taxonomy
from marsad.events.words import words
from marsad.pipeline import register
from marsad.text.normalize import fold

__all__ = ["EventsComponent", "extract_events", "MIN_CONFIDENCE"]

MIN_CONFIDENCE = 0.5
LEFT_TO_FILTER = MIN_CONFIDENCE - 0.1  # the cap of a candidate the rules alone drop and the filter may keep
FOOTER = fold("رابط الخبر")
SPLIT_TYPES = frozenset({"Battles", "Explosions/Remote violence"})  # one event per country
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# Types whose events carry a death toll (ACLED records fatalities for political violence, riots and
# excessive force; on the annotated sets 4 of 2,800 arrests, agreements, meetings … had one)
FATAL_TYPES = VIOLENT | {"Riots"}
COUNTED = frozenset({"Arrests", "Abduction/forced disappearance"})  # done to people a count may name
ONE_SIDED = frozenset({"Violence against civilians"})
MAX_SENTENCE_CHARS = 2000  # longer "sentences" are unsplit blobs (tables, lists): skipped with a warning


def extract_events(
    article: Article,
    *,
    min_confidence: float | None = None,
    use_filter: bool = True,
    learned_roles: bool = True,
    learned_merge: bool | None = None,
    merge_log: list | None = None,
    finish: bool = True,
) -> list[Event]:
    """Events of ``article`` (needs tokens and sentences; uses entities and times when present).

    The shipped learned filter (`marsad.events.filter`), when present, decides which candidates are
    kept and gives their confidence; without it (or with ``use_filter=False``) the rules' own score
    must reach ``min_confidence`` (default ``MIN_CONFIDENCE``). ``min_confidence=0.0`` with
    ``use_filter=False`` returns every candidate (how `marsad train events` collects them).
    The learned role choice (`marsad.events.role_choice`) names the actor and the target of a kept
    event no rule found them for; ``use_filter=False`` or ``learned_roles=False`` turns it off (the
    options stay in the article's ``role_options`` layer, which is what `marsad train events` learns
    from). The learned merge veto (`marsad.events.merge_model`) applies with the filter unless
    ``learned_merge`` says otherwise; ``merge_log`` (a list) collects the merges the rules propose, with
    no veto and no generic entities (`marsad.events.generic`): how the veto is trained, on the events as
    the merges left them (features taken at proposal time instead were measured: F1 equal, place and date
    accuracy 2 points lower on rounds 29–36). ``finish=False`` leaves out what is added after the filter
    (a target counted after the trigger, generic entities): `marsad train events` reads the candidates as
    the filter, the merge veto and the role choice see them. The date choice (`marsad.events.date_choice`)
    gives a kept event another date when its model prefers one; with ``learned_roles=False`` the date
    options are kept in the ``date_options`` layer instead (what `marsad train events` learns from)."""
    if not article.sentences or not article.tokens:
        return []
    tax = taxonomy()
    times = sorted(article.times, key=lambda t: t.start)
    tstarts = [t.start for t in times]
    cands: list[Candidate] = []
    view = article.view
    footer = _footer_start(article)
    for si, sent in enumerate(article.sentences):
        if sent.start >= footer:
            break  # «رابط الخبر بصحيفة …: <the headline again>»: the footer repeats the title
        if sent.end - sent.start > MAX_SENTENCE_CHARS:
            article.warn("W801", "events: sentence too long, skipped", sent.start, sent.end)
            continue
        frames, words, tokens = sentence_frames(article, si)
        if not frames:
            continue
        blocked = frozenset(k for fr in frames for k in fr.match.at)
        refs = mention_refs(article, sent, words, tokens, blocked)
        sent_times = times[bisect_left(tstarts, sent.start) : bisect_left(tstarts, sent.end)]
        folded = view.text[view.to_normalized(sent.start) : view.to_normalized(sent.end)]
        counts = sentence_counts(article, sent.start, sent.end)
        prev_roles: dict = {}
        for fr in frames:
            trig = fr.match.trigger
            roles = assign_roles(article, fr, words, tokens, refs)
            if "actor" not in roles and "actor" in prev_roles and dropped_subject(words, fr):
                # «ألقى رجال المقاومة القبض على ضابط، في قاعدة العند، التي سيطرت عليها أمس»
                a = prev_roles["actor"]
                roles["actor"] = msgspec.structs.replace(
                    a, rule="clause-subject", confidence=min(a.confidence, 0.6)
                )
            prev_roles = roles
            et, st = trig.event_type, trig.sub_event_type
            plover, mode, cameo = trig.plover, trig.mode, trig.cameo
            evidence: dict[str, Evidence] = {}
            after = " ".join(words[fr.match.last + 1 : fr.hi])
            before = victims_before(words, fr.lo, fr.match.first)
            alt = resolve_subtype(article, trig.alts, roles, folded, after, before)
            if alt is not None:
                et, st, cond = alt
                evidence["sub_event_type"] = Evidence(f"alt:{cond}", 0.7, None)
            # sentence cues, read in the trigger's own window: «الضربة الصاروخية … على خلفية الهجوم
            # الكيماوي» — the gas belongs to the other trigger's happening
            window_text = " ".join(words[fr.lo : fr.hi])
            et2, st2, cue = apply_modifiers(et, st, window_text)
            if cue is not None:
                et, st = et2, st2
                evidence["sub_event_type"] = Evidence(f"modifier:{cue}", 0.7, None)
            if et in ("Battles", "Violence against civilians") and suicide_attack(
                trig_text := article.text[fr.start : fr.end], folded
            ):
                et, st = "Explosions/Remote violence", "Suicide bomb"
                evidence["sub_event_type"] = Evidence(f"suicide-in-sentence:{trig_text}", 0.7, None)
            elif et in ("Battles", "Violence against civilians") and suicide_attack(
                trig_text, _next_sentence(article, si)
            ):
                # «الهجوم الذي استهدف مسجد الإمام الصادق …» then «وفجر انتحاري نفسه …»: told in the next one
                et, st = "Explosions/Remote violence", "Suicide bomb"
                evidence["sub_event_type"] = Evidence(f"suicide-next-sentence:{trig_text}", 0.6, None)
            if st == "Armed clash" and _occupation_clash(article.text[fr.start : fr.end], folded):
                # «أصيب شاب … خلال مواجهات مع الجيش الإسرائيلي الذي اقتحم بلدة برقين»: stones against soldiers
                et, st = "Riots", "Violent demonstration"
                evidence["sub_event_type"] = Evidence("occupation-confrontation", 0.6, None)
            if (et, st) != (trig.event_type, trig.sub_event_type):
                sub = tax.get(et, st)
                plover, mode, cameo = sub.plover, sub.mode, sub.cameo
            date, precision, date_ev = event_date(article, fr, tokens, sent_times)
            status_ev = event_status(article, fr, words, tokens, date, date_ev.rule)
            date, date_ev = planned_weekday(article, date, precision, date_ev, status_ev)
            window = (tokens[fr.lo].start, tokens[fr.hi - 1].end) if fr.hi > fr.lo else None
            dead, dead_ev = fatalities(article, sent.start, sent.end, fr.start, counts, window)
            if et not in FATAL_TYPES and st != "Excessive force against protesters":
                dead, dead_ev = None, None  # «يقتل 31 مسلحا ويعتقل 171»: the clash's dead, not the arrests'
            if dead_ev is not None and "target" not in roles and et in VIOLENT:
                victim = victims(article, refs, tokens, dead_ev.span.end, roles)
                if victim is not None:
                    roles["target"] = victim
            if "target" not in roles and et in VIOLENT:
                side = casualty_side(article, refs, words, tokens, roles)
                if side is not None:
                    roles["target"] = side
            trigger = Span(fr.start, fr.end, article.text[fr.start : fr.end])
            aside = BESIDE_STRONG if fr.beside_strong else ""
            evidence["trigger"] = Evidence(
                f"lexicon:row{trig.row}:{trig.source}{aside}", 0.9 if trig.strong else 0.6, trigger
            )
            for role, arg in roles.items():
                evidence[role] = Evidence(arg.rule, arg.confidence, arg.span)
            evidence["date"] = date_ev
            evidence["status"] = status_ev
            if dead_ev is not None:
                evidence["fatalities"] = dead_ev
            conf = score(fr, sent, words, tokens, refs, roles, date_ev, dead_ev, status_ev, st)
            if conf is None:
                continue
            if fr.beside_strong:
                conf = min(conf, LEFT_TO_FILTER)
            actor, target, place = (
                roles[r].entity if r in roles else None for r in ("actor", "target", "place")
            )
            event = Event(
                id="",
                event_type=et,
                sub_event_type=st,
                trigger=trigger,
                plover=plover,
                plover_mode=mode,
                actor=actor,
                target=target,
                place=place,
                date=date,
                date_precision=precision,
                status=status_ev.rule.split(":")[1],
                fatalities=dead,
                confidence=min(conf, 0.95),
                evidence=evidence,
            )
            if cameo:
                evidence["cameo"] = Evidence(f"cameo:{cameo}", event.confidence, None)
            cands.append(Candidate(event, si, spans=[trigger], site=(fr, words, tokens, refs, roles)))
            if et in SPLIT_TYPES:
                for arg in other_country_places(article, fr, refs, roles.get("place")):
                    ev2 = dict(evidence, place=Evidence(arg.rule, arg.confidence, arg.span))
                    copy = msgspec.structs.replace(event, place=arg.entity, evidence=ev2)
                    cands.append(Candidate(copy, si, spans=[trigger], site=(fr, words, tokens, refs, roles)))
    inherit_dates(article, cands)
    lead_dates(article, cands)
    inherit_actors(cands)
    claims_back(cands)
    inherit_places(cands)
    flt = default_filter() if use_filter else None
    context = default_context_tagger() if flt is not None else None
    vectors = default_vectors() if flt is not None else None
    floor = MIN_CONFIDENCE if min_confidence is None else min_confidence
    kept = []
    if learned_merge is None:
        learned_merge = use_filter
    merger = default_merge_model() if learned_merge and merge_log is None else None
    merged = merge_candidates(cands, article, veto=Veto(merger, article) if merger else None, log=merge_log)
    siblings = [c.event for c in merged]
    for c in merged:
        if _partyless(c.event):
            # «قيمة القرض تصل إلى», «الاستفادة من الاتفاق النووي»: a weak diplomatic trigger with no
            # party named is rarely an event for the rules; below their cut, the learned filter decides
            trig = c.event.evidence["trigger"]
            c.event.evidence["trigger"] = msgspec.structs.replace(trig, rule=trig.rule + PARTYLESS)
            c.event.confidence = min(c.event.confidence, LEFT_TO_FILTER)
        if flt is None:
            if c.event.confidence >= floor:
                kept.append(c)
            continue
        ctx = context.probability(article, c.spans) if context is not None else None
        meaning = vector_features(article, c.event.trigger, vectors)
        p = flt.probability(features(article, c.event, siblings, ctx, meaning))
        if p >= flt.threshold:
            c.event.evidence["filter"] = Evidence(f"filter:events-filter@{flt.version}", round(p, 3), None)
            c.event.confidence = round(min(p, 0.98), 3)
            kept.append(c)
    models = {
        r: default_role_model(r) if use_filter and learned_roles else None for r in (*ROLES, "place", "date")
    }
    events, mentions, opened, places, dates = [], {}, {}, {}, {}
    for n, c in enumerate(kept, 1):
        c.event.id = f"V{n}"
        events.append(c.event)
        mentions[c.event.id] = c.spans
        if c.site is None:
            continue
        fr, words, tokens, refs, roles = c.site  # options only for kept events (they cost)
        _drop_judge(c.event, fr, words, refs, roles)
        ctx = Context.of(article, fr, words, tokens)
        by_role = options(article, fr, words, tokens, refs, roles, ctx)
        opened[c.event.id] = by_role
        fill(c.event, by_role, models)
        if c.event.event_type in PROTEST_TYPES:
            _crowd_actor(article, c.event, fr, words, tokens, refs)
        _one_side(article.text, c.event)
        if finish:
            _count_target(article, fr, words, tokens, c.event)
        popts = place_options(article, fr, words, tokens, refs, roles, ctx)
        if popts:
            places[c.event.id] = popts
            if models["place"] is not None:
                choose_place(models["place"], c.event, popts)
        if models["date"] is not None:
            choose_date(models["date"], c.event, date_options(article, c.event, fr, tokens))
            restatus(article, c.event)  # a status the rules read from the old date follows the new one
        elif not learned_roles and (dopts := date_options(article, c.event, fr, tokens)):
            dates[c.event.id] = dopts  # what `marsad train events` learns the date choice from
    _carry_crowds(kept)
    if finish:
        for event in events:
            _place_kind(event, tax)
        events.extend(apply_named(article, events, mentions, footer))  # «أحداث 11 سبتمبر»
    if finish and merge_log is None:  # what training reads stops before this
        add_generic_entities(article, events)  # «مسلحون مجهولون»: a party named by description gets an entity
    article.set_layer("event_mentions", mentions)  # every trigger span merged into each event
    # what `marsad train events` learns actors, targets and places from
    article.set_layer("role_options", opened)
    article.set_layer("date_options", dates)
    article.set_layer("place_options", places)
    return events


_OCCUPATION = tuple(f" {p} " for p in words("occupation_forces"))
_CONFRONTATION = words("confrontation_words")


def _occupation_clash(trigger_text: str, sentence_folded: str) -> bool:
    """«مواجهات»/«اشتباكات» in a sentence that names the Israeli army or police: Palestinians confronting
    soldiers, which the annotators code as riots (11 of the 13 such triggers in the annotated sets, none
    as a clash; the wars with Israel are told with other words)."""
    first = fold(trigger_text).split()[:1]
    if not first or not any(v in _CONFRONTATION for v in (first[0], first[0][1:])):
        return False
    padded = " " + " ".join(_PUNCT.sub(" ", sentence_folded).split()) + " "
    return any(p in padded for p in _OCCUPATION)


_PUNCT = re.compile(r"[^\w\s]")


def _next_sentence(article: Article, si: int) -> str:
    """The folded text of the sentence after ``si`` ("" at the end)."""
    if si + 1 >= len(article.sentences):
        return ""
    nxt, view = article.sentences[si + 1], article.view
    return view.text[view.to_normalized(nxt.start) : view.to_normalized(nxt.end)]


TWO_SIDED = frozenset({"Armed clash", "Violent demonstration", "Mob violence"})
GUESSED_ACTOR = (CARRIED_ACTOR, "subject-before-verb")  # rules a named crowd outranks
CROWD_REACH = 2  # sentences a protest with no crowd of its own looks back for the previous one's


def _carry_crowds(kept: list[Candidate]) -> None:
    """«تظاهر آلاف العراقيين في بغداد … وخرجت تظاهرات مماثلة في البصرة»: a protest that names no one,
    in the sentence of a protest that named its crowd or the next two, was made by that crowd (rule
    ``previous-event-actor``, at most 0.5). Runs after the crowds are read, which the carrying of
    actors between candidates comes before."""
    prev: Candidate | None = None
    for c in kept:
        e = c.event
        if e.event_type not in PROTEST_TYPES:
            continue
        ev = e.evidence.get("actor")
        if prev is not None and ev is None and c.sentence - prev.sentence <= CROWD_REACH:
            pev = prev.event.evidence.get("actor")
            if pev is not None and pev.span is not None and prev.event.status == e.status:
                e.actor = prev.event.actor
                e.evidence["actor"] = Evidence(CARRIED_ACTOR, min(pev.confidence, 0.5), pev.span)
        prev = c


def _crowd_actor(
    article: Article, event: Event, fr: Frame, words: list[str], tokens: list[Token], refs: list
) -> None:
    """A protest with no actor of its own, or one only guessed (carried over from the previous event, or
    the name before a verb), takes the crowd the text names («تظاهر نحو مئتي شخص», «اعتصام العمال»;
    `crowds.protesters`). The learned actor choice is not overruled: that lost on the GSR."""
    ev = event.evidence.get("actor")
    if ev is not None and ev.span is not None and not ev.rule.startswith(GUESSED_ACTOR):
        return
    crowd = protesters(article, fr, words, tokens, refs)
    if crowd is not None:
        event.actor = None
        event.evidence["actor"] = crowd


def _conjuncts(text: str, event: Event, a: Evidence | None, t: Evidence | None) -> bool:
    """The two spans are joined by «و», with at most the head of the second in between («مدافع الميليشيات
    الحوثية وقوات المخلوع صالح»): co-actors, not two sides — unless the event has two sides by nature
    (a clash, a meeting: «اشتباكات بين الجيش والمسلحين», «التقى … و…»)."""
    if a is None or t is None or a.span is None or t.span is None:
        return False
    if event.sub_event_type in TWO_SIDED or event.event_type == "Diplomacy":
        return False
    first, second = sorted((a.span, t.span), key=lambda sp: sp.start)
    between = text[first.end : second.start].split()
    return second.start >= first.end and len(between) == 1 and between[0].startswith("و")


def _one_side(text: str, event: Event) -> None:
    """Co-actors made the two sides («مدافع الميليشيات الحوثية وقوات المخلوع صالح تجدد قصفها»): one of the
    two choices is wrong, the less sure one goes. (One entity on both sides is left alone: out of fold,
    the surer of the two was the wrong one as often as not, and in a clash or a meeting either side
    may be the one the annotator named.)"""
    a, t = event.evidence.get("actor"), event.evidence.get("target")
    if not _conjuncts(text, event, a, t):
        return
    drop = "target" if (a.confidence if a else 0.0) >= (t.confidence if t else 0.0) else "actor"
    setattr(event, drop, None)
    event.evidence.pop(drop, None)


def _drop_judge(event: Event, fr: Frame, words: list[str], refs: list, roles: dict[str, Arg]) -> None:
    """The rules' actor condemns or judges the happening («أعرب الأزهر عن استنكاره للهجوم»): no actor."""
    arg = roles.get("actor")
    ev = event.evidence.get("actor")
    if arg is None or ev is None or ev.span is None or ev.span.start != arg.span.start:
        return
    ref = next((r for r in refs if r.start == arg.span.start), None)
    if ref is not None and judge(words, ref, fr.match.first):
        del roles["actor"]
        event.actor = None
        del event.evidence["actor"]


def _footer_start(article: Article) -> int:
    """Offset where a news-site footer begins («رابط الخبر …», the headline repeated), else the end."""
    view = article.view
    k = view.text.find(FOOTER)
    return view.span_to_original(k, k + len(FOOTER))[0] if k >= 0 else len(article.text)


STATED_PLACE_RULES = ("prep-", "genitive")  # «وقعا في الرياض اتفاقا», «اتفاق الرياض»


def _place_kind(event: Event, tax: Taxonomy) -> None:
    """A phone call or a sanction has no place, and an agreement only the one its trigger states
    (taxonomy ``place``): on the annotated sets the nearest country of an agreement's clause was its
    party or its subject («الاتفاق النووي مع إيران») 32 times, its signing place 9 times. After the
    filter, which decides on what the rules found."""
    kind = tax.get(event.event_type, event.sub_event_type).place
    ev = event.evidence.get("place")
    if kind == "any" or ev is None:
        return
    if kind == "stated" and ev.rule.startswith(STATED_PLACE_RULES) and not ev.rule.endswith("-before"):
        return
    event.place = None
    del event.evidence["place"]


def _count_target(article: Article, fr: Frame, words: list[str], tokens: list[Token], event: Event) -> None:
    """«اعتقلت قوات الأمن 38 مواطنا», «مقتل 38 سائحا» in an attack: a kept event with no target is done
    to the people a count after its trigger (or, for an attack, after its death count) names; not a
    clash or a strike, whose dead are of both sides or bystanders (`casualties.counted_people`). After
    the filter, so that it decides on what the rules found."""
    if "target" in event.evidence or not (event.event_type in ONE_SIDED or event.sub_event_type in COUNTED):
        return
    starts = [fr.match.last + 1]
    dead = event.evidence.get("fatalities")
    if dead is not None and dead.span is not None and event.event_type in ONE_SIDED:
        starts.append(bisect_left([t.end for t in tokens], dead.span.end))
    taken = {
        r: Arg(None, ev.span, ev.rule, ev.confidence)
        for r, ev in event.evidence.items()
        if r in ("actor", "place") and ev.span is not None
    }
    for k in starts:
        counted = counted_people(article, words, tokens, k, taken)
        if counted is not None:
            event.evidence["target"] = Evidence(counted.rule, counted.confidence, counted.span)
            return


def _partyless(event: Event) -> bool:
    """«قيمة القرض تصل إلى»: a weak diplomatic trigger with nobody making the visit is rarely an event
    (the rules drop it; the learned filter decides, feature `partyless`)."""
    weak = event.evidence["trigger"].confidence < 0.9  # «وصل إلى»: a weak trigger needs its visitor
    place = event.evidence.get("place")
    if place is not None and place.rule == "genitive":
        return False  # «اتفاق صنعاء», «اجتماع الدوحة»: named after where it was held
    return weak and event.event_type == "Diplomacy" and event.actor is None and "actor" not in event.evidence


@register("events")
class EventsComponent:
    """Codes events (ACLED types + Diplomacy, PLOVER type/mode) with arguments and evidence."""

    name: ClassVar[str] = "events"
    version: ClassVar[str] = "1.0"
    requires: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences", "entities", "times"})
    provides: ClassVar[frozenset[str]] = frozenset({"events"})

    def __call__(self, article: Article) -> None:
        article.events = extract_events(article)
