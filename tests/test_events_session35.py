"""Rules added in session 35, read from the blind rounds 117–118 once scored and from the annotated sets.

Each test is a real corpus sentence (SaudiNewsNet, CC BY-NC-SA 4.0, research use, article id given), run
through the rules alone (no learned models): every event the rules make after merging, whatever its score.
"""

from __future__ import annotations

import datetime as dt

from test_events_session34 import candidates, of_type, shown

# --- a recent span of days dates an event to a month, not to the publication day -------------------


def test_the_last_seven_days_date_a_retaking_to_the_month() -> None:
    # snn-20150731-00279: «قتلوا في عملية استعادة السيطرة على مجمع جامعة الأنبار خلال الأيام السبعة الماضية»
    events = candidates(
        "وأشار الخيكاني إلى أن أكثر من 200 مسلح من عناصر تنظيم داعش الإرهابي قتلوا في عملية استعادة السيطرة "
        "على مجمع جامعة الأنبار خلال الأيام السبعة الماضية.",
        published=dt.date(2015, 7, 31),
    )
    (ev,) = of_type(events, "Government regains territory")
    assert (ev.date, ev.date_precision) == ("2015-07", "month")
    assert ev.evidence["date"].rule == "publication-date:period"
    assert ev.evidence["date"].span.text == "الأيام السبعة الماضية"


def test_the_last_two_days_and_the_last_few_days_date_to_the_month() -> None:
    # snn-20150803-00990: «وقعت مواجهات … في الضفة، خلال اليومين الماضيين»; snn-20150731-01638: «ضبطت
    # الشرطة الروسية، خلال الأيام القليلة الماضية» (a span the time stage does not tag)
    events = candidates(
        "وقد وقعت مواجهات بين الفلسطينيين وقوات الاحتلال في الضفة، خلال اليومين الماضيين، أسفرت عن استشهاد "
        "الفتى ليث الخالدي عند حاجز عطارة قرب بير زيت.",
        published=dt.date(2015, 8, 3),
    )
    assert [e.date for e in events] and all(e.date == "2015-08" for e in events), shown(events)
    events = candidates(
        "ضبطت الشرطة الروسية، خلال الأيام القليلة الماضية ، 3 نساء بتهمة الاحتيال عبر الإنترنت.",
        published=dt.date(2015, 7, 31),
    )
    (ev,) = of_type(events, "Arrests")
    assert ev.date == "2015-07" and ev.evidence["date"].span.text == "الأيام القليلة الماضية"


def test_a_day_of_its_own_wins_over_the_span() -> None:
    # snn-20150806-02858: «طيلة الأيام الماضية» is the resistance's; the strike has «أمس الأول»
    events = candidates(
        "واستطرد النهاري: «المقاومة الشعبية أثبتت استبسالها طيلة الأيام الماضية، لكنها بحاجة إلى الدعم "
        "والإسناد الجوي من قوات التحالف الذي قام أمس الأول بقصف منطقة جبل رومان، وأوقع إصابات مباشرة في "
        "صفوف الحوثيين»",
        published=dt.date(2015, 8, 6),
    )
    (ev,) = of_type(events, "Air/drone strike")
    assert (ev.date, ev.evidence["date"].rule) == ("2015-08-04", "clause-time")


def test_months_are_no_span_of_days() -> None:
    # snn-20150725-00187: «في الأشهر الأخيرة» is too long to name a month; the publication day stays
    events = candidates(
        "وقتل عدد من قياديي تنظيم القاعدة في الأشهر الأخيرة في غارات أميركية.",
        published=dt.date(2015, 7, 25),
    )
    assert events and all(e.evidence["date"].rule != "publication-date:period" for e in events), shown(events)


# --- a trigger word inside a place's name names the place ------------------------------------------


def test_tahrir_square_is_no_retaking() -> None:
    # snn-20150804-00194: «المتحف المصري المطل على ميدان التحرير» — a square, not a liberation
    events = candidates(
        "بمناسبة افتتاح قناة السويس الجديدة الخميس المقبل، تتجاور قطع أثرية فرعونية تمثل الحرب والسلام في "
        "معرض بالمتحف المصري المطل على ميدان التحرير بوسط القاهرة.",
        published=dt.date(2015, 8, 4),
    )
    assert not of_type(events, "Government regains territory"), shown(events)


# --- «تعرضه لـ»: the victim is named before the verb --------------------------------------------------


