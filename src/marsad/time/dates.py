"""Rules for calendar expressions: dates, months (three systems and Hijri), weekdays, relative days,
weeks, months and years, years and decades, the present.

Each rule turns a match of `marsad.time.grammar` into a `Value`, or ``None`` when the match is not a
time expression after all (a month name that is a verb, «اليوم العالمي», a date in a name).
"""

from __future__ import annotations

import datetime as dt
import re

from marsad.time import resolve as R
from marsad.time.lexicon import lexicon
from marsad.time.values import (
    CTX_BEFORE,
    NAME_BEFORE,
    NOT_TODAY_AFTER,
    NOT_TODAY_BEFORE,
    Context,
    Value,
    day_of,
    direction_of,
    prev_word,
    strip_clitic,
)


def date_full(m: re.Match[str], c: Context) -> Value | None:
    lex = lexicon()
    d = day_of(m)
    mon = lex.months.get(re.sub(r"\s+", " ", m.group("mon")))
    if not d or not mon or d > 31 or prev_word(c.view, m.start("body")) in NAME_BEFORE:
        return None
    if m.group("dord") and prev_word(c.view, m.start("body")) in ("النصف", "الربع", "الثلث", "الاسبوع"):
        return None  # «النصف الأول من أكتوبر» is a part of the month, not its first day
    if m.group("year"):
        try:
            return Value("DATE", R.day(dt.date(int(m.group("year")), mon, d)), 0.97, "day")
        except ValueError:
            return None
    ymod = m.group("ymod")
    if ymod:  # «الـ21 من سبتمبر من العام الماضي»: the day of the year that phrase names
        shift = lexicon().modifiers.get(ymod)
        if shift is None:
            return None
        if c.ref is None:  # no publication date: the day and month, the year left open
            return Value("DATE", f"XXXX-{mon:02d}-{d:02d}", 0.8, "day")
        try:
            return Value("DATE", R.day(dt.date(c.ref.year + shift, mon, d)), 0.93, "day")
        except ValueError:
            return None
    direction = direction_of(m)
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
    d = day_of(m)
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
    return bool(m.groupdict().get("shahr")) or strip_clitic(prev_word(c.view, m.start("body"))) in CTX_BEFORE


def month_year(m: re.Match[str], c: Context) -> Value | None:
    form = re.sub(r"\s+", " ", m.group("mon"))
    mon = lexicon().months.get(form)
    if not mon or ("orig" in lexicon().month_flags.get(form, ()) and not _month_ok(m, c, form)):
        return None
    if m.group("year"):
        return Value("DATE", f"{m.group('year')}-{mon:02d}", 0.95, "month")
    # «نوفمبر (تشرين الثاني) من العام الماضي»: the month of the year that phrase names
    shift = direction_of(m)
    if shift is None:
        return None
    if c.ref is None:
        return Value("DATE", f"XXXX-{mon:02d}", 0.85, "month")
    return Value("DATE", f"{c.ref.year + shift}-{mon:02d}", 0.92, "month")


def month_mod(m: re.Match[str], c: Context) -> Value | None:
    form = re.sub(r"\s+", " ", m.group("mon"))
    mon = lexicon().months.get(form)
    if not mon or ("orig" in lexicon().month_flags.get(form, ()) and not _month_ok(m, c, form)):
        return None
    direction = direction_of(m)
    return Value("DATE", R.month(c.ref, mon, direction, strict=direction != 0), 0.92, "month")


def month_bare(m: re.Match[str], c: Context) -> Value | None:
    form = re.sub(r"\s+", " ", m.group("mon"))
    mon = lexicon().months.get(form)
    if not mon or not _month_ok(m, c, form) or prev_word(c.view, m.start("body")) in NAME_BEFORE:
        return None
    t = -1 if prev_word(c.view, m.start("body")) == "منذ" else c.tense(m.start("body"), m.end("body"))
    return Value("DATE", R.month(c.ref, mon, t), 0.8, "month")


def hijri_month(m: re.Match[str], c: Context) -> Value | None:
    lex = lexicon()
    form = re.sub(r"\s+", " ", m.group("hmon"))
    hm = lex.hijri_months.get(form)
    if not hm:
        return None
    direction = direction_of(m)
    y = int(m.group("year")) if m.group("year") else None
    bare = y is None and direction is None and not m.group("shahr")
    if (
        bare
        and "ctx" in lex.hijri_flags.get(form, ())
        and strip_clitic(prev_word(c.view, m.start("body"))) not in CTX_BEFORE
    ):
        return None
    if direction is None and y is None:
        direction = c.tense(m.start("body"), m.end("body"))
    v = R.hijri_month(c.ref, hm, y, direction)
    return Value("DATE", v, 0.7, "month") if v else None


def _weekday_value(m: re.Match[str], c: Context, wd: str) -> tuple[str, float]:
    iso = lexicon().weekdays[wd]
    direction = direction_of(m)
    if m.groupdict().get("this"):
        return R.weekday(c.ref, iso, 0), 0.9
    if direction is not None:
        return R.weekday(c.ref, iso, direction, strict=direction != 0), 0.93
    t = c.tense(m.start("body"), m.end("body"))
    # no tense cue: the latest such day on or before publication, as news tells what happened
    # («زار الوزير المدينة الخميس» in a Wednesday paper is last Thursday, not tomorrow)
    return R.weekday(c.ref, iso, t if t is not None else -1), (0.85 if t is not None else 0.75)


