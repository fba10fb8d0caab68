"""Rules added in session 37, read from the errors of rounds 117–126 (scored blind in sessions 35–36).

Each test is a real corpus sentence (SaudiNewsNet, CC BY-NC-SA 4.0, research use, article id given), run
through the rules alone (no learned models): every event the rules make after merging, whatever its score.
"""

from __future__ import annotations

import datetime as dt

from test_events_session34 import candidates, of_type, shown

# --- a business contract is no agreement between parties --------------------------------------------


def test_a_contract_between_companies_is_no_agreement() -> None:
    # snn-20150724-01522 (round 124): «وأبرمت باسف الالمانية … اتفاقا مع الشركة الفرنسية»
    events = candidates(
        "وأبرمت باسف الالمانية وهي أكبر شركة كيماويات في العالم من حيث المبيعات اتفاقا مع الشركة الفرنسية "
        "في مايو ايار لتحصل بشكل حصري على التجارب الخاصة بالجزيئات التي يمكن استخدامها في الزراعة.",
        published=dt.date(2015, 7, 24),
    )
    assert of_type(events, "Agreement") == [], shown(events)


def test_a_company_that_signs_is_no_party_either() -> None:
    # snn-20150724-01522: «وكانت شركة … شانيل أول شركة توقع اتفاقية انتاج مع بات»
    events = candidates(
        "وكانت شركة مستحضرات التجميل الفرنسية شانيل أول شركة توقع اتفاقية انتاج مع بات عام 2012 لتصنيع "
        "كريم للبشرة مقاوم للشيخوخة.",
        published=dt.date(2015, 7, 24),
    )
    assert of_type(events, "Agreement") == [], shown(events)


def test_an_agreement_between_two_states_stays() -> None:
    # snn-20150731-00261: the peace treaty between Egypt and Israel, no company named
    events = candidates(
        "يذكر أنّ عديد القوات المصرية المسموح بها في سيناء محدد بموجب اتفاقية السلام الموقعة بين مصر "
        "واسرائيل عام 1979.",
        published=dt.date(2015, 7, 31),
    )
    assert [e.trigger.text for e in of_type(events, "Agreement")] == ["اتفاقية"], shown(events)


# --- one named person who objects is no demonstration -----------------------------------------------


def test_a_minister_who_objects_does_not_demonstrate() -> None:
    # snn-20150724-00889 (round 123): «واحتج سيرجي لافروف وزير الخارجية على ما اعتبره ممارسات …»
    events = candidates(
        "ورأت جازبروم أن هذه الاتهامات لا أساس لها، واحتج سيرجي لافروف وزير الخارجية على ما اعتبره ممارسات "
        "غير مقبولة من الاتحاد الأوروبي إزاء روسيا.",
        published=dt.date(2015, 7, 24),
    )
    assert of_type(events, "Peaceful protest") == [], shown(events)


def test_farmers_who_protest_do_demonstrate() -> None:
    # snn-20150731-00426 (an annotated set, coded): «احتج المزارعون على استمرار انخفاض أسعار شراء الحليب»
    events = candidates(
        "ففي بلدة ليبرامونت البلجيكية، احتج المزارعون على استمرار انخفاض أسعار شراء الحليب وطالبوا بدعم "
        "من قبل السلطات.",
        published=dt.date(2015, 7, 24),
    )
    assert [e.trigger.text for e in of_type(events, "Peaceful protest")] == ["احتج"], shown(events)


# --- sanctions lifted are none imposed ----------------------------------------------------------------


def test_sanctions_lifted_are_no_sanction() -> None:
    # snn-20150731-00206 (round 126): «من رفع معظم العقوبات الأمريكية المفروضة على طهران»
    events = candidates(
        "وسيمنع رفض الاتفاق الرئيس باراك أوباما من رفع معظم العقوبات الأمريكية المفروضة على طهران. وبموجب "
        "اتفاق 14 يوليو وافقت القوى العالمية على رفع العقوبات عن طهران مقابل الحد من أنشطة برنامجها النووي.",
        published=dt.date(2015, 7, 31),
    )
    assert of_type(events, "Sanction") == [], shown(events)


def test_sanctions_imposed_stay() -> None:
    # snn-20150804-00450 (round 15): «كما فرضت في الوقت نفسه عقوبات جديدة على النظام السوري»
    events = candidates(
        "هددت الولايات المتحدة نظام الأسد أمس الاثنين باتخاذ خطوات إضافية كما فرضت في الوقت نفسه عقوبات "
        "جديدة على النظام السوري.",
        published=dt.date(2015, 8, 4),
    )
    assert len(of_type(events, "Sanction")) == 1, shown(events)


# --- weapons, vehicles and aircraft seized are property taken, not ground ------------------------------


def test_aircraft_seized_are_property_taken() -> None:
    # ant-JA-internationalNews-174-20141019 (ANT, Apache-2.0; the dev set, coded Strategic developments)
    events = candidates(
        'كشف المرصد السوري لحقوق الإنسان أن تنظيم "الدولة الإسلامية" المعروف إعلاميا باسم "داعش" استولى '
        "على 3 طائرات حربية سورية قادرة على الطيران والمناورة.",
        published=dt.date(2014, 10, 19),
    )
    assert [e.trigger.text for e in of_type(events, "Looting/property destruction")] == ["استولى"], shown(
        events
    )
    assert of_type(events, "Non-state actor overtakes territory") == [], shown(events)


