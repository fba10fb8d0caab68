"""When (date and its precision), how it stands (status) and how many died (fatalities).

- Date: the time expression of the trigger's clause (``clause-time``), else of its sentence
  (``sentence-time``), else the publication date with precision lowered to the month
  (``publication-date``: the event happened on or shortly before that day, as ACLED's time_precision 2–3).
- Status: ``denied`` after a denial cue («نفى», «لا صحة»), ``planned`` for a future verb or cue («سيعقد»,
  «سوف», «من المقرر») or a date after publication, ``historical`` for a date more than
  ``historical_days`` before publication, else ``reported``.
- Fatalities: «مقتل 12», «سقوط 25 قتيلاً», «12 قتيلاً», «لقي 3 حتفهم», «مقتل جنديين» (dual), «مقتل شخص».
"""

from __future__ import annotations

import datetime as dt
import re

from marsad.doc import Article, Event, Evidence, Span, TimeExpr, Token
from marsad.events.frames import Frame
from marsad.events.taxonomy import taxonomy
from marsad.events.words import ordered_words, words
from marsad.text.normalize import fold

__all__ = [
    "clause_bounds",
    "date_status",
    "event_date",
    "event_status",
    "fatalities",
    "parse_timex",
    "restatus",
]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def parse_timex(value: str, published: dt.date | None) -> tuple[str, str, dt.date] | None:
    """(date string, precision, earliest day) of a TIMEX3 value, or None for durations and sets."""
    if m := _DAY.match(value):
        try:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return d.isoformat(), "day", d
    if m := _MONTH.match(value):
        if not 1 <= int(m[2]) <= 12:
            return None
        return f"{m[1]}-{m[2]}", "month", dt.date(int(m[1]), int(m[2]), 1)
    if m := _WEEK.match(value):
        try:
            d = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        return d.isoformat()[:7], "month", d
    if m := _YEAR.match(value):
        return m[1], "year", dt.date(int(m[1]), 1, 1)
    return None  # durations, sets, and PRESENT_REF («حالياً»: a state, not the day of a happening)


def _past_verb(frame: Frame) -> bool:
    m = frame.match
    return m.alt.verb and not m.future


def clause_bounds(frame: Frame, tokens: list[Token]) -> tuple[int, int, int]:
    """Start and end offsets of the trigger's clause window, and where the statement that reports it
    ends: «قالت القيادة في بيان اليوم الجمعة إن الولايات المتحدة نفذت …» — a time before the
    complementizer that opens the trigger's clause dates the statement, not the event (-1: none)."""
    lo = tokens[frame.lo].start if frame.lo < len(tokens) else frame.start
    hi = tokens[frame.hi - 1].end if 0 < frame.hi <= len(tokens) else frame.end
    words_before = [tok.norm for tok in tokens[frame.lo : frame.match.first]]
    comp = max((i for i, w in enumerate(words_before) if w in _COMPLEMENTIZERS), default=-1)
    return lo, hi, tokens[frame.lo + comp].start if comp >= 0 else -1


_LIST_COMMA = re.compile(r"[،,؛;]")  # a time before a comma belongs to what precedes it
COMMA_PENALTY = 400  # characters: a time after the trigger in its own segment wins over one before


