"""Actor rules of the third round (issue 8), each on a real sentence with entities placed by hand.

Sentences: SaudiNewsNet (CC BY-NC-SA 4.0, research use; article ids given) and the ANT corpus
(Apache-2.0). None of the ids is in RESERVED_IDS.txt.
"""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.events.component import extract_events
from marsad.events.fixtures import build_article

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules, without the learned filter


def _event(art, sub_type=None, trigger=None):
    evs = [
        e
        for e in extract_events(art)
        if sub_type in (None, e.sub_event_type) and (trigger is None or e.trigger.text == trigger)
    ]
    assert evs, [(e.sub_event_type, e.trigger.text) for e in extract_events(art)]
    return evs[0]


def _name(art, entity_id):
    return art.entity(entity_id).name if entity_id else None


def test_light_verb_subject_with_a_time_between_commas():
    # ANT internationalNews-1149-20170606: VSO, «اليوم الثلاثاء» in commas between subject and noun
    art = build_article(
        "قررت الحكومة الأردنية، اليوم الثلاثاء، إلغاء تراخيص قناة الجزيرة في الاردن.",
        published=dt.date(2017, 6, 6),
        entities=[("ORG", "الحكومة الأردنية"), ("ORG", "قناة الجزيرة"), ("LOC", "الاردن", "country")],
    )
    e = _event(art)
    assert _name(art, e.actor) == "الحكومة الأردنية" and e.evidence["actor"].rule == "governing-subject"


def test_a_name_cut_off_by_a_comma_does_not_govern_a_later_light_verb():
    # SaudiNewsNet 20150727-01256: «بدأت الهدنة» — the truce is the subject of «بدأت», not the king
    art = build_article(
        "استجابة لطلب الرئيس اليمني عبدربه منصور هادي، في رسالته الموجهة لخادم الحرمين الشريفين الملك "
        "سلمان بن عبدالعزيز، مؤخرا، بدأت الهدنة الإنسانية في اليمن اعتبارا من أمس، ولمدة خمسة أيام.",
        published=dt.date(2015, 7, 27),
        entities=[
            ("PER", "عبدربه منصور هادي"),
            ("PER", "سلمان بن عبدالعزيز"),
            ("LOC", "اليمن", "country"),
        ],
    )
    assert all(_name(art, e.actor) != "سلمان بن عبدالعزيز" for e in extract_events(art))


def test_country_and_coalition_coordinated_subject_is_the_first_conjunct():
    # SaudiNewsNet 20150726-00338: «الولايات المتحدة ودول التحالف نفذت 20 غارة»
    art = build_article(
        "قال الجيش الأمريكي اليوم الأحد إن الولايات المتحدة ودول التحالف نفذت 20 غارة جوية ضد أهدف "
        "لتنظيم داعش في العراق أمس السبت.",
        published=dt.date(2015, 7, 26),
        entities=[
            ("ORG", "الجيش الأمريكي"),
            ("LOC", "الولايات المتحدة", "country"),
            ("ORG", "تنظيم داعش", None, 2),
            ("LOC", "العراق", "country"),
        ],
        times=[("أمس السبت", "2015-07-25")],
    )
    e = _event(art, "Air/drone strike")
    assert _name(art, e.actor) == "الولايات المتحدة"


def test_a_quoted_name_is_no_clause_wall_for_the_striker():
    # SaudiNewsNet 20150803-00942: «“عربة كاتيوشا”» is a quoted name, not a quotation
    art = build_article(
        "وفي هذه الأثناء دمر طيران التحالف “عربة كاتيوشا” تابعة للحوثي في غارة على مواقع للحوثيين "
        "بالجفينة جنوب غرب مارب.",
        published=dt.date(2015, 8, 3),
        entities=[("LOC", "الجفينة", "village"), ("LOC", "مارب", "city")],
    )
    e = _event(art, "Air/drone strike")
    assert e.evidence["actor"].span.text.startswith("طيران التحالف")
    assert e.evidence["actor"].rule.startswith("clause-subject-means")


