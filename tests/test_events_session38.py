"""Rules added in session 38, read from the out-of-fold errors of the annotated sets.

Each test is a sentence of the kind the errors showed, run through the rules alone (no learned models):
every event the rules make after merging, whatever its score.
"""

from __future__ import annotations

import datetime as dt

from test_events_session34 import candidates, of_type, shown

# --- people received or carried are no object that cancels an arrest -------------------------------


def test_an_arrest_of_students_is_an_arrest() -> None:
    # «اعتقلت قوات الأمن عشرات الطلاب»: «الطلاب» is in the list of what «استقبال» receives (no meeting),
    # which also cancelled arrests whose object it named
    events = candidates("اعتقلت قوات الأمن عشرات الطلاب في القاهرة.", published=dt.date(2015, 8, 2))
    assert [e.trigger.text for e in of_type(events, "Arrests")] == ["اعتقلت"], shown(events)


def test_a_stop_of_flights_is_still_no_arrest() -> None:
    # «أوقفت الخطوط الجوية اليمنية رحلاتها»: the things of the list still cancel
    events = candidates("أوقفت الخطوط الجوية اليمنية رحلاتها إلى صنعاء أمس.", published=dt.date(2015, 8, 2))
    assert of_type(events, "Arrests") == [], shown(events)


def test_receiving_refugees_is_still_no_meeting() -> None:
    events = candidates(
        "أعلنت الحكومة استقبال اللاجئين السوريين في مخيم الزعتري.", published=dt.date(2015, 8, 2)
    )
    assert of_type(events, "Meeting") == [], shown(events)
