"""Rules for amounts of time: «منذ/قبل N …», durations, clock times and sets."""

from __future__ import annotations

import re

from marsad.time import resolve as R
from marsad.time.lexicon import lexicon
from marsad.time.values import Context, Value, parse_amount


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


def duration_last(m: re.Match[str], c: Context) -> Value | None:
    """«اليومين الماضيين», «الـ5 سنوات الأخيرة», «الأيام الثلاثة الماضية»: a duration up to (or from) now."""
    lex = lexicon()
    if m.group("unit"):
        unit, count = lex.units[m.group("unit")]
        amount: float | None = float(count)
    else:
        unit, _ = lex.units[m.group("unit2") or m.group("unit3")]
        amount = parse_amount(m.group("num") or m.group("num2"))
    if amount is None:
        return None
    return Value("DURATION", R.duration(amount, unit), 0.8, "duration")