def test_closing_quote_and_fa_inna_keep_the_subject_before_the_verb():
    # ANT internationalNews-174-20141019
    art = build_article(
        'وحسب المرصد فإن تنظيم "داعش" استولى على هذه الطائرات، بعد سيطرته على المطارات العسكرية.',
        published=dt.date(2014, 10, 19),
        entities=[("ORG", "المرصد"), ("ORG", "داعش", None, 2)],
    )
    e = _event(art)
    assert _name(art, e.actor) == "داعش" and e.evidence["actor"].rule == "subject-before-verb"


def test_an_instrument_after_bistikhdam_is_not_the_subject():
    # ANT internationalNews-941-20140906
    art = build_article(
        "وقالت مصادر عسكرية إن قوات حفتر ردت باستخدام طائرات الهليكوبتر لقصف معسكرات مسلحين يشتبه "
        "بأنهم متشددون.",
        published=dt.date(2014, 9, 6),
        entities=[("ORG", "قوات حفتر")],
    )
    e = _event(art)
    assert _name(art, e.actor) == "قوات حفتر"


def test_bombs_placed_biwasitat_are_the_means_of_the_clause_subject():
    # SaudiNewsNet 20150721-02705: «فجّر مجهولون … بواسطة عبوات ناسفة»
    art = build_article(
        'فجّر مجهولون عدة سيارات تعود لعناصر في حركتيْ "حماس"، و"الجهاد الإسلامي"، في مدينة غزة، '
        "بواسطة عبوات ناسفة؛ حسب شهود عيان.",
        published=dt.date(2015, 7, 21),
        entities=[("ORG", "حماس"), ("ORG", "الجهاد الإسلامي"), ("LOC", "غزة", "city")],
    )
    e = _event(art, "Remote explosive/landmine/IED")
    assert e.evidence["actor"].span.text == "مجهولون"


def test_forces_of_a_titled_commander_between_the_two_sides():
    # ANT internationalNews-941-20140906: «بين قوات اللواء الليبي السابق خليفة حفتر ومقاتلين»
    art = build_article(
        "اندلعت اليوم السبت اشتباكات عنيفة بين قوات اللواء الليبي السابق خليفة حفتر ومقاتلين متشددين "
        "في مدينة بنغازي شرق ليبيا.",
        published=dt.date(2014, 9, 6),
        entities=[("PER", "خليفة حفتر"), ("LOC", "بنغازي", "city"), ("LOC", "ليبيا", "country")],
    )
    e = _event(art, "Armed clash")
    assert _name(art, e.actor) == "خليفة حفتر" and e.evidence["actor"].rule == "prep-بين"
    assert e.evidence["target"].span.text.startswith("مقاتلين")


def test_genitive_agent_in_guillemets_after_tanzim():
    # SaudiNewsNet 20150808-00578: «قبل هجوم تنظيم «داعش» عليها»
    art = build_article(
        "إلا أنه لم يبق من المسيحيين سوى 300 شخص قبل هجوم تنظيم «داعش» عليها.",
        published=dt.date(2015, 8, 8),
        entities=[("ORG", "داعش", None, 2)],
    )
    e = _event(art)
    assert _name(art, e.actor) == "داعش" and e.evidence["actor"].rule == "genitive"


def test_masked_men_after_a_light_verb_are_the_kidnappers():
    # SaudiNewsNet 20150808-00578
    art = build_article(
        "وقام ثلاثة مقنعين في مايو الماضي بخطف الأب جاك مراد، رئيس دير مار اليان في بلدة القريتين.",
        published=dt.date(2015, 8, 8),
        entities=[("PER", "جاك مراد"), ("LOC", "القريتين", "town")],
    )
    e = _event(art, "Abduction/forced disappearance")
    assert e.evidence["actor"].span.text == "مقنعين"
    assert _name(art, e.target) == "جاك مراد"


def test_dual_verb_after_coordinated_subjects_takes_the_first():
    # SaudiNewsNet 20150809-00938: «حققت قوات الجيش الوطني الموالي للشرعية والمقاومة الشعبية … وسيطرا»
    art = build_article(
        "حققت قوات الجيش الوطني الموالي للشرعية والمقاومة الشعبية في اليمن مكاسب جديدة على الارض "
        "وسيطرا على مدينة زنجبار مركز محافظة أبين.",
        published=dt.date(2015, 8, 9),
        entities=[
            ("ORG", "قوات الجيش الوطني", None, 1),
            ("LOC", "اليمن", "country"),
            ("LOC", "زنجبار", "city"),
        ],
    )
    e = _event(art)
    assert _name(art, e.actor) == "قوات الجيش الوطني"
    assert _name(art, e.place) == "زنجبار"


