"""Rules added in session 39, read from the annotated sets' argument errors (out of fold).

Each test is a real corpus sentence (SaudiNewsNet, CC BY-NC-SA 4.0, research use, article id given), run
through the rules alone (no learned models): every event the rules make after merging, whatever its score.
"""

from __future__ import annotations

import datetime as dt

from test_events_session34 import candidates, of_type, shown

# --- a suicide bomber named by any form of «انتحاري» is who did it ----------------------------------


def test_a_female_bomber_is_the_subject_of_her_blast() -> None:
    # snn-20150731-00219: «كما قتل ستة أشخاص عندما فجرت انتحارية نفسها أمس في سوق في مايدوغوري»: the
    # rules had no actor
    # (the learned choice then took «بوكو حرام» from another clause)
    events = candidates(
        "كما قتل ستة أشخاص عندما فجرت انتحارية نفسها أمس في سوق في مايدوغوري، شمال شرقي نيجيريا.",
        published=dt.date(2015, 7, 31),
    )
    (ev,) = of_type(events, "Suicide bomb")
    assert ev.evidence["actor"].span.text == "انتحارية", shown(events)


def test_an_accusative_bomber_before_the_verb_is_the_actor() -> None:
    # snn-20150801-00089: «قالت وكالة إدارة الطوارئ الوطنية النيجيرية إن انتحاريا فجر نفسه في سوق مكتظة بمدينة مايدوجوري»
    events = candidates(
        "وقالت وكالة إدارة الطوارئ الوطنية النيجيرية إن انتحاريا فجر نفسه في سوق مكتظة بمدينة مايدوجوري "
        "بشمال شرق نيجيريا اليوم الجمعة.",
        published=dt.date(2015, 8, 1),
    )
    (ev,) = of_type(events, "Suicide bomb")
    assert ev.evidence["actor"].span.text == "انتحاريا", shown(events)