def test_a_policeman_subjected_to_gunfire_is_a_clash() -> None:
    # snn-20150731-01845 (round 117): «استشهاد رجل الأمن … إثر تعرضه لإطلاق نار من قبل مجهولين» — the
    # victim before «تعرضه» is a policeman, so gunmen shooting him is a clash (ACLED: armed men attacking
    # police), not an attack on the car's two passengers named after the trigger
    events = candidates(
        "دان وجهاء وأعيان محافظة القطيف الجريمة الإرهابية التي أدت إلى استشهاد رجل الأمن سامي معوض الحربي "
        "إثر تعرضه لإطلاق نار من قبل مجهولين خلال قيامه بتفتيش مركبة يستقلها شخصان في بلدة الجش بمحافظة "
        "القطيف.",
        published=dt.date(2015, 7, 31),
    )
    assert of_type(events, "Armed clash") and not of_type(events, "Attack"), shown(events)


# --- a claim in a later sentence names who did the happening before it ---------------------------------


def test_a_later_claim_names_the_bomber() -> None:
    # snn-20150810-01566: «قتل أربعة أشخاص … في تفجير وقع اليوم على طريق مطار كابل الدولي» … «أعلنت حركة
    # "طالبان" الأفغانية مسؤوليتها عن هذا التفجير»
    events = candidates(
        "قتل أربعة أشخاص على الأقل وأصيب عشرة آخرون بجروح في تفجير وقع اليوم على طريق مطار كابل الدولي .\n"
        ' من جهة أخرى أعلنت حركة "طالبان" الأفغانية مسؤوليتها عن هذا التفجير .',
        published=dt.date(2015, 8, 10),
    )
    first = min(events, key=lambda e: e.trigger.start)
    assert first.trigger.text == "تفجير" and first.evidence["actor"].rule == "claimed-responsibility-later"
    assert first.evidence["actor"].span.text == "طالبان"


# --- «القوات الأمنية» are state forces ------------------------------------------------------------------


def test_security_forces_taking_ground_regain_it() -> None:
    # snn-20150802-00167 (its first clause): «إن «القوات الأمنية سيطرت على مناطق كثيرة في داخل مدينة
    # الرمادي» — the state's forces taking ground is «Government regains territory», not a non-state
    # takeover. (In the whole sentence «من قبل طيران التحالف», the agent of «قطع خطوط الإمداد», is taken
    # as the actor: still open.)
    events = candidates(
        "وقال عضو مجلس المحافظة والمتحدث الرسمي باسم المجلس، عيد عمّاش، في حديث لـ«الشرق الأوسط» إن «القوات "
        "الأمنية سيطرت على مناطق كثيرة في داخل مدينة الرمادي وهي مناطق البو ذياب والتأميم».",
        published=dt.date(2015, 8, 2),
    )
    taken = [e for e in events if e.trigger.text == "سيطرت"]
    assert [e.sub_event_type for e in taken] == ["Government regains territory"], shown(events)


# --- a toll's source and its dead are not who struck -----------------------------------------------------


def test_a_toll_clause_names_no_striker() -> None:
    # snn-20150810-01563: «أعلنت خلية الإعلام الحربي العراقية في بيان عن مقتل 49 مسلحا من تنظيم داعش،
    # بقصف جوي» — ISIS are the dead, the cell reports; neither is the strike's actor
    events = candidates(
        " من جانبها أعلنت خلية الإعلام الحربي العراقية في بيان عن مقتل 49 مسلحا من تنظيم / داعش /، بقصف جوي "
        "استهدف أوكارهم في منطقه مكيشيفة شمال مدينة سامراء في محافظة صلاح الدين .",
        published=dt.date(2015, 8, 10),
    )
    (ev,) = of_type(events, "Air/drone strike")
    assert "actor" not in ev.evidence or ev.evidence["actor"].rule != "clause-subject-means", ev.evidence
    assert ev.actor is None or "داعش" not in (
        ev.evidence["actor"].span.text if "actor" in ev.evidence else ""
    )


# --- a planned event's bare weekday is the coming one ------------------------------------------------


def test_a_planned_talk_on_tuesday_is_next_tuesday() -> None:
    # snn-20150809-00962 (a Sunday): «ومن المقرر ان يبحث لافروف … في موسكو يوم الثلاثاء» — 11 August, not 4
    text = (
        "ومن المقرر ان يبحث لافروف الوضع في سوريا والحرب على تنظيم داعش\xa0مع نظيره السعودي عادل الجبير في "
        "موسكو يوم الثلاثاء."
    )
    (ev,) = of_type(candidates(text, published=dt.date(2015, 8, 9)), "Talks")
    assert (ev.status, ev.date) == ("planned", "2015-08-11")
    assert ev.evidence["date"].rule == "clause-time:next-weekday"


