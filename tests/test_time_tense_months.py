"""A bare month name takes the tense of its clause: the most recent such month in a past clause, the next one
in a future clause (CONTRACT: «A month name with الماضي/المقبل (or with no year) is the nearest such month in
that direction»; issue #5 item 2).

Sentences from SaudiNewsNet politics (CC BY-NC-SA 4.0, short excerpts; article ids noted), published in August
2015: the Houthis took Sanaa in September 2014, so «سبتمبر» in those past clauses is 2014-09.
"""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.doc import Article
from marsad.pipeline import Pipeline
from marsad.text.normalize import normalize
from marsad.time.tense import tense_at


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["text", "time"])


def _months(pipe: Pipeline, text: str, day: dt.date) -> list[tuple[str, str]]:
    a = pipe(Article(text, id="t", published=day))
    for x in a.times:
        assert a.text[x.start : x.end] == x.text
    return [(x.text, x.value) for x in a.times if x.rule == "month.bare"]


@pytest.mark.parametrize(
    "text, day, expected",
    [
        # snn-20150806-02316: plural perfect «استولوا»
        (
            "لوقف تقدم الحوثيين الشيعة الذين استولوا على العاصمة صنعاء في سبتمبر ايلول وسيطروا على أغلب مناطق "
            "البلاد.",
            dt.date(2015, 8, 6),
            [("سبتمبر ايلول", "2014-09")],
        ),
        # snn-20150809-00947: «سيطروا» (a perfect, not the future prefix)
        (
            "ولصد الحوثيين المتحالفين مع إيران الذين سيطروا على العاصمة صنعاء في سبتمبر أيلول. ويدعم التحالف",
            dt.date(2015, 8, 9),
            [("سبتمبر أيلول", "2014-09")],
        ),
        # snn-20150806-00192
        (
            "بدعم من الرئيس المخلوع علي عبدالله صالح، وسيطروا على صنعاء في سبتمبر (ايلول) ثم وسعوا نطاق سيطرتهم",
            dt.date(2015, 8, 6),
            [("سبتمبر (ايلول)", "2014-09")],
        ),
        # snn-20150811-00149: a Form X feminine perfect «استضافت»; «أبريل من هذا العام» stays 2015
        (
            "في إطار الحوار الذي استضافت جولتيه السابقتين في يناير (كانون الثاني) وأبريل من هذا العام.",
            dt.date(2015, 8, 11),
            [("يناير (كانون الثاني)", "2015-01"), ("أبريل", "2015-04")],
        ),
        # a past verb whose first letter is و («وقعت» = the verb, not و + قعت)
        ("وقعت الهجمات في سبتمبر", dt.date(2015, 8, 7), [("سبتمبر", "2014-09")]),
    ],
)
def test_month_in_a_past_clause_is_the_last_one(pipe, text, day, expected):
    assert _months(pipe, text, day) == expected


@pytest.mark.parametrize(
    "text, day, expected",
    [
        # snn-20150809-00236
        (
            "وهو مجمع لآلاف المستودعات التي سيتم افتتاحها في أيلول (سبتمبر). ويعد جزءا من خطة",
            dt.date(2015, 8, 9),
            [("أيلول (سبتمبر)", "2015-09")],
        ),
        # snn-20150810-00163
        (
            "للحفاظ على الاتفاق قبل التصويت المقرر إجراؤه في سبتمبر (أيلول) داخل الكونغرس",
            dt.date(2015, 8, 10),
            [("سبتمبر (أيلول)", "2015-09")],
        ),
        ("ستعقد الانتخابات في سبتمبر", dt.date(2015, 8, 7), [("سبتمبر", "2015-09")]),
    ],
)
def test_month_in_a_future_clause_is_the_next_one(pipe, text, day, expected):
    assert _months(pipe, text, day) == expected


@pytest.mark.parametrize("word", ["أسوأ", "ليسوا", "يقولوا"])
def test_words_ending_like_a_plural_perfect_that_are_not_past(word):
    view = normalize(f"{word} منذ سنوات").text  # the tagger reads the folded view: أسوأ → اسوا
    assert tense_at(view, len(word) + 1, len(view), 0, len(view)) is None


@pytest.mark.parametrize(
    "text, day, expected",
    [
        # snn-20150731-00523: the month of «العام الماضي», one expression (it was 2014-11 and 2014 apart, and
        # the event took the year)
        (
            "وكان رئيس الحركة ونائبه قد اعتقلا في شهر نوفمبر (تشرين الثاني) من العام الماضي، خلال مسيرة حقوقية.",
            dt.date(2015, 7, 31),
            [("شهر نوفمبر (تشرين الثاني) من العام الماضي", "2014-11")],
        ),
        # constructed: «أبريل من العام 2014» was April 2015 (the bare month) and 2014 apart
        (
            "ووقع الهجوم في أبريل من العام 2014 قرب الحدود.",
            dt.date(2015, 7, 31),
            [("أبريل من العام 2014", "2014-04")],
        ),
        (
            "ومن المقرر أن تعقد القمة في يناير من العام المقبل.",
            dt.date(2015, 7, 31),
            [("يناير من العام المقبل", "2016-01")],
        ),
    ],
)
def test_month_of_a_named_year(
    pipe: Pipeline, text: str, day: dt.date, expected: list[tuple[str, str]]
) -> None:
    a = pipe(Article(text, id="t", published=day))
    assert [(x.text, x.value) for x in a.times] == expected
