"""Rules added in session 42, read from the gold events of the training rounds that no rule proposed.

Each test is a real corpus sentence (SaudiNewsNet, CC BY-NC-SA 4.0, research use, article id given), run
through the rules alone (no learned models): every event the rules make after merging, whatever its score.
"""

from __future__ import annotations

import datetime as dt

from test_events_session34 import candidates, of_type, shown

# --- signing: «توقيع» with what is signed a few words on (row 91 wants the two side by side) ----------


def test_protocols_signed_with_a_number_between_are_an_agreement() -> None:
    # snn-20150806-00281: «شهد رئيس الوزراء المصري إبراهيم محلب أمس توقيع 4 بروتوكولات …»
    events = candidates(
        "شهد رئيس الوزراء المصري إبراهيم محلب أمس توقيع 4 بروتوكولات لتسليم الحكومة المصرية عددا من "
        "المشاريع التي تم تنفيذها ضمن المشاريع التنموية الإماراتية في مصر.",
        published=dt.date(2015, 8, 6),
    )
    (ev,) = of_type(events, "Agreement")
    assert ev.trigger.text.startswith("توقيع"), shown(events)
    assert ev.date == "2015-08-05", shown(events)


def test_a_count_of_agreements_signed_is_an_agreement() -> None:
    # snn-20150802-00848: «وهو ما تم بتوقيع ست اتفاقيات في مجالات متعددة»
    events = candidates(
        "وضمن هذا السياق تأتي زيارة الأمير محمد بن سلمان لروسيا لتعيد فتح باب التفاهمات السعودية "
        "الروسية، وهو ما تم بتوقيع ست اتفاقيات في مجالات متعددة أهمها التعاون النووي.",
        published=dt.date(2015, 8, 2),
    )
    assert of_type(events, "Agreement"), shown(events)
    assert of_type(events, "Visit"), shown(events)


def test_a_large_number_of_agreements_signed_is_an_agreement() -> None:
    # snn-20150721-02008: «وتوقيع عدد كبير من الاتفاقيات البينية»
    events = candidates(
        "وبدء أعمال اللجنة التنسيقية السعودية الفرنسية الدائمة في باريس قبل عدة أيام، وتوقيع عدد كبير "
        "من الاتفاقيات البينية، لهي رسالة واضحة تؤكد متانة هذا التحالف.",
        published=dt.date(2015, 7, 21),
    )
    (ev,) = of_type(events, "Agreement")
    assert ev.trigger.text == "وتوقيع", shown(events)


def test_a_document_signed_is_no_agreement() -> None:
    # snn-20150807-00501 (round 120): a decree to dig a canal, signed by one man
    events = candidates(
        "وقام الرئيس المصري عبد الفتاح السيسي بتوقيع وثيقة حفر قناة السويس الجديدة في 5 أغسطس 2014، "
        "وتقديمها للفريق مهاب مميش رئيس هيئة قناة السويس لتنفيذها.",
        published=dt.date(2015, 8, 7),
    )
    assert not of_type(events, "Agreement"), shown(events)


# --- «التقيت», «التقينا»: meetings told in the first person, in interviews ------------------------------


def test_a_meeting_told_in_the_first_person_is_a_meeting_with_its_city() -> None:
    # snn-20150804-00758 (round 81), an interview: «التقيت في القاهرة وفدا رفيعا من قيادات المؤتمر …»
    events = candidates(
        "التقيت في القاهرة وفدا رفيعا من قيادات المؤتمر الشعبي العام، وقابلت في مسقط قيادات حوثية، "
        "أواخر شهر مايو، ما سر هذه اللقاءات؟",
        published=dt.date(2015, 8, 4),
    )
    meetings = of_type(events, "Meeting")
    assert any(ev.trigger.text == "التقيت" for ev in meetings), shown(events)
    (ev,) = [ev for ev in meetings if ev.trigger.text == "التقيت"]
    assert ev.evidence["place"].span.text == "القاهرة", shown(events)


def test_a_meeting_told_by_we_is_a_meeting() -> None:
    # snn-20150721-02071 (round 84): «ما حصل أننا التقينا في جنيف بالأمين العام للأمم المتحدة»
    events = candidates(
        "ما حصل أننا التقينا في جنيف بالأمين العام للأمم المتحدة، لكن الطرف الآخر لم يكن مستعدا.",
        published=dt.date(2015, 7, 21),
    )
    (ev,) = of_type(events, "Meeting")
    assert ev.trigger.text == "التقينا", shown(events)


# --- the dual of «تفجير» and «انفجار» (rows 56–57 list the singular, plural and definite only) ---------


def test_two_bombings_in_the_dual_are_an_explosion_event() -> None:
    # ant-JA-internationalNews-781-20170410 (Apache-2.0): the Palm Sunday church bombings
    events = candidates(
        "يشار إلى ان نحو 46 ضحية سقطوا أمس في تفجيرين منفصلين استهدفا مصلين في كنيستين بالاسكندرية وطنطا.",
        published=dt.date(2017, 4, 10),
    )
    (ev,) = of_type(events, "Remote explosive/landmine/IED")
    assert ev.trigger.text == "تفجيرين", shown(events)
    assert ev.date == "2017-04-09", shown(events)