def test_a_past_weekday_stays_past() -> None:
    # snn-20150809-00962's «الثلاثاء» with «الماضي» (the same sentence, the mark added): stays 4 August
    text = "وبحث لافروف الوضع في سوريا مع نظيره السعودي عادل الجبير في موسكو يوم الثلاثاء الماضي."
    (ev,) = of_type(candidates(text, published=dt.date(2015, 8, 9)), "Talks")
    assert ev.date == "2015-08-04"


# --- a suicide bomber in the next sentence makes a definite attack a suicide bombing ----------------


def test_the_attacks_then_two_suicide_attacks() -> None:
    # snn-20150801-00125: «بعد الاعتداءات الدامية التي وقعت في نجامينا الشهر الماضي» and then «وشهدت تشاد …
    # هجومين انتحاريين خلال أقل من شهر»
    events = candidates(
        "تبنى البرلمان التشادي، أمس، مشروع قانون مثير للجدل حول مكافحة الإرهاب، أعد بعد الاعتداءات الدامية "
        "التي وقعت في نجامينا الشهر الماضي، ويثير قلقًا كبيرًا في صفوف المعارضة والمدافعين عن حقوق الإنسان.\n"
        "وشهدت تشاد، التي تشارك في التحالف الدولي الإقليمي الذي شكل مطلع 2015 ضد المتشددين النيجيريين في بوكو "
        "حرام، هجومين انتحاريين خلال أقل من شهر.",
        published=dt.date(2015, 8, 1),
    )
    first = min(events, key=lambda e: e.trigger.start)
    assert first.trigger.text.startswith("الاعتداءات") and first.sub_event_type == "Suicide bomb", shown(
        events
    )
    assert first.evidence["sub_event_type"].rule.startswith("suicide-next-sentence")


# --- confrontations with the Israeli army are riots ------------------------------------------------------


def test_confrontations_with_the_occupation_are_riots() -> None:
    # snn-20150723-01020: «خلال مواجهات اندلعت مع قوات الاحتلال»; snn-20150723-00553: «برصاص الجيش
    # الإسرائيلي أثناء مواجهات قرب مدينة جنين»
    for text in (
        " مقتل فلسطيني ميدانيا، استشهد فجر امس الشاب محمد أحمد علاونة (21عاما)، من برقين قضاء جنين شمال الضفة "
        "الغربية المحتلة، متأثرا بإصابته برصاص الاحتلال في الصدر، خلال مواجهات اندلعت مع قوات الاحتلال.",
        "قتل شاب فلسطيني صباح أمس الأربعاء برصاص الجيش الإسرائيلي أثناء مواجهات قرب مدينة جنين شمال الضفة "
        "الغربية المحتلة، حسبما أفاد مصدر أمني فلسطيني ومصدر طبي.",
    ):
        events = candidates(text, published=dt.date(2015, 7, 23))
        clashes = [e for e in events if e.trigger.text.startswith("مواجهات")]
        assert [e.sub_event_type for e in clashes] == ["Violent demonstration"], shown(events)


def test_other_clashes_stay_clashes() -> None:
    # snn-20150803-00017: «وأوضحت مصادر عسكرية أن الاشتباكات وقعت عندما كانت فرقة عسكرية تقوم بعملية
    # تمشيط في بلدة شوال بوزيرستان» — no Israeli force named
    events = candidates(
        "وأوضحت مصادر عسكرية أن الاشتباكات وقعت عندما كانت فرقة عسكرية تقوم بعملية تمشيط في بلدة شوال "
        "بوزيرستان المحاذية للحدود مع أفغانستان.",
        published=dt.date(2015, 8, 3),
    )
    assert [e.sub_event_type for e in events if e.trigger.text == "الاشتباكات"] == ["Armed clash"], shown(
        events
    )


# --- a meeting granted to a paper, or a paper's own, is an interview ------------------------------------


def test_an_interview_granted_to_a_paper_is_no_meeting() -> None:
    # snn-20150802-00156: «وأكد في لقاء خص به «الشرق الأوسط» …»; snn-20150724-01799: «دار لقاء جريدة اليوم
    # بالدكتورة آمنة نصير»
    for text, day in (
        (
            " وأكد في لقاء خص به «الشرق الأوسط» صباح الخميس الماضي في القصر الجمهوري في العاصمة نيقوسيا، أنه "
            "سيعمل بلا توقف لتوحيد شطري الجزيرة.",
            dt.date(2015, 8, 2),
        ),
        (
            " دار لقاء جريدة اليوم بالدكتورة آمنة نصير (عميد كلية الدراسات الإسلامية والعربية بالأزهر - سابقا).",
            dt.date(2015, 7, 24),
        ),
    ):
        events = candidates(text, published=day)
        assert not of_type(events, "Meeting"), shown(events)
