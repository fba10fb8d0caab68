"""Named past happenings: «أحداث 11 سبتمبر», «الغزو العراقي للكويت», «تفجير مسجد القديح».

Opinion pieces and background paragraphs recall well-known happenings by their names, with no date of
their own or with one the time stage cannot read as the happening's («11 سبتمبر» alone is the last
11 September before publication). ``data/events/named_happenings.tsv`` holds one row per happening: its
type, its day (else month or year) and last day, place, parties in English, a Wikidata QID where
certain, the English Wikipedia title it was checked against, and the Arabic names news use for it.

After the filter (`marsad.events.component.extract_events`), `apply_named` reads those names in the
article (folded view, proclitics and «لل» allowed before a name, whole words only; quotes and
punctuation between the words of a name are skipped: «حادثة «شارلي إبدو»»):

- a kept event whose trigger lies in a name takes the row's sub-type when its event type is the row's
  (the text's word decides the type), and the row's date unless the text's own time expression agrees
  with the row (the text's wins: it is what the text says); its status becomes ``historical`` when the
  row's last day is more than ``taxonomy().historical_days`` before publication. Evidence
  ``named:<row id>`` on each field changed, ``date_rules`` keeps the rules' date, ``named`` the name;
- a name of a short attack, bombing or battle (`NamedHappening.alone`) that no kept event tells becomes
  an event of its own: the name is its trigger, the row (or an agreeing time right after the name)
  gives type, date and status, a place entity inside the name («مسجد القديح») its place, confidence
  ``NAMED_CONFIDENCE``. Later mentions of the same row join the first event's mentions;
- a time expression inside a name no longer dates another event of its clause (`_undate_borrowed`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from importlib import resources

import msgspec

from marsad.doc import Article, Event, Evidence, Span
from marsad.entities.linking import PROCLITICS
from marsad.events.attributes import parse_timex, period_end, restatus
from marsad.events.taxonomy import taxonomy
from marsad.text.normalize import fold

__all__ = ["NamedHappening", "NameHit", "named_happenings", "find_names", "apply_named", "NAMED_CONFIDENCE"]

COLUMNS = (
    "id",
    "name_en",
    "event_type",
    "sub_event_type",
    "date",
    "date_end",
    "place_en",
    "place_ar",
    "country",
    "actor_en",
    "target_en",
    "qid",
    "forms",
    "source",
)
NAMED_CONFIDENCE = 0.6  # an event made from a name alone (see docs/events.md, "Named past happenings")
# Which rows a name alone makes an event of: attacks, bombings and battles of a day or a few. Wars,
# campaigns, revolutions, initiatives and agreements are recalled as background far more often than
# annotators code them as happenings (out of fold on rounds 1–64: 16 right of 170 made)
EVENT_TYPES_ALONE = frozenset({"Explosions/Remote violence", "Violence against civilians", "Battles"})
MAX_DAYS_ALONE = 3
OWN_TIME_GAP = 30  # characters between a name and a time expression that dates it
ONGOING = "ongoing"  # date_end of a campaign that went on past 2015 («إعادة الأمل»)
_WORD = re.compile(r"\w+")
_DATE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")
_LAM_PREFIXES = frozenset({"ل", "ول", "فل"})  # «للغزو العراقي»: ل + «الغزو» written «لل»


class NamedHappening(msgspec.Struct, frozen=True):
    id: str
    name_en: str
    event_type: str
    sub_event_type: str
    date: str
    date_end: str
    place_en: str
    place_ar: str
    country: str
    actor_en: str
    target_en: str
    qid: str
    forms: tuple[str, ...]
    source: str

    @property
    def precision(self) -> str:
        return {4: "year", 7: "month"}.get(len(self.date), "day")

    def alone(self) -> bool:
        """A name of this row makes an event by itself (`EVENT_TYPES_ALONE`, `MAX_DAYS_ALONE`)."""
        if self.event_type not in EVENT_TYPES_ALONE or self.precision != "day" or self.date_end == ONGOING:
            return False
        return (self.last_day() - dt.date.fromisoformat(self.date)).days < MAX_DAYS_ALONE

    def last_day(self) -> dt.date | None:
        """The happening's last day (its date's period end when it has no ``date_end``; None when it
        went on past the table's horizon: ``date_end`` is ``ongoing``)."""
        if self.date_end == ONGOING:
            return None
        _, precision, day = parse_timex(self.date_end or self.date, None)  # checked by `parse_table`
        return period_end(day, precision)