def event_date(
    article: Article, frame: Frame, tokens: list[Token], times: list[TimeExpr]
) -> tuple[str | None, str | None, Evidence]:
    """Date, precision and evidence for the event of ``frame``; ``times`` are its sentence's expressions."""
    lo, hi, speech_end = clause_bounds(frame, tokens)
    best: tuple[int, TimeExpr, tuple[str, str, dt.date]] | None = None
    report: tuple[int, TimeExpr, tuple[str, str, dt.date]] | None = None  # the statement's own date
    breaks = [tok.start for tok in tokens[frame.match.last + 1 : frame.hi] if tok.norm in _BREAKERS]
    for t in times:
        if t.type not in ("DATE", "TIME") or night_pair_second(article, t, times):
            continue
        if t.end <= speech_end:
            # «قالت الوزارة في بيان اليوم الاثنين إن انفجاراً …»: the statement's date, kept as a fallback
            parsed = weekday_checked(t, parse_timex(t.value, article.published))
            if parsed is not None and parsed[1] == "day":
                report = (abs(t.start - frame.start), t, parsed)
            continue
        if breaks and t.start > breaks[0]:
            continue  # «احتجاجاً على قتل … ليل السادس»: another happening's time
        before = fold(article.text[max(0, t.start - 8) : t.start]).split()
        first = fold(t.text).split()[:1]
        if (before and before[-1] in _TIME_SKIP) or (first and first[0] in _TIME_SKIP):
            continue  # «منذ 26 مارس»: when a state began, not this event
        window = fold(article.text[max(0, t.start - 60) : t.start]).split()[-6:]
        if (
            t.start > frame.end
            and any(w in _REPORT for w in window)
            or (t.end <= frame.start and any(w in _REPORT for w in window[-2:]))
        ):
            continue  # «أفاد المرصد أمس أن …»: when it was reported, not when it happened
        parsed = weekday_checked(t, parse_timex(t.value, article.published))
        if parsed is None:
            continue
        inside = lo <= t.start and t.end <= hi
        dist = abs(t.start - frame.start) + (0 if inside else 10_000)
        if t.end <= frame.start and _LIST_COMMA.search(article.text, t.end, frame.start):
            dist += COMMA_PENALTY  # «الغزو الإسرائيلي للبنان عام 1982، والغزو العراقي للكويت 1990»
        if best is None or dist < best[0]:
            best = (dist, t, parsed)
    if best is None or best[0] >= 10_000:
        period = _period_month(article, tokens, times, lo, hi)
        if period is not None:
            return period
    if best is not None:
        _, t, (value, precision, day) = best
        if _past_verb(frame) and precision == "month" and article.published and day > article.published:
            # «استولوا على الرضمة في سبتمبر» in August: a past verb puts a bare month in the past year
            value = f"{day.year - 1}-{day.month:02d}"
            return value, precision, Evidence("clause-time-past-year", 0.6, Span(t.start, t.end, t.text))
        line = _line_year(article, frame.start)
        if line is not None and value[:4] != line.group(1) and not _FOUR_DIGITS.search(t.text):
            # «1952 - … ووقع اتفاق في لوكسمبورغ في 10 ايلول/سبتمبر»: an almanac line's day and month
            # belong to the line's year; a relative «أمس» there says nothing but the year
            keep_month = precision == "day" and _DIGIT.search(t.text) or precision == "month"
            value = line.group(1) + value[4:] if keep_month else line.group(1)
            precision = precision if keep_month else "year"
            return value, precision, Evidence("line-year-date", 0.7, Span(t.start, t.end, t.text))
        rule = "clause-time" if best[0] < 10_000 else "sentence-time"
        conf = 0.9 if rule == "clause-time" else 0.75
        return value, precision, Evidence(rule, conf * t.confidence, Span(t.start, t.end, t.text))
    if report is not None:
        _, t, (value, precision, _day) = report
        return value, precision, Evidence("report-time", 0.5 * t.confidence, Span(t.start, t.end, t.text))
    year = _line_year(article, frame.start)
    if year is not None:
        return (
            year.group(1),
            "year",
            Evidence("line-year", 0.8, Span(year.start(1), year.end(1), year.group(1))),
        )
    if article.published is not None:
        return article.published.isoformat(), "month", Evidence("publication-date", 0.4, None)
    return None, None, Evidence("no-date", 0.0, None)


_PERIOD_VALUE = re.compile(r"^P(\d+|X)([DW])$")
_PERIOD_AFTER = words("period_past_after")
_PERIOD_LEAD = words("period_lead")
_PERIOD_UNITS = words("period_plural_units")
_AGO = frozenset({"منذ", "قبل"})
PERIOD_MAX_DAYS = 45  # «خلال الأشهر الماضية» is no month
# of the publication-date family: the learned filter and merge read it as a date not of the clause's own
PERIOD_RULE = "publication-date:period"


