"""Trigger rows of the fifth round (issue 8): an agreement whose subject stands between the verb and
«على», control with its holder in between, plural meetings, an air campaign and aircraft as the subject
of «استهدف», a freeze of funds, captives counted by a number, aid planes — and a weak diplomatic
trigger beside a violent one.

Sentences: SaudiNewsNet (CC BY-NC-SA 4.0, research use; article ids given), all from the scored event
rounds 19–24. None of the ids is in RESERVED_IDS.txt.
"""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.events.component import extract_events
from marsad.events.fixtures import build_article
from marsad.events.triggers import find_triggers
from marsad.text.normalize import fold

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules, without the learned filter


def _events(text: str, entities=(), published=dt.date(2015, 8, 1)):
    return extract_events(build_article(text, published=published, entities=list(entities)))


def _rows(text: str) -> list[tuple[str, str]]:
    words = text.split()
    return [
        (m.trigger.sub_event_type, " ".join(words[m.first : m.last + 1]))
        for m in find_triggers([fold(w) for w in words], originals=words)
    ]


def test_agreeing_with_the_subject_between_verb_and_ala():
    # SaudiNewsNet 20150811-01058 and 20150726-00827
    assert ("Agreement", "ووافقت تركيا على") in _rows(
        "ووافقت تركيا على التعاون مع الولايات المتحدة، حليفتها في حلف شمال الاطلسي، في حربها ضد داعش."
    )
    evs = _events(
        "ووافقت تركيا على أن تستخدم طائرات الولايات المتحدة والتحالف قواعدها الجوية.",
        entities=[("LOC", "تركيا", "country", None, "TR")],
    )
    agreement = [e for e in evs if e.sub_event_type == "Agreement"]
    assert agreement and agreement[0].evidence["actor"].span.text == "تركيا"


def test_allowing_the_use_of_bases_is_an_agreement_but_not_allowing_is_not():
    rows = _rows("واعلنت انقرة في تموز/يوليو انها سمحت للطائرات العسكرية الاميركية باستخدام قاعدة انجرليك")
    assert ("Agreement", "سمحت للطائرات العسكرية الاميركية باستخدام") in rows
    assert _rows("ولن نسمح لأحد بالتدخل في شؤوننا") == []


def test_control_with_its_holder_between_the_noun_and_ala():
    # SaudiNewsNet 20150810-01614
    rows = _rows("وتحدثت الصحف عن سيطرة القوات الموالية للحكومة اليمنية على زنجبار عاصمة محافظة أبين")
    assert ("Non-state actor overtakes territory", "سيطرة القوات الموالية للحكومة اليمنية على") in rows


def test_plural_and_dual_meetings_and_a_joint_press_conference():
    # SaudiNewsNet 20150809-00962
    assert ("Meeting", "اجتماعين") in _rows("تحدث لافروف عن اجتماعين مع وزير الخارجية الأمريكي جون كيري")
    assert ("Meeting", "مؤتمر صحفي مشترك") in _rows("وشدد في مؤتمر صحفي مشترك عقده في جدة أمس")


def test_aircraft_targeting_and_an_air_campaign_are_air_strikes_a_bare_target_verb_is_not():
    # SaudiNewsNet 20150803-00826
    assert ("Air/drone strike", "استهدفت مقاتلات") in _rows(
        "كما استهدفت مقاتلات التحالف فرع المؤسسة الاقتصادية بمعبر في محافظة ذمار."
    )
    assert ("Air/drone strike", "حملة جوية") in _rows("وبدأ تحالف عربي تقوده السعودية حملة جوية على الحوثيين")
    rows = _rows("كما استهدفت تعزيزات عسكرية وصهاريج تحمل مشتقات نفطية")
    assert not any(kind == "Air/drone strike" for kind, _ in rows), rows


def test_freezing_funds_and_summoning_an_ambassador_are_sanctions():
    # SaudiNewsNet 20150808-00236
    assert ("Sanction", "جمدت تركيا رسميا أموال") in _rows(
        "جمدت تركيا رسميا أموال الرئيس اليمني المخلوع علي عبدالله صالح"
    )
    assert ("Sanction", "واستدعت المنامة، في اليوم نفسه، سفيرها") in _rows(
        "واستدعت المنامة، في اليوم نفسه، سفيرها لدى طهران للتشاور."
    )


def test_captives_counted_by_a_number_are_arrests_families_are_not():
    # SaudiNewsNet 20150721-00016
    assert ("Arrests", "أسرت أمس 45 حوثيا") in _rows(
        "أن المقاومة الشعبية أسرت أمس 45 حوثيا وكانت تحاصر 35 آخرين"
    )
    assert ("Arrests", "تم أسر") in _rows("وأضاف الأحمدي أنه تم أسر أربعين حوثيا")
    rows = _rows("وزار الوفد أسر الشهداء في المدينة")
    assert not any(kind == "Arrests" for kind, _ in rows), rows


def test_relief_planes_and_aid_loaded_planes_are_aid():
    # SaudiNewsNet 20150724-00775
    assert ("Aid", "طائرات الإغاثة") in _rows(
        "واعتبر أن هبوط طائرات الإغاثة السعودية في مطار عدن يعطي إشارة إيجابية"
    )
    assert ("Aid", "محملة بمستلزمات") in _rows(
        "ووجه السيسي بارسال طائرة مصرية محملة بمستلزمات طبية ومواد غذائية الى اليمن"
    )


def test_a_weak_diplomatic_trigger_beside_a_strike_is_its_own_event():
    # SaudiNewsNet 20150726-00827 (shortened): the strike does not swallow the agreement
    evs = _events(
        "وقصفت طائرات تركية مواقع لتنظيم الدولة الإسلامية في سوريا ووافقت تركيا على استخدام قواعدها الجوية.",
        entities=[("LOC", "سوريا", "country", None, "SY"), ("LOC", "تركيا", "country", None, "TR")],
    )
    kinds = {e.sub_event_type for e in evs}
    assert "Agreement" in kinds, kinds


def test_a_visit_in_a_present_relative_clause_is_under_way_a_habit_is_not():
    # SaudiNewsNet 20150802 (round 23, shortened): «… لودريان، الذي يزور القاهرة حاليا»
    evs = _events(
        "وأكد وزير الدفاع الفرنسي جان ايف لودريان، الذي يزور القاهرة حاليا، دعم بلاده لمصر.",
        entities=[("PER", "جان ايف لودريان"), ("LOC", "القاهرة", "city", None, "EG")],
    )
    assert "Visit" in {e.sub_event_type for e in evs}
    habit = _events(
        "وقال إن التحالف الدولي الذي يقصف التنظيم منذ عام لم يحقق أهدافه.",
        entities=[("ORG", "التحالف الدولي")],
    )
    assert habit == []


def test_press_conference_with_a_counterpart_fierce_fighting_and_two_attacks():
    assert ("Meeting", "مؤتمر صحافي عقده مع") in _rows(
        "وقال الجبير في مؤتمر صحافي عقده مع نظيره الألماني في برلين"
    )
    assert ("Armed clash", "قتال عنيف") in _rows("انتصارات على الحوثيين خلال قتال عنيف شهدته محافظة الضالع")
    assert ("Armed clash", "هجومين") in _rows("وفي هجومين منفصلين بإقليمي فان واغري قتل المتمردون جنديين")
    assert ("Talks", "يبحث لافروف الوضع في سوريا مع") in _rows(
        "ومن المقرر ان يبحث لافروف الوضع في سوريا مع نظيره السعودي"
    )
