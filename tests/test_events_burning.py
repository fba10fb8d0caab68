"""Burning people is an attack on civilians; «أقدم X على» names the doer.

SaudiNewsNet excerpts (CC BY-NC-SA 4.0, research use; article ids given): the arson of the Dawabsha
family in Duma, 31 July 2015. Before the row for burning people (`triggers.tsv`), «إحراق عائلة» was
no trigger and «أحرق» only a property-destruction verb.
"""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.events.component import extract_events
from marsad.events.fixtures import build_article

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules, without the learned filter


def _events(text, published, entities=(), times=()):
    art = build_article(text, published=published, entities=list(entities), times=list(times))
    return art, extract_events(art, min_confidence=0.0)


def test_burning_a_family_is_an_attack_by_the_one_who_went_as_far_as_it():
    # snn-20150801-00074
    art, evs = _events(
        "وسط غضب فلسطيني وإدانات دولية أقدمت عصابة إرهابية يهودية، في الثانية من سحر أمس الجمعة، على "
        "إحراق عائلة فلسطينية من أربعة أفراد وهم نيام.",
        dt.date(2015, 8, 1),
        times=[("أمس الجمعة", "2015-07-31")],
    )
    (e,) = [e for e in evs if e.trigger.text == "إحراق عائلة"]
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")
    # «أقدمت X … على إحراق»: X did it; «فلسطينية» after the victims is their nation, not the attacker's
    assert e.evidence["actor"].rule.startswith("subject-of-qam")
    assert e.evidence["actor"].span.text == "عصابة إرهابية يهودية"
    assert e.date == "2015-07-31"


def test_burning_the_baby_with_the_agent_after_ala_yad():
    # snn-20150802-00166
    art, evs = _events(
        "أعلنت السلطة الفلسطينية أنها بصدد الطلب من مجلس الأمن التحقيق في جريمة إحراق الرضيع علي دوابشة "
        "على يد مستوطنين في قرية دوما القريبة من نابلس في الضفة الغربية، الجمعة.",
        dt.date(2015, 8, 2),
        entities=[("ORG", "السلطة الفلسطينية"), ("PER", "علي دوابشة"), ("LOC", "دوما", "village")],
    )
    (e,) = [e for e in evs if e.trigger.text == "إحراق الرضيع"]
    assert e.sub_event_type == "Attack"
    assert e.evidence["actor"].rule.startswith("prep-علي يد") and e.evidence["actor"].span.text == "مستوطنين"
    assert art.entity(e.place).name == "دوما"


def test_burning_a_house_stays_property_destruction_and_a_nationality_still_names_a_striker():
    art, evs = _events("أحرق مستوطنون منزلا في قرية دوما.", dt.date(2015, 8, 1))
    assert [e.sub_event_type for e in evs] == ["Looting/property destruction"]
    art, evs = _events(
        "شنت طائرات غارة أمريكية على مدينة الرقة.",
        dt.date(2015, 8, 1),
        entities=[("LOC", "الرقة", "city")],
    )
    (e,) = evs
    assert e.evidence["actor"].rule.startswith("nationality-adjective")