class NameHit(msgspec.Struct, frozen=True):
    start: int  # offsets in the original text, the name without its proclitics
    end: int
    row: NamedHappening


def parse_table(text: str) -> list[NamedHappening]:
    """Rows of the TSV (``#`` lines are comments; the first other line is the header)."""
    tax = taxonomy()
    rows: list[NamedHappening] = []
    header = None
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            if tuple(cells) != COLUMNS:
                raise ValueError(f"named_happenings.tsv: header {cells} is not {list(COLUMNS)}")
            continue
        if len(cells) != len(COLUMNS):
            raise ValueError(f"named_happenings.tsv:{lineno}: {len(cells)} columns, expected {len(COLUMNS)}")
        d = dict(zip(COLUMNS, (c.strip() for c in cells), strict=True))
        if not tax.has(d["event_type"], d["sub_event_type"]):
            raise ValueError(
                f"named_happenings.tsv:{lineno}: unknown type {d['event_type']}/{d['sub_event_type']}"
            )
        for f in ("date", "date_end"):
            v = d[f]
            if (
                v
                and v != (ONGOING if f == "date_end" else None)
                and not (_DATE.fullmatch(v) and parse_timex(v, None))
            ):
                raise ValueError(f"named_happenings.tsv:{lineno}: bad {f} {d[f]!r}")
        if not d["date"]:
            raise ValueError(f"named_happenings.tsv:{lineno}: a row needs a date")
        forms = tuple(f.strip() for f in d.pop("forms").split("|") if f.strip())
        rows.append(NamedHappening(forms=forms, **d))
    return rows


class _Matcher:
    """Names as sequences of folded words, found in the article's folded words."""

    def __init__(self, rows: list[NamedHappening]):
        self.by_words: dict[tuple[str, ...], NamedHappening] = {}
        for row in rows:
            for form in row.forms:
                words = tuple(_WORD.findall(fold(form)))
                if not words:
                    continue
                other = self.by_words.setdefault(words, row)
                if other.id != row.id:
                    raise ValueError(f"named_happenings.tsv: the name {form!r} is in {other.id} and {row.id}")
        self.first: dict[str, list[tuple[str, ...]]] = {}
        for words in sorted(self.by_words, key=len, reverse=True):  # longest first
            self.first.setdefault(words[0], []).append(words)

    def scan(self, article: Article) -> list[NameHit]:
        view = article.view
        toks = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(view.text)]
        out: list[NameHit] = []
        i = 0
        while i < len(toks):
            hit = self._at(toks, i)
            if hit is None:
                i += 1
                continue
            vs, n, row = hit
            s, e = view.to_original(vs), view.to_original(toks[i + n - 1][1])
            out.append(NameHit(s, e, row))
            i += n
        return out

    def _at(self, toks: list[tuple[int, int, str]], i: int) -> tuple[int, int, NamedHappening] | None:
        word = toks[i][2]
        for cut in range(min(2, len(word) - 1) + 1):  # the proclitics before the name's first word
            prefix, rest = word[:cut], word[cut:]
            heads = [rest] if prefix in PROCLITICS else []
            if prefix in _LAM_PREFIXES and rest.startswith("ل"):
                heads.append("ا" + rest)  # «للكويت» = ل + «الكويت»
            for head in heads:
                for words in self.first.get(head, ()):
                    n = len(words)
                    if i + n <= len(toks) and all(toks[i + k][2] == words[k] for k in range(1, n)):
                        return toks[i][0] + cut, n, self.by_words[words]
        return None


@lru_cache(maxsize=1)
def named_happenings() -> tuple[NamedHappening, ...]:
    text = resources.files("marsad").joinpath("data/events/named_happenings.tsv").read_text("utf-8")
    return tuple(parse_table(text))


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    return _Matcher(list(named_happenings()))


