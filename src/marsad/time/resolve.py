"""Calendar arithmetic: TIMEX3 values relative to a reference date (the publication day).

Every function takes the reference date ``ref`` (or ``None`` when the article has no date) and
returns a TIMEX3 value string. Without a reference, a relative expression keeps an underspecified
value (``XXXX-10-22``, ``XXXX-WXX-3``, ``XXXX-XX-XX``) rather than an invented date.

``direction`` is -1 (the past: the most recent such day/month on or before — or strictly before
with ``strict``), +1 (the future), 0 (the current period) or ``None`` (no cue: the nearest).
"""

from __future__ import annotations

import datetime as dt

from hijridate import Gregorian, Hijri

__all__ = [
    "UNKNOWN_DAY",
    "day",
    "shift_days",
    "weekday",
    "day_month",
    "month",
    "year",
    "week",
    "relative_unit",
    "ago",
    "hijri_day",
    "hijri_month",
    "two_digit_year",
    "duration",
    "clock",
]

UNKNOWN_DAY = "XXXX-XX-XX"


def day(d: dt.date) -> str:
    return d.isoformat()


def shift_days(ref: dt.date | None, offset: int) -> str:
    if ref is None:
        return UNKNOWN_DAY
    return day(ref + dt.timedelta(days=offset))


def weekday(ref: dt.date | None, iso_weekday: int, direction: int | None, *, strict: bool = False) -> str:
    """The date of a weekday (1 = Monday … 7 = Sunday) seen from ``ref``."""
    if ref is None:
        return f"XXXX-WXX-{iso_weekday}"
    back = (ref.isoweekday() - iso_weekday) % 7
    fwd = (iso_weekday - ref.isoweekday()) % 7
    if strict:
        back = back or 7
        fwd = fwd or 7
    if direction == 0:  # «هذا الاثنين»: the day of the current ISO week
        return day(ref + dt.timedelta(days=iso_weekday - ref.isoweekday()))
    if direction is None:
        direction = -1 if back <= fwd else 1
    return day(ref - dt.timedelta(days=back) if direction < 0 else ref + dt.timedelta(days=fwd))


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def day_month(ref: dt.date | None, d: int, m: int, direction: int | None, *, strict: bool = False) -> str:
    """Day ``d`` of month ``m`` with no year: the year follows the direction (or the nearest)."""
    if ref is None:
        return f"XXXX-{m:02d}-{d:02d}"
    if direction == 0:
        got = _valid(ref.year, m, d)
        return day(got) if got else f"{ref.year}-{m:02d}-{d:02d}"
    cands = [c for c in (_valid(ref.year + k, m, d) for k in (-1, 0, 1)) if c is not None]
    if not cands:
        return f"XXXX-{m:02d}-{d:02d}"
    if direction is None:
        best = min(cands, key=lambda c: (abs((c - ref).days), c > ref))
    elif direction < 0:
        past = [c for c in cands if (c < ref if strict else c <= ref)]
        best = max(past) if past else min(cands)
    else:
        fut = [c for c in cands if (c > ref if strict else c >= ref)]
        best = min(fut) if fut else max(cands)
    return day(best)


def month(ref: dt.date | None, m: int, direction: int | None, *, strict: bool = False) -> str:
    """Month ``m`` with no year: the nearest such month in ``direction`` (or the nearest at all)."""
    if ref is None:
        return f"XXXX-{m:02d}"
    if direction == 0:
        return f"{ref.year}-{m:02d}"
    if direction is None:  # no cue: the nearest such month, the past on a tie
        here = ref.year * 12 + ref.month - 1
        k = min(((ref.year + d) * 12 + m - 1 for d in (-1, 0, 1)), key=lambda k: (abs(k - here), k > here))
        return f"{k // 12}-{m:02d}"
    if direction < 0:
        y = ref.year if (m < ref.month or (m == ref.month and not strict)) else ref.year - 1
    else:
        y = ref.year if (m > ref.month or (m == ref.month and not strict)) else ref.year + 1
    return f"{y}-{m:02d}"