def _period_month(
    article: Article, tokens: list[Token], times: list[TimeExpr], lo: int, hi: int
) -> tuple[str, str, Evidence] | None:
    """«اعتقلت خلال الأيام القليلة الماضية أكثر من 30», «قتلوا خلال الأيام السبعة الماضية», «جرى تحريرها
    منذ أسبوعين»: a clause with no date of its own but a recent span of days or weeks places the event
    in a month, not on the publication day. The month of the span's middle («خلال»), or of its start
    («منذ», «قبل»); ``PERIOD_MAX_DAYS`` at most."""
    if article.published is None:
        return None
    for t in times:
        m = _PERIOD_VALUE.match(t.value) if t.type == "DURATION" else None
        if m is None or not (lo <= t.start and t.end <= hi):
            continue
        inner = fold(t.text).split()
        before = fold(article.text[max(0, t.start - 12) : t.start]).split()[-1:]
        after = fold(article.text[t.end : t.end + 12]).split()[:1]
        lead = (before + inner)[:1]
        if not (set(inner + after) & _PERIOD_AFTER or set(lead) & _PERIOD_LEAD):
            continue
        days = (7 if m.group(1) == "X" else int(m.group(1))) * (7 if m.group(2) == "W" else 1)
        if days > PERIOD_MAX_DAYS:
            continue
        back = days if set(lead) & _AGO else days // 2
        return _month_of(article, back, Span(t.start, t.end, t.text))
    for k, tok in enumerate(tokens):  # «الأيام القليلة الماضية», which the time stage does not tag
        if not (lo <= tok.start and tok.end <= hi) or tok.norm not in _PERIOD_UNITS:
            continue
        nxt = [x.norm for x in tokens[k + 1 : k + 3]]
        if nxt[:1] and nxt[0] in _PERIOD_AFTER or nxt[1:2] and nxt[1] in _PERIOD_AFTER:
            end = tokens[k + 1 + (nxt[0] not in _PERIOD_AFTER)]
            return _month_of(article, 3, Span(tok.start, end.end, article.text[tok.start : end.end]))
    return None


def _month_of(article: Article, back: int, span: Span) -> tuple[str, str, Evidence]:
    day = article.published - dt.timedelta(days=back)
    return f"{day.year}-{day.month:02d}", "month", Evidence(PERIOD_RULE, 0.5, span)


_FOUR_DIGITS = re.compile(r"[0-9٠-٩]{4}")  # a time expression that writes its own year
_DIGIT = re.compile(r"[0-9٠-٩]")
# «1953 - مجموعة مسلحة يقودها فيدل كاسترو تهاجم ثكنة مونكادا»: a line of an almanac («هذا اليوم في
# التاريخ») or a chronology opens with the year of what it tells
_YEAR_LINE = re.compile(r"[ \t]*((?:1[5-9]|20)\d\d)[ \t]*[-–—:]")
_ENTRY = re.compile(r"(?:^|[.\n])[ \t]*(?:1[5-9]|20)\d\d[ \t]*[-–—]")


def _line_year(article: Article, offset: int) -> re.Match | None:
    """The year that opens the line of ``offset``, when the line is a dated entry (``YYYY - …``); in an
    almanac whose entries run on in one paragraph («… الدردنيل. 1936 - توقيع اتفاقية …», at least three
    entries), the year that opens the sentence."""
    start = article.text.rfind("\n", 0, offset) + 1
    if offset - start > 1000:
        return None
    m = _YEAR_LINE.match(article.text, start)
    if m is not None and m.end() <= offset:
        return m
    if not article.sentences:
        return None
    sent = article.sentences[article.sentence_at(offset)]
    if sent.start <= start:
        return None
    m = _YEAR_LINE.match(article.text, sent.start)
    if m is None or m.end() > offset or len(_ENTRY.findall(article.text)) < 3:
        return None
    return m


_WEEKDAYS = {w: k for k, w in enumerate(ordered_words("weekday_names"))}  # Monday = 0


def weekday_checked(t: TimeExpr, parsed: tuple[str, str, dt.date] | None) -> tuple[str, str, dt.date] | None:
    """«اليوم الاثنين» resolved to a Wednesday (a crawl-day publication date): the named weekday wins —
    the latest such day on or before the resolved one, at most six days back."""
    if parsed is None or parsed[1] != "day":
        return parsed
    folded = fold(t.text).split()
    named = [_WEEKDAYS[w] for w in folded if w in _WEEKDAYS]
    if len(named) != 1 or parsed[2].weekday() == named[0]:
        return parsed
    if folded[0] in _NIGHT and (parsed[2].weekday() + 1) % 7 == named[0]:
        return parsed  # «ليلة السبت» is Friday night: the time stage resolved it to the eve
    back = (parsed[2].weekday() - named[0]) % 7
    day = parsed[2] - dt.timedelta(days=back)
    return day.isoformat(), "day", day