def test_two_blasts_in_the_dual_are_an_explosion_event_with_its_toll() -> None:
    # snn-20150803-00165: «قتلوا وأصيب 31 آخرون أمس الأحد، جراء انفجارين، أحدهما في موقع للشرطة …»
    events = candidates(
        "إلى ذلك، ذكر الجيش التركي، أن ثلاثة جنود أتراك قتلوا وأصيب 31 آخرون أمس الأحد، جراء انفجارين، "
        "أحدهما في موقع للشرطة العسكرية والآخر لغم في مركبة عسكرية شرقي تركيا.",
        published=dt.date(2015, 8, 3),
    )
    blasts = of_type(events, "Remote explosive/landmine/IED")
    assert any(ev.trigger.text == "انفجارين" for ev in blasts), shown(events)


# --- «تحررت» + the town: a town «was freed» (the intransitive of «حرر», with no doer) ---------------


def test_a_town_that_was_freed_is_regained_territory_with_the_town_as_its_place() -> None:
    # snn-20150811-01029 (round 28): «ففي اليمن …، تحررت عدن تماما من عصابات الحوثي وأتباع علي صالح»
    events = candidates(
        "سياسيا؛ شهدت الأيام الماضية تحقيق أكثر من إنجاز سعودي، ففي اليمن حيث تتولى المملكة قيادة تحالف "
        "دعم الشرعية، تحررت عدن تماما من عصابات الحوثي وأتباع علي صالح، وصار بإمكان قادة الدولة "
        "الشرعيين أن يحطوا ويستقروا فيها.",
        published=dt.date(2015, 8, 11),
    )
    freed = [ev for ev in of_type(events, "Government regains territory") if ev.trigger.text == "تحررت"]
    assert len(freed) == 1, shown(events)
    assert freed[0].evidence["place"].span.text == "عدن", shown(events)


def test_provinces_freed_from_a_militia_take_the_militia_as_target() -> None:
    # snn-20150810-00118 (round 48): «وكانت محافظات عدن ولحج والضالع قد تحررت من ميليشيات الحوثي»
    events = candidates(
        "وكانت محافظات عدن ولحج والضالع قد تحررت من ميليشيات الحوثي وقوات الرئيس المخلوع، ومن المتوقع "
        "حسم المعارك في أبين وشبوة وتعز خلال أيام.",
        published=dt.date(2015, 8, 10),
    )
    (ev,) = of_type(events, "Government regains territory")
    assert ev.trigger.text == "تحررت", shown(events)
    assert ev.evidence["target"].span.text.startswith("ميليشيات الحوثي"), shown(events)


# --- raids («داهم», «مداهمة», «عملية مداهمات»): no row named them; the police's raids are arrests ------


def test_a_police_raid_operation_is_an_arrest_event_in_its_city() -> None:
    # snn-20150724-00062 (round 38): «كما اطلقت السلطات التركية صباح الجمعة عملية مداهمات واسعة في اسطنبول»
    events = candidates(
        "كما اطلقت السلطات التركية صباح الجمعة عملية مداهمات واسعة في اسطنبول شارك فيها خمسة الاف "
        "شرطي بدعم من المروحيات ضد ناشطين مفترضين من تنظيم الدولة الاسلامية.",
        published=dt.date(2015, 7, 24),
    )
    (ev,) = of_type(events, "Arrests")
    assert "مداهمات" in ev.trigger.text, shown(events)
    assert ev.evidence["place"].span.text == "اسطنبول", shown(events)
    assert ev.date == "2015-07-24", shown(events)


def test_raids_carried_out_by_police_overnight_are_an_arrest_event() -> None:
    # snn-20150724-01740 (round 24): «… الشرطة التركية … نفذوا ايضا مداهمات خلال الليل لأكثر من 100 موقع»
    events = candidates(
        "وذكرت وسائل اعلام محلية أن حوالي 5000 من افراد الشرطة التركية تساندهم طائرات هليكوبتر وقوات "
        "خاصة نفذوا ايضا مداهمات خلال الليل لأكثر من 100 موقع يشتبه بانها تابعة لتنظيم داعش في مدينة "
        "اسطنبول.",
        published=dt.date(2015, 7, 24),
    )
    (ev,) = of_type(events, "Arrests")
    assert ev.trigger.text == "مداهمات", shown(events)


# --- a peace agreement between the parties of a conflict is ACLED's Strategic developments/Agreement ---


def test_a_peace_agreement_signed_by_a_rebel_movement_is_a_strategic_agreement() -> None:
    # snn-20150810-00115 (round 98): the Tuareg movement «التي وقعت اتفاق سلام مع حكومة باماكو في يونيو»
    events = candidates(
        "وجاء في بيان هذه الحركة التي وقعت اتفاق سلام مع حكومة باماكو في يونيو (حزيران) الماضي أنها "
        "«تدين الهجمات الإرهابية التي وقعت خصوصا في سيفاري».",
        published=dt.date(2015, 8, 10),
    )
    (ev,) = [e for e in events if e.sub_event_type == "Agreement"]
    assert ev.event_type == "Strategic developments", shown(events)


def test_a_cooperation_agreement_between_states_stays_diplomacy() -> None:
    # the taxonomy's own example of a Diplomacy agreement (data/events/taxonomy.json)
    events = candidates("وقع البلدان اتفاقية للتعاون الأمني في الرياض.", published=dt.date(2015, 8, 10))
    (ev,) = of_type(events, "Agreement")
    assert ev.event_type == "Diplomacy", shown(events)