def test_envoy_for_a_country_is_the_visitor():
    # SaudiNewsNet 20150801-01157: the NER mention «لليمن» keeps its clitic; the place qualifies the title
    art = build_article(
        "وقال المبعوث الدولي لليمن خلال زيارة للقاهرة، إنه ناقش وجود مراقبين دوليين.",
        published=dt.date(2015, 8, 1),
        entities=[("LOC", "لليمن", "country"), ("LOC", "للقاهرة", "city")],
    )
    e = _event(art, "Visit")
    assert e.evidence["actor"].span.text == "المبعوث الدولي"
    assert e.evidence["actor"].rule.startswith("clause-subject-during")


def test_relative_light_verb_with_pronoun_names_the_striker():
    # ANT internationalNews-685-20170407: «للضربة الصاروخية التي وجهتها الولايات المتحدة»
    art = build_article(
        "أعلنت السلطات السعودية، الجمعة، تأييدها للضربة الصاروخية التي وجهتها الولايات المتحدة "
        "الأمريكية ضد أهداف بسوريا.",
        published=dt.date(2017, 4, 7),
        entities=[
            ("ORG", "السلطات السعودية"),
            ("LOC", "الولايات المتحدة الأمريكية", "country"),
            ("LOC", "سوريا", "country"),
        ],
    )
    e = _event(art, "Shelling/artillery/missile attack")
    assert _name(art, e.actor) == "الولايات المتحدة الأمريكية"
    assert e.evidence["actor"].rule == "light-verb-agent"


def test_dropped_agent_continues_past_an_event_of_another_type(monkeypatch):
    # SaudiNewsNet 20150731-00223: «وإن الهجمات ركزت» (a clash word) stands between the strikes; the
    # mentions are looked at before merging (the merge would join the Syrian strikes into one event)
    import marsad.events.component as component

    monkeypatch.setattr(component, "merge_candidates", lambda cands, article=None, **_kw: cands)
    art = build_article(
        "قال بيان للقيادة المشتركة اليوم الجمعة إن الولايات المتحدة وحلفاءها نفذوا 41 ضربة جوية في "
        "سوريا والعراق ضد تنظيم الدولة الإسلامية أمس الخميس وإن الهجمات ركزت على مدينة دير الزور "
        "السورية. وأضاف أن 17 ضربة جوية نفذت قرب دير الزور.",
        published=dt.date(2015, 7, 31),
        entities=[
            ("LOC", "الولايات المتحدة", "country"),
            ("LOC", "سوريا", "country", None, "SY"),
            ("LOC", "العراق", "country", None, "IQ"),
            ("ORG", "تنظيم الدولة الإسلامية", None, 2),
            ("LOC", "دير الزور", "admin1", None, "SY"),
        ],
        times=[("أمس الخميس", "2015-07-30")],
    )
    evs = extract_events(art)
    assert [e.sub_event_type for e in evs][2] == "Armed clash"  # «الهجمات» between the two strikes
    later = evs[3]
    assert later.evidence["place"].rule == "prep-قرب" and _name(art, later.place) == "دير الزور"
    assert _name(art, later.actor) == "الولايات المتحدة"
    assert later.evidence["actor"].rule == "previous-event-actor"


def test_first_mentions_own_unlinked_subject_is_kept_over_a_later_linked_one():
    # SaudiNewsNet 20150721-01629: «قصفت المليشيات المتمردة» … «أن مليشيات الحوثي … قامت اليوم بقصف»
    art = build_article(
        "قصفت المليشيات المتمردة في محافظة تعز اليمنية، موقعا مخصصا لتخزين الاحتياطي الاستراتيجي. "
        "وأكد المجلس العسكري بتعز أن مليشيات الحوثي والرئيس المخلوع قامت اليوم بقصف متعمد لمنطقة "
        "سد الجبلين.",
        published=dt.date(2015, 7, 21),
        entities=[("LOC", "تعز", "admin1", None, "YE"), ("ORG", "مليشيات الحوثي", None, 2)],
    )
    e = _event(art, "Shelling/artillery/missile attack")
    assert e.evidence["actor"].span.text == "المليشيات المتمردة"


