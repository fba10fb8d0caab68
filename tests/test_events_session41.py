"""Rules added in session 41, read from the gold events of the training rounds that no rule proposed.

Each test is a real corpus sentence (SaudiNewsNet, CC BY-NC-SA 4.0, research use, article id given), run
through the rules alone (no learned models): every event the rules make after merging, whatever its score.
"""

from __future__ import annotations

import datetime as dt

from test_events_session34 import candidates, of_type, shown

# --- «استيلاء … على», the verbal noun of «استولى» (row 39 has the verb only), is a takeover -----------


def test_a_seizure_of_a_capital_told_by_its_verbal_noun_is_a_takeover_with_its_place() -> None:
    # snn-20150725-00116: «منذ استيلاء الحوثيين على العاصمة اليمنية صنعاء»
    events = candidates(
        "منذ استيلاء الحوثيين على العاصمة اليمنية صنعاء، ثم توسعهم نحو عدد من المحافظات الأخرى في وسط "
        "وجنوب البلاد، تدهورت أوضاع معظم السكان.",
        published=dt.date(2015, 7, 25),
    )
    (ev,) = of_type(events, "Non-state actor overtakes territory")
    assert ev.trigger.text == "استيلاء", shown(events)
    assert ev.evidence["place"].span.text.startswith("العاصمة اليمنية"), shown(events)


def test_the_definite_verbal_noun_right_before_its_preposition_is_a_takeover() -> None:
    # snn-20150804-00883: «وبمجرد الاستيلاء على الموصل، تصبح داعش حاضرة …»
    events = candidates(
        "وبمجرد الاستيلاء على الموصل، تصبح داعش حاضرة أيضا على الجانب الآخر من الحدود.",
        published=dt.date(2015, 8, 4),
    )
    (ev,) = of_type(events, "Non-state actor overtakes territory")
    assert ev.trigger.text == "الاستيلاء على", shown(events)


def test_aircraft_seized_are_property_taken_not_territory() -> None:
    # snn-20150727-01253 (round 15): «استيلاء الأكراد على طائرتين … من قاعدة الحبانية» — the row's
    # `seized_things` condition, as on the verb row
    events = candidates(
        "رفضت وزارة الدفاع العراقية نفي أو تأكيد الأنباء التي تحدثت عن استيلاء الأكراد على طائرتين من أصل "
        "4 طائرات إف 16 من قاعدة الحبانية الجوية.",
        published=dt.date(2015, 7, 31),
    )
    assert not of_type(events, "Non-state actor overtakes territory"), shown(events)
    (ev,) = of_type(events, "Looting/property destruction")
    assert ev.evidence["sub_event_type"].rule == "alt:seized_things", shown(events)


def test_a_seizure_word_alone_is_no_takeover() -> None:
    # the noun needs its «على»: «الاستيلاء» with no object makes no candidate
    events = candidates("وحذر من محاولات الاستيلاء.", published=dt.date(2015, 8, 4))
    assert not [e for e in events if "استيلاء" in e.trigger.text], shown(events)


# --- protest gatherings («تجمع ضخم», «وتجمع العشرات») and working sessions («جلسة عمل») ------------------


def test_a_rally_called_for_a_day_is_a_protest_with_its_place() -> None:
    # snn-20150724-00062: «ودعا اكبر حزب كردي تركي الى تجمع ضخم الاحد في اسطنبول»
    events = candidates(
        "ودعا اكبر حزب كردي تركي الى تجمع ضخم الاحد في اسطنبول.", published=dt.date(2015, 7, 24)
    )
    (ev,) = of_type(events, "Peaceful protest")
    assert ev.trigger.text == "تجمع ضخم", shown(events)
    assert ev.evidence["place"].span.text == "اسطنبول", shown(events)


def test_dozens_gathering_is_a_protest() -> None:
    # snn-20150803-00672: «وتجمع العشرات صباح الاحد وهم يحملون صور الطفل علي دوابشة … امام بوابات المسجد الاقصى»
    events = candidates(
        "وتجمع العشرات صباح الاحد وهم يحملون صور الطفل علي دوابشة امام بوابات المسجد الاقصى.",
        published=dt.date(2015, 8, 3),
    )
    (ev,) = of_type(events, "Peaceful protest")
    assert ev.trigger.text.startswith("وتجمع"), shown(events)
    assert ev.evidence["date"].span.text == "صباح الاحد", shown(events)


def test_gatherings_of_fighters_struck_are_no_protest() -> None:
    # the row asks for a protest word, a crowd or «نظم»: «تجمعات للحوثيين» are fighters, the target
    events = candidates("وقصفت طائرات التحالف تجمعات للحوثيين في صعدة.", published=dt.date(2015, 7, 24))
    assert not of_type(events, "Peaceful protest"), shown(events)