def find_names(article: Article) -> list[NameHit]:
    """The names of the table in ``article``, left to right, longest first, not overlapping."""
    return _matcher().scan(article)


def _agrees(text_date: str | None, row: NamedHappening) -> bool:
    """The text's date names the same day, month or year as the row (one is a prefix of the other),
    or a day within a war's or a campaign's span."""
    if not text_date:
        return False
    if text_date.startswith(row.date) or row.date.startswith(text_date):
        return True
    if len(text_date) != 10 or len(row.date) != 10 or not row.date_end:
        return False
    last = row.last_day()
    return row.date <= text_date and (last is None or text_date <= last.isoformat())


def _historical(article: Article, row: NamedHappening) -> bool:
    last = row.last_day()
    if last is None:  # still going on when the table was written
        return False
    if article.published is None:
        return True
    return (article.published - last).days > taxonomy().historical_days


def _overlaps(spans: list[Span], hit: NameHit) -> bool:
    return any(s.start < hit.end and hit.start < s.end for s in spans)


def _touches(text: str, trigger: Span, hit: NameHit) -> bool:
    """The trigger overlaps the name or governs it, the name right after it with nothing but a space
    between: «آخر معارك حرب أكتوبر 1973» — battles of that war, its date and its past."""
    return _overlaps([trigger], hit) or (
        0 < hit.start - trigger.end <= 2 and not text[trigger.end : hit.start].strip()
    )


def _retype(event: Event, row: NamedHappening, ev: Evidence) -> None:
    if (event.event_type, event.sub_event_type) == (row.event_type, row.sub_event_type):
        return
    sub = taxonomy().get(row.event_type, row.sub_event_type)
    event.event_type, event.sub_event_type = row.event_type, row.sub_event_type
    event.plover, event.plover_mode = sub.plover, sub.mode
    event.evidence["sub_event_type"] = ev
    if sub.cameo:
        event.evidence["cameo"] = Evidence(f"cameo:{sub.cameo}", event.confidence, None)
    else:
        event.evidence.pop("cameo", None)


def _redate(article: Article, event: Event, row: NamedHappening, ev: Evidence) -> None:
    date_ev = event.evidence.get("date")
    from_text = date_ev is not None and date_ev.span is not None
    if not (from_text and _agrees(event.date, row)):
        if date_ev is not None:
            event.evidence["date_rules"] = date_ev
        event.date, event.date_precision = row.date, row.precision
        event.evidence["date"] = ev
    if event.status != "denied" and _historical(article, row):
        event.status = "historical"
        event.evidence["status"] = Evidence(f"status:historical:{ev.rule}", ev.confidence, ev.span)


def _undate_borrowed(article: Article, events: list[Event], hits: list[NameHit]) -> None:
    """A time expression inside a name dates the named happening, not another event of its clause:
    «وبعد أحداث 11 سبتمبر أصبحت مركزاً … استهدفت غارة» — the strike is not of 11 September. Such an
    event falls back to the publication date (what the rules give an event with no time of its own)."""
    for event in events:
        ev = event.evidence.get("date")
        if ev is None or ev.span is None or article.published is None:
            continue
        hit = next((h for h in hits if h.start <= ev.span.start and ev.span.end <= h.end), None)
        if hit is None or _touches(article.text, event.trigger, hit):
            continue
        event.evidence["date_rules"] = ev
        event.date, event.date_precision = article.published.isoformat(), "month"
        event.evidence["date"] = Evidence(f"publication-date:time-in-name:{hit.row.id}", 0.4, None)
        restatus(article, event)


def _own_time(article: Article, hit: NameHit, row: NamedHappening) -> tuple[str, str, Evidence] | None:
    """A time expression inside the name or right after it (``OWN_TIME_GAP`` characters) that agrees
    with the row: the date as the text gives it."""
    for t in article.times:
        if not hit.start <= t.start <= hit.end + OWN_TIME_GAP:
            continue
        parsed = parse_timex(t.value, article.published)
        if parsed is not None and _agrees(parsed[0], row):
            return (
                parsed[0],
                parsed[1],
                Evidence(f"named:{row.id}:text-time", 0.9, Span(t.start, t.end, t.text)),
            )
    return None


