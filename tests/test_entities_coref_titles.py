"""In-article coreference: title+name binding, bare titles, partial names, org nouns, unresolved cases.

Texts are real articles of the ANT corpus (Apache-2.0; ids in the comments), SaudiNewsNet excerpts
(CC BY-NC-SA 4.0, short, for testing only) or the issue's own example sentence.
"""

from __future__ import annotations

import datetime as dt

from marsad.entities.actor_component import link_text


def _links(text, day):
    out = link_text(text, day)
    for lk in out:
        assert text[lk.start : lk.end] == lk.text
    return out


def _refs(links, surface):
    return [lk.actor_id for lk in links if lk.text == surface]


# The example: «اللواء» three sentences after the bound title + name is Konashenkov.
KONASHENKOV = (
    "قال الناطق باسم وزارة الدفاع الروسية اللواء إيغور كوناشينكوف إن الطائرات الروسية نفذت 60 طلعة. "
    "وأضاف أن الضربات استهدفت مستودعات للذخيرة في ريف إدلب. "
    "وتابع أن الطائرات عادت إلى قاعدة حميميم بسلام. "
    "وأكد اللواء أن العمليات ستستمر حتى القضاء على الإرهابيين، فيما نفى الناطق وقوع إصابات بين المدنيين."
)


def test_konashenkov_title_binding_and_bare_titles():
    links = _links(KONASHENKOV, dt.date(2017, 4, 8))
    bound = [lk for lk in links if lk.bound]
    assert {lk.text for lk in bound} == {"الناطق باسم وزارة الدفاع الروسية", "اللواء"}
    assert all(lk.actor_id == "per.konashenkov" and lk.rule == "coref.apposition" for lk in bound)
    later = [lk for lk in links if not lk.bound and lk.kind == "title"]
    assert [(lk.text, lk.actor_id, lk.rule) for lk in later] == [
        ("اللواء", "per.konashenkov", "coref.title"),
        ("الناطق", "per.konashenkov", "coref.title"),
    ]


def test_konashenkov_real_article_spokesman_and_partial_name():
    # ANT ant-JA-internationalNews-850-20170408 (second paragraph)
    text = (
        "وكانت وزارة الدفاع الروسية قالت إن 23 صاروخا فقط من المدمرة الأمريكية أصابوا مطار الشعيرات السورية، "
        "ولا يعلم أين سقطت الـ36 صاروخا الأخرى. وأشار المتحدث الرسمي باسم الوزارة إيجور كوناشينكوف إلى أن "
        "السلطات السورية تجري عمليات بحث للوصول لموقع الـ36 صاروخا الأخرى، والضحايا المدنيين المحتملين. "
        "وأوضح كوناشينكوف أن الضربات الأساسية وقعت في محيط القاعدة الجوية."
    )
    links = _links(text, dt.date(2017, 4, 8))
    assert _refs(links, "إيجور كوناشينكوف") == ["per.konashenkov"]
    assert _refs(links, "كوناشينكوف") == ["per.konashenkov"]
    title = next(lk for lk in links if lk.text == "المتحدث الرسمي باسم الوزارة")
    assert title.bound and title.actor_id == "per.konashenkov"
    assert _refs(links, "وزارة الدفاع الروسية") == ["ru.mod"]
    assert _refs(links, "السلطات السورية") == ["sy.gov"]


def test_lavrov_title_comma_name_then_bare_minister():
    # ANT ant-JA-internationalNews-728-20170412, followed by a bare «الوزير»
    text = (
        "كشف نائب مندوب روسيا الدائم لدى الأمم المتحدة، فلاديمير سافرونكوف، أن الجانب الروسي عرض، خلال اللقاء "
        "الذي جرى في وقت سابق من اليوم في موسكو بين وزير الخارجية الروسي، سيرغي لافروف، ونظيره الأمريكي، "
        "ريكس تيلرسون، اقتراحا بأن تتقدم موسكو وواشنطن بطلب مشترك إلى منظمة حظر الاسلحة الكيميائية. "
        "وقال الوزير الروسي إن بلاده لن تقبل بقرار يدين دمشق."
    )
    links = _links(text, dt.date(2017, 4, 12))
    fm = next(lk for lk in links if lk.text == "وزير الخارجية الروسي")
    assert fm.bound and fm.actor_id == "per.lavrov"
    assert _refs(links, "ريكس تيلرسون") == ["per.tillerson"]
    # «الوزير الروسي»: two ministers are in the text, the qualifier picks the Russian one
    assert _refs(links, "الوزير الروسي") == ["per.lavrov"]


