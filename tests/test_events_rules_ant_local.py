"""Argument and date rules that no other test names, each on a real sentence of ANT's Jawhara FM
articles (Apache-2.0; article ids given), with entities and times built by hand.

Each test asserts the rule the evidence records, not only the value, so a change that reaches the
same value another way shows up here.
"""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.events.component import extract_events
from marsad.events.fixtures import build_article

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules, without the learned filter


def _of(art, sub_type):
    evs = [e for e in extract_events(art) if e.sub_event_type == sub_type]
    assert evs, [(e.sub_event_type, e.trigger.text) for e in extract_events(art)]
    return evs[0]


def _name(art, entity_id):
    return art.entity(entity_id).name if entity_id else None


def test_passive_agent_after_ala_aydi():
    # ANT internationalNews-559-20160721: «قتل ذبحا على أيدي مسلحين»: the killers follow «على أيدي»
    art = build_article(
        "ونددت المنظمة بجريمة قتل الطفل الفلسطيني عبد الله عيسى (12 سنة) الذي قتل ذبحا على أيدي مسلحين "
        "تابعين لجماعة نورالدين زنكي الإسلامية المعارضة في حلب.",
        published=dt.date(2016, 7, 21),
        entities=[("PER", "عبد الله عيسى"), ("ORG", "جماعة نورالدين زنكي", None, 2), ("LOC", "حلب", "city")],
    )
    e = _of(art, "Attack")
    # «مسلحين تابعين لجماعة …»: armed men named by the group they belong to are that group
    assert e.evidence["actor"].rule == "prep-علي ايدي:affiliation"
    assert _name(art, e.actor) == "جماعة نورالدين زنكي"
    assert _name(art, e.place) == "حلب" and e.evidence["place"].rule == "prep-في"


def test_visit_place_after_ila():
    # ANT politic-152-20150807: «أدى مؤخرا زيارة إلى المملكة المغربية»
    art = build_article(
        "قال رئيس الحكومة الأسبق حمادي الجبالي إنه تأخر على الرد بسبب غيابه عن البلاد حيث أدى مؤخرا "
        "زيارة إلى المملكة المغربية.",
        published=dt.date(2015, 8, 7),
        entities=[("PER", "حمادي الجبالي"), ("LOC", "المملكة المغربية", "country", None, "MA")],
    )
    e = _of(art, "Visit")
    assert _name(art, e.place) == "المملكة المغربية" and e.evidence["place"].rule == "prep-الي"


def test_place_named_with_bi_before_the_trigger():
    # ANT localNews-1216-20170213: the units «العاملة … برأس جدير» arrest six people: the place is
    # named before «ضبط», attached to the actor
    art = build_article(
        "تمكنت الوحدات العسكرية العاملة بالمنطقة العسكرية العازلة برأس جدير مساء اليوم من ضبط 6 أشخاص من "
        "جنسيات أجنبية اجتازوا الحدود التونسية الليبية بشكل سري.",
        published=dt.date(2017, 2, 13),
        entities=[("LOC", "رأس جدير", "city", None, "TN")],
        times=[("مساء اليوم", "2017-02-13")],
    )
    e = _of(art, "Arrests")
    assert _name(art, e.place) == "رأس جدير" and e.evidence["place"].rule == "prep-ب-before"
    assert e.date == "2017-02-13"


def test_bayn_list_gives_the_first_party_as_actor_and_the_next_as_target():
    # ANT localNews-4406-20170604: «الاجتماع الوزاري الثلاثي بين الجزائر وتونس ومصر»
    art = build_article(
        "تحتضن العاصمة الجزائرية يومي الاثنين والثلاثاء الاجتماع الوزاري الثلاثي بين الجزائر وتونس ومصر "
        "حول ليبيا.",
        published=dt.date(2017, 6, 4),
        entities=[
            ("LOC", "الجزائر", "country", None, "DZ"),
            ("LOC", "تونس", "country", None, "TN"),
            ("LOC", "مصر", "country", None, "EG"),
            ("LOC", "ليبيا", "country", None, "LY"),
        ],
        times=[("يومي الاثنين والثلاثاء", "2017-06-05")],
    )
    e = _of(art, "Meeting")
    assert _name(art, e.actor) == "الجزائر" and e.evidence["actor"].rule == "prep-بين"
    assert _name(art, e.target) == "تونس" and e.evidence["target"].rule == "prep-بين-و"
    assert e.status == "planned"


