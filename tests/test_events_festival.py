"""«تظاهرة» is a demonstration in the Gulf and Levant papers but any public event in Tunisian and Maghrebi
news: a festival, a match, a fair (186 times in ANT, mostly so). With no protest word in its sentence, a
singular «تظاهرة», or a plural beside a festival word, is no protest (`marsad.events.confidence`; the
words are data in ``words.json``: ``festival_forms``, ``festival_cues``, ``protest_cues``). Before the
rule the coder found 100 protests told by «تظاهرة» in ANT; after it, 14, most of them real.

And an attack word followed by what was said («قائلا», «ووصفه», «متهما») with no place and no dead is a
verbal attack, not a clash (``words.json`` ``verbal_attack_cues``); and «السيطرة على» a fire named just
before it or as its object («نشوب حريق …، تم التحكم فيه والسيطرة عليه») is no taking of ground
(``fire_words``).

Sentences from ANT (Jawhara FM, Apache-2.0) and SaudiNewsNet (CC BY-NC-SA 4.0, short excerpts), ids noted.
"""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.events.component import extract_events
from marsad.events.fixtures import build_article

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules, without the learned filter


def _protests(text: str, day: dt.date, entities=()) -> list[str]:
    """Every protest candidate the rules make, however low their score (the filter decides on those)."""
    art = build_article(text, published=day, entities=list(entities))
    return [e.trigger.text for e in extract_events(art, min_confidence=0.0) if e.event_type == "Protests"]


@pytest.mark.parametrize(
    "text, day",
    [
        # ant-JA-sport-3-20170121: a supporters' club's sports day
        (
            "تنظم خلية أحباء النجم الرياضي الساحلي بقصر هلال اليوم تظاهرة رياضية تنشيطية تخللتها مقابلة ودية.",
            dt.date(2017, 1, 21),
        ),
        # ant-JA-localNews-4522-20170610: a farm day where a minister spoke
        (
            "وأكد الوزير أن صابة الحبوب تقدر ب 2،3 مليون قنطار في الجهة، خلال تظاهرة انتظمت السبت، بضيعة دولية.",
            dt.date(2017, 6, 10),
        ),
        # ant-JA-economy-269-20170508: a tourism fair
        (
            "وأوضحت الوزيرة، أن هذه التظاهرة تهدف الى إيجاد خارطة طريق من شانها إعطاء دفع للقطاع.",
            dt.date(2017, 5, 8),
        ),
        # ant-JA-sport-535-20170225: sports events, plural beside a festival word
        (
            "وأوضحت الوزارة أن التراجع النسبي في أعمال العنف خلال التظاهرات الرياضية مكن الوزارة من التدخل.",
            dt.date(2017, 2, 25),
        ),
    ],
)
def test_a_public_event_is_no_protest(text, day):
    assert _protests(text, day) == []


@pytest.mark.parametrize(
    "text, day, entities",
    [
        # SaudiNewsNet: a teachers' demonstration before the parliament
        (
            "أعلنت نقابات المعلمين في إيران عن تنظيم تظاهرة أمام البرلمان اليوم احتجاجا على سجن النشطاء المعلمين "
            "في طهران.",
            dt.date(2015, 7, 27),
            [("LOC", "إيران", "country"), ("LOC", "طهران", "capital")],
        ),
        # ant-JA-internationalNews-1161-20160716: demonstrations for and against the coup in Turkey
        (
            "وكانت تظاهرات مؤيدة وأخرى مناوئة لانقلاب الجيش في تركيا، خرجت أمس في عدة مدن تركية.",
            dt.date(2016, 7, 16),
            [("LOC", "تركيا", "country")],
        ),
        # SaudiNewsNet: Baghdad's protests of summer 2015, plural with no festival word
        (
            "انطلقت في بغداد ومحافظات عراقية أخرى أمس تظاهرات تطالب بتحسين الأداء الحكومي.",
            dt.date(2015, 8, 1),
            [("LOC", "بغداد", "capital")],
        ),
    ],
)
def test_a_demonstration_stays_a_protest(text, day, entities):
    assert _protests(text, day, entities)