def test_a_working_session_of_two_ministers_is_a_meeting() -> None:
    # ant-JA-localNews-3855-20170504 (ANT, Apache-2.0): «خلال جلسة عمل إنعقدت مساء أمس الإربعاء»
    events = candidates(
        "ودعا الجهيناوي نظيره البريطاني بوريس جونسون، خلال جلسة عمل إنعقدت مساء أمس الإربعاء، إلى دعم "
        "الاستثمارات البريطانية في تونس.",
        published=dt.date(2017, 5, 4),
    )
    (ev,) = of_type(events, "Meeting")
    assert ev.trigger.text == "جلسة عمل", shown(events)
    assert ev.evidence["date"].span.text == "مساء أمس الإربعاء", shown(events)


def test_a_court_session_is_no_meeting() -> None:
    events = candidates("وتأجلت جلسة محاكمة المتهمين إلى الشهر المقبل.", published=dt.date(2015, 7, 24))
    assert not of_type(events, "Meeting"), shown(events)


# --- «استرداد» (recovering a town), «تصفية» a fighter, massacres and torture, crowds that «خرج» -------


def test_recovering_a_town_is_a_regain_with_its_place_and_day() -> None:
    # snn-20150809-00775: «أكمل الثوار أول من أمس … استرداد مدينة زنجبار، عاصمة محافظة أبين»
    events = candidates(
        "بمجرد أن أكمل الثوار أول من أمس، بمساعدة عناصر الجيش الموالي للشرعية، وإسناد قوي من طائرات "
        "التحالف العربي، استرداد مدينة زنجبار، عاصمة محافظة أبين، حتى بدأوا فورا في تطهيرها من بقايا "
        "التمرد الحوثي.",
        published=dt.date(2015, 8, 9),
    )
    (ev,) = of_type(events, "Government regains territory")
    assert ev.trigger.text == "استرداد", shown(events)
    assert ev.evidence["place"].span.text == "زنجبار", shown(events)
    assert ev.date == "2015-08-07", shown(events)


def test_killing_a_named_commander_by_liquidation_is_a_clash() -> None:
    # snn-20150731-01306: «استطاعوا تصفية قائد المتمردين في المحافظة»
    events = candidates(
        "حقق مقاتلو المقاومة الشعبية في مأرب تطورا ملحوظا عندما استطاعوا تصفية قائد المتمردين في المحافظة.",
        published=dt.date(2015, 7, 31),
    )
    (ev,) = of_type(events, "Armed clash")
    assert ev.trigger.text.startswith("تصفية"), shown(events)
    assert ev.evidence["place"].span.text == "مأرب", shown(events)


def test_settling_accounts_is_no_liquidation() -> None:
    # the row asks for a fighter, a commander or a leader after «تصفية»
    events = candidates(
        "وطالب بتصفية الحسابات المالية للشركة قبل نهاية العام.", published=dt.date(2015, 7, 25)
    )
    assert not events, shown(events)


def test_a_massacre_of_students_is_an_attack_on_them() -> None:
    # snn-20150725-00189: «التحقيق الرسمي في مذبحة راح ضحيتها 43 طالبا العام الماضي»
    events = candidates(
        "قالت لجنة مكسيكية مستقلة إنها اكتشفت عيوبا خطيرة في التحقيق الرسمي في مذبحة راح ضحيتها 43 طالبا "
        "العام الماضي.",
        published=dt.date(2015, 7, 25),
    )
    (ev,) = of_type(events, "Attack")
    assert ev.trigger.text == "مذبحة", shown(events)
    assert ev.evidence["target"].span.text == "43 طالبا", shown(events)


def test_torture_of_a_prisoner_is_an_attack() -> None:
    # snn-20150806-00335: «تعذيب الساعدي … داخل محبسه في سجن الهضبة بالعاصمة طرابلس»
    events = candidates(
        "كشفت منظمة حقوقية محلية في ليبيا أمس النقاب عن أن تعذيب الساعدي، النجل الثالث للعقيد الراحل معمر "
        "القذافي، كما ظهر في فيديو تم تسريبه أخيرا من داخل محبسه في سجن الهضبة بالعاصمة طرابلس، لا يدع "
        "مجالا للشك.",
        published=dt.date(2015, 8, 6),
    )
    (ev,) = of_type(events, "Attack")
    assert ev.trigger.text == "تعذيب", shown(events)