def night(m: re.Match[str], c: Context) -> Value | None:
    if m.group("past2"):  # «الليلة قبل الماضية»: the night before last
        return Value("DATE", R.shift_days(c.ref, -2), 0.9, "day")
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
        if nxt and nxt.group(1) in NOT_TODAY_AFTER:
            return None  # «اليوم العالمي», «اليوم الأول», «اليوم التالي»
        if prev_word(c.view, m.start("body")) in NOT_TODAY_BEFORE:
            return None
    offset = lexicon().relative_days[rel]
    wd = m.groupdict().get("wd")
    if wd and c.ref is not None:
        # «اليوم (الاثنين)» in a paper dated Tuesday: the story was written before it was printed (or
        # crawled), and the weekday names the day it tells of — the latest such day before it, unless
        # that is the next day (a paper dated a day early): on the annotated event sets the four
        # weekdays two or three days ahead and four or five back are all dated back, and of those one
        # day ahead and six back, two each way
        base = c.ref + dt.timedelta(days=offset)
        iso = lexicon().weekdays.get(wd) or lexicon().weekdays.get("ال" + wd)
        if iso is not None and base.isoweekday() != iso:
            ahead = (iso - base.isoweekday()) % 7
            return Value("DATE", R.weekday(base, iso, 1 if ahead == 1 else -1), 0.85, "day")
    return Value("DATE", R.shift_days(c.ref, offset), 0.95, "day")


def weekday(m: re.Match[str], c: Context) -> Value | None:
    wd = m.group("wd")
    plain = not (m.group("yawm") or m.group("pod") or m.group("mod") or m.group("this"))
    ambiguous = plain and "ctx" in lexicon().weekday_flags.get(wd, ())
    if ambiguous and prev_word(c.view, m.start("body")) in ("بين", "كلا", "هذين", "ان", "الطرفين"):
        return None  # «بين الاثنين»: "the two", not Monday
    v, conf = _weekday_value(m, c, wd)
    beyond = m.groupdict().get("beyond")
    if beyond and not v.startswith("X"):
        direction = direction_of(m)
        if not direction or ("قبل" in beyond) != (direction < 0):
            return None  # «الخميس قبل المقبل»: no such phrase
        v = R.day(dt.date.fromisoformat(v) + dt.timedelta(days=7 * direction))  # «الخميس قبل الماضي»
    return Value("DATE", v, conf, "day")


_UNITS = {"الاسبوع": "W", "الشهر": "M", "العام": "Y", "السنه": "Y"}


def relunit(m: re.Match[str], c: Context) -> Value | None:
    unit = _UNITS[m.group("u") or m.group("u2") or m.group("u3")]
    direction = 0 if (m.group("this") or m.group("edge")) else direction_of(m)
    if direction is None:
        return None
    if m.groupdict().get("beyond"):
        if direction == 0 or ("قبل" in m.group("beyond")) != (direction < 0):
            return None  # «الشهر قبل المقبل»: no such phrase
        direction *= 2  # «الأسبوع قبل الماضي», «العام بعد المقبل»: the one before last, after next
    gran = {"W": "week", "M": "month", "Y": "year"}[unit]
    return Value("DATE", R.relative_unit(c.ref, unit, direction), 0.92, gran)


def year(m: re.Match[str], c: Context) -> Value | None:
    y = m.group("year")
    n = int(y) if len(y) == 4 else R.two_digit_year(int(y), c.ref)
    return Value("DATE", R.year(n), 0.95, "year")


_YEAR_AFTER = re.compile(
    r"\s*(?:[^\w\s]|$)|\s+(?:و|الي|حتي|من|في|علي|مقارنه|حسب|وفق|بعد|قبل|عندما|حين|اي"
    # a conjunction, a particle or a relative pronoun cannot be a counted noun: «وألقي القبض على آي في
    # 2011 دون تهمة», «في 1995 ثم …», «منذ 2003 التي …»
    r"|دون|بدون|ثم|لكن|لكنه|لكنها|لكنهم|كلما|رغم|اثناء|حينما|لم|قد|فقد|وذلك|وهو|وهي|التي|الذي|والتي|والذي"
    r")(?!\w)|\s*و\d"
    # a word joined by «و» that is not a number word: «ثم بايع القاعدة في 2004 وانفصل عنها»
    r"|\s+و(?!(?:ا?حد|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|م[ئا]))[\u0621-\u064a]{2,}"
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
    d = day_of(m)
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


def same(m: re.Match[str], c: Context) -> Value | None:
    """«في اليوم نفسه», «نفس الشهر»: the period of an earlier date, which the tagger fills in
    (`marsad.time.tagger`); the value holds the unit until then."""
    unit = lexicon().same_units.get(re.sub(r"\s+", " ", m.group("u1") or m.group("u2")))
    return Value("DATE", unit, 0.85, "same") if unit else None