def _place_in(article: Article, hit: NameHit) -> tuple[str, Span] | None:
    """The last place entity mentioned inside the name («تفجير مسجد الإمام الصادق في الكويت»)."""
    best = None
    for ent in article.entities:
        if ent.type != "LOC":
            continue
        for m in ent.mentions:
            if hit.start <= m.start and m.end <= hit.end and (best is None or m.start > best[1].start):
                best = (ent.id, Span(m.start, m.end, m.text))
    return best


def apply_named(
    article: Article, events: list[Event], mentions: dict[str, list[Span]], footer: int | None = None
) -> list[Event]:
    """Date, type and status of kept events from the names they overlap; new events for the names no
    kept event covers (returned, with ids after the last kept one; ``mentions`` gains their spans).
    Names from ``footer`` on (a repeated headline) are left alone."""
    published = article.published.isoformat() if article.published else None
    hits = [
        h
        for h in find_names(article)
        if (footer is None or h.start < footer)  # not in a repeated headline
        and (published is None or published[: len(h.row.date)] >= h.row.date)  # written before the
    ]  # happening, the words meant something else
    _undate_borrowed(article, events, hits)
    by_row: dict[str, Event] = {}
    new: list[Event] = []
    for hit in hits:
        row = hit.row
        span = Span(hit.start, hit.end, article.text[hit.start : hit.end])
        ev = Evidence(f"named:{row.id}", 0.9, span)
        told = [
            e
            for e in events
            if _overlaps(mentions.get(e.id) or [e.trigger], hit) or _touches(article.text, e.trigger, hit)
        ]
        for event in told:
            by_row.setdefault(row.id, event)
            if not _touches(article.text, event.trigger, hit) or "named" in event.evidence:
                continue  # a merged mention («محادثات … الاتفاق النووي»), or another name came first
            if event.event_type == row.event_type:  # the text's own word decides the type: «اغتيال
                _retype(event, row, ev)  # الحريري» is an attack, whatever the bomb was
            _redate(article, event, row, ev)
            event.evidence["named"] = ev
        if told:
            continue
        if row.id in by_row:  # the same happening named again
            mentions.setdefault(by_row[row.id].id, [by_row[row.id].trigger]).append(span)
            continue
        if not row.alone():
            continue
        si = article.sentence_at(hit.start)
        listed = len({h.row.id for h in hits if article.sentence_at(h.start) == si}) > 1
        if not listed and any(
            e.event_type == row.event_type and article.sentence_at(e.trigger.start) == si for e in events
        ):  # «الاعتداء على القنصلية … الذي أدى إلى مقتل السفير»: told by a kept event already; a sentence
            continue  # that names several happenings lists them («حادثة القديح وحادثة العنود»), one each
        sub = taxonomy().get(row.event_type, row.sub_event_type)
        historical = _historical(article, row)
        evidence = {
            "trigger": Evidence(f"named:{row.id}", NAMED_CONFIDENCE, span),
            "date": ev,
            "status": Evidence(
                f"status:{'historical' if historical else 'reported'}:named:{row.id}", 0.9, span
            ),
            "named": ev,
        }
        if sub.cameo:
            evidence["cameo"] = Evidence(f"cameo:{sub.cameo}", NAMED_CONFIDENCE, None)
        place = _place_in(article, hit) if sub.place != "none" else None
        if place is not None:
            evidence["place"] = Evidence(f"named:{row.id}:place-in-name", 0.8, place[1])
        date, precision = row.date, row.precision
        own = _own_time(article, hit, row)
        if own is not None:  # «حادثة «شارلي إبدو» يناير (كانون الثاني) 2015»: the text's own words
            date, precision, evidence["date"] = own
        event = Event(
            id=f"V{len(events) + len(new) + 1}",
            event_type=row.event_type,
            sub_event_type=row.sub_event_type,
            trigger=span,
            plover=sub.plover,
            plover_mode=sub.mode,
            place=place[0] if place else None,
            date=date,
            date_precision=precision,
            status="historical" if historical else "reported",
            confidence=NAMED_CONFIDENCE,
            evidence=evidence,
        )
        by_row[row.id] = event
        mentions[event.id] = [span]
        new.append(event)
    return new