def test_civilians_who_went_out_demanding_are_a_protest() -> None:
    # snn-20150721-00074: «وخرج مدنيون يطالبون بتشكيله»
    events = candidates(
        "وكانت قيادة «جيش الإسلام» التي يترأسها زهران علوش، رفضت تشكيل «جيش فتح» في الغوطة، وخرج مدنيون "
        "يطالبون بتشكيله.",
        published=dt.date(2015, 7, 21),
    )
    (ev,) = of_type(events, "Peaceful protest")
    assert ev.trigger.text == "وخرج", shown(events)


def test_leaving_hospital_is_no_protest() -> None:
    events = candidates("وخرج الرئيس من المستشفى أمس.", published=dt.date(2015, 7, 25))
    assert not of_type(events, "Peaceful protest"), shown(events)


# --- mines cleared («نزع … لغما»), fire returned («ردت على مصدر النيران»), militants pursued -----------


def test_clearing_mines_is_disrupted_weapons_use_with_its_day() -> None:
    # snn-20150731-00356: «من نزع أكثر من 30 لغمًا صباح أمس (الخميس)»
    events = candidates(
        "وتمكن فريق من المهندسين التابع للقوة العسكرية الموالية للشرعية، من نزع أكثر من 30 لغمًا صباح أمس "
        "(الخميس)، قبل عملية التحرك نحو لحج.",
        published=dt.date(2015, 7, 31),
    )
    (ev,) = of_type(events, "Disrupted weapons use")
    assert ev.trigger.text == "نزع", shown(events)
    assert ev.date == "2015-07-30", shown(events)
    assert not of_type(events, "Remote explosive/landmine/IED"), shown(events)


def test_returning_fire_on_shelling_is_a_clash_dated_by_its_clause() -> None:
    # snn-20150727-01010: «القوات السعودية ردت على قصف الحوثيين … اليوم الاثنين»
    events = candidates(
        "قال شهود عيان إن القوات السعودية ردت على قصف الحوثيين لمنطقة على الحدود مع اليمن اليوم الاثنين "
        "بعد ساعات من سريان وقف لإطلاق النار.",
        published=dt.date(2015, 7, 27),
    )
    (ev,) = of_type(events, "Armed clash")
    assert ev.trigger.text == "ردت على قصف", shown(events)
    assert ev.date == "2015-07-27", shown(events)


def test_answering_questions_is_no_clash() -> None:
    events = candidates("ورد الوزير على أسئلة الصحفيين.", published=dt.date(2015, 7, 25))
    assert not events, shown(events)


def test_pursuing_militants_is_a_clash_by_the_governing_subject() -> None:
    # snn-20150725-00458: «واصلت قوات الجيش والشرطة المصرية الحملات الأمنية لملاحقة العناصر الإرهابية»
    events = candidates(
        "واصلت قوات الجيش والشرطة المصرية الحملات الأمنية لملاحقة العناصر الإرهابية بمناطق متفرقة بشمال "
        "سيناء.",
        published=dt.date(2015, 7, 25),
    )
    (ev,) = of_type(events, "Armed clash")
    assert ev.trigger.text.startswith("لملاحقة"), shown(events)
    assert ev.evidence["place"].span.text == "سيناء", shown(events)


def test_pursuing_the_corrupt_in_court_is_no_clash() -> None:
    events = candidates("وتعهد بملاحقة المسؤولين عن الفساد قضائيا.", published=dt.date(2015, 7, 25))
    assert not events, shown(events)


# --- a church, mosque or school set on fire («إحراق كنيسة الطابغة») ----------------------------------


def test_burning_a_church_is_property_destruction_dated_by_its_day() -> None:
    # snn-20150802-00112: «المشتبهين … في احراق كنيسة الطابغة … قرب بحيرة طبرية …، في 18 يونيو (حزيران) الماضي»
    events = candidates(
        "وتطرقت الاذاعة إلى العثور على وثيقة في منزل احد المشتبهين اليهود الثلاثة في احراق كنيسة الطابغة "
        "الاثرية المعروفة بكنيسة «الخبز والسمك»، قرب بحيرة طبرية شمال اسرائيل، في 18 يونيو (حزيران) الماضي.",
        published=dt.date(2015, 8, 2),
    )
    (ev,) = of_type(events, "Looting/property destruction")
    assert ev.trigger.text == "احراق كنيسة", shown(events)
    assert ev.date == "2015-06-18", shown(events)


def test_burning_a_home_stays_with_the_attack_rows() -> None:
    # the new row leaves homes out: the arson of a family's home is coded with the attack on the family
    events = candidates("واتهم الفلسطينيون مستوطنين بحرق منزل عائلة دوابشة.", published=dt.date(2015, 8, 2))
    burnt = of_type(events, "Looting/property destruction")
    assert not [e for e in burnt if "منزل" in e.trigger.text], shown(events)