_NIGHT = frozenset(fold(w) for w in ("ليلة", "ليل", "مساء", "الليلة"))


def night_pair_second(article: Article, t: TimeExpr, times: list[TimeExpr]) -> bool:
    """«ليل الاربعاء الخميس»: the night from Wednesday to Thursday is dated by its first day; the
    second weekday is no date of its own."""
    for o in times:
        if o is t or o.end > t.start or t.start - o.end > 2:
            continue
        first = fold(o.text).split()[:1]
        if first and first[0] in _NIGHT and fold(t.text).split()[0] in _WEEKDAYS:
            return True
    return False


_CLAUSE_BREAKS = words("clause_breaks")
_DENIAL = words("denial")
_DENIAL_PHRASES = tuple(sorted(words("denial_phrases")))
_FUTURE = words("future_cues")
_TIME_SKIP = words("time_skip_before")
_REPORT = words("report_verbs")
_COMPLEMENTIZERS = words("complementizers")
_BREAKERS = words("date_breakers")
_PAST_NOUNS = words("past_nouns")
FUTURE_WINDOW = 8


def date_status(article: Article, date: str | None, date_rule: str) -> Evidence | None:
    """Planned (the event's own date after publication) or historical (its last day more than
    ``historical_days`` before it); None when the date says neither or is only the publication's."""
    if not date or date_rule == "publication-date" or article.published is None:
        return None
    parsed = parse_timex(date, article.published)
    if parsed is None:
        return None
    day = parsed[2]
    if day > article.published:
        return Evidence("status:planned:date-after-publication", 0.7, None)
    if (article.published - period_end(day, parsed[1])).days > taxonomy().historical_days:
        return Evidence("status:historical:date-before-publication", 0.8, None)
    return None


