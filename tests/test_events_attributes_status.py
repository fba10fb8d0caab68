"""Date, status and fatality rules on real sentences (ANT, Apache-2.0; SaudiNewsNet excerpts, CC BY-NC-SA 4.0)."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad import analyze
from marsad.doc import Article
from marsad.events.attributes import fatalities, parse_timex
from marsad.events.component import extract_events
from marsad.events.fixtures import build_article

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules, without the learned filter


def _events(text, published, entities=(), times=()):
    return extract_events(
        build_article(text, published=published, entities=list(entities), times=list(times))
    )


def test_date_falls_back_to_publication_with_lower_precision_and_says_so():
    # SaudiNewsNet 20150808-00865: no time expression in the sentence
    evs = _events(
        "وقالت المصادر إن الحوثيين وقوات صالح قصفوا بالدبابات وقذائف الهاون منطقتي باب موسى والعواضي.",
        dt.date(2015, 8, 8),
        entities=[("LOC", "باب موسى", "city")],
    )
    e = evs[0]
    assert (e.date, e.date_precision) == ("2015-08-08", "month")
    assert e.evidence["date"].rule == "publication-date" and e.evidence["date"].span is None


def test_since_expressions_do_not_date_the_event():
    # SaudiNewsNet 20150811-01118: «منذ 26 مارس» dates the coalition's campaign, not the shelling
    evs = _events(
        "إن المقاومة الشعبية قصفت مواقع الحوثيين في البيضاء بالتزامن مع تحليق لطيران التحالف منذ 26 مارس الماضي.",
        dt.date(2015, 8, 11),
        entities=[("LOC", "البيضاء", "city")],
        times=[("26 مارس الماضي", "2015-03-26")],
    )
    assert evs[0].evidence["date"].rule == "publication-date" and evs[0].status == "reported"


def test_status_planned_from_future_verb_and_date():
    # SaudiNewsNet 20150801-00908
    evs = _events(
        "إن وزير الخارجية الروسي سيرجي لافروف سيعقد اجتماعا ثلاثيا مع نظيريه الأمريكي جون كيري "
        "والسعودي عادل الجبير خلال زيارة عمل لقطر يومي الثاني والثالث من أغسطس آب.",
        dt.date(2015, 8, 1),
        entities=[
            ("PER", "سيرجي لافروف"),
            ("PER", "جون كيري"),
            ("PER", "عادل الجبير"),
            ("LOC", "قطر", "country"),
        ],
        times=[("الثاني والثالث من أغسطس", "2015-08-02")],
    )
    meeting = next(e for e in evs if e.sub_event_type == "Meeting")
    assert meeting.status == "planned" and meeting.evidence["status"].rule.startswith("status:planned")
    assert meeting.date == "2015-08-02"


def test_status_denied_after_a_denial():
    # SaudiNewsNet 20150731-00345
    evs = _events(
        "من جهة أخرى, نفت أنقرة اتهامات وحدات الحماية الكردية السورية بقصف الجيش التركي مواقعها في قرية حدودية.",
        dt.date(2015, 7, 31),
        entities=[("LOC", "أنقرة", "city"), ("ORG", "الجيش التركي", None, 1)],
    )
    e = next(e for e in evs if e.event_type == "Explosions/Remote violence")
    assert e.status == "denied" and e.evidence["status"].span.text == "نفت"


def _palmyra():
    # SaudiNewsNet 20150808-00578: a takeover dated 21 May, reported on 8 August
    return _events(
        "لوجودها على طريق يربط مدينة تدمر الأثرية، التي سيطر «داعش» عليها في 21 مايو، بريف القلمون الشرقي.",
        dt.date(2015, 8, 8),
        entities=[("LOC", "تدمر", "city"), ("ORG", "داعش", None, 2)],
        times=[("21 مايو", "2015-05-21")],
    )[0]


def test_status_historical_when_dated_long_before_publication():
    e = _palmyra()
    assert (e.sub_event_type, e.status, e.date) == (
        "Non-state actor overtakes territory",
        "historical",
        "2015-05-21",
    )


def test_status_reported_by_default():
    # ANT internationalNews-858 (2016-10-11)
    evs = _events(
        "تظاهر مئات الكوريين الجنوبيين, اليوم الثلاثاء, أمام السفارة الأمريكية بوسط سيول.",
        dt.date(2016, 10, 11),
        entities=[("LOC", "سيول", "city")],
        times=[("اليوم الثلاثاء", "2016-10-11")],
    )
    assert [(e.sub_event_type, e.status, e.date) for e in evs] == [
        ("Peaceful protest", "reported", "2016-10-11")
    ]


def test_a_killing_word_before_a_persons_name_counts_one_death_an_attempt_none():
    # SaudiNewsNet rounds 19 and 22: «أدان اغتيال النائب العام المستشار هشام بركات», «مقتل محسن الفضلي»
    text = "أعلنت وزارة الدفاع الأمريكية أمس عن مقتل محسن الفضلي في غارة أمريكية."
    art = build_article(text, published=dt.date(2015, 7, 22), entities=[("PER", "محسن الفضلي")])
    n, ev = fatalities(art, 0, len(text), text.index("غارة"))
    assert n == 1 and ev.rule == "fatalities-kill-person" and ev.span.text == "مقتل محسن الفضلي"
    text = "ونجا عضو الهيئة أحمد محجوب من محاولة اغتيال أحمد محجوب في درنة."
    art = build_article(text, published=dt.date(2015, 7, 22), entities=[("PER", "أحمد محجوب")])
    assert fatalities(art, 0, len(text), 0) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        # ANT internationalNews-1180
        ("وأعلن الجيش التركي مقتل ثلاثة جنود وإصابة 14 آخرين في هجوم شنه مسلحون أكراد.", 3),
        # ANT internationalNews-1205
        ("دوت انفجارات في محيط ملعب فرنسا الدولي مما أسفر عن سقوط 40 قتيلا وعدة جرحى.", 40),
        # ANT internationalNews-773
        ("عملية إطلاق النار التي جدت في شارع الشانزيليزيه وأسفرت عن مقتل شرطيين وإصابة آخر.", 2),
        # ANT internationalNews-1239
        ("لقي 6 أشخاص حتفهم إثر انقلاب قارب يقل مهاجرين سوريين.", 6),
        # SaudiNewsNet 20150803-00942
        ("وقالت مصادر محلية إن اشتباكات في منطقة الجفينة خلفت 13 قتيلا من المتمردين.", 13),
        # SaudiNewsNet 20150807-00010 (one person)
        ("أعلنت المصادر مقتل شخص في الهجوم.", 1),
        # «قتلى وجرحى» is not a death count
        ("أسفر القصف عن سقوط 25 قتيلا وجريحا.", None),
        # SaudiNewsNet 20150801-00997: number, people, «قتلوا»
        ("أن 25 حوثياً قتلوا جراء قصف جوي شنته قوات التحالف على مواقعهم بمدينة مأرب.", 25),
        # SaudiNewsNet 20150808-00865: «بمقتل» with the preposition attached
        ("أفادت مصادر محلية يمنية اليوم بمقتل أربعة مدنيين وإصابة تسعة آخرين جراء قصف.", 4),
        # SaudiNewsNet 20150808-01015: a compound number word
        ("إن سبعة عشر مدينا قتلوا وأصيب العشرات جراء انفجار ألغام.", 17),
        # ANT internationalNews-655: «أكثر من»
        ("لقي أكثر من 90 شخصا حتفهم وأصيب العشرات الآخرون في قصف جوي.", 90),
        # SaudiNewsNet 20150807-00010: one named person «لقي … مصرعه»
        ("لقي السعودي سعود بن سعدي الخثعمي، المقاتل في صفوف تنظيم داعش، مصرعه على يد قوات النظام.", 1),
        # SaudiNewsNet round 25: «جراء» (because of) after the count is no «جرحى»
        ("أفاد مصدر يمني مسؤول بمقتل 50 مدنياً جراء غارات شنتها قوات التحالف.", 50),
        ("وسقط 20 قتيلاً جراء الانفجار.", 20),
        # dual nouns in the nominative, a dual verb, «اثنين» after the noun and its adjective (rounds 25-28)
        ("قتل عنصران من الشرطة التركية بالرصاص صباح أمس الجمعة بمنطقة أضنه.", 2),
        ("قالت مصادر طبية إن شخصين قتلا وأصيب عشرة بجروح في اشتباكات في بنغازي.", 2),
        ("أعلنت مصادر رسمية مقتل عسكريين تركيين اثنين وجرح اربعة آخرين.", 2),
        # a count up to eight words before «قتلوا», but not across a comma
        ("أن ما لا يقل عن 40 حوثياً من أبناء مديرية حيدان بصعدة قتلوا في المواجهات.", 40),
        ("ان خمسة عناصر من تنظيم القاعدة من بينهم قيادي، قتلوا في غارة.", None),
        # «قضى 4», «مقتل أحد», «ألفي» (rounds 22-28)
        ("قضى 4 فلسطينيين في انفجار داخلي وقع في منزل بمخيم الشابورة.", 4),
        ("قصف مواقع لعناصر داعش ما أدى إلى مقتل أحد قادته.", 1),
        ("إن أكثر من ألفي عراقي بمحافظة نينوى قتلوا على يد التنظيم.", 2000),
        # executions counted (session 6): SaudiNewsNet 20150808-01023, 20150803-01112
        ("ووثق المرصد السوري إعدام 2070 شخصا على يد التنظيم منذ إعلانه الخلافة.", 2070),
        ("وأعدم التنظيم 11 شخصا في مدينة الرقة بتهمة التعامل مع التحالف.", 11),
        # a death sentence is no death
        ("وقضت المحكمة بإعدام 11 متهما في القضية.", None),
        # round 85-86 (session 23): a count in parentheses or after a quoted word (SaudiNewsNet 20150809-00331,
        # 20150809-00100), «قتلت», thousands, two groups joined by «و» (20150806-01496, 20150724-01601,
        # 20150721-00564, 20150806-00409)
        ("بشأن حدوث تفجير في مسجد مقر القوة، مما نتج عنه استشهاد (15) وإصابة (33).", 15),
        ("وقالت إن منفذ الهجوم، الذي أسفر عن «استشهاد» 15 مصليًا، بينهم عدد من رجال الأمن.", 15),
        ("وقال المصدر إن قذيفة سقطت على منزل بقرية تقع جنوبي الشيخ زويد وقتلت خمسة أشخاص من أسرة واحدة.", 5),
        ("وانفجار قنبلة هيروشيما الذي قتل 140 ألف شخص بحلول نهاية العام.", 140000),
        ("أعلن المتحدث استشهاد ضابط وثلاثة جنود وإصابة ثلاثة أفراد آخرين في انفجار عبوة ناسفة.", 4),
        ("وأعلنوا مقتل أربعة مدنيين وجندي بعد أسبوع من أعنف قتال.", 5),
        ("أسفر القصف عن مقتل 5 أشخاص و3 جرحى.", 5),
        # out-of-fold misses on rounds 1–64 (session 23): a dual «مسلحان», «لقوا مصرعهم» after the count,
        # «لقي … مصرعهم» eight words on, «أودى بحياة», «لقي … مقتله», the verb «استشهد»
        ("من جهة أخرى قتل مسلحان من مليشيات الحوثي وأصيب أربعة آخرون، في هجوم شنته المقاومة الشعبية.", 2),
        ("وذكر بيان لسلطات ولاية شرناق أن 4 من عناصر الأمن لقوا مصرعهم وأصيب آخر، إثر انفجار عبوة ناسفة.", 4),
        ("لقي 4 من القيادات الأمنية الحوثية في محافظة إب، مصرعهم، أمس، في مواجهات مع المقاومة الشعبية.", 4),
        ("وفتحت الباب أمام تفجير انتحاري أودى بحياة 32 شخصا على الاقل في بلدة تركية قرب الحدود.", 32),
        ("كما لقي قائد التنظيم ناصر الوحيشي مقتله في غارة مماثلة.", 1),
        ("قام المسلحون بالقصف على وسط المدينة واستشهد أحد العاملين داخل المستشفى.", 1),
    ],
)
def test_fatality_patterns(sentence, count):
    art = Article(sentence)
    n, ev = fatalities(art, 0, len(sentence), 0)
    assert n == count
    if n is not None:
        assert sentence[ev.span.start : ev.span.end] == ev.span.text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-07-20", ("2015-07-20", "day")),
        ("2015-07-20T10:00", ("2015-07-20", "day")),
        ("2015-07", ("2015-07", "month")),
        ("2015", ("2015", "year")),
        ("P3D", None),
        ("2015-W30", ("2015-07", "month")),
    ],
)
def test_timex_values(value, expected):
    got = parse_timex(value, dt.date(2015, 8, 1))
    assert (got[:2] if got else None) == expected


def test_an_almanac_line_is_dated_by_the_year_that_opens_it():
    # SaudiNewsNet 20150726-00433 («هذا اليوم في التاريخ»): each line opens with its year
    text = (
        "1944 - وفاة شاه إيران رضا خان. \n"
        "1953 - مجموعة مسلحة يقودها فيدل كاسترو تهاجم ثكنة مونكادا في كوبا في إطار محاولة انقلاب فاشلة. \n"
    )
    e = next(e for e in _events(text, dt.date(2015, 7, 26)) if e.trigger.text == "تهاجم")
    assert (e.date, e.date_precision, e.status) == ("1953", "year", "historical")
    ev = e.evidence["date"]
    assert ev.rule == "line-year" and ev.span.text == "1953" and text[ev.span.start : ev.span.end] == "1953"
    # a year inside a line is no entry date: the publication date stays the fallback
    inside = _events(
        "وقال المصدر إن مسلحين هاجموا في 1953 - حسب الرواية - ثكنة في كوبا.", dt.date(2015, 7, 26)
    )
    assert all(e.evidence["date"].rule != "line-year" for e in inside)


@pytest.mark.usefixtures("rules_only")
def test_almanac_entries_run_on_in_one_paragraph_are_dated_by_the_year_opening_their_sentence():
    # SaudiNewsNet round 26 («هذا اليوم في التاريخ» with no line breaks); a year inside a sentence of
    # an ordinary article is no entry date
    text = (
        "وفي مثل هذا اليوم. 1933 - الياباني يوشيتابو شيميزو يبتكر رشاشا. 1936 - توقيع اتفاقية مونترو التي "
        "تمنح تركيا حق حماية منطقة الدردنيل. 2005 - محاولة فاشلة لتفجير 4 قنابل في وسائل نقل في لندن."
    )
    evs = analyze(text, published=dt.date(2015, 7, 21)).events
    got = {e.trigger.text: (e.date, e.evidence["date"].rule, e.status) for e in evs}
    assert got["توقيع اتفاقية"] == ("1936", "line-year", "historical")
    assert got["لتفجير"] == ("2005", "line-year", "historical")
    one = analyze(
        "قال المصدر. 2014 - 2015 كانا عامين صعبين، وتواصلت الاشتباكات في المدينة.",
        published=dt.date(2015, 7, 21),
    )
    assert all(e.evidence["date"].rule != "line-year" for e in one.events)


@pytest.mark.usefixtures("rules_only")  # the date rule, whatever the learned filter keeps
def test_a_day_and_month_in_an_almanac_line_take_the_lines_year():
    # SaudiNewsNet 20150806 almanac (round 22): «في 10 ايلول/سبتمبر» inside the 1952 line is 1952-09-10,
    # not the last 10 September before publication
    text = (
        "1952- الجامعة العربية تحتج على مفاوضات بين اسرائيل والمانيا. انتهت المفاوضات بالزام المانيا بدفع "
        "ثلاثة مليارات مارك لاسرائيل ووقع اتفاق في لوكسمبورغ في 10 ايلول/سبتمبر.\n"
    )
    e = next(
        e for e in analyze(text, published=dt.date(2015, 8, 6)).events if e.sub_event_type == "Agreement"
    )
    assert (e.date, e.date_precision) == ("1952-09-10", "day")
    assert e.evidence["date"].rule == "line-year-date"


def test_a_night_between_two_days_is_dated_by_the_first():
    # SaudiNewsNet 20150731-00975: «ليل الاربعاء الخميس» is Wednesday night
    text = "أفاد مسؤول حكومي ان خمسة عناصر من تنظيم القاعدة قتلوا ليل الاربعاء الخميس في غارة لطائرة بدون طيار فوق جنوب اليمن."
    evs = _events(
        text,
        dt.date(2015, 7, 31),
        entities=[("ORG", "تنظيم القاعدة"), ("LOC", "اليمن", "country", None, "YE")],
        times=[("ليل الاربعاء", "2015-07-29"), ("الخميس", "2015-07-30")],
    )
    e = next(e for e in evs if e.trigger.text == "غارة")
    assert e.date == "2015-07-29" and e.evidence["date"].span.text == "ليل الاربعاء"


def test_saturday_night_in_a_saturday_article_is_the_friday_the_time_stage_gave():
    # SaudiNewsNet 20150801-00887 (a Saturday): «ليلة السبت» is Friday night, 31 July
    text = (
        "تصاعدت حدة المعارك، ليلة السبت، بين المقاومة الشعبية والمتمردين الحوثيين في محافظة تعز جنوبي اليمن."
    )
    evs = _events(
        text,
        dt.date(2015, 8, 1),
        entities=[("ORG", "المقاومة الشعبية"), ("ORG", "الحوثيين"), ("LOC", "تعز", "admin1", None, "YE")],
        times=[("ليلة السبت", "2015-07-31")],
    )
    assert [e.date for e in evs] == ["2015-07-31"]


def test_a_time_before_a_comma_belongs_to_the_item_before_it():
    # SaudiNewsNet 20150725 (a list of the region's wars): each «الغزو» takes the year after it in its
    # own segment, not the nearer year that closes the item before the comma
    text = (
        "ثم الحرب العراقية-الإيرانية عام 1980، والغزو الإسرائيلي للبنان عام 1982، والغزو العراقي للكويت "
        "1990، واعتداءات 11 سبتمبر 2001، والغزو الأميركي للعراق 2003."
    )
    times = [
        ("عام 1980", "1980"),
        ("عام 1982", "1982"),
        ("1990", "1990"),
        ("11 سبتمبر 2001", "2001-09-11"),
        ("2003", "2003"),
    ]
    evs = _events(
        text,
        dt.date(2015, 7, 25),
        entities=[("LOC", "لبنان", "country"), ("LOC", "للكويت", "country"), ("LOC", "للعراق", "country")],
        times=times,
    )
    by_target = {e.trigger.start: e.date for e in evs}
    iraq_kuwait = text.index("والغزو العراقي")
    us_iraq = text.index("والغزو الأميركي")
    assert by_target.get(iraq_kuwait) == "1990" and by_target.get(us_iraq) == "2003"


def test_a_status_read_from_a_date_follows_the_date_that_replaced_it():
    # the learned date choice (or a time inside a name) may move an event's date after the status rules
    # ran: a status they read from the old date, or their default, follows
    from marsad.doc import Evidence
    from marsad.events.attributes import restatus

    e = _palmyra()
    art = Article("x", published=dt.date(2015, 8, 8))
    assert e.status == "historical"
    e.date, e.evidence["date"] = "2015-08-08", Evidence("learned-date@2.0.0:publication", 0.7, None)
    restatus(art, e)
    assert (e.status, e.evidence["status"].rule) == ("reported", "status:reported:default")
    e.date, e.evidence["date"] = "2014-11", Evidence("learned-date@2.0.0:time", 0.7, None)
    restatus(art, e)
    assert (e.status, e.evidence["status"].rule) == (
        "historical",
        "status:historical:date-before-publication",
    )
    e.status, e.evidence["status"] = "denied", Evidence("status:denied:denial-cue", 0.8, None)
    restatus(art, e)
    assert e.status == "denied"  # a status the words give is not the date's to change