def test_a_town_before_the_verb_is_not_its_subject():
    # SaudiNewsNet 20150811-01075: «صوب شبوة» is where the forces went, «قوات الشرعية» took the areas
    art = build_article(
        "وقالت مصادر بحسب سكاي نيوز إن قوات الشرعية تحركت صوب شبوة بعدما تمكنت من السيطرة على مناطق "
        "عدة، على رأسها آخر جيوب المتمردين في أبين.",
        published=dt.date(2015, 8, 11),
        entities=[
            ("ORG", "سكاي نيوز"),
            ("ORG", "قوات الشرعية", None, 1),
            ("LOC", "شبوة", "admin1", None, "YE"),
            ("LOC", "أبين", "admin1", None, "YE"),
        ],
    )
    e = _event(art, trigger="تمكنت من السيطرة")
    assert _name(art, e.actor) == "قوات الشرعية" and e.evidence["actor"].rule == "subject-before-verb"


def test_clash_between_the_two_sides_named_before_it():
    # SaudiNewsNet 20150809-00939: the sides are the militia (with Saleh's men) and the resistance; the
    # name «علي عبدالله صالح» is not the preposition «على»
    art = build_article(
        "لقي 24 عنصرًا من ميليشيات الحوثي المتمردة وعناصر الرئيس المخلوع علي عبدالله صالح مصرعهم وأصيب "
        "42 آخرون بجروح ، بينما قتل 2 من رجال المقاومة الشعبية وأصيب 19 آخرون في المعارك العنيفة التي "
        "اندلعت بين الجانبين خلال الساعات الماضية في عدد من الجبهات بمحافظة تعز.",
        published=dt.date(2015, 8, 9),
        entities=[
            ("ORG", "ميليشيات الحوثي", None, 2),
            ("PER", "علي عبدالله صالح"),
            ("LOC", "تعز", "admin1", None, "YE"),
        ],
    )
    e = _event(art, "Armed clash")
    assert _name(art, e.actor) == "ميليشيات الحوثي" and e.evidence["actor"].rule == "both-sides"
    assert e.evidence["target"].span.text.startswith("رجال المقاومة")


def test_the_group_claiming_responsibility_is_the_actor():
    # SaudiNewsNet 20150722-00920
    art = build_article(
        "قالت الشرطة ومصادر طبية إن تفجيرا انتحارياً بسيارة ملغومة في العراق أعلن تنظيم داعش مسؤوليته "
        "عنه قتل أكثر من 100 شخص بينهم أطفال كانوا يحتفلون بعيد الفطر.",
        published=dt.date(2015, 7, 22),
        entities=[("LOC", "العراق", "country", None, "IQ"), ("ORG", "تنظيم داعش", None, 2)],
    )
    e = _event(art, "Suicide bomb")
    assert _name(art, e.actor) == "تنظيم داعش" and e.evidence["actor"].rule == "claimed-responsibility"


def test_relative_verb_with_a_resumptive_pronoun_continues_the_clause_subject():
    # SaudiNewsNet 20150804-00959: «التي سيطرت عليها» — the base is the object, the fighters took it
    art = build_article(
        "ألقى رجال المقاومة الشعبية القبض على ضابط إيراني، في قاعدة العند، التي سيطرت عليها أمس، بعد "
        "قتال عنيف مع المتمردين الحوثيين.",
        published=dt.date(2015, 8, 4),
        entities=[("LOC", "قاعدة العند", "facility", None, "YE"), ("ORG", "المتمردين الحوثيين", None, 2)],
        times=[("أمس", "2015-08-03")],
    )
    e = _event(art, trigger="سيطرت")
    assert e.evidence["actor"].span.text == "رجال المقاومة الشعبية"
    assert e.evidence["actor"].rule == "clause-subject"


