"""From a grammar match to a TIMEX3 value: one handler per pattern of `marsad.time.grammar`.

A handler reads the match groups (folded text), asks the context for the tense of the clause when
the expression does not say its direction, and returns a `Value` — or ``None`` when the match is
not a time expression after all (a month name that is a verb, «اليوم العالمي», a date in a name).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from marsad.time import resolve as R
from marsad.time.lexicon import lexicon

__all__ = ["Value", "Context", "HANDLERS", "parse_amount"]


@dataclass(frozen=True)
class Value:
    type: str  # DATE | TIME | DURATION | SET
    value: str
    confidence: float
    gran: str  # day | month | year | week | time | duration | set | ref
    hour: int = -1
    minute: int = 0


class Context(Protocol):
    view: str
    ref: dt.date | None

    def tense(self, start: int, end: int) -> int | None: ...
    def ongoing(self, start: int, end: int) -> bool: ...
    def original_char(self, i: int) -> str: ...


_CTX_BEFORE = frozenset(
    [
        "شهر",
        "شهري",
        "في",
        "منذ",
        "خلال",
        "حتي",
        "الي",
        "قبل",
        "بعد",
        "من",
        "مطلع",
        "منتصف",
        "نهايه",
        "اواخر",
        "اوائل",
        "بدايه",
        "موفي",
        "اواسط",
        "غره",
        "طيله",
        "طوال",
        "اول",
        "اخر",
        "ختام",
        "مستهل",
        "وسط",
        "حدود",
        "بين",
        "و",
    ]
)
_NAME_BEFORE = frozenset(["ثوره", "انتفاضه", "حركه"])
_NOT_TODAY_BEFORE = frozenset(["ذلك", "نفس", "ذات", "تلك"])
_NOT_TODAY_AFTER = frozenset(
    [
        "العالمي",
        "الوطني",
        "الدولي",
        "العربي",
        "الاول",
        "الاخير",
        "الثاني",
        "الثالث",
        "الرابع",
        "الخامس",
        "التالي",
        "الموالي",
        "الدراسي",
        "المفتوح",
        "التحسيسي",
        "الاعلامي",
        "التكويني",
        "الختامي",
        "الافتتاحي",
        "التضامني",
        "الترفيهي",
        "الثقافي",
        "الرياضي",
        "الموعود",
        "المشهود",
        "الواحد",
        "الكامل",
        "الاولمبي",
    ]
)
_WORD = re.compile(r"\w+")


def _prev_word(view: str, i: int) -> str:
    m = re.search(r"(\w+)\W*$", view[max(0, i - 30) : i])
    return m.group(1) if m else ""


def _next_word(view: str, i: int) -> str:
    m = _WORD.search(view, i, i + 30)
    return m.group(0) if m else ""


def _strip(w: str) -> str:
    return w[1:] if len(w) > 2 and w[0] in "وفبل" and w[1:] in _CTX_BEFORE else w


def parse_amount(text: str | None) -> float | None:
    """«3» → 3, «ثلاثة» → 3, «خمسة وعشرين» → 25, «2,5» → 2.5; a vague amount (بضعة) → ``None``."""
    if not text:
        return None
    t = text.strip()
    if t[0].isdigit():
        return float(t.replace(",", "."))
    cards = lexicon().cardinals
    total = 0.0
    for part in re.split(r"\s+و\s*|\s+", t):
        if part not in cards or cards[part] is None:
            return None
        total += cards[part]  # type: ignore[operator]
    return total


def _day(m: re.Match[str]) -> int | None:
    if m.group("dnum"):
        return int(m.group("dnum"))
    return lexicon().ordinals.get(re.sub(r"\s+", " ", m.group("dord")).replace("و ", "و"))


def _direction(m: re.Match[str]) -> int | None:
    mod = m.groupdict().get("mod")
    return lexicon().modifiers.get(mod) if mod else None


def date_full(m: re.Match[str], c: Context) -> Value | None:
    lex = lexicon()
    d = _day(m)
    mon = lex.months.get(re.sub(r"\s+", " ", m.group("mon")))
    if not d or not mon or d > 31 or _prev_word(c.view, m.start("body")) in _NAME_BEFORE:
        return None
    if m.group("dord") and _prev_word(c.view, m.start("body")) in ("النصف", "الربع", "الثلث", "الاسبوع"):
        return None  # «النصف الأول من أكتوبر» is a part of the month, not its first day
    if m.group("year"):
        try:
            return Value("DATE", R.day(dt.date(int(m.group("year")), mon, d)), 0.97, "day")
        except ValueError:
            return None
    direction = _direction(m)
    if direction is not None:
        return Value("DATE", R.day_month(c.ref, d, mon, direction, strict=True), 0.93, "day")
    wd = m.group("wd")
    if wd and c.ref is not None:
        iso = lex.weekdays[wd]
        years = [y for y in (c.ref.year - 1, c.ref.year, c.ref.year + 1) if _weekday_is(y, mon, d, iso)]
        if len(years) == 1:
            return Value("DATE", f"{years[0]}-{mon:02d}-{d:02d}", 0.93, "day")
    t = c.tense(m.start("body"), m.end("body"))
    return Value("DATE", R.day_month(c.ref, d, mon, t), 0.85 if t is not None else 0.8, "day")


def _weekday_is(y: int, m: int, d: int, iso: int) -> bool:
    try:
        return dt.date(y, m, d).isoweekday() == iso
    except ValueError:
        return False


def date_hijri(m: re.Match[str], c: Context) -> Value | None:
    d = _day(m)
    hm = lexicon().hijri_months.get(re.sub(r"\s+", " ", m.group("hmon")))
    if not d or not hm:
        return None
    y = int(m.group("year")) if m.group("year") else None
    if y is None:
        if c.ref is None:
            return None
        from hijridate import Gregorian

        y = Gregorian(c.ref.year, c.ref.month, c.ref.day).to_hijri().year
    v = R.hijri_day(d, hm, y)
    return Value("DATE", v, 0.95 if m.group("year") else 0.75, "day") if v else None


def date_numeric(m: re.Match[str], c: Context) -> Value | None:
    if m.group("y2"):
        y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
    else:
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if len(m.group("y")) == 2:
            y = R.two_digit_year(y, c.ref)
    if not 1900 <= y <= 2100:
        return None
    try:
        return Value("DATE", R.day(dt.date(y, mo, d)), 0.9, "day")
    except ValueError:
        return None


def _month_ok(m: re.Match[str], c: Context, form: str) -> bool:
    lex = lexicon()
    flags = lex.month_flags.get(form, frozenset())
    if "orig" in flags:
        start = m.start("mon")
        if c.original_char(start) != lex.month_originals[form][0]:
            return False
    if "ctx" not in flags or m.group("mon2"):
        return True
    return bool(m.groupdict().get("shahr")) or _strip(_prev_word(c.view, m.start("body"))) in _CTX_BEFORE


def month_year(m: re.Match[str], c: Context) -> Value | None:
    form = re.sub(r"\s+", " ", m.group("mon"))
    mon = lexicon().months.get(form)
    if not mon or ("orig" in lexicon().month_flags.get(form, ()) and not _month_ok(m, c, form)):
        return None
    return Value("DATE", f"{m.group('year')}-{mon:02d}", 0.95, "month")


def month_mod(m: re.Match[str], c: Context) -> Value | None:
    form = re.sub(r"\s+", " ", m.group("mon"))
    mon = lexicon().months.get(form)
    if not mon or ("orig" in lexicon().month_flags.get(form, ()) and not _month_ok(m, c, form)):
        return None
    direction = _direction(m)
    return Value("DATE", R.month(c.ref, mon, direction, strict=direction != 0), 0.92, "month")


def month_bare(m: re.Match[str], c: Context) -> Value | None:
    form = re.sub(r"\s+", " ", m.group("mon"))
    mon = lexicon().months.get(form)
    if not mon or not _month_ok(m, c, form) or _prev_word(c.view, m.start("body")) in _NAME_BEFORE:
        return None
    t = -1 if _prev_word(c.view, m.start("body")) == "منذ" else c.tense(m.start("body"), m.end("body"))
    return Value("DATE", R.month(c.ref, mon, t), 0.8, "month")


def hijri_month(m: re.Match[str], c: Context) -> Value | None:
    lex = lexicon()
    form = re.sub(r"\s+", " ", m.group("hmon"))
    hm = lex.hijri_months.get(form)
    if not hm:
        return None
    direction = _direction(m)
    y = int(m.group("year")) if m.group("year") else None
    bare = y is None and direction is None and not m.group("shahr")
    if (
        bare
        and "ctx" in lex.hijri_flags.get(form, ())
        and _strip(_prev_word(c.view, m.start("body"))) not in _CTX_BEFORE
    ):
        return None
    if direction is None and y is None:
        direction = c.tense(m.start("body"), m.end("body"))
    v = R.hijri_month(c.ref, hm, y, direction)
    return Value("DATE", v, 0.7, "month") if v else None


def _weekday_value(m: re.Match[str], c: Context, wd: str) -> tuple[str, float]:
    iso = lexicon().weekdays[wd]
    direction = _direction(m)
    if m.groupdict().get("this"):
        return R.weekday(c.ref, iso, 0), 0.9
    if direction is not None:
        return R.weekday(c.ref, iso, direction, strict=direction != 0), 0.93
    t = c.tense(m.start("body"), m.end("body"))
    return R.weekday(c.ref, iso, t), (0.85 if t is not None else 0.75)


def night(m: re.Match[str], c: Context) -> Value | None:
    if m.group("past"):
        return Value("DATE", R.shift_days(c.ref, -1), 0.9, "day")
    if m.group("tonight"):
        return Value("DATE", R.shift_days(c.ref, 0), 0.85, "day")
    v, conf = _weekday_value(m, c, m.group("wd"))
    if m.group("night") == "ليله" and not m.group("wd2") and not v.startswith("X"):
        v = R.day(dt.date.fromisoformat(v) - dt.timedelta(days=1))  # the night before the named day
    return Value("DATE", v, conf - 0.1, "day")


def relday(m: re.Match[str], c: Context) -> Value | None:
    rel = re.sub(r"\s+", " ", m.group("rel"))
    if rel == "اليوم" and not m.group("pod") and not m.group("wd"):
        nxt = re.match(r"\s+(\w+)", c.view[m.end("body") : m.end("body") + 30])
        if nxt and nxt.group(1) in _NOT_TODAY_AFTER:
            return None  # «اليوم العالمي», «اليوم الأول», «اليوم التالي»
        if _prev_word(c.view, m.start("body")) in _NOT_TODAY_BEFORE:
            return None
    return Value("DATE", R.shift_days(c.ref, lexicon().relative_days[rel]), 0.95, "day")


def weekday(m: re.Match[str], c: Context) -> Value | None:
    wd = m.group("wd")
    plain = not (m.group("yawm") or m.group("pod") or m.group("mod") or m.group("this"))
    ambiguous = plain and "ctx" in lexicon().weekday_flags.get(wd, ())
    if ambiguous and _prev_word(c.view, m.start("body")) in ("بين", "كلا", "هذين", "ان", "الطرفين"):
        return None  # «بين الاثنين»: "the two", not Monday
    v, conf = _weekday_value(m, c, wd)
    return Value("DATE", v, conf, "day")


_UNITS = {"الاسبوع": "W", "الشهر": "M", "العام": "Y", "السنه": "Y"}


def relunit(m: re.Match[str], c: Context) -> Value | None:
    unit = _UNITS[m.group("u") or m.group("u2") or m.group("u3")]
    direction = 0 if (m.group("this") or m.group("edge")) else _direction(m)
    if direction is None:
        return None
    gran = {"W": "week", "M": "month", "Y": "year"}[unit]
    return Value("DATE", R.relative_unit(c.ref, unit, direction), 0.92, gran)


def year(m: re.Match[str], c: Context) -> Value | None:
    y = m.group("year")
    n = int(y) if len(y) == 4 else R.two_digit_year(int(y), c.ref)
    return Value("DATE", R.year(n), 0.95, "year")


_YEAR_AFTER = re.compile(
    r"\s*(?:[^\w\s]|$)|\s+(?:و|الي|حتي|من|في|علي|مقارنه|حسب|وفق|بعد|قبل|عندما|حين|اي)(?!\w)|\s*و\d"
)


def year_bare(m: re.Match[str], c: Context) -> Value | None:
    n = int(m.group("year"))
    if not 1900 <= n <= 2035:
        return None
    before = c.view[max(0, m.start() - 16) : m.start("body")]
    joined = re.search(r"\d{4}\W{0,3}(?:و|الي|حتي|-|–|/)?\s*$", before)
    if m.group("join") or (not m.group("pre") and m.group(0).startswith("و")):
        return Value("DATE", R.year(n), 0.85, "year") if joined else None
    if not _YEAR_AFTER.match(c.view, m.end("body")):
        return None  # «في 2000 مدرسة»: a number, not a year
    return Value("DATE", R.year(n), 0.85 if m.group("pre") else 0.7, "year")


def decade(m: re.Match[str], c: Context) -> Value | None:
    d = {"ستين": 6, "سبعين": 7, "ثمانين": 8, "تسعين": 9}[m.group("dec")]
    return Value("DATE", f"19{d}X", 0.85, "year")


def present(m: re.Match[str], c: Context) -> Value | None:
    return Value("DATE", "PRESENT_REF", 0.9, "ref")


def _amount(m: re.Match[str]) -> tuple[float | None, str, bool]:
    """(amount, unit, vague) of an «N unit» match."""
    unit, count = lexicon().units[m.group("unit")]
    if m.group("num"):
        amount = parse_amount(m.group("num"))
        return amount, unit, amount is None
    if count:
        return float(count), unit, bool(m.groupdict().get("vague"))
    return None, unit, True


def ago(m: re.Match[str], c: Context) -> Value | None:
    amount, unit, vague = _amount(m)
    if m.group("kw") == "منذ" and c.ongoing(m.start("body"), m.end("body")):
        return Value("DURATION", R.duration(None if vague else amount, unit), 0.75, "duration")
    if vague or amount is None:
        return Value("DATE", "PAST_REF", 0.7, "ref")
    gran = {"Y": "year", "DE": "year", "M": "month"}.get(unit, "day")
    return Value("DATE", R.ago(c.ref, amount, unit), 0.75, gran)


_NO_DURATION_AFTER = re.compile(r"\s*(?:من\s|ال\w+|\d)")


def duration(m: re.Match[str], c: Context) -> Value | None:
    amount, unit, vague = _amount(m)
    trig = m.group("trig")
    singular = not m.group("num") and lexicon().units[m.group("unit")][1] == 1
    if singular and (trig == "خلال" or _NO_DURATION_AFTER.match(c.view, m.end("body"))):
        return None  # «خلال شهر سبتمبر», «طيلة شهر رمضان»
    if vague and trig == "خلال":
        return None
    if amount is not None and m.group("half"):
        amount += 0.5
    return Value("DURATION", R.duration(None if vague else amount, unit), 0.85, "duration")


def duration_attached(m: re.Match[str], c: Context) -> Value | None:
    form = m.group("unit") or m.group("unit1")
    unit, count = lexicon().units[form]
    return Value("DURATION", R.duration(float(count or 1), unit), 0.8, "duration")


_PM = ("مساء", "مساءا", "ليلا", "عصرا", "بعد الظهر", "بعد الزوال", "زوالا", "بعد الظهيره", "ظهرا")
_PARTS = (
    r"(صباح|الصباح|فجر|مساء|المساء|عشيه|ليله|الليله|ليل|ظهر|بعد\s+ظهر|بعد\s+الظهر|بعد\s+زوال|بعد\s+الزوال)"
)
_AFTER_PART = re.compile(r"\s+(?:من\s+|هذا\s+|هذه\s+)?" + _PARTS + r"(?!\w)")
_BEFORE_PART = re.compile(r"(?<!\w)" + _PARTS + r"(?!\w)")
_PART_AMPM = {
    "صباح": "صباحا",
    "الصباح": "صباحا",
    "فجر": "فجرا",
    "ليله": "ليلا",
    "الليله": "ليلا",
    "ليل": "ليلا",
}


def _clock_value(hour: int, minute: int, ampm: str | None) -> tuple[int, int] | None:
    if ampm:
        ampm = re.sub(r"\s+", " ", ampm)
        night = ampm == "ليلا" and 6 <= hour < 12
        afternoon = ampm in _PM and ampm != "ليلا" and hour < 12 and not (ampm == "ظهرا" and hour >= 6)
        if night or afternoon:
            hour += 12
        if ampm in ("صباحا", "فجرا") and hour == 12:
            hour = 0
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    return hour % 24, minute


def clock_word(m: re.Match[str], c: Context) -> Value | None:
    """«العاشرة صباحا», «الثامنة والنصف»: an hour word needs a fraction or a part of day to be a time."""
    if not (m.group("frac") or m.group("ampm") or m.group("illa")):
        return None
    return clock(m, c)


def clock(m: re.Match[str], c: Context) -> Value | None:
    g = m.groupdict()
    if g.get("h"):
        hour = int(g["h"])
        minute = int(g.get("mi") or g.get("mi2") or 0)
    else:
        hour = lexicon().hours[re.sub(r"\s+", " ", g["hw"])]
        frac = g.get("frac") or ""
        minute = {"النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15}.get(frac, 0)
        if frac and frac[0].isdigit():
            minute = int(frac.split()[0])
    if g.get("illa") or g.get("illa2"):
        hour, minute = hour - 1, 45
    ampm = g.get("ampm")
    if not ampm:
        part = _AFTER_PART.match(c.view, m.end("body"))
        if part is None:
            before = _BEFORE_PART.findall(
                re.split(r"[.!?؟؛\n]", c.view[max(0, m.start("body") - 48) : m.start("body")])[-1]
            )
            part_word = before[-1] if before else None
        else:
            part_word = part.group(1)
        if part_word:
            ampm = _PART_AMPM.get(re.sub(r"\s+", " ", part_word), "مساء")
    hm = _clock_value(hour, minute, ampm)
    if hm is None:
        return None
    return Value("TIME", "", 0.9, "time", hm[0], hm[1])


def clock_noon(m: re.Match[str], c: Context) -> Value | None:
    return Value("TIME", "", 0.8, "time", 12 if m.group("which") == "النهار" else 0, 0)


def set_(m: re.Match[str], c: Context) -> Value | None:
    lex = lexicon()
    wd = m.group("wd") or m.group("wd3")
    if wd:
        iso = lex.weekdays.get(wd) or lex.weekdays.get("ال" + wd)
        return Value("SET", f"XXXX-WXX-{iso}", 0.85, "set") if iso else None
    if m.group("unit"):
        unit, count = lex.units[m.group("unit")]
        amount = parse_amount(m.group("num")) if m.group("num") else float(count or 1)
        return Value("SET", R.duration(amount, unit), 0.8, "set") if amount else None
    key = m.group("u") or m.group("adv")
    unit = {"يوم": "D", "يوميا": "D", "اسبوع": "W", "اسبوعيا": "W", "شهر": "M", "شهريا": "M"}.get(key, "Y")
    return Value("SET", f"P1{unit}", 0.85, "set")


def weekday_week(m: re.Match[str], c: Context) -> Value | None:
    """«الجمعة من الأسبوع المقبل», «الأسبوع القادم الأحد»: that weekday of that ISO week."""
    wd = m.group("wd") or m.group("wd2")
    wk = re.sub(r"\s+", " ", m.group("wk") or m.group("wk2"))
    mod = wk.split(" ")[-1]
    direction = lexicon().modifiers.get(mod, 0) if mod != "الاسبوع" else 0
    iso = lexicon().weekdays[wd]
    if c.ref is None:
        return Value("DATE", f"XXXX-WXX-{iso}", 0.85, "day")
    monday = c.ref - dt.timedelta(days=c.ref.isoweekday() - 1) + dt.timedelta(days=7 * direction)
    return Value("DATE", R.day(monday + dt.timedelta(days=iso - 1)), 0.9, "day")


def date_relmonth(m: re.Match[str], c: Context) -> Value | None:
    """«يوم 15 من الشهر الجاري», «20 من الشهر القادم»."""
    d = _day(m)
    rm = re.sub(r"\s+", " ", m.group("rm"))
    mod = rm.split(" ")[-1]
    direction = lexicon().modifiers.get(mod, 0) if mod != "الشهر" else 0
    if not d or d > 31:
        return None
    month = R.relative_unit(c.ref, "M", direction)
    if month.startswith("X"):
        return Value("DATE", f"XXXX-XX-{d:02d}", 0.85, "day")
    try:
        return Value("DATE", R.day(dt.date(int(month[:4]), int(month[5:7]), d)), 0.9, "day")
    except ValueError:
        return None


def month_numeric(m: re.Match[str], c: Context) -> Value | None:
    y, mo = (m.group("y"), m.group("m")) if m.group("y") else (m.group("y2"), m.group("m2"))
    if not 1 <= int(mo) <= 12 or not 1900 <= int(y) <= 2100:
        return None
    return Value("DATE", f"{y}-{int(mo):02d}", 0.8, "month")


_WHOLE = {
    "اليوم": "D",
    "يوم": "D",
    "الليل": "D",
    "الليله": "D",
    "ليله": "D",
    "الاسبوع": "W",
    "اسبوع": "W",
    "الشهر": "M",
    "شهر": "M",
    "العام": "Y",
    "عام": "Y",
    "السنه": "Y",
    "سنه": "Y",
    "ساعه": "H",
}


def duration_whole(m: re.Match[str], c: Context) -> Value | None:
    """«طوال اليوم», «شهر كامل», «نصف سنة», «نصف قرن»."""
    if m.group("u") and not m.group("trig"):
        return None
    if m.group("half"):
        unit = m.group("u3")
        if unit == "قرن":
            return Value("DURATION", "P50Y", 0.8, "duration")
        return Value("DURATION", R.duration(0.5, _WHOLE[unit]), 0.8, "duration")
    return Value("DURATION", R.duration(1, _WHOLE[m.group("u") or m.group("u2")]), 0.8, "duration")


HANDLERS: dict[str, Callable[[re.Match[str], Context], Value | None]] = {
    "date.full": date_full,
    "date.hijri": date_hijri,
    "date.numeric": date_numeric,
    "month.year": month_year,
    "month.mod": month_mod,
    "month.bare": month_bare,
    "hijri.month": hijri_month,
    "night": night,
    "relday": relday,
    "weekday": weekday,
    "relunit": relunit,
    "year": year,
    "year.bare": year_bare,
    "decade": decade,
    "present": present,
    "ago": ago,
    "duration": duration,
    "duration.attached": duration_attached,
    "clock": clock,
    "clock.digits": clock,
    "clock.noon": clock_noon,
    "clock.ampm": clock,
    "clock.word": clock_word,
    "weekday.week": weekday_week,
    "date.relmonth": date_relmonth,
    "month.numeric": month_numeric,
    "duration.whole": duration_whole,
    "set": set_,
}