@pytest.mark.parametrize(
    "text, day, entities",
    [
        # ant-JA-internationalNews-862-20140716: a speech, «قائلا»
        (
            'وشن الأسد هجوما على تنظيم الإخوان المسلمين قائلا " نعتذر ممن أسميناهم إخوان الشياطين لأنهم الشياطين '
            'أنفسهم".',
            dt.date(2014, 7, 16),
            [("PER", "الأسد"), ("ORG", "الإخوان المسلمين")],
        ),
        # ant-JA-internationalNews-643-20170405: an audio tape, «ووصفه»
        (
            'نشر تنظيم "داعش" أمس الثلاثاء شريطا صوتيا هاجم فيه رئيس الولايات المتحدة دونالد ترامب ووصفه بالغباء.',
            dt.date(2017, 4, 5),
            [("ORG", "داعش"), ("PER", "دونالد ترامب")],
        ),
        # snn-20150807 (al-Maliki): «شن في مقابلة تلفزيونية هجوماً على السعودية» — in an interview
        (
            "فقد شن المالكي في مقابلة تلفزيونية هجوماً على السعودية وقطر إبان توليه رئاسة مجلس الوزراء.",
            dt.date(2015, 8, 7),
            [("PER", "المالكي"), ("LOC", "السعودية", "country"), ("LOC", "قطر", "country")],
        ),
    ],
)
def test_an_attack_followed_by_what_was_said_is_verbal(text, day, entities):
    # «هجوم» / «هاجم» then «قائلا», «ووصفه», «متهما» with no place and no dead: words, not violence
    art = build_article(text, published=day, entities=entities)
    assert not [e for e in extract_events(art, min_confidence=0.0) if e.event_type == "Battles"]


def test_an_attack_with_its_dead_stays_an_attack():
    art = build_article(
        "شن مسلحون هجوما على حاجز للجيش في العريش قتل فيه ثلاثة جنود، قائلا مصدر أمني إن المهاجمين فروا.",
        published=dt.date(2017, 4, 5),
        entities=[("LOC", "العريش", "city")],
    )
    assert [
        e
        for e in extract_events(art, min_confidence=0.0)
        if e.event_type in ("Battles", "Violence against civilians")
    ]


def test_a_trigger_inside_an_organisation_name_is_no_event():
    # ant-JA-internationalNews-1170-20170109: «لتحرير فلسطين» inside «الجبهة الشعبية لتحرير فلسطين» names the front
    art = build_article(
        "باركت أمس الجبهة الشعبية لتحرير فلسطين عملية القدس الفدائية.",
        published=dt.date(2017, 1, 9),
        entities=[("ORG", "الجبهة الشعبية لتحرير فلسطين"), ("LOC", "القدس", "city")],
    )
    assert not [e for e in extract_events(art, min_confidence=0.0) if e.event_type == "Battles"]


def _kinds(text: str, day: dt.date, entities=()) -> list[str]:
    art = build_article(text, published=day, entities=list(entities))
    return [e.sub_event_type for e in extract_events(art, min_confidence=0.0)]


def test_a_fire_brought_under_control_is_no_takeover():
    # ant-JA-internationalNews-125-20170130: a boat hit a Saudi frigate; «السيطرة عليه» is the fire's
    # (``words.json`` ``fire_words``), the blast stays
    text = (
        "وأعلنت قيادة التحالف أن أحد الزوارق اصطدم بمؤخرة السفينة مما نتج عنه انفجار الزورق ونشوب حريق في مؤخرة "
        "السفينة، تم التحكم فيه والسيطرة عليه من قبل الطاقم."
    )
    assert _kinds(text, dt.date(2017, 1, 30)) == ["Remote explosive/landmine/IED"]


def test_a_taking_of_ground_with_no_fire_stays():
    # SaudiNewsNet 20150810-00363
    text = "سيطرت القوات الموالية لحكومة الرئيس اليمني على زنجبار عاصمة محافظة أبين في جنوب البلاد."
    places = [("LOC", "زنجبار", "city", None, "YE"), ("LOC", "أبين", "admin1", None, "YE")]
    kinds = _kinds(text, dt.date(2015, 8, 10), places)
    assert {"Government regains territory", "Non-state actor overtakes territory"} & set(kinds)


@pytest.mark.parametrize(
    "text",
    [
        # snn (sports page): a basketball game is no meeting
        "حقق منتخبنا الوطني الأول لكرة السلة فوزاً مستحقاً على العراق بنتيجة 77 مقابل 73 في اللقاء الذي "
        "جمعهما أمس ضمن البطولة العربية المقامة حالياً في مصر.",
        # a football match is no clash
        "تشهد الجولة الثالثة لمباريات المجموعة الأولى لبطولة الكونفدرالية الأفريقية لكرة القدم قمة عربية "
        "ساخنة بين الأهلي المصري وضيفه النجم الساحلي التونسي غدا.",
    ],
)
def test_a_match_is_no_meeting_or_clash(text):
    ents = [("LOC", "العراق", "country")] if "العراق" in text else []
    art = build_article(text, published=dt.date(2015, 8, 1), entities=ents)
    kept = [e for e in extract_events(art, min_confidence=0.0) if e.event_type in ("Diplomacy", "Battles")]
    assert not kept, [(e.sub_event_type, e.trigger.text) for e in kept]
