"""How Maghrebi (Tunisian) news words an arrest, an attack named by its weapon, and the capital named by
«العاصمة» and an adjective (session 16, blind rounds 67–68 on ANT's Jawhara FM articles).

Sentences are from ANT (Apache-2.0; article ids given) unless marked constructed.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import coded_events, evidence_span
from marsad.events.triggers import find_triggers
from marsad.text.normalize import fold


def _arrest_triggers(sentence: str) -> list[str]:
    words = sentence.split()
    found = find_triggers([fold(w) for w in words])
    return [" ".join(words[m.first : m.last + 1]) for m in found if m.alt.trigger.sub_event_type == "Arrests"]


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # ant-JA-localNews-3668-20160704: a committal to prison
        (
            "أصدر قاضي التحقيق في حق المتهمين محمد أنور بيوض ومرافقته، بطاقتي إيداع بالسجن بعد أن تم "
            "استنطاقهما ظهر اليوم الاثنين",
            "بطاقتي إيداع",
        ),
        # constructed: «قاضي التحقيق» is a judge — «التحقيق» there does not cancel what follows
        ("وأصدر قاضي التحقيق بطاقة إيداع بالسجن في حقه", "بطاقة إيداع"),
        # ant-JA-localNews-3668-20160704
        ("ويذكر أنه تمّ إيقاف المتهمين فور وصولهما إلى مطار تونس قرطاج الدولي", "تمّ إيقاف"),
        # ant-JA-localNews-1622-20151001
        ("على منازل عناصر الشبكة المشار إليها وإيقاف 5 عناصر", "وإيقاف 5 عناصر"),
        # constructed, worded as ANT's security briefs
        ("تمكنت الوحدات الأمنية من الإطاحة بعصابة مختصة في السرقة", "الإطاحة بعصابة"),
        ("وأذنت النيابة العمومية بالاحتفاظ بثلاثة متهمين في قضية إرهابية", "بالاحتفاظ بثلاثة متهمين"),
        ("فرضت السلطات الإقامة الجبرية على الرئيس السابق", "الإقامة الجبرية"),
    ],
)
def test_maghrebi_arrest_wordings_are_arrest_triggers(sentence, trigger):
    assert _arrest_triggers(sentence) == [trigger]


@pytest.mark.parametrize(
    "sentence",
    [
        # ant-JA-internationalNews-713-20170415: an overthrow, not an arrest
        "وتعيش ليبيا صراعا سياسيا وأمنيا خانقا منذ الإطاحة بنظام معمر القذافي في العام 2011",
        # constructed: a committee of inquiry still cancels the trigger after it
        "وقالت لجنة التحقيق في إيقاف المتهمين إن",
        # constructed: a deposit is no committal
        "وتم إيداع المبلغ في حساب الجمعية",
    ],
)
def test_overthrow_inquiry_and_deposit_are_no_arrests(sentence):
    assert _arrest_triggers(sentence) == []


def test_an_attack_with_artillery_or_missiles_is_shelling():
    # ant-JA-internationalNews-713-20170415 (inside a quotation)
    sentence = (
        "التصعيد العسكري المفاجئ وغير المبرر الذي بدأ بهجوم بالمدفعية الثقيلة والطيران على قاعدة تمنهنت"
    )
    words = sentence.split()
    (m,) = find_triggers([fold(w) for w in words])
    assert " ".join(words[m.first : m.last + 1]) == "بهجوم بالمدفعية"
    assert m.alt.trigger.sub_event_type == "Shelling/artillery/missile attack"
    # a plain «هجوم» stays a clash (its air and civilian alternatives apply later)
    plain = "وشن المسلحون هجوما على الثكنة"
    (m,) = find_triggers([fold(w) for w in plain.split()])
    assert m.alt.trigger.sub_event_type == "Armed clash"


def test_arrest_at_the_border_is_coded_with_whom():
    # ant-JA-localNews-1216-20170213 (title and first sentence)
    (e,) = coded_events(
        "تم إيقاف 6 أشخاص اجتازوا الحدود التونسية الليبية خلسة برأس جدير.", published=dt.date(2017, 2, 13)
    )
    assert e.sub_event_type == "Arrests"
    assert evidence_span(e, "target") == "6 أشخاص"
    assert evidence_span(e, "place") == "رأس جدير"


def test_a_capital_named_by_its_country_adjective_is_the_place():
    # ant-JA-localNews-4406-20170604
    events = coded_events(
        "تحتضن العاصمة الجزائرية يومي الاثنين والثلاثاء الاجتماع الوزاري الثلاثي الذي يضم وزراء خارجية "
        "تونس ومصر والجزائر.",
        published=dt.date(2017, 6, 4),
    )
    (e,) = [e for e in events if e.sub_event_type == "Meeting"]
    assert evidence_span(e, "place") == "العاصمة الجزائرية"


def test_where_someone_is_from_is_not_where_it_happened():
    # ant-JA-localNews-564-20122015: «أصيل … بولاية بنزرت» is the man's origin; the arrest was at Ben Guerdane
    text = (
        "تمكنت وحدات الديوانة بمنطقة التوي بالمنطقة العازلة من جهة بن قردان اليوم الأحد من القبض على شاب "
        "تونسي يبلغ من العمر 30 عاما أصيل منطقة رأس الجبل بولاية بنزرت نجح في التسلل إلى التراب التونسي."
    )
    (e,) = [e for e in coded_events(text, published=dt.date(2015, 12, 20)) if e.sub_event_type == "Arrests"]
    assert evidence_span(e, "place") == "بن قردان"


@pytest.mark.parametrize(
    ("sentence", "published", "sub", "trigger"),
    [
        # ant-JA-localNews-1899-20170228 (round 70): a cell «unveiled» is a cell arrested
        (
            "تمكّنت فرقة الأبحاث والتفتيش للحرس الوطني بسوسة من إماطة اللثام عن خليّة تكفيريّة تنشط في "
            "ولاية سوسة، تتكون من 4 عناصر.",
            dt.date(2017, 2, 28),
            "Arrests",
            "إماطة اللثام عن خليّة",
        ),
        # ant-JA-localNews-2239-20170305 (round 70): a session of a joint committee is a meeting
        (
            "وأوضح مساهل، خلال إفتتاحه اليوم السبت بالجزائر، الدورة ال19 للجنة المتابعة التونسية "
            "الجزائرية، أن هذا الاتفاق سيعزز التعاون.",
            dt.date(2017, 3, 4),
            "Meeting",
            "الدورة",
        ),
    ],
)
def test_maghrebi_wordings_of_a_cell_dismantled_and_a_committee_session(sentence, published, sub, trigger):
    events = [e for e in coded_events(sentence, published) if e.sub_event_type == sub]
    assert [e.trigger.text for e in events] == [trigger]