# --- things seized: a truck, oil fields, stores; «على» + the thing after a long subject ----------------


def test_a_truck_seized_after_a_long_subject_is_property_taken() -> None:
    # snn-20150806-03008: «استولت السلطات المحلية بمحافظة مأرب شرق اليمن على شاحنة محملة …»
    events = candidates(
        "في غضون ذلك استولت السلطات المحلية بمحافظة مأرب شرق اليمن على شاحنة محملة بإجهزة اتصالات "
        "لاسلكية وأجهزة بث في مديرية الوادي بمحافظة مأرب كانت في طريقها إلى ميليشيا الحوثي.",
        published=dt.date(2015, 8, 6),
    )
    assert not of_type(events, "Non-state actor overtakes territory"), shown(events)
    (ev,) = of_type(events, "Looting/property destruction")
    assert ev.evidence["sub_event_type"].rule == "alt:seized_things", shown(events)


def test_oil_fields_seized_are_property_the_region_taken_is_ground() -> None:
    # snn-20150804-00696: «وعند سيطرة تنظيم الدولة الاسلامية على شمال العراق استولت على حقول النفط»
    events = candidates(
        "وعند سيطرة تنظيم الدولة الاسلامية على شمال العراق استولت على حقول النفط وكذلك القمح في سهل نينوى.",
        published=dt.date(2015, 8, 4),
    )
    assert [e.trigger.text for e in of_type(events, "Looting/property destruction")] == ["استولت"], shown(
        events
    )
    assert [e.trigger.text for e in of_type(events, "Non-state actor overtakes territory")] == ["سيطرة"], (
        shown(events)
    )


def test_a_town_taken_after_a_long_subject_stays_a_takeover() -> None:
    events = candidates(
        "واستولى مسلحو التنظيم بعد معارك عنيفة مع القوات الحكومية على مدينة الرمادي.",
        published=dt.date(2015, 5, 18),
    )
    assert of_type(events, "Non-state actor overtakes territory"), shown(events)
    assert not of_type(events, "Looting/property destruction"), shown(events)


# --- people held by kidnappers («مخطوفين/المختطفين في ليبيا»), a journalist's disappearance -------------


def test_hostages_freed_were_abducted_there() -> None:
    # ant-JA-internationalNews-1163-20161105 (ANT, Apache-2.0): «الإفراج عن إيطاليين وكندي مخطوفين في ليبيا»
    events = candidates(
        "أعلنت وزارة الخارجية الإيطالية في بيان أنه تم الإفراج عن إيطاليين وكندي مخطوفين في ليبيا وإنهم "
        "نقلوا جوا إلى إيطاليا في وقت مبكر من صباح اليوم السبت.",
        published=dt.date(2016, 11, 5),
    )
    (ev,) = of_type(events, "Abduction/forced disappearance")
    assert ev.trigger.text == "مخطوفين", shown(events)
    assert ev.evidence["place"].span.text == "ليبيا", shown(events)


def test_journalists_held_in_libya_are_an_abduction_beside_the_protest_for_them() -> None:
    # ant-JA-localNews-660-20170203: «وقفة احتجاجية … للمطالبة بالكشف عن مصير الصحفيين … المختطفين في ليبيا»
    events = candidates(
        "نفّذ عدد من الصحفيين والصحفيين المصورين اليوم الجمعة، وقفة احتجاجية أمام مقر وزارة الشؤون الخارجية "
        "للمطالبة بالكشف عن مصير الصحفيين نذير القطاري وسفيان الشواربي المختطفين في ليبيا.",
        published=dt.date(2017, 2, 3),
    )
    assert of_type(events, "Peaceful protest"), shown(events)
    (ev,) = of_type(events, "Abduction/forced disappearance")
    assert ev.trigger.text == "المختطفين", shown(events)


def test_a_plane_that_disappeared_is_no_abduction() -> None:
    # «اختفاء» counts only with a journalist, an activist or citizens after it
    events = candidates("وتحدث التقرير عن اختفاء الطائرة فوق المحيط الهندي.", published=dt.date(2015, 11, 6))
    assert not events, shown(events)


def test_a_count_of_the_abducted_is_no_event() -> None:
    # «عدد» before the noun cancels it (`cancel_before`): a tally, not a happening
    events = candidates(
        "وقال إن عدد الإيزيديين المختطفين من قبل تنظيم داعش يبلغ 5838 شخصا.", published=dt.date(2015, 7, 31)
    )
    assert not of_type(events, "Abduction/forced disappearance"), shown(events)
