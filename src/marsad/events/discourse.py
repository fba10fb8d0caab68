"""What one sentence leaves to the next: dates, actors and places carried to events that lack them.

Arabic news states the date once («نفذت 20 غارة أمس السبت») and drops the subject of the following
verbs («… وقصف أهدافاً أخرى في همدان»); an event that finds no date, actor or place of its own takes
the previous event's, with a rule that says so (``previous-event-date``, ``previous-event-actor``,
``previous-event-place``) and a confidence of at most 0.5.
"""

from __future__ import annotations

import datetime as dt

from marsad.doc import Article, Evidence, Span
from marsad.events.attributes import parse_timex, weekday_checked
from marsad.events.dedupe import Candidate
from marsad.events.words import DEFINITE, ordered_words, words
from marsad.text.normalize import fold

__all__ = ["inherit_dates", "inherit_actors", "inherit_places", "lead_dates"]

_REPORT = words("report_verbs")
_YESTERDAY = ordered_words("yesterday_words")[0]  # «أمس»: a lead's yesterday is the report's day
LEAD_SENTENCES = 2  # the dateline and lead sentence
LEAD_MAX_DAYS = 7  # a lead date further from publication is another happening's, not the report's

_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})


def inherit_dates(article: Article, cands: list[Candidate]) -> None:
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


CARRIED_ACTOR = "previous-event-actor"  # the rule of an actor carried from the previous event


def inherit_actors(cands: list[Candidate]) -> None:
    """«شن طيران التحالف 6 غارات … وقصف أهدافاً أخرى في همدان»: a verb with no subject of its own (Arabic
    drops it) continues the previous event of its type in the same or next sentence, and takes its actor
    (rule ``previous-event-actor``, low confidence)."""
    for n, c in enumerate(cands[1:], 1):
        # the latest earlier event of the same type (a clash named in between does not break the
        # chain: «نفذوا 41 ضربة … وإن الهجمات ركزت … 17 ضربة جوية نفذت … سبع ضربات نفذت»)
        prev = next(
            (p for p in reversed(cands[:n]) if p.event.event_type == c.event.event_type), cands[n - 1]
        )
        e, p = c.event, prev.event
        if (
            "actor" not in e.evidence
            and "actor" in p.evidence
            and p.event_type == e.event_type
            and c.sentence - prev.sentence <= (2 if p.sub_event_type == e.sub_event_type else 1)
            and e.evidence["trigger"].span is not None
            and not _named_happening(c)
        ):
            e.actor = p.actor
            ev = p.evidence["actor"]
            e.evidence["actor"] = Evidence(CARRIED_ACTOR, min(ev.confidence, 0.5), ev.span)


CLAIMED = "claimed-responsibility"
CLAIMED_LATER = "claimed-responsibility-later"  # a claim in a later sentence
CLAIM_REACH = 4  # sentences between a happening and the claim that names who did it


def claims_back(cands: list[Candidate]) -> None:
    """«انفجار عبوة ناسفة استهدفت حافلة … بمدينة العريش» … «وأعلنت جماعة ولاية سيناء مسؤوليتها عن
    الهجوم»: a claim of responsibility in a later sentence names who did the latest violent happening
    before it that has no actor of its own (rule ``claimed-responsibility-later``)."""
    for n, c in enumerate(cands):
        ev = c.event.evidence.get("actor")
        if ev is None or ev.rule != CLAIMED:
            continue
        prev = next(
            (
                p
                for p in reversed(cands[:n])
                if p.sentence < c.sentence and p.event.event_type in _VIOLENT and p.event.status == "reported"
            ),
            None,
        )
        if prev is None or c.sentence - prev.sentence > CLAIM_REACH or "actor" in prev.event.evidence:
            continue
        prev.event.actor = c.event.actor
        prev.event.evidence["actor"] = Evidence(CLAIMED_LATER, min(ev.confidence, 0.6), ev.span)


def _named_happening(c: Candidate) -> bool:
    """A definite noun trigger («الاتفاق النووي», «الهدنة», «المعارك») names a happening of its own, often
    one recalled, not the next act of the previous event's actor: it carries no actor over (on the
    annotated sets, three in four such carried actors were wrong). Verbs and indefinite nouns
    («وقصف أهدافاً», «16 غارة») do."""
    site = c.site
    if site is not None and site[0].match.alt.verb:
        return False
    return c.event.trigger.text.startswith(DEFINITE)


def inherit_places(cands: list[Candidate]) -> None:
    """«اندلعت اشتباكات في بنغازي … وردت قوات حفتر بطائرات لقصف معسكرات»: an event with no place in its
    sentence, right after an event of the same kind, happened there too (rule ``previous-event-place``)."""
    arrest_before = False  # an arrest among the candidates before ``prev``
    for prev, c in zip(cands, cands[1:], strict=False):
        e, p = c.event, prev.event
        same_kind = p.event_type == e.event_type or (p.event_type in _VIOLENT and e.event_type in _VIOLENT)
        # «قتل شخصان … في هجوم بمدية بأحد متاجر إيكيا في مدينة فيستيراس … وقالت الشرطة إنها احتجزت رجلا
        # للاشتباه في ضلوعه في القتل»: the suspect was arrested where the attack was, a few sentences on;
        # not a later mention of an arrest told before, which would no longer merge with it
        suspect = (
            p.event_type in _VIOLENT
            and e.sub_event_type == "Arrests"
            and c.sentence - prev.sentence <= 5
            and not arrest_before
        )
        arrest_before = arrest_before or p.sub_event_type == "Arrests"
        if (
            e.place is None
            and p.place is not None
            and ((same_kind and c.sentence - prev.sentence <= 1) or suspect)
        ):
            e.place = p.place
            ev = p.evidence["place"]
            e.evidence["place"] = Evidence("previous-event-place", min(ev.confidence, 0.5), ev.span)


def lead_dates(article: Article, cands: list[Candidate]) -> None:
    """«أفادت مصادر … السبت بمقتل …» and then the details, undated: SaudiNewsNet's publication date is a
    crawl day, so an event with no date of its own takes the day the lead reports (rule
    ``lead-report-time``), when that day is at most a week before publication. The lead's day is a time
    after a report verb, or a lead «أمس» with none («أحكمت المقاومة … أمس الاثنين سيطرتها»: SaudiNewsNet's
    printed papers tell yesterday's news; session 38, out of fold: dates +5, fp −10, tp −1; any lead day
    without a report verb: dates −4)."""
    pub = article.published
    if pub is None or not article.sentences:
        return
    lead_end = article.sentences[min(LEAD_SENTENCES, len(article.sentences)) - 1].end
    lead = None
    for t in article.times:
        if t.start >= lead_end or t.type != "DATE":
            continue
        window = fold(article.text[max(0, t.start - 60) : t.start]).split()[-6:]
        if not any(w in _REPORT for w in window) and fold(t.text).split()[:1] != [_YESTERDAY]:
            continue  # a time of a happening in the lead, not the day of the report
        parsed = weekday_checked(t, parse_timex(t.value, pub))
        if (
            parsed is not None
            and parsed[1] == "day"
            and dt.timedelta(0) <= pub - parsed[2] <= dt.timedelta(days=LEAD_MAX_DAYS)
        ):
            lead = (t, parsed)
            break
    if lead is None:
        return
    t, (value, precision, _day) = lead
    for c in cands:
        ev = c.event.evidence.get("date")
        if ev is not None and ev.rule == "publication-date" and c.event.status == "reported":
            c.event.date, c.event.date_precision = value, precision
            c.event.evidence["date"] = Evidence("lead-report-time", 0.4, Span(t.start, t.end, t.text))
