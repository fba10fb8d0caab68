"""A learned second look at the event's date: which day (or month, or year) the event happened on.

The date rules (`marsad.events.attributes.event_date`, `marsad.events.discourse`) take the time
expression of the trigger's clause, else of its sentence, else a day carried from the previous event
or from the lead's report, else the publication date. Out of fold on the annotated sets about a
quarter of the dates of matched events are not the annotator's, and most wrong ones are one of two
days: the publication date where the text means the day before (SaudiNewsNet's date is the crawl day;
«أمس» is in another sentence), or a carried day where the annotator read the event as undated (the
publication date).

Every date the event could have becomes an option: the rules' pick, the publication day, the day
before it, and each time expression of the trigger's sentence, of the sentence before it and of the
lead. Each option is described by feature names only: its kind, its precision, how far it lies
before publication, the rule that made the pick and the status and type of the event, where a time
expression stands from the trigger (before or after it, inside its clause, after a report verb,
before the complementizer that opens the trigger's clause, after «منذ») and which kind of words it
is («أمس», «اليوم», a weekday, digits, other words), and whether «أمس» occurs in the sentence, the lead
or the article. A learned model (trees, `marsad.events.trees`) scores the options; another option
replaces the pick only when its probability reaches the model's threshold and beats the pick's (rule ``learned-date@<version>:<kind>``;
the rules' date stays otherwise). Trained by `marsad train events` (`marsad.events.train_roles`, role
``date``), file ``data/models/events/date.json``; ``MARSAD_EVENTS_DATE=off`` turns it off. The options
are built only when the model chooses, or for training (they are then kept in the ``date_options``
layer): kept for every event they would cost a tenth of the stage's time.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

import msgspec

from marsad.doc import Article, Event, Evidence, Span, TimeExpr, Token
from marsad.events.attributes import clause_bounds, night_pair_second, parse_timex, weekday_checked
from marsad.events.frames import Frame
from marsad.events.trees import ChoiceModel
from marsad.events.words import ordered_words, words
from marsad.text.normalize import fold

__all__ = ["DateOption", "date_options", "choose_date", "decide_date"]

_REPORT = words("report_verbs")
_TIME_SKIP = words("time_skip_before")
_WEEKDAYS = frozenset(ordered_words("weekday_names"))
_YESTERDAY = ordered_words("yesterday_words")[0]  # «أمس», also inside «أول من أمس», «يوم أمس»
_TODAY = words("today_words")


class DateOption(msgspec.Struct, frozen=True, gc=False):
    """One date the event could have: its value and precision, where it came from, its features."""

    value: str
    precision: str
    kind: str  # pick, publication, day-before, time, time-previous, time-lead
    span: Span | None
    feats: dict[str, float]


def _ago(value: str, published: dt.date | None) -> str:
    """How far the value lies before publication, as a feature value."""
    if published is None:
        return "nopub"
    try:
        if len(value) == 10:
            d = (published - dt.date.fromisoformat(value)).days
            return (
                "future"
                if d < 0
                else str(d)
                if d <= 2
                else "3-7"
                if d <= 7
                else "8-31"
                if d <= 31
                else "older"
            )
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            months = (published.year - y) * 12 + published.month - m
            return "m-future" if months < 0 else "m0" if months == 0 else "m1" if months == 1 else "m-older"
        if len(value) == 4:
            years = published.year - int(value)
            return "y-future" if years < 0 else "y0" if years == 0 else "y-older"
    except ValueError:
        return "bad"
    return "other"


def _words_class(t: TimeExpr | Span) -> str:
    ws = fold(t.text).split()
    if any(w.endswith(_YESTERDAY) for w in ws):
        return "yesterday"
    if any(w in _TODAY for w in ws):
        return "today"
    if any(w in _WEEKDAYS for w in ws):
        return "weekday"
    if any(c.isdigit() for c in t.text):
        return "digits"
    return "words"


def _sentence_times(article: Article, si: int) -> list[TimeExpr]:
    if si < 0 or si >= len(article.sentences):
        return []
    s = article.sentences[si]
    times = article.times  # sorted by start (the time stage writes them in order)
    start = lambda t: t.start  # noqa: E731
    return times[bisect_left(times, s.start, key=start) : bisect_left(times, s.end, key=start)]


def _time_feats(
    article: Article, frame: Frame, bounds: tuple[int, int, int], t: TimeExpr | Span
) -> dict[str, str]:
    """Where a time expression of the trigger's own sentence stands (``bounds``: `clause_bounds`) and
    what introduces it."""
    lo, hi, speech_end = bounds
    side = "before" if t.end <= frame.start else "after"
    gap = frame.start - t.end if side == "before" else t.start - frame.end
    out = {
        "side": side,
        "gap": "0-10" if gap <= 10 else "11-40" if gap <= 40 else "41-100" if gap <= 100 else "100+",
        "clause": "in" if lo <= t.start and t.end <= hi else "out",
    }
    if t.end <= speech_end:
        out["statement"] = "yes"
    window = fold(article.text[max(0, t.start - 60) : t.start]).split()[-6:]
    if any(w in _REPORT for w in window):
        out["report"] = "yes"
    before = fold(article.text[max(0, t.start - 8) : t.start]).split()
    if before and before[-1] in _TIME_SKIP:
        out["since"] = "yes"
    return out


def date_options(article: Article, event: Event, frame: Frame, tokens: list[Token]) -> list[DateOption]:
    """The dates ``event`` could have (its trigger's frame and sentence tokens given), each with its
    features; [] when there is nothing to choose (no publication date and no time expression)."""
    pub = article.published
    if not article.sentences:
        return []
    si = article.sentence_at(event.trigger.start)
    sent = article.sentences[si]
    view = article.view  # the folded text, computed once per article
    lead_end = article.sentences[min(1, len(article.sentences) - 1)].end
    has_yesterday = {
        "sentence": _YESTERDAY in view.text[view.to_normalized(sent.start) : view.to_normalized(sent.end)],
        "lead": _YESTERDAY in view.text[: view.to_normalized(lead_end)],
        "article": _YESTERDAY in view.text,
    }
    ev = event.evidence.get("date")
    rule = ev.rule.split(":")[0] if ev is not None else "none"
    common = {
        "rule": rule,
        "status": event.status,
        "type": event.event_type,
        "sent": "0" if si == 0 else "1-2" if si <= 2 else "3+",
        "yesterday": next((k for k, v in has_yesterday.items() if v), "none"),
        "verb": "verb" if frame.match.alt.verb else "noun",
    }
    bounds = clause_bounds(frame, tokens)
    raw: list[tuple[str, str, str, Span | None, dict[str, str]]] = []
    if event.date is not None:
        span = ev.span if ev else None
        extra = {}
        if span is not None and sent.start <= span.start < sent.end:  # the pick's time expression
            extra = {**_time_feats(article, frame, bounds, span), "words": _words_class(span)}
        raw.append((event.date, event.date_precision or "day", "pick", span, extra))
    if pub is not None:
        raw.append((pub.isoformat(), "day", "publication", None, {}))
        before = pub - dt.timedelta(days=1)
        raw.append((before.isoformat(), "day", "day-before", None, {}))
    seen_times: set[int] = set()
    for kind, idx in (("time", si), ("time-previous", si - 1), ("time-lead", 0)):
        if kind != "time" and idx == si:
            continue
        times = _sentence_times(article, idx)
        for t in times:
            if (
                t.start in seen_times
                or t.type not in ("DATE", "TIME")
                or night_pair_second(article, t, times)
            ):
                continue
            seen_times.add(t.start)
            parsed = weekday_checked(t, parse_timex(t.value, pub))
            if parsed is None:
                continue
            extra = _time_feats(article, frame, bounds, t) if kind == "time" else {}
            extra["words"] = _words_class(t)
            raw.append((parsed[0], parsed[1], kind, Span(t.start, t.end, t.text), extra))
    if len({r[0] for r in raw}) < 2:
        return []  # one value only: nothing to choose
    pick_value = event.date
    out = []
    for value, precision, kind, span, extra in raw:
        f: dict[str, float] = {"kind=" + kind: 1.0}
        names = {"prec": precision, "ago": _ago(value, pub), **common, **extra}
        for k, v in names.items():
            f[f"{kind}|{k}={v}"] = 1.0
        f[f"{kind}|ago={names['ago']}|rule={rule}"] = 1.0
        if kind == "pick":
            f["pick"] = 1.0
        elif value == pick_value:
            f[kind + "|same_as_pick"] = 1.0
        out.append(DateOption(value, precision, kind, span, f))
    return out


def decide_date(model: ChoiceModel, opts: list[DateOption]) -> tuple[DateOption, float] | None:
    """The option that replaces the rules' date: the best one, when its probability reaches the model's
    threshold, its value differs from the pick's and it beats the pick; None keeps the rules' date."""
    if not opts:
        return None
    scored = list(zip(model.probabilities([o.feats for o in opts]), opts, strict=True))
    p, best = max(scored, key=lambda po: po[0])
    pick = next(((q, o) for q, o in scored if o.kind == "pick"), None)
    if p < model.threshold or best.kind == "pick":
        return None
    if pick is not None and (pick[1].value == best.value or pick[0] >= p):
        return None
    return best, p


def choose_date(model: ChoiceModel, event: Event, opts: list[DateOption]) -> None:
    """Give ``event`` the model's date when it beats the rules' (the rules' evidence is kept as
    ``date_rules``)."""
    got = decide_date(model, opts)
    if got is None:
        return
    best, p = got
    old = event.evidence.get("date")
    if old is not None:
        event.evidence["date_rules"] = old
    event.date, event.date_precision = best.value, best.precision
    event.evidence["date"] = Evidence(f"learned-date@{model.version}:{best.kind}", round(p, 3), best.span)