DATE_STATUS = ("status:planned:date-after-publication", "status:historical:date-before-publication")
_PAST_MARKS = frozenset(fold(w) for w in ("الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "أمس", "امس"))


def planned_weekday(
    article: Article, date: str | None, precision: str | None, date_ev: Evidence, status_ev: Evidence
) -> tuple[str | None, Evidence]:
    """«من المقرر أن يبحث لافروف … يوم الثلاثاء», «دعا … إلى اجتماع طارئ يوم الثلاثاء»: a planned event's bare
    weekday is the coming one, not the one the time stage resolved before publication (rule
    ``clause-time:next-weekday``); a weekday with «الماضي» or «أمس» stays in the past."""
    span = date_ev.span
    if (
        date is None
        or precision != "day"
        or article.published is None
        or date_ev.rule != "clause-time"
        or span is None
        or not status_ev.rule.startswith("status:planned")
    ):
        return date, date_ev
    folded = fold(span.text).split()
    if not any(w in _WEEKDAYS for w in folded) or any(w in _PAST_MARKS for w in folded):
        return date, date_ev
    day = dt.date.fromisoformat(date)
    if not dt.timedelta(days=1) <= article.published - day <= dt.timedelta(days=7):
        return date, date_ev
    moved = (day + dt.timedelta(days=7)).isoformat()
    return moved, Evidence("clause-time:next-weekday", date_ev.confidence, span)


def restatus(article: Article, event: Event) -> None:
    """After a later step moved the event's date (the learned date choice, a time inside a name): a
    status that came from the old date, or the default, follows the new one."""
    ev = event.evidence.get("status")
    if ev is None or ev.rule not in (*DATE_STATUS, "status:reported:default"):
        return
    date_ev = event.evidence.get("date")
    new = date_status(article, event.date, date_ev.rule if date_ev else "publication-date")
    new = new or Evidence("status:reported:default", 0.6, None)
    if new.rule != ev.rule:
        event.status = new.rule.split(":")[1]
        event.evidence["status"] = new


def event_status(
    article: Article, frame: Frame, words: list[str], tokens: list[Token], date: str | None, date_rule: str
) -> Evidence:
    """Status of the event as an Evidence whose ``rule`` is ``status:<value>:<why>``."""
    m = frame.match
    for k in range(0, m.first):
        w = words[k]
        if w in _DENIAL and not any(x in _CLAUSE_BREAKS for x in words[k + 1 : m.first]):
            # «نفت أنقرة اتهامات …، في وقت انتزع فيه الأكراد السيطرة»: the denial ends at «في وقت»
            return Evidence(
                "status:denied:denial-cue", 0.8, Span(tokens[k].start, tokens[k].end, tokens[k].text)
            )
    head = " ".join(words[: m.first])
    for p in _DENIAL_PHRASES:
        if p in head:
            return Evidence("status:denied:denial-phrase", 0.7, None)
    if m.future:
        t = tokens[m.first]
        return Evidence("status:planned:future-prefix", 0.85, Span(t.start, t.end, t.text))
    for k in range(max(0, m.first - FUTURE_WINDOW), m.first):
        if words[k] in _FUTURE:
            return Evidence(
                "status:planned:future-cue", 0.75, Span(tokens[k].start, tokens[k].end, tokens[k].text)
            )
    by_date = date_status(article, date, date_rule)
    if by_date is not None:
        return by_date
    if m.first > 0 and words[m.first - 1] == "منذ" and date_rule in ("publication-date", "report-time"):
        # «منذ سيطرته على أجزاء من محافظة كركوك»: what a state of affairs began with, told as background
        t = tokens[m.first - 1]
        return Evidence("status:historical:since", 0.6, Span(t.start, t.end, t.text))
    if not m.alt.verb and date_rule == "publication-date" and any(n in words[m.first] for n in _PAST_NOUNS):
        # «احتلال العراق», «الغزو العراقي للكويت», «اجتياح الحوثيين لصنعاء» with no time of their own: a
        # takeover named by its noun is one the reader already knows
        return Evidence("status:historical:named-past", 0.6, None)
    return Evidence("status:reported:default", 0.6, None)


def period_end(day: dt.date, precision: str) -> dt.date:
    """The last day of the day, month or year that starts on ``day``."""
    if precision == "day":
        return day
    if precision == "year":
        return dt.date(day.year, 12, 31)
    nxt = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


_UNITS = {
    "واحد": 1,
    "واحدا": 1,
    "اثنين": 2,
    "اثنان": 2,
    "ثلاثه": 3,
    "ثلاث": 3,
    "اربعه": 4,
    "اربع": 4,
    "خمسه": 5,
    "خمس": 5,
    "سته": 6,
    "ست": 6,
    "سبعه": 7,
    "سبع": 7,
    "ثمانيه": 8,
    "ثماني": 8,
    "ثمان": 8,
    "تسعه": 9,
    "تسع": 9,
    "عشره": 10,
    "عشر": 10,
    "عشرين": 20,
    "عشرون": 20,
    "ثلاثين": 30,
    "ثلاثون": 30,
    "اربعين": 40,
    "خمسين": 50,
    "ستين": 60,
    "سبعين": 70,
    "ثمانين": 80,
    "تسعين": 90,
    "مئه": 100,
    "مائه": 100,
    "مئتي": 200,
    "مائتي": 200,
    "الف": 1000,
    "الفي": 2000,
}
_TEENS = {
    u + " عشر": v + 10
    for u, v in (
        ("احد", 1),
        ("اثنا", 2),
        ("اثني", 2),
        ("ثلاثه", 3),
        ("اربعه", 4),
        ("خمسه", 5),
        ("سته", 6),
        ("سبعه", 7),
        ("ثمانيه", 8),
        ("تسعه", 9),
    )
}
_UNITS.update(_TEENS)
_NUM = r"(\d+|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")"
_ABOUT = r"(?:نحو\s+|حوالي\s+|ما لا ?يقل عن\s+|اكثر من\s+|قرابه\s+)?\(?"  # «استشهاد (15)»
_P = r"(?:^|\s)[وفب]?\"?"  # a word start, with «و», «ف» or «ب» («بمقتل أربعة مدنيين»), or a quote mark
_Q = r"\"?"  # the view's quote mark after a quoted killing word: «أسفر عن «استشهاد» 15 مصليًا»
_KILL = (
    r"(?:مقتل|قتل|قتلت|مصرع|استشهاد|استشهد|سقوط|وفاه|اسفر عن مقتل|ادي الي مقتل"
    r"|اودي بحياه|اودت بحياه|حصد ارواح|حصدت ارواح|يحصد ارواح"  # «أودى بحياة 32 شخصا»
    r"|راح ضحيته|راح ضحيتها|راح ضحيتهما|ذهب ضحيته|ذهب ضحيتها)"  # «راح ضحيتها 5 مواطنين»
)
_DUAL = (
    r"(?:شخصين|مدنيين اثنين|جنديين|عنصرين|مسلحين اثنين|طفلين|شرطيين|مواطنين اثنين|مقاتلين اثنين|قتيلين"
    r"|شخصان|مدنيان|جنديان|عنصران|طفلان|شرطيان|مواطنان|مقاتلان|قتيلان|ضابطين|ضابطان|عسكريين اثنين|مسلحان)"
)
_SINGLE = r"(?:شخص|مدني|جندي|عنصر|مسلح|طفل|شرطي|مواطن|مقاتل|ضابط|عامل|مقيم|رجل|امراه|سيده|فتي|فتاه)"
_INJURED = r"و?(?:جريحا|جريح|جرحي|جرح)"  # folded «جريحاً», «جرحى»; not «جراء» (because of)
_NOT_INJURED = rf"(?!\s+\S+\s+{_INJURED})"  # «25 قتيلاً وجريحاً» is no death count
# «سقوط ثلاث قذائف»: what fell is shells, not people
_NOT_THING = (
    r"(?!\s+(?:قذيفه|قذيفتين|قذائف|صاروخ|صاروخين|صواريخ|قنبله|قنابل|برميل|براميل|طائره|طائرات|مروحيه"
    r"|مروحيات|منزل|منازل|مبني|مباني|حجار|امطار|ملم)(?!\w))"
)
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("kill-number", re.compile(rf"{_P}{_KILL}{_Q}\s+{_ABOUT}{_NUM}\)?(?=\s|$){_NOT_INJURED}{_NOT_THING}")),
    ("number-dead", re.compile(rf"(?:^|\s){_NUM}\s+(?:قتيلا|قتلي|قتيل|شهيدا|شهداء)(?!\w)(?!\s+{_INJURED})")),
    (
        "number-killed",
        re.compile(
            rf"(?:^|\s){_ABOUT}{_NUM}\s+(?:[^\s،,.]+\s+){{0,8}}?(?:قتلوا|قضوا|لقوا\s+(?:حتفهم|مصرعهم))(?!\w)"
        ),
    ),
    ("dual-killed", re.compile(rf"(?:^|\s){_DUAL}\s+(?:[^\s،,.]+\s+){{0,3}}?(?:قتلا|لقيا|قضيا)(?!\w)")),
    ("kill-noun-two", re.compile(rf"{_P}{_KILL}\s+\S+\s+(?:\S+\s+)?(?:اثنين|اثنان)(?=\s|$)")),
    ("lost-lives", re.compile(rf"{_P}لقي\s+{_ABOUT}{_NUM}\s+(?:\S+\s+){{0,8}}?(?:حتفهم|مصرعهم)")),
    ("kill-dual", re.compile(rf"{_P}{_KILL}\s+{_DUAL}(?=\s|$)")),
    ("kill-single", re.compile(rf"{_P}{_KILL}\s+(?:{_SINGLE}|احد|احدي)(?=\s|$)")),
    ("died-number", re.compile(rf"{_P}(?:قضي|سقط)\s+{_ABOUT}{_NUM}(?=\s|$){_NOT_INJURED}")),
    ("lost-life", re.compile(r"(?:^|\s)[وف]?لقي\s+(?:\S+\s+){1,12}?(?:حتفه|مصرعه|مقتله)(?!\w)")),
    # «إعدام 2070 شخصا», «أعدم التنظيم 11 شخصا»; not «بإعدام» («الحكم بإعدام 11»: a sentence, not a death)
    (
        "executed-number",
        re.compile(rf"(?:^|\s)[وف]?(?:اعدام|اعدم|اعدمت|اعدموا)\s+(?:\S+\s+)?{_ABOUT}{_NUM}(?=\s|$)"),
    ),
)
_NOT_COUNT = re.compile(r"^\d+$")
_THOUSANDS = re.compile(r"\s+(?:الف|الاف)(?!\w)")  # «قتل 140 ألف شخص»
# a second group counted with the first: «مقتل 4 مدنيين وجندي», «استشهاد ضابط وثلاثة جنود»
_AND_MORE = re.compile(
    rf"(?:\s+[^\s،,.]+)?\s+و(?:(?P<one>{_SINGLE})|(?P<two>{_DUAL})|{_NUM}\s+(?!{_INJURED}(?!\w))[^\s،,.]+)(?=\s|$|[،,.])"
)