def test_bare_minister_with_two_candidates_stays_unresolved():
    text = (
        "التقى وزير الخارجية الروسي سيرغي لافروف وزير الخارجية الأمريكي ريكس تيلرسون في موسكو. "
        "وقال الوزير إن المحادثات كانت صريحة."
    )
    links = _links(text, dt.date(2017, 4, 12))
    (bare,) = [lk for lk in links if lk.text == "الوزير"]
    assert bare.ref is None and bare.rule == "coref.ambiguous"
    assert set(bare.candidates) == {"A:per.lavrov", "A:per.tillerson"}


def test_bare_title_without_antecedent_stays_unresolved():
    links = _links("وقال الوزير إن الحكومة ستناقش الموازنة الأسبوع المقبل.", dt.date(2017, 1, 1))
    (lk,) = [x for x in links if x.text == "الوزير"]
    assert lk.ref is None and lk.rule == "coref.unresolved"


# SaudiNewsNet snn-20150722-00667 (excerpt): a bare «المبعوث الأممي» in an article about Syria.
ENVOY = (
    "ودعا المبعوث الأممي إلى التمسك بمبدأ حماية المدنيين، مطالبا نظام الأسد بوقف القصف العشوائي وإلقاء "
    "البراميل المتفجرة على المدن السورية."
)


def test_bare_un_envoy_resolved_by_date_and_article_country():
    for day, who in ((dt.date(2017, 3, 1), "per.de_mistura"), (dt.date(2020, 3, 1), "per.pedersen")):
        (lk,) = [x for x in _links(ENVOY, day) if x.text == "المبعوث الأممي"]
        assert (lk.actor_id, lk.rule) == (who, "coref.title.date")


def test_bare_un_envoy_follows_the_country_of_the_article():
    text = "ودعا المبعوث الأممي الأطراف اليمنية إلى الالتزام بالهدنة في الحديدة، وقال إن الحوثيين والحكومة اليمنية وافقوا."
    (lk,) = [x for x in _links(text, dt.date(2019, 1, 10)) if x.text == "المبعوث الأممي"]
    assert lk.actor_id == "per.martin_griffiths"


def test_bare_un_envoy_bound_in_text_wins_over_date():
    # ANT ant-JA-politic-105-20170203: «وقد التقيت بالمبعوث الأممي مارتن كوبلر قبل شهر»
    text = "وقد التقيت بالمبعوث الأممي مارتن كوبلر قبل شهر واقترحت عليه تعبئة دول الجوار الليبي. وقال المبعوث الأممي إنه يدعم المبادرة."
    links = _links(text, dt.date(2017, 2, 3))
    assert [lk.actor_id for lk in links if lk.text == "المبعوث الأممي"] == ["per.kobler", "per.kobler"]
    assert [lk.rule for lk in links if lk.text == "المبعوث الأممي"] == ["coref.apposition", "coref.title"]


def test_bare_un_envoy_without_country_context_stays_unresolved():
    (lk,) = [
        x
        for x in _links("وقال المبعوث الأممي إن المفاوضات مستمرة.", dt.date(2017, 3, 1))
        if x.kind == "title"
    ]
    assert lk.ref is None


def test_partial_name_after_full_name():
    # SaudiNewsNet snn-20150723-01022 (excerpt)
    text = (
        "أفادت وكالات إيرانية أن المبعوث الأممي إلى سوريا، ستيفان دي ميستورا، زار العاصمة الإيرانية طهران. "
        "وكان في استقبال دي ميستورا وزير الخارجية الإيراني، محمد جواد ظريف، الذي بحث معه تطورات الأوضاع. "
        "وقال ظريف إن بلاده تدعم الحل السياسي."
    )
    links = _links(text, dt.date(2015, 7, 23))
    assert _refs(links, "دي ميستورا") == ["per.de_mistura"]
    assert _refs(links, "ظريف") == ["per.zarif"]
    fm = next(lk for lk in links if lk.text == "وزير الخارجية الإيراني")
    assert fm.bound and fm.actor_id == "per.zarif"


def test_partial_name_of_a_person_not_in_the_lexicon_is_unlinked_without_ner():
    text = "وقال غينادي غاتيلوف إن روسيا ترفض القرار. وأضاف غاتيلوف أن"
    assert not [lk for lk in _links(text, dt.date(2017, 4, 12)) if lk.text == "غاتيلوف" and lk.ref]