def year(y: int) -> str:
    return f"{y:04d}"


def week(d: dt.date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def relative_unit(ref: dt.date | None, unit: str, direction: int) -> str:
    """«الأسبوع/الشهر/العام الماضي/الحالي/المقبل»: the week, month or year ``direction`` away."""
    if unit == "W":
        return week(ref + dt.timedelta(days=7 * direction)) if ref else "XXXX-WXX"
    if unit == "M":
        if ref is None:
            return "XXXX-XX"
        k = ref.year * 12 + ref.month - 1 + direction
        return f"{k // 12}-{k % 12 + 1:02d}"
    return year(ref.year + direction) if ref else "XXXX"


def ago(ref: dt.date | None, amount: float, unit: str) -> str:
    """``amount`` units before ``ref``, at the precision of the unit (a one-off «قبل/منذ N …»)."""
    if ref is None:
        return {"Y": "XXXX", "DE": "XXXX", "M": "XXXX-XX"}.get(unit, UNKNOWN_DAY)
    n = int(amount)
    if unit in ("Y", "DE"):
        return year(ref.year - n * (10 if unit == "DE" else 1))
    if unit == "M":
        k = ref.year * 12 + ref.month - 1 - n
        return f"{k // 12}-{k % 12 + 1:02d}"
    if unit == "W":
        return day(ref - dt.timedelta(days=7 * n))
    if unit == "D":
        return day(ref - dt.timedelta(days=n))
    return day(ref)  # hours, minutes: the same day


def hijri_day(d: int, m: int, y: int) -> str | None:
    try:
        return day(Hijri(y, m, d).to_gregorian())
    except (ValueError, OverflowError):
        return None


def _hijri_mid(m: int, y: int) -> dt.date | None:
    try:
        return Hijri(y, m, 15).to_gregorian()
    except (ValueError, OverflowError):
        return None


def hijri_month(ref: dt.date | None, m: int, y: int | None, direction: int | None) -> str | None:
    """A Hijri month as the Gregorian month that holds its 15th day (year chosen by direction)."""
    if y is None:
        if ref is None:
            return None
        try:
            hy = Gregorian(ref.year, ref.month, ref.day).to_hijri().year
        except (ValueError, OverflowError):
            return None
        cands = [(c, k) for k in (hy - 1, hy, hy + 1) if (c := _hijri_mid(m, k)) is not None]
        if not cands:
            return None
        if direction is None or direction < 0:
            past = [c for c, _ in cands if c <= ref + dt.timedelta(days=14)]
            mid = max(past) if past else min(c for c, _ in cands)
        elif direction > 0:
            fut = [c for c, _ in cands if c >= ref - dt.timedelta(days=14)]
            mid = min(fut) if fut else max(c for c, _ in cands)
        else:
            mid = min((c for c, _ in cands), key=lambda c: abs((c - ref).days))
    else:
        mid = _hijri_mid(m, y)
        if mid is None:
            return None
    return f"{mid.year}-{mid.month:02d}"


def two_digit_year(yy: int, ref: dt.date | None) -> int:
    """«عام 48» → 1948 when 2048 would lie in the future of the reference."""
    this = ref.year if ref else dt.date.today().year
    return 2000 + yy if 2000 + yy <= this else 1900 + yy


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def duration(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: ``P4Y``, ``P3M``, ``P2W``, ``P10D``, ``PT48H``, ``PT30M``; ``None`` → ``PXY``."""
    if unit == "H" and amount is not None and not float(amount).is_integer():
        return f"PT{int(round(amount * 60))}M"
    n = "X" if amount is None else _num(amount)
    if unit in ("H", "MIN", "S"):
        return f"PT{n}{ {'H': 'H', 'MIN': 'M', 'S': 'S'}[unit] }"
    return f"P{n}{unit}"


def clock(anchor: str, hour: int, minute: int) -> str:
    return f"{anchor}T{hour:02d}:{minute:02d}"