def _count(raw: str) -> int:
    return int(raw) if _NOT_COUNT.match(raw) else _UNITS.get(raw, 0)


def sentence_counts(article: Article, sent_start: int, sent_end: int) -> list[tuple[int, int, str, Span]]:
    """Every death count in a sentence: (view offset, number, rule, span of the original text)."""
    view = article.view
    a, b = view.to_normalized(sent_start), view.to_normalized(sent_end)
    text = view.text[a:b]
    out = []
    for rule, pat in _PATTERNS:
        for m in pat.finditer(text):
            end = m.end()
            if rule in ("kill-dual", "dual-killed", "kill-noun-two"):
                n = 2
            elif rule in ("kill-single", "lost-life"):
                n = 1
            else:
                n = _count(m.group(1))
                thousands = _THOUSANDS.match(text, m.end(1)) if _NOT_COUNT.match(m.group(1)) else None
                if thousands is not None:
                    n, end = n * 1000, max(end, thousands.end())
            if rule in ("kill-number", "kill-single") and end == m.end():
                more = _AND_MORE.match(text, end)
                if more is not None:
                    extra = 1 if more["one"] else 2 if more["two"] else _count(more.group(3))
                    n, end = n + extra, more.end()
            if n <= 0 or n > 1_000_000:
                continue
            s = m.start() + (1 if text[m.start()].isspace() else 0)
            os, oe = view.span_to_original(a + s, a + end)
            out.append((a + s, n, rule, Span(os, oe, article.text[os:oe])))
    out.extend(_person_killed(article, sent_start, sent_end, {c[0] for c in out}))
    return out


