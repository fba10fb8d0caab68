"""Rules added in session 33, read from the out-of-fold errors of the cross-validation (rounds 1–99 and
the earlier sets) and from the blind rounds 113–114 once scored.

Each test is a real corpus sentence (SaudiNewsNet, CC BY-NC-SA 4.0, research use, article id given), run
through the whole pipeline with the rules alone (no learned models) unless the test says otherwise.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import events_of, sub_types
from marsad.analysis import analyze
from marsad.doc import Article
from marsad.events.component import extract_events
from marsad.events.stages import upstream

rules_only = pytest.mark.usefixtures("rules_only")


def candidates(text: str, published: dt.date) -> tuple[Article, list]:
    """Every event the rules make of ``text`` after merging, whatever their score (no learned part)."""
    art = Article(text, published=published)
    for comp in upstream():
        comp(art)
    return art, extract_events(art, use_filter=False, min_confidence=0.0)


def test_an_agreement_named_again_is_the_same_agreement() -> None:
    # snn-20150721-00122: the deal to be presented to parliament «يوم 21 يوليو» and the deal «المبرم يوم
    # الثلاثاء الماضي» are one deal, whatever date each sentence gives
    a, events = candidates(
        "وذكرت وسائل الإعلام الإيرانية أن وزير الخارجية محمد جواد ظريف سيطلع البرلمان على الاتفاق يوم 21 "
        "يوليو (تموز)، وأن المجلس الأعلى للأمن القومي الإيراني سيبحث الاتفاق أيضًا. وينص الاتفاق المبرم "
        "يوم الثلاثاء الماضي على أن ترفع العقوبات تدريجيًا عن إيران.",
        published=dt.date(2015, 7, 21),
    )
    agreements = [e for e in events if e.sub_event_type == "Agreement"]
    assert len(agreements) == 1, [(e.sub_event_type, e.trigger.text, e.date) for e in events]
    mentions = a.layer("event_mentions")[agreements[0].id]
    second = a.text.index("وينص")
    assert any(m.text == "الاتفاق" and m.start > second for m in mentions), mentions


def test_a_new_agreement_signed_stays_its_own_event() -> None:
    # «اتفاق» without the article is not the one named before
    _, events = candidates(
        "ووقعت الحكومة اليمنية أمس الاتفاق مع الأمم المتحدة في الرياض. وفي القاهرة وقعت مصر والسودان "
        "اتفاقا جديدا لتقاسم مياه النيل اليوم.",
        published=dt.date(2015, 7, 21),
    )
    assert len([e for e in events if e.sub_event_type == "Agreement"]) == 2, [e.trigger.text for e in events]


def test_a_truce_breached_is_no_new_agreement() -> None:
    # snn-20150727-00136: the breach of a truce in force is what happens, not a truce agreed
    _, events = candidates(
        "من جانبه، قال عدنان مفتي القيادي في الاتحاد الوطني الكردستاني: «خرق الهدنة بين حزب العمال "
        "الكردستاني وأنقرة يؤثر وبشكل كبير على عملية السلام في تركيا».",
        published=dt.date(2015, 7, 27),
    )
    assert not [e for e in events if e.sub_event_type == "Agreement"], [e.trigger.text for e in events]


def test_a_truce_agreed_is_still_an_agreement() -> None:
    _, events = candidates(
        "وأعلنت الأمم المتحدة أمس هدنة إنسانية في اليمن بين الحكومة والحوثيين تبدأ منتصف الليل.",
        published=dt.date(2015, 7, 27),
    )
    assert [e.trigger.text for e in events if e.sub_event_type == "Agreement"] == ["هدنة"]


@rules_only
def test_soldiers_killed_before_an_attack_keep_it_a_clash() -> None:
    # snn-20150806-02312: a soldier is the victim named before «في هجوم»; «بلدة» after it is the place
    a = analyze(
        "وقتل جندي تركي وأصيب آخر مساء الثلاثاء في هجوم شنه مسلحون ينتمون لحزب العمال الكردستاني المعارض، "
        "في بلدة سيلوبي التابعة لولاية جزرة، قرب الحدود العراقية.",
        published=dt.date(2015, 8, 6),
    )
    attacks = [e for e in a.events if e.trigger.text == "هجوم"]
    assert attacks and attacks[0].sub_event_type == "Armed clash", sub_types(a)


@rules_only
def test_a_police_post_hit_after_the_dead_are_counted_keeps_it_a_clash() -> None:
    # snn-20150727-00034: «أشخاص» were killed, but what the gunmen attacked is a police station
    a = analyze(
        "قتل خمسة أشخاص خلال هجوم شنه مسلحون على مركز للشرطة في الهند قرب الحدود غير المستقرة مع باكستان.",
        published=dt.date(2015, 7, 27),
    )
    attacks = [e for e in a.events if e.trigger.text == "هجوم"]
    assert attacks and attacks[0].sub_event_type == "Armed clash", sub_types(a)


@rules_only
def test_civilians_killed_in_an_attack_on_a_town_stay_an_attack_on_civilians() -> None:
    a = analyze(
        "وقتل خمسة مدنيين وأصيب آخرون مساء الثلاثاء في هجوم شنه مسلحون على سوق في بلدة سيلوبي.",
        published=dt.date(2015, 8, 6),
    )
    attacks = [e for e in a.events if e.trigger.text == "هجوم"]
    assert attacks and attacks[0].sub_event_type == "Attack", sub_types(a)


@rules_only
def test_a_bare_year_before_a_particle_dates_the_arrest() -> None:
    # snn-20150722-00277: «في 2011 دون تهمة» — a year, not a count of something
    a = analyze(
        "وألقي القبض على آي في 2011 دون تهمة محددة ووضع رهن الحبس الانفرادي معظم الوقت.",
        published=dt.date(2015, 7, 22),
    )
    arrests = events_of(a, "Arrests")
    assert arrests and arrests[0].date == "2011", sub_types(a)
    assert arrests[0].status == "historical"


def test_a_number_before_a_counted_noun_is_no_year() -> None:
    a = analyze("ووزعت الوزارة الكتب في 2000 مدرسة.", published=dt.date(2015, 7, 22))
    assert not a.times, a.times


def test_a_situation_out_of_control_is_no_takeover() -> None:
    # snn-20150721-00351: «قد تخرج عن السيطرة» — control lost, no ground taken by anyone
    _, events = candidates(
        "وحذر المصدر الحكومي من أن «الأوضاع قد تخرج عن السيطرة إذا ما استمرت على هذا المنوال».",
        published=dt.date(2015, 7, 21),
    )
    assert not events, [(e.sub_event_type, e.trigger.text) for e in events]


def test_areas_out_of_the_regimes_control_are_no_takeover_but_a_takeover_is() -> None:
    # snn-20150811-00116: «المناطق الخارجة عن سيطرة النظام» names where the lira is used, not a battle
    _, events = candidates(
        "بدأت بعض المناطق الخارجة عن سيطرة النظام في اعتماد الليرة التركية. وسيطر مسلحو المعارضة أمس على "
        "بلدة الفوعة في ريف إدلب.",
        published=dt.date(2015, 8, 11),
    )
    taken = [e.trigger.text for e in events if e.sub_event_type.endswith("territory")]
    assert taken and all("سيطرة" not in t for t in taken), taken


def test_stopped_is_no_arrest() -> None:
    # snn-20150721-00099: «وتوقف القوات العراقية عن الاستمرار في التقدم» — the forces stopped advancing
    _, events = candidates(
        "كما تأتي هذه الزيارة بعد أيام من بدء عملية تحرير الأنبار من سيطرة داعش وتوقف القوات العراقية عن "
        "الاستمرار في التقدم باتجاه مدينتي الرمادي والفلوجة اللتين لا يزال مقاتلو «داعش» يتحصنون فيهما.",
        published=dt.date(2015, 7, 21),
    )
    assert not [e for e in events if e.sub_event_type == "Arrests"], [
        (e.sub_event_type, e.trigger.text) for e in events
    ]


def test_the_police_arrest_in_the_present_is_still_an_arrest() -> None:
    _, events = candidates(
        "وقالت الوزارة إن الشرطة أوقفت أمس ثلاثة أشخاص يشتبه في انتمائهم إلى خلية إرهابية في بنزرت.",
        published=dt.date(2015, 7, 21),
    )
    assert [e for e in events if e.sub_event_type == "Arrests"], [
        (e.sub_event_type, e.trigger.text) for e in events
    ]
