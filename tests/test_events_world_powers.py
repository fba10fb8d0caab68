"""The other side of Iran's nuclear agreement, and the victims of a strike (session 17).

«مجموعة 5+1» and the ways the press writes it («دول «5+1»», «مجموعة (5 + 1)», «الدول الست الكبرى»,
«مجموعة الخمسة زائد واحد») are one actor, P5+1 (`data/actors/intl_orgs.tsv`); «الدول الكبرى», «القوى
العالمية», «القوى العظمى» are "World powers". About sixty annotated actors and targets name one of them;
before, no entity covered them and the event had no target. And the subject of a verb of dying or
being hurt is a victim of the strike the sentence names, not the striker (`nouns._means_subject`).
Sentences are worded as in the annotated SaudiNewsNet articles (July–August 2015).
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import coded_events, evidence_span
from marsad.analysis import analyze


def _entity_of(text: str, mention: str):
    art = analyze(text, published=dt.date(2015, 7, 20))
    (ent,) = [e for e in art.entities if any(m.text == mention for m in e.mentions)]
    return ent


@pytest.mark.parametrize(
    "text, mention",
    [
        ("وتوصلت إيران ومجموعة 5+1 إلى اتفاق في فيينا.", "مجموعة 5+1"),
        ("ووقعت إيران ودول «5+1» الاتفاق النووي.", "دول «5+1»"),
        ("المفاوضات بين إيران ومجموعة (5 + 1) في لوزان", "مجموعة (5 + 1)"),
        ("الاتفاق بين طهران والدول الست الكبرى", "الدول الست الكبرى"),
        ("الاتفاق النووي مع مجموعة الخمسة زائد واحد", "مجموعة الخمسة زائد واحد"),
    ],
)
def test_the_p5_plus_1_is_one_actor_however_it_is_written(text, mention):
    ent = _entity_of(text, mention)
    assert ent.name_en == "P5+1"
    assert ent.attrs.get("actor_id") == "io.p5plus1"


def test_world_powers_are_an_actor_and_the_other_party_of_the_agreement():
    text = (
        "وهذا ما اتفق معظم المراقبين عليه بشأن الاتفاق النووي الأخير بين إيران والدول الكبرى في "
        "مقدمتها الولايات المتحدة."
    )
    assert _entity_of(text, "الدول الكبرى").name_en == "World powers"
    (e,) = [e for e in coded_events(text) if e.sub_event_type == "Agreement"]
    assert evidence_span(e, "actor") == "إيران"
    assert evidence_span(e, "target") == "الدول الكبرى"


def test_a_signed_agreement_between_iran_and_the_great_powers_has_both_parties():
    events = coded_events("ولا يمكن فصل القرار عن التوقيع على اتفاقية فيينا بين ايران والقوى العظمى.")
    (e,) = [e for e in events if e.sub_event_type == "Agreement"]
    assert evidence_span(e, "actor") == "ايران"
    assert evidence_span(e, "target") == "القوى العظمى"


@pytest.mark.parametrize(
    "text",
    [
        "وذكرت مصادر ان عشرات المتمردين لقوا مصرعهم في غارات جوية مستمرة منذ ثلاثة ايام على مواقعهم في "
        "شمال مدينة عدن.",
        "واستشهد ثلاثة جنود إماراتيين في انفجار لغم مزروع في محافظة لحج.",
    ],
)
def test_the_subject_of_a_verb_of_dying_is_no_striker(text):
    events = [e for e in coded_events(text) if e.event_type == "Explosions/Remote violence"]
    assert events
    for e in events:
        rule = e.evidence["actor"].rule if "actor" in e.evidence else ""
        assert not rule.startswith("clause-subject-means")


def test_the_subject_of_a_verb_a_strike_is_the_means_of_is_still_the_striker():
    (e,) = [e for e in coded_events("ودمر طيران التحالف عربة كاتيوشا في غارة على صنعاء.") if e.sub_event_type]
    assert evidence_span(e, "actor") == "طيران التحالف"
    assert e.evidence["actor"].rule.startswith("clause-subject-means")


def test_forces_named_by_quwa_before_the_army_are_the_subject_not_the_object():
    # snn-20150722-00541: «قوى الجيش» (Lebanese usage) heads the subject like «قوات الجيش»
    text = (
        "الى ذلك أوقفت قوى الجيش اللبناني أمس في منطقة عرسال في البقاع، المدعو حسن محمد شاهين المطلوب "
        "لمشاركته مع آخرين في مهاجمة مراكز الجيش."
    )
    (e,) = [e for e in coded_events(text) if e.sub_event_type == "Arrests"]
    assert evidence_span(e, "actor") == "الجيش اللبناني"
    assert e.evidence["actor"].rule == "subject-after-verb"
    assert evidence_span(e, "target") != "الجيش اللبناني"


def test_a_thing_named_after_the_charge_does_not_cancel_the_arrest():
    # ant-JA-internationalNews-136-20170201: «أسلحة» is what the arrested men smuggled
    text = "ألقت الشرطة الايطالية الثلاثاء القبض على 3 إيطاليين للاشتباه في تهريبهم أسلحة إلى إيران وليبيا."
    (e,) = [e for e in coded_events(text, dt.date(2017, 2, 1)) if e.sub_event_type == "Arrests"]
    assert evidence_span(e, "actor") == "الشرطة الايطالية"
    # a thing right after the verb still makes «أوقف» a stopping, not an arrest
    assert not [
        e
        for e in coded_events("أوقفت الخطوط الجوية اليمنية رحلاتها إلى صنعاء.")
        if e.sub_event_type == "Arrests"
    ]
