"""Who protested, when the text names a crowd and no entity (`marsad.events.crowds`).

Real corpus sentences (SaudiNewsNet, CC BY-NC-SA 4.0, research use; article id given) through the whole
pipeline with the rules alone.
"""

from __future__ import annotations

import pytest

from marsad.analysis import analyze

pytestmark = pytest.mark.usefixtures("rules_only")


def _protest(text: str, published: str = "2015-08-01"):
    a = analyze(text, published=published)
    (ev,) = [e for e in a.events if e.event_type == "Protests"]
    return a, ev


def test_the_crowd_after_a_protest_verb_is_its_actor() -> None:
    a, ev = _protest(  # snn-20150809-00573
        "تظاهر نحو مئتي شخص في بروكسل للتنديد بالغارات التي يشنها الجيش التركي على أعضاء حزب العمال "
        "الكردستاني.",
        "2015-08-09",
    )
    assert ev.evidence["actor"].rule == "protesters-after-verb"
    assert ev.evidence["actor"].span.text == "مئتي شخص"  # «نحو» is let through, the count kept
    actor = a.entity(ev.actor)
    assert actor is not None and actor.name_en == "People (Belgium)"


def test_a_count_after_a_time_is_the_crowd() -> None:
    _, ev = _protest(  # snn-20150802-00165
        "وارتفعت الشعارات ذاتها في مدينة كربلاء، على بعد 75 كيلومترا جنوب بغداد. إذ تظاهر صباح أمس المئات "
        "احتجاجا على تردي الخدمات وانتشار الفساد.",
        "2015-08-02",
    )
    assert ev.evidence["actor"].span.text == "المئات"


def test_a_crowd_named_by_its_trade_is_labelled_in_english() -> None:
    a, ev = _protest(  # snn-20150731-00426
        "ففي بلدة ليبرامونت البلجيكية، احتج المزارعون على استمرار انخفاض أسعار شراء الحليب.",
        "2015-07-31",
    )
    assert ev.evidence["actor"].span.text == "المزارعون"
    assert a.entity(ev.actor).name_en.startswith("Farmers")


def test_the_crowd_of_a_noun_trigger_follows_it_or_turns_out_for_it() -> None:
    _, ev = _protest("واستمر اعتصام العمال أمام مقر الشركة في القاهرة.")
    assert (ev.evidence["actor"].rule, ev.evidence["actor"].span.text) == ("protesters-genitive", "العمال")
    _, ev = _protest("وخرج الآلاف في مظاهرات حاشدة في بغداد.")
    assert (ev.evidence["actor"].rule, ev.evidence["actor"].span.text) == ("protesters-light-verb", "الآلاف")


def test_a_crowd_behind_a_preposition_is_not_the_actor() -> None:
    _, ev = _protest("وتظاهر في بغداد ضد المسؤولين المئات من الشبان.")
    actor = ev.evidence.get("actor")
    assert actor is None or actor.rule != "protesters-after-verb"


def test_other_events_keep_their_own_actor_rules() -> None:
    a = analyze("واعتقلت الشرطة المئات من المتظاهرين في القاهرة أمس.", published="2015-08-01")
    (ev,) = [e for e in a.events if e.sub_event_type == "Arrests"]
    assert not ev.evidence["actor"].rule.startswith("protesters")


def test_a_crowd_counted_by_number_of_or_after_a_name_before_the_verb() -> None:
    # snn-20150723-01228: «عدد من» is let through
    _, ev = _protest("اعتصم عدد من المعلمين الإيرانيين أمس أمام مبنى البرلمان.", "2015-07-23")
    assert ev.evidence["actor"].span.text == "المعلمين الإيرانيين"
    # snn-20150803-00821: the name before the verb («احتلال داعش») was taken for its subject
    _, ev = _protest(
        "وتزامنا مع مرور عام كامل على احتلال داعش قضاء سنجار تظاهر أمس مئات الإيزيديين في محافظة أربيل.",
        "2015-08-03",
    )
    assert (ev.evidence["actor"].rule, ev.evidence["actor"].span.text) == (
        "protesters-after-verb",
        "مئات الإيزيديين",
    )


def test_a_crowd_before_its_verb_or_after_a_verb_that_points_back() -> None:
    # snn-20150727-00867: crowd, verb of turning out, noun trigger
    _, ev = _protest(
        "وكان عشرات الجنود نفذوا وقفة احتجاجية أمام مبنى المجمع الحكومي الشهر الماضي.", "2015-07-27"
    )
    assert ev.evidence["actor"].span.text == "عشرات الجنود"
    # snn-20150807-00870: «نظمها» after the noun, its pronoun the protest
    _, ev = _protest(
        "جاءت هذه المطالبة في وقفة احتجاجية نظمها مسيحيو سهل نينوى قرب مبنى البرلمان.", "2015-08-07"
    )
    assert (ev.evidence["actor"].rule, ev.evidence["actor"].span.text) == ("protesters-light-verb", "مسيحيو")
