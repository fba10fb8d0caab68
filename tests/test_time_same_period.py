"""«The same» period: «في اليوم نفسه», «أكتوبر من نفس السنة», «15 من الشهر نفسه», «بالشهر ذاته من عام 2014»
name the period of the nearest earlier date of the text (`marsad.time.tagger`, step 4; the words are
data in ``data/time/same.tsv``). Before this rule «اليوم نفسه» was read as the publication day, «20 من
الشهر ذاته» as a day of the publication month and «أكتوبر من نفس السنة» as the last October.

Sentences from the ANT corpus (Jawhara FM, Apache-2.0; article ids noted), none of them reserved.
"""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.doc import Article
from marsad.pipeline import Pipeline
from marsad.time.tagger import find_times


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["text", "time"])


def _times(pipe: Pipeline, text: str, day: dt.date) -> list[tuple[str, str]]:
    a = pipe(Article(text, id="t", published=day))
    for x in a.times:
        assert a.text[x.start : x.end] == x.text  # offsets index the original text
    return [(x.text, x.value) for x in a.times]


@pytest.mark.parametrize(
    "text, day, expected",
    [
        # ant-JA-localNews-98-20170124: a recalled battle, the year of the battle before it
        (
            "ومعركة سيدي عيش الأولى في 18 سبتمبر 1954 ومعركة الرديف في أكتوبر من نفس السنة ومعركة سيدي عيش "
            "الثانية في 20 و21 نوفمبر 1954",
            dt.date(2017, 1, 24),
            ("أكتوبر من نفس السنة", "1954-10"),
        ),
        # ant-JA-economy-134-20170307
        (
            "تراجع بنسبة 0،3 بالمائة خلال شهر فيفري 2017 مقارنة بمستواه المسجل في شهر جانفي من نفس السنة.",
            dt.date(2017, 3, 7),
            ("شهر جانفي من نفس السنة", "2017-01"),
        ),
        # ant-JA-culture-82-20170406: a day of the month of the date before it
        (
            "للتّظاهرة التي ستنطلق فعاليّاتها يوم 8 أفريل 2017 لتتواصل إلى غاية 15 من الشهر نفسه.",
            dt.date(2017, 4, 6),
            ("15 من الشهر نفسه", "2017-04-15"),
        ),
        # ANT localNews (a congress's dates): «يوم 25 من نفس الشهر», a day number before «نفس الشهر»
        (
            "وستنطلق أشغال المؤتمر يوم 22 جانفي الجاري لتتواصل إلى يوم 25 من نفس الشهر بالعاصمة.",
            dt.date(2017, 1, 13),
            ("يوم 25 من نفس الشهر", "2017-01-25"),
        ),
        # ant-JA-economy-1-20170121: the month of the date before it, in the year that follows
        (
            "وبلغت نسبة ارتفاع السياح بتونس خلال ديسمبر إلى 184 بالمئة مقارنة بالشهر ذاته من عام 2014.",
            dt.date(2017, 1, 21),
            ("الشهر ذاته من عام 2014", "2014-12"),
        ),
        # ant-JA-technology-67-20170404: «العام نفسه» is the year named before, not this year
        (
            "وستطور بوش التي تأسست عام 1886 وهو العام نفسه الذي سجل فيه كارل بينز براءة اختراع سيارته.",
            dt.date(2017, 4, 4),
            ("العام نفسه", "1886"),
        ),
    ],
)
def test_the_same_period_is_that_of_the_earlier_date(pipe, text, day, expected):
    assert expected in _times(pipe, text, day)


def test_the_same_day_is_not_the_publication_day(pipe):
    # ant-JA-localNews-699-20141016 (shortened): the seizures were on «يوم الجمعة الماضي»
    text = (
        "حجزت الوحدات يوم الجمعة الماضي ثمان إطلاقات لدى مسافر ليبي وتسنى خلال اليوم ذاته ضبط مسدّس عيار "
        "9 مم لدى مسافر ألماني."
    )
    found = _times(pipe, text, dt.date(2014, 10, 16))
    assert ("يوم الجمعة الماضي", "2014-10-10") in found
    assert ("اليوم ذاته", "2014-10-10") in found
    assert not any(v == "2014-10-16" for _, v in found)


def test_the_same_day_with_no_earlier_date_is_left_out():
    # ant-JA-internationalNews-502-20170312: the day before is told by an event, not a date
    text = "وفي نفس اليوم أوقفت السلطات الهولندية وزيرة الأسرة التركية فاطمة بتول."
    assert find_times(text, dt.date(2017, 3, 12)) == []


def test_the_same_week_of_a_day():
    found = find_times(
        "وصل الوزير يوم 3 مارس 2015 إلى عمان، وفي الأسبوع نفسه زار بغداد.", dt.date(2015, 3, 20)
    )
    assert [(t.text, t.value) for t in found] == [
        ("يوم 3 مارس 2015", "2015-03-03"),
        ("الأسبوع نفسه", "2015-W10"),
    ]


def test_a_day_the_month_does_not_have_is_dropped():
    found = find_times("بدأت يوم 3 فيفري 2015 وانتهت يوم 30 من الشهر ذاته.", dt.date(2015, 3, 20))
    assert not any(t.value.endswith("-30") for t in found)


@pytest.mark.parametrize("text", ["وقال ذات يوم إن الحرب انتهت.", "وهي ذات الصلة بالشهر الماضي."])
def test_dhat_that_is_not_the_same_period(text):
    # «ذات يوم» is "one day", «ذات الصلة» "related": neither is «the same» period
    assert all(t.rule != "same" for t in find_times(text, dt.date(2015, 3, 20)))
