"""The rule of each grammar pattern: pattern name → function(match, context) → `Value` | ``None``."""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.time import amounts as A
from marsad.time import dates as D
from marsad.time.values import Context, Value

__all__ = ["HANDLERS", "Value"]

HANDLERS: dict[str, Callable[[re.Match[str], Context], Value | None]] = {
    "date.full": D.date_full,
    "date.hijri": D.date_hijri,
    "date.numeric": D.date_numeric,
    "month.year": D.month_year,
    "month.mod": D.month_mod,
    "month.bare": D.month_bare,
    "hijri.month": D.hijri_month,
    "night": D.night,
    "relday": D.relday,
    "weekday": D.weekday,
    "relunit": D.relunit,
    "year": D.year,
    "year.bare": D.year_bare,
    "decade": D.decade,
    "present": D.present,
    "ago": A.ago,
    "duration": A.duration,
    "duration.attached": A.duration_attached,
    "clock": A.clock,
    "clock.digits": A.clock,
    "clock.noon": A.clock_noon,
    "clock.ampm": A.clock,
    "clock.word": A.clock_word,
    "weekday.week": D.weekday_week,
    "date.relmonth": D.date_relmonth,
    "month.numeric": D.month_numeric,
    "same": D.same,
    "duration.whole": A.duration_whole,
    "duration.last": A.duration_last,
    "set": A.set_,
}
