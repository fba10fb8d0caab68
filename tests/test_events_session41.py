"""Rules added in session 41, read from the gold events of the training rounds that no rule proposed.

Each test is a real corpus sentence (SaudiNewsNet, CC BY-NC-SA 4.0, research use, article id given), run
through the rules alone (no learned models): every event the rules make after merging, whatever its score.
"""

from __future__ import annotations

import datetime as dt

from test_events_session34 import candidates, of_type, shown

# --- «استيلاء … على», the verbal noun of «استولى» (row 39 has the verb only), is a takeover -----------


def test_a_seizure_of_a_capital_told_by_its_verbal_noun_is_a_takeover_with_its_place() -> None:
    # snn-20150725-00116: «منذ استيلاء الحوثيين على العاصمة اليمنية صنعاء»
    events = candidates(
        "منذ استيلاء الحوثيين على العاصمة اليمنية صنعاء، ثم توسعهم نحو عدد من المحافظات الأخرى في وسط "
        "وجنوب البلاد، تدهورت أوضاع معظم السكان.",
        published=dt.date(2015, 7, 25),
    )
    (ev,) = of_type(events, "Non-state actor overtakes territory")
    assert ev.trigger.text == "استيلاء", shown(events)
    assert ev.evidence["place"].span.text.startswith("العاصمة اليمنية"), shown(events)


def test_the_definite_verbal_noun_right_before_its_preposition_is_a_takeover() -> None:
    # snn-20150804-00883: «وبمجرد الاستيلاء على الموصل، تصبح داعش حاضرة …»
    events = candidates(
        "وبمجرد الاستيلاء على الموصل، تصبح داعش حاضرة أيضا على الجانب الآخر من الحدود.",
        published=dt.date(2015, 8, 4),
    )
    (ev,) = of_type(events, "Non-state actor overtakes territory")
    assert ev.trigger.text == "الاستيلاء على", shown(events)


def test_aircraft_seized_are_property_taken_not_territory() -> None:
    # snn-20150727-01253 (round 15): «استيلاء الأكراد على طائرتين … من قاعدة الحبانية» — the row's
    # `seized_things` condition, as on the verb row
    events = candidates(
        "رفضت وزارة الدفاع العراقية نفي أو تأكيد الأنباء التي تحدثت عن استيلاء الأكراد على طائرتين من أصل "
        "4 طائرات إف 16 من قاعدة الحبانية الجوية.",
        published=dt.date(2015, 7, 31),
    )
    assert not of_type(events, "Non-state actor overtakes territory"), shown(events)
    (ev,) = of_type(events, "Looting/property destruction")
    assert ev.evidence["sub_event_type"].rule == "alt:seized_things", shown(events)


def test_a_seizure_word_alone_is_no_takeover() -> None:
    # the noun needs its «على»: «الاستيلاء» with no object makes no candidate
    events = candidates("وحذر من محاولات الاستيلاء.", published=dt.date(2015, 8, 4))
    assert not [e for e in events if "استيلاء" in e.trigger.text], shown(events)
