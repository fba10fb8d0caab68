"""Rules added in session 40, read from the errors of training rounds 141–147 (shipped models, before
those rounds were trained on).

Each test is a real corpus sentence (SaudiNewsNet, CC BY-NC-SA 4.0, research use, article id given), run
through the rules alone (no learned models): every event the rules make after merging, whatever its score.
"""

from __future__ import annotations

import datetime as dt

from test_events_session34 import candidates, of_type, shown

# --- a ramming («دهس») is an attack: the lexicon had no row for it ------------------------------------


def test_a_ramming_that_wounds_soldiers_is_an_event_with_its_place() -> None:
    # snn-20150807-01101: «أصيب ثلاثة جنود إسرائيليين … في عملية دهس في شمال مدينة رام الله»
    events = candidates(
        "أصيب ثلاثة جنود إسرائيليين، اثنان منهم إصابتهما خطيرة، في عملية دهس في شمال مدينة رام الله في "
        "الضفة الغربية أمس.",
        published=dt.date(2015, 8, 7),
    )
    (ev,) = of_type(events, "Attack")
    assert ev.trigger.text == "دهس", shown(events)
    assert ev.evidence["place"].span.text == "رام الله", shown(events)


def test_a_ramming_verb_takes_the_named_driver_as_actor() -> None:
    # ant-JA-localNews-1852-20170227: «أنيس العامري المتهم بقتل 12 شخصا في برلين عندما دهس حشدا بشاحنة»
    events = candidates(
        "وكان أنيس العامري المتهم بقتل 12 شخصا في برلين عندما دهس حشدا بشاحنة في سوق لعيد الميلاد العام "
        "الماضي.",
        published=dt.date(2017, 2, 27),
    )
    rammings = [e for e in of_type(events, "Attack") if "دهس" in e.trigger.text]
    assert rammings, shown(events)
    assert rammings[0].evidence["actor"].span.text == "أنيس العامري", shown(events)


def test_a_ramming_with_no_argument_is_no_event() -> None:
    # the row is weak: «دهس» alone, with nobody, nothing and nowhere named, makes no candidate
    events = candidates("وتكررت حوادث الدهس.", published=dt.date(2015, 8, 10))
    assert not [e for e in events if "دهس" in e.trigger.text], shown(events)