_KILL_WORD = re.compile(r"(?:^|\s)[وفب]?(?:مقتل|قتل|مصرع|استشهاد|اغتيال)\s*$")
_ATTEMPT = re.compile(r"(?:محاوله|محاولات|محاولتي|لمحاوله|بمحاوله)\s*$")


def _person_killed(article: Article, sent_start: int, sent_end: int, taken: set[int]) -> list:
    """«مقتل محسن الفضلي», «اغتيال النائب العام هشام بركات»: a killing word right before a person's name
    counts one death (not «محاولة اغتيال», an attempt)."""
    view = article.view
    out = []
    for ent in article.entities:
        if ent.type != "PER":
            continue
        for mention in ent.mentions:
            if not sent_start <= mention.start < sent_end:
                continue
            vs = view.to_normalized(mention.start)
            before = view.text[max(0, vs - 24) : vs]
            k = _KILL_WORD.search(before)
            if k is None or _ATTEMPT.search(before[: k.start()]):
                continue
            start = vs - len(before) + k.start() + (1 if before[k.start()].isspace() else 0)
            if start in taken:
                continue  # the same words already counted by a pattern
            os, oe = view.span_to_original(start, view.to_normalized(mention.end))
            out.append((start, 1, "kill-person", Span(os, oe, article.text[os:oe])))
    return out


def fatalities(
    article: Article,
    sent_start: int,
    sent_end: int,
    trigger_start: int,
    counts: list[tuple[int, int, str, Span]] | None = None,
    window: tuple[int, int] | None = None,
) -> tuple[int | None, Evidence | None]:
    """Deaths reported in the sentence (within ``window``, the trigger's clause, when given), nearest to
    the trigger (None when no count is given)."""
    if counts is None:
        counts = sentence_counts(article, sent_start, sent_end)
    if window is not None:  # «استعاد الجيش …، فيما شنت طائرات غارات … أسفرت عن مقتل 12»: the strike's toll
        lo, hi = article.view.to_normalized(window[0]), article.view.to_normalized(window[1])
        counts = [c for c in counts if lo <= c[0] < hi]
    if not counts:
        return None, None
    t0 = article.view.to_normalized(trigger_start)
    _, n, rule, span = min(counts, key=lambda c: abs(c[0] - t0))
    return n, Evidence(f"fatalities-{rule}", 0.8, span)