def test_the_accused_did_what_the_accusation_describes():
    # SaudiNewsNet 20150731-01437
    art = build_article(
        "اتهمت منظمة “هيومن رايتس ووتش” المتمردين الحوثيين بارتكاب جرائم حرب في اليمن وذلك من خلال "
        "استهدافهم للمدنيين بالصواريخ وقذائف المورتر عشوائيًا في مدينة عدن جنوبي البلاد.",
        published=dt.date(2015, 7, 31),
        entities=[
            ("ORG", "هيومن رايتس ووتش"),
            ("ORG", "المتمردين الحوثيين", None, 2),
            ("LOC", "اليمن", "country", None, "YE"),
            ("LOC", "عدن", "city", None, "YE"),
        ],
    )
    e = _event(art, "Shelling/artillery/missile attack")
    assert _name(art, e.actor) == "المتمردين الحوثيين" and e.evidence["actor"].rule == "accused"


def test_possessive_pronoun_of_a_verbal_noun_refers_to_the_name_before():
    # SaudiNewsNet 20150808-01015: «وسيطرتهم» — their (the loyal forces') control
    art = build_article(
        "وتأتي عملية انسحاب المليشيات الحوثية وقوات صالح، مع تقدم القوات الموالية للشرعية، وسيطرتهم على "
        "مناطق واسعة من محافظة لحج.",
        published=dt.date(2015, 8, 8),
        entities=[("LOC", "لحج", "admin1", None, "YE")],
    )
    e = _event(art, trigger="وسيطرتهم على")  # the noun and its «على»: one phrase row
    assert e.evidence["actor"].span.text.startswith("القوات الموالية")
    assert e.evidence["actor"].rule.startswith("possessive-antecedent")


def test_those_taking_part_in_a_march_are_its_actor():
    # ANT internationalNews-3-20170121: civilians who march are the actor, not victims
    art = build_article(
        'شاركت مئات الآلاف من النساء في "مسيرة النساء" في العاصمة الأمريكية واشنطن وفي عدد من المدن '
        "الأخرى، ضد الرئيس الأمريكي دونالد ترامب، السبت.",
        published=dt.date(2017, 1, 21),
        entities=[("LOC", "واشنطن", "city", None, "US"), ("PER", "دونالد ترامب")],
    )
    e = _event(art, "Peaceful protest")
    # the participants («مئات الآلاف من النساء»), or the march's own genitive («مسيرة النساء»)
    assert "النساء" in e.evidence["actor"].span.text
    assert e.evidence["actor"].rule.startswith(("participants", "genitive"))


def test_a_capital_standing_for_its_government_is_the_actor():
    # SaudiNewsNet 20150731-00391: «تفرض واشنطن عقوبات» — Washington is the US government, not a place
    art = build_article(
        "ويترأس الاتحاد روبرت موغابي، رئيس زيمبابوي، التي ما تزال تفرض واشنطن عقوبات ضد نظامه لاعتبارها "
        "إياه غير ديمقراطي.",
        published=dt.date(2015, 7, 31),
        entities=[
            ("PER", "روبرت موغابي"),
            ("LOC", "زيمبابوي", "country", None, "ZW"),
            ("LOC", "واشنطن", "city"),
        ],
    )
    art.entities[2].attrs.update(actor_id="cap.washington", country="US")  # as the actors stage marks it
    e = _event(art, "Sanction")
    assert _name(art, e.actor) == "واشنطن" and e.place is None


def test_a_definite_noun_trigger_names_its_own_happening_and_carries_no_actor(monkeypatch):
    # a verb with no subject continues the strikes («وقصف أهدافا أخرى»); «الهجمات الصاروخية» names
    # rocket attacks of their own, not an act of the Turkish air force
    import marsad.events.component as component

    monkeypatch.setattr(component, "merge_candidates", lambda cands, article=None, **_kw: cands)
    first = "وشن الطيران التركي غارات على مواقع حزب العمال الكردستاني في شمال العراق. "
    ents = [("ORG", "الطيران التركي"), ("ORG", "حزب العمال الكردستاني"), ("LOC", "العراق", "country")]
    carried = {}
    for second in ("وقصف أهدافا أخرى قرب الحدود.", "وتصاعدت الهجمات الصاروخية على المدن الحدودية."):
        art = build_article(first + second, published=dt.date(2015, 8, 4), entities=ents)
        later = extract_events(art, use_filter=False, min_confidence=0.0)[1]
        carried[later.trigger.text] = later.evidence.get("actor") and later.evidence["actor"].rule
    assert carried == {"وقصف": "previous-event-actor", "الهجمات الصاروخية": None}
