"""The events component: triggers → frames → arguments → attributes → one event per happening.

`extract_events(article)` is pure (it reads the article's layers and returns events);
`EventsComponent.__call__` writes them to ``article.events``.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import ClassVar

from marsad.doc import Article, Event, Evidence, Span
from marsad.events.arguments import assign_roles
from marsad.events.attributes import event_date, event_status, fatalities, sentence_counts
from marsad.events.classify import apply_modifiers, resolve_subtype
from marsad.events.dedupe import Candidate, merge_candidates
from marsad.events.frames import TITLES, mention_refs, sentence_frames
from marsad.events.taxonomy import taxonomy
from marsad.events.words import words
from marsad.pipeline import register
from marsad.text.normalize import fold

__all__ = ["EventsComponent", "extract_events", "MIN_CONFIDENCE"]

MIN_CONFIDENCE = 0.5
# base confidence by (strong trigger, verb): a verb asserts a happening; a bare noun is often generic
BASE = {(True, True): 0.55, (True, False): 0.45, (False, True): 0.4, (False, False): 0.3}
BONUS = {"actor": 0.1, "place": 0.1, "target": 0.05}  # halved when the argument is an unlinked phrase
MAX_SENTENCE_CHARS = 2000  # longer "sentences" are unsplit blobs (tables, lists): skipped with a warning


RELATIVES = frozenset({"التي", "الذي", "الذين", "اللتين", "اللذين", "اللتي"})
MEDIA = words("media_words")
HYPOTHETICAL = words("hypothetical_cues")


_ATTACK_WORDS = frozenset({"هجوم", "هجوما", "الهجوم"})


def _verbal_attack(fr, words: list[str], refs, roles) -> bool:
    """«شن هجوما (حادا) على X» with X a person (or a title): a verbal attack."""
    if _strip(words[fr.match.first]) not in _ATTACK_WORDS:
        return False
    target = roles.get("target")
    if target is None:
        return False
    ref = next((r for r in refs if r.start == target.span.start), None)
    return ref is not None and (ref.type == "PER" or fold(ref.text).split()[0] in TITLES)


def _strip(word: str) -> str:
    return word[1:] if word[:1] in ("و", "ف", "ب") and len(word) > 4 else word


def _bonus(role: str, bonus: float, entity: str | None, rule: str) -> float:
    if entity is None:
        return bonus / 2  # an unlinked actor phrase
    if rule.startswith("nearest-loc-sentence"):
        return bonus / 3  # a place named elsewhere in the sentence says little about this trigger
    return bonus


def _inherit_dates(article: Article, cands: list[Candidate]) -> None:
    """«نفذت 20 غارة أمس السبت … وفي سوريا نفذت 13 غارة»: an undated event of the same type reported
    within three sentences after a dated one takes its date (rule ``previous-event-date``)."""
    last: Candidate | None = None
    for c in cands:
        ev = c.event.evidence.get("date")
        if ev is not None and ev.rule == "clause-time":
            last = c
        elif (
            ev is not None
            and ev.rule == "publication-date"
            and last is not None
            and last.event.event_type == c.event.event_type
            and last.event.status == c.event.status
            and c.sentence - last.sentence <= 3
        ):
            c.event.date, c.event.date_precision = last.event.date, last.event.date_precision
            c.event.evidence["date"] = Evidence("previous-event-date", 0.5, last.event.evidence["date"].span)


def _inherit_actors(cands: list[Candidate]) -> None:
    """«شن طيران التحالف 6 غارات … وقصف أهدافاً أخرى في همدان»: a verb with no subject of its own (Arabic
    drops it) continues the previous event of its type in the same or next sentence, and takes its actor
    (rule ``previous-event-actor``, low confidence)."""
    for prev, c in zip(cands, cands[1:], strict=False):
        e, p = c.event, prev.event
        if (
            "actor" not in e.evidence
            and "actor" in p.evidence
            and p.event_type == e.event_type
            and c.sentence - prev.sentence <= 1
            and e.evidence["trigger"].span is not None
        ):
            e.actor = p.actor
            ev = p.evidence["actor"]
            e.evidence["actor"] = Evidence("previous-event-actor", min(ev.confidence, 0.5), ev.span)


_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def _inherit_places(cands: list[Candidate]) -> None:
    """«اندلعت اشتباكات في بنغازي … وردت قوات حفتر بطائرات لقصف معسكرات»: an event with no place in its
    sentence, right after an event of the same kind, happened there too (rule ``previous-event-place``)."""
    for prev, c in zip(cands, cands[1:], strict=False):
        e, p = c.event, prev.event
        same_kind = p.event_type == e.event_type or (p.event_type in _VIOLENT and e.event_type in _VIOLENT)
        if e.place is None and p.place is not None and same_kind and c.sentence - prev.sentence <= 1:
            e.place = p.place
            ev = p.evidence["place"]
            e.evidence["place"] = Evidence("previous-event-place", min(ev.confidence, 0.5), ev.span)


def extract_events(article: Article) -> list[Event]:
    """Events of ``article`` (needs tokens and sentences; uses entities and times when present)."""
    if not article.sentences or not article.tokens:
        return []
    tax = taxonomy()
    times = sorted(article.times, key=lambda t: t.start)
    tstarts = [t.start for t in times]
    cands: list[Candidate] = []
    view = article.view
    for si, sent in enumerate(article.sentences):
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
        for fr in frames:
            trig = fr.match.trigger
            roles = assign_roles(article, fr, words, tokens, refs)
            et, st = trig.event_type, trig.sub_event_type
            plover, mode, cameo = trig.plover, trig.mode, trig.cameo
            evidence: dict[str, Evidence] = {}
            after = " ".join(words[fr.match.last + 1 : fr.hi])
            alt = resolve_subtype(article, trig.alts, roles, folded, after)
            if alt is not None:
                et, st, cond = alt
                evidence["sub_event_type"] = Evidence(f"alt:{cond}", 0.7, None)
            et2, st2, cue = apply_modifiers(et, st, folded)
            if cue is not None:
                et, st = et2, st2
                evidence["sub_event_type"] = Evidence(f"modifier:{cue}", 0.7, None)
            if (et, st) != (trig.event_type, trig.sub_event_type):
                sub = tax.get(et, st)
                plover, mode, cameo = sub.plover, sub.mode, sub.cameo
            date, precision, date_ev = event_date(article, fr, tokens, sent_times)
            status_ev = event_status(article, fr, words, tokens, date, date_ev.rule)
            dead, dead_ev = fatalities(article, sent.start, sent.end, fr.start, counts)
            trigger = Span(fr.start, fr.end, article.text[fr.start : fr.end])
            evidence["trigger"] = Evidence(
                f"lexicon:row{trig.row}:{trig.source}", 0.9 if trig.strong else 0.6, trigger
            )
            for role, arg in roles.items():
                evidence[role] = Evidence(arg.rule, arg.confidence, arg.span)
            evidence["date"] = date_ev
            evidence["status"] = status_ev
            if dead_ev is not None:
                evidence["fatalities"] = dead_ev
            conf = BASE[(trig.strong, fr.match.alt.verb)]
            conf += sum(_bonus(r, b, roles[r].entity, roles[r].rule) for r, b in BONUS.items() if r in roles)
            conf += 0.05 if date_ev.rule != "publication-date" else 0.0
            conf += 0.05 if dead_ev is not None else 0.0
            if st == "Phone call" and any(w in MEDIA for w in words[fr.match.last + 1 : fr.match.last + 4]):
                continue  # «قال في اتصال هاتفي مع برنامج …»: an interview, not a call between parties
            if _verbal_attack(fr, words, refs, roles):
                continue  # «شن هجوما على نائب الرئيس»: criticism, not violence
            head = words[fr.match.first]
            if (
                not fr.match.alt.verb
                and head.startswith("و")
                and fr.match.first > 0
                and tokens[fr.match.first - 1].kind == "word"
                and not any(r.last == fr.match.first - 1 for r in refs)
            ):
                conf -= 0.1  # «القمع والاعتقالات والمصادرة»: a list of abstract nouns
            if not fr.match.alt.verb and head.startswith("ل") and not head.startswith(("لل", "ال")):
                conf -= 0.1  # «لتحرير», «لتدمير»: a purpose, not (yet) a happening
            if (
                fr.match.first > 0
                and words[fr.match.first - 1] in RELATIVES
                and date_ev.rule == "publication-date"
            ):
                conf -= 0.15  # «المدن التي سيطروا عليها»: background state, no date of its own
            if any(w in HYPOTHETICAL for w in words[max(0, fr.match.first - 6) : fr.match.first]) or (
                sent.text.rstrip().endswith("؟")
            ):
                conf -= 0.25  # «هل …؟», «إذا …», «حذر من»: a possible happening, not a reported one
            if status_ev.rule.startswith("status:planned") and not fr.match.alt.verb and "actor" not in roles:
                conf -= 0.1  # «لمناقشة خطط الهجوم»: a bare noun in a plan is rarely an event
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
            cands.append(Candidate(event, si, spans=[trigger]))
    _inherit_dates(article, cands)
    _inherit_actors(cands)
    _inherit_places(cands)
    kept = [c for c in merge_candidates(cands, article) if c.event.confidence >= MIN_CONFIDENCE]
    events, mentions = [], {}
    for n, c in enumerate(kept, 1):
        c.event.id = f"V{n}"
        events.append(c.event)
        mentions[c.event.id] = c.spans
    article.set_layer("event_mentions", mentions)  # every trigger span merged into each event
    return events


@register("events")
class EventsComponent:
    """Codes events (ACLED types + Diplomacy, PLOVER type/mode) with arguments and evidence."""

    name: ClassVar[str] = "events"
    version: ClassVar[str] = "1.0"
    requires: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences", "entities", "times"})
    provides: ClassVar[frozenset[str]] = frozenset({"events"})

    def __call__(self, article: Article) -> None:
        article.events = extract_events(article)