def test_a_province_seized_is_ground_taken() -> None:
    # snn-20150809-00843 (round 15): «يذكر أن داعش استولى على الأنبار في 17 مايو الماضي»
    events = candidates("يذكر أن داعش استولى على الأنبار في 17 مايو الماضي.", published=dt.date(2015, 8, 9))
    assert [e.trigger.text for e in of_type(events, "Non-state actor overtakes territory")] == ["استولى"], (
        shown(events)
    )


# --- what is stopped or refused is no arrest ------------------------------------------------------------


def test_a_suspended_sentence_is_no_arrest() -> None:
    # snn-20150721-01771 (round 122): «والحكم عليه بالسجن لعامين مع إيقاف التنفيذ»
    events = candidates(
        "كشفت تقارير صحفية فنلندية عن إدانة مراهق (17 عاما) بارتكاب أكثر من 50 ألف جريمة إلكترونية، والحكم "
        "عليه بالسجن لعامين مع إيقاف التنفيذ.",
        published=dt.date(2015, 7, 21),
    )
    assert of_type(events, "Arrests") == [], shown(events)


def test_bookings_stopped_are_no_arrest() -> None:
    # snn-20150724-01060 (round 123): «أنها أوقفت استقبال الحجوزات المغادرة إلى مملكة المغرب»
    events = candidates(
        "صدر عن الخطوط الملكية المغربية أنها أوقفت استقبال الحجوزات المغادرة إلى مملكة المغرب، لأن الطيران "
        "أصبح مكتظاً.",
        published=dt.date(2015, 7, 24),
    )
    assert of_type(events, "Arrests") == [], shown(events)


def test_a_refused_arrest_is_not_made() -> None:
    # snn-20150806-02164 (round 119): «لرفضه توقيف البشير عقب حضوره قمة الاتحاد الأفريقي»
    events = candidates(
        "إن واشنطن التي وجهت اللوم رسميا إلى الرئيس الجنوب أفريقي جاكوب زوما لرفضه توقيف البشير عقب حضوره "
        "قمة الاتحاد الأفريقي الأخيرة في يونيو الماضي.",
        published=dt.date(2015, 8, 6),
    )
    assert of_type(events, "Arrests") == [], shown(events)


# --- a member of a body named like a meeting --------------------------------------------------------


def test_a_member_of_the_democratic_gathering_is_no_meeting() -> None:
    # snn-20150721-01429 (round 24): «جدد عضو اللقاء الديموقراطي …»: the Lebanese bloc, not a meeting
    events = candidates(
        "جدد عضو اللقاء الديموقراطي وزير الصحة اللبناني وائل أبو فاعور، التمسك باتفاق الطائف.",
        published=dt.date(2015, 7, 21),
    )
    assert of_type(events, "Meeting") == [], shown(events)


def test_a_member_of_the_riyadh_conference_is_no_meeting() -> None:
    # snn-20150802-00760 (round 32): «حددت عضو مؤتمر الرياض لإنقاذ اليمن …»
    events = candidates(
        "بدورها، حددت عضو مؤتمر الرياض لإنقاذ اليمن وبناء الدولة الاتحادية الدكتورة ياسمين الفاطمي الخطورة "
        "القائمة حاليا على عدن.",
        published=dt.date(2015, 8, 2),
    )
    assert of_type(events, "Meeting") == [], shown(events)
    held = candidates("وعقد مؤتمر الرياض لإنقاذ اليمن أمس بحضور الرئيس هادي.", published=dt.date(2015, 5, 18))
    assert len(of_type(held, "Meeting")) == 1, shown(held)


# --- a liberation named or aimed at is no ground taken ---------------------------------------------------


def test_the_palestine_liberation_organization_frees_nothing() -> None:
    # snn-20150801-00430 (round 105): «وحمّلت منظمة التحرير الفلسطينية حكومة … المسؤولية»
    events = candidates(
        "وحمّلت منظمة التحرير الفلسطينية حكومة رئيس الوزراء الإسرائيلي بنيامين نتانياهو «المسؤولية الكاملة» "
        "عن مقتل الطفل.",
        published=dt.date(2015, 8, 1),
    )
    assert [e for e in events if e.event_type == "Battles"] == [], shown(events)


def test_a_crossing_to_be_freed_is_an_aim() -> None:
    # snn-20150731-00342 (round 15): «التنسيق بين بغداد ودمشق من أجل تحرير المعابر الحدودية»
    events = candidates(
        "فإن المسألة الثانية التي تقف خلف الزيارة هي التنسيق بين بغداد ودمشق من أجل تحرير المعابر الحدودية "
        "بين البلدين المحتلة من قبل تنظيم داعش الإرهابي.",
        published=dt.date(2015, 7, 31),
    )
    assert [e for e in events if e.event_type == "Battles"] == [], shown(events)
    taken = candidates("وتمكنت القوات العراقية من تحرير المدينة أمس.", published=dt.date(2015, 7, 31))
    assert len(of_type(taken, "Government regains territory")) == 1, shown(taken)