def test_sentence_time_dates_an_event_in_a_reported_clause():
    # ANT localNews-4663-20151106: «اليوم» dates the statement; the release it reports («قبلت
    # بالإفراج عن التونسيين») has no time of its own and takes the sentence's
    art = build_article(
        "وأفاد في تصريح اليوم لوكالة تونس افريقيا للأنباء بأن الجهات المختطفة التابعة لقبيلة ورشفانة قد "
        '"قبلت بالإفراج عن التونسيين حسب إتفاق تم بموجبه إطلاق سراح الليبي الموقوف بتونس علاء الدين فرج".',
        published=dt.date(2015, 11, 6),
        entities=[
            ("ORG", "قبيلة ورشفانة"),
            ("LOC", "تونس", "country", None, "TN"),
            ("PER", "علاء الدين فرج"),
        ],
        times=[("اليوم", "2015-11-06")],
    )
    e = _of(art, "Other")
    assert e.trigger.text.endswith("الإفراج عن")
    assert e.date == "2015-11-06" and e.evidence["date"].rule == "sentence-time"
    assert e.evidence["date"].span.text == "اليوم"


def test_the_two_sides_agreed_is_an_agreement():
    # ANT localNews-3855-20170504: «وإتفق الجانبان على …» after a Tunisian-British meeting
    art = build_article(
        "وإتفق الجانبان على ضرورة دعم التشاور السياسي بين البلدين والحرص على دورية إنعقاد الاستحقاقات "
        "الثنائية.",
        published=dt.date(2017, 5, 4),
    )
    evs = [e for e in extract_events(art, min_confidence=0.0) if e.sub_event_type == "Agreement"]
    assert [e.trigger.text for e in evs] == ["وإتفق الجانبان"]


def test_a_trigger_ending_in_a_preposition_with_its_pronoun_takes_no_genitive():
    # ANT society-983-20170601 (round 74): «القبض عليه وسط تونس العاصمة»: the pronoun is whom they
    # arrested; the capital after «وسط» is where (a capital with no coordinates could stand for its
    # government, so the old genitive made it the arrester)
    art = build_article(
        "وأكدت وزارة الداخلية في بلاغ لها أنه تم تحديد هوية الطرف الرئيسي المشرف على عملية الإستقطاب "
        "والتسفير وهو تونسي مقيم ببلد مجاور واستدراجه والقبض عليه وسط تونس العاصمة.",
        published=dt.date(2017, 6, 1),
        entities=[("ORG", "وزارة الداخلية"), ("LOC", "تونس العاصمة")],
    )
    (e,) = [e for e in extract_events(art, min_confidence=0.0) if e.sub_event_type == "Arrests"]
    assert e.actor is None and "actor" not in e.evidence
    assert e.evidence["place"].span.text == "تونس العاصمة"
    assert e.evidence["place"].rule.startswith("nearest-loc-clause")


@pytest.mark.parametrize(
    ("text", "city", "country"),
    [
        # the demo's sample (ANT): attacks named after the capital they happened in
        (
            "وأسفر هجوم لندن الذي وقع في 22 مارس الماضي عن مقتل خمسة أشخاص بمن فيهم منفذ العملية.",
            "لندن",
            "GB",
        ),
        (
            "وقال وزير العدل البلجيكي إن السلطات ألقت القبض على عدد من الأشخاص فيما له صلة بتفجيرات باريس "
            "التي وقعت الجمعة.",
            "باريس",
            "FR",
        ),
    ],
)
def test_a_capital_in_the_genitive_of_an_attack_is_where_not_who(text, city, country):
    art = build_article(text, published=dt.date(2017, 4, 10), entities=[("LOC", city, "city", None, country)])
    # the actors stage marks a capital as able to stand for its government («قالت باريس»)
    art.entities[0].attrs.update(actor_id="cap." + country.lower(), country=country)
    events = [e for e in extract_events(art, min_confidence=0.0) if e.event_type != "Strategic developments"]
    assert events
    for e in events:
        assert _name(art, e.actor) != city
        assert e.evidence["place"].span.text == city and e.evidence["place"].rule == "genitive"
