"""Rules added in session 26, read from the scored world rounds 95–97 (SaudiNewsNet world and security news).

Each test is a real corpus sentence (SaudiNewsNet, CC BY-NC-SA 4.0, research use, article id given), run
through the whole pipeline with the rules alone.
"""

from __future__ import annotations

import pytest

from marsad.analysis import analyze
from marsad.events.confidence import _root_waw
from marsad.events.subjects import POSSESSIVE

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules, without the learned models

PLEDGE = (  # snn-20150727-00154
    "ومن المتوقع أن تقوم قوة من خمس دول، وهي نيجيريا والنيجر وتشاد والكاميرون وبينين، بالانتشار بحلول 30 "
    "يوليو (تموز) الحالي لقتال المجموعة التي أعلنت ولاءها لتنظيم داعش وأدى تمردها المستمر منذ ست سنوات إلى "
    "مقتل 15 ألف شخص على الأقل."
)


def test_pledging_allegiance_to_a_group_changes_the_group() -> None:
    a = analyze(PLEDGE)
    ev = next((e for e in a.events if e.sub_event_type == "Change to group/activity"), None)
    assert ev is not None and ev.trigger.text == "ولاءها لتنظيم", [
        (e.sub_event_type, e.trigger.text) for e in a.events
    ]
    # «ولاءها»: the pronoun of a verbal noun in ـاء goes back to the name before it
    assert ev.evidence["actor"].rule.startswith("possessive-antecedent")
    assert ev.evidence["actor"].span.text == "المجموعة"


def test_allegiance_to_a_king_is_no_change_to_a_group() -> None:
    assert not analyze("وأعلن الوزير ولاءه للملك.").events


def test_the_waw_of_a_noun_is_not_a_conjunction() -> None:
    assert _root_waw("ولاءها", frozenset({"ولاء", "ولاءها"}))
    assert _root_waw("وقفه", frozenset({"وقفه"}))
    assert not _root_waw("والاعتقالات", frozenset({"الاعتقالات", "اعتقالات"}))
    assert any("ولاءها".endswith(p) for p in POSSESSIVE)


def test_liberation_in_a_named_front_is_no_takeover() -> None:
    # snn-20150811-01048: DHKP-C («جبهة جيش تحرير الشعب الثوري») is now in the actor lexicon, so its
    # «تحرير» lies inside an organisation's name and is no «Government regains territory»
    a = analyze(
        "وأعلنت جبهة جيش تحرير الشعب الثوري اليسارية المتطرفة التركية تنفيذ أحد أعضائها الهجوم على القنصلية "
        "الأميركية في إسطنبول."
    )
    assert not [e for e in a.events if e.event_type == "Battles" and "تحرير" in e.trigger.text]
    group = next(e for e in a.entities if e.attrs.get("actor_id") == "grp.dhkpc")
    assert group.type == "ORG" and group.attrs["country"] == "TR"


def test_a_sinai_group_is_not_a_place_in_jerusalem() -> None:
    # snn-20150725-01299
    a = analyze(
        "بالسياق، أوضح الأمن المصري، بشمال سيناء، أن معارك عنيفة اندلعت طيلة الليل وحتى ساعة مبكرة من صباح "
        "الجمعة، بين قوات الأمن وعناصر تنظيم بيت المقدس بمنطقة مربع القدود جنوب مدينة رفح، ما أسفر عن مقتل ما "
        "لا يقل عن 7 عناصر تكفيرية وإصابة 15 آخرين."
    )
    clash = next(e for e in a.events if e.sub_event_type == "Armed clash")
    place = a.entity(clash.place) if clash.place else None
    assert place is None or place.geo is None or place.geo.name_en != "Jerusalem"
    assert any(e.attrs.get("actor_id") == "grp.sinai_province" and e.type == "ORG" for e in a.entities)