def test_org_nickname_and_org_noun():
    text = (
        "أعلنت قوات سوريا الديمقراطية السيطرة على حي جديد في الرقة. وقال متحدث باسم قسد إن المعارك مستمرة. "
        "وأضافت القوات أن الطيران دعمها، فيما أكد بيان لحركة حماس تضامنها مع غزة. وقالت الحركة إن"
    )
    links = _links(text, dt.date(2017, 8, 1))
    assert _refs(links, "قوات سوريا الديمقراطية") == ["grp.sdf"]
    assert _refs(links, "قسد") == ["grp.sdf"]
    noun = next(lk for lk in links if lk.text == "الحركة")
    assert (noun.actor_id, noun.rule) == ("grp.hamas", "coref.org_noun")


def test_org_noun_with_two_candidates_stays_unresolved():
    text = "اتهمت حركة فتح حركة حماس بعرقلة المصالحة. وقالت الحركة في بيان إن"
    (noun,) = [lk for lk in _links(text, dt.date(2017, 8, 1)) if lk.text == "الحركة"]
    assert noun.ref is None and noun.rule == "coref.ambiguous"


def test_name_then_title_apposition():
    # SaudiNewsNet snn-20150721-00253 (excerpt)
    text = "وكان سيرغي لافروف وزير الخارجية الروسية أعلن في حديث أدلى به إلى قناة تلفزيونية روسية. وضرب الوزير الروسي مثلا."
    links = _links(text, dt.date(2015, 7, 21))
    fm = next(lk for lk in links if lk.text == "وزير الخارجية الروسية")
    assert fm.bound and fm.actor_id == "per.lavrov"
    assert _refs(links, "الوزير الروسي") == ["per.lavrov"]


def test_verb_subject_object_is_not_an_apposition():
    # «met the US secretary of state Putin»: the US role is not Putin's title
    links = _links("استقبل وزير الخارجية الأمريكي بوتين في الكرملين.", dt.date(2017, 4, 12))
    role = next(lk for lk in links if lk.kind == "role")
    assert not role.bound and role.actor_id == "per.tillerson"


def test_feminine_bare_title_needs_a_woman():
    text = "قال وزير الدفاع العراقي خالد العبيدي إن القوات تقدمت. وقالت الوزيرة إن"
    (lk,) = [x for x in _links(text, dt.date(2016, 1, 10)) if x.text == "الوزيرة"]
    assert lk.ref is None
    text = (
        "قالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا إن موسكو ترفض الاتهامات. وأضافت المتحدثة أن"
    )
    links = _links(text, dt.date(2018, 4, 1))
    assert _refs(links, "المتحدثة") == ["per.zakharova"]


def test_surname_that_is_a_word_needs_the_full_name():
    # «سعيد» (Kais Saied) and «ماي» (Theresa May; also the month of May in Tunisia)
    links = _links("وقال سعيد الماجري إن الاجتماع سيعقد يوم 17 ماي في تونس.", dt.date(2020, 5, 1))
    assert not [lk for lk in links if lk.ref and lk.text in ("سعيد", "ماي")]
    links = _links("استقبل الرئيس قيس سعيد وفدا. وقال سعيد إن تونس", dt.date(2020, 5, 1))
    assert _refs(links, "سعيد") == ["per.kais_saied"]
    links = _links("التقت تيريزا ماي بالوفد في 12 ماي الماضي.", dt.date(2017, 6, 1))
    assert _refs(links, "ماي") == []


def test_title_with_tense_word_binds_to_the_named_person():
    # ANT (Dec 2016): «... تحت ضغط من إسرائيل والرئيس الأمريكي المنتخب دونالد ترامب»
    text = "بعد يوم من سحب مصر له تحت ضغط من إسرائيل والرئيس الأمريكي المنتخب دونالد ترامب."
    links = _links(text, dt.date(2016, 12, 24))
    role = next(lk for lk in links if lk.text == "الرئيس الأمريكي")
    assert role.bound and role.actor_id == "per.trump"
    # «الأمين العام السابق حسين العباسي»: the former holder, not the one in office
    text = (
        "وقال إن مقولة الأمين العام السابق حسين العباسي في أوسلو لحظة حصول الرباعي على الجائزة ما زالت صالحة."
    )
    links = _links(text, dt.date(2017, 6, 1))
    title = next(lk for lk in links if lk.text == "الأمين العام")
    assert title.bound and title.actor_id == "per.hassine_abbassi"


def test_adjective_is_not_a_channel():
    # «العربية» (Arab, feminine) is not Al Arabiya; «الحدث» (the event) is not Al Hadath
    text = "ورشة لتطوير شبكة المدن العربية، وهذا الحدث مناسبة لقناة تلفزيونية محلية."
    assert not [lk for lk in _links(text, dt.date(2017, 1, 1)) if lk.ref]
