"""A day or a month whose year is given as «لعام 2008», «من عام 2014» or «من العام الماضي» (SNN =
SaudiNewsNet, CC BY-NC-SA 4.0, short excerpts with attribution). Before session 37 the day was dropped
(«21 سبتمبر من العام الماضي» gave the month 2014-09) and «لعام» was not read (2015-12 for «ديسمبر لعام
2008»)."""

import datetime as dt

import pytest

from marsad.time import find_times

CASES = [
    (  # SNN 2015-08-06
        "واختطفت جماعة الحوثيين المتمردة منذ اجتياحها العاصمة صنعاء في الـ21 من سبتمبر من العام الماضي آلاف الناشطين",
        "2015-08-06",
        "الـ21 من سبتمبر من العام الماضي",
        "2014-09-21",
    ),
    (  # SNN 2015-08-09
        'طبقا لاتفاقية "وضع القوات" (SOFA) الموقعة بين واشنطن وبغداد في ديسمبر لعام 2008، التي ألزمت الولايات المتحدة',
        "2015-08-09",
        "ديسمبر لعام 2008",
        "2008-12",
    ),
    ("وقعت الاتفاقية في 5 ديسمبر لعام 2008 في بغداد", "2015-08-09", "5 ديسمبر لعام 2008", "2008-12-05"),
    ("اعتقل في 21 سبتمبر من عام 2014 قرب الحدود", "2015-08-09", "21 سبتمبر من عام 2014", "2014-09-21"),
    ("ستعقد القمة في 3 مارس من العام المقبل", "2015-08-09", "3 مارس من العام المقبل", "2016-03-03"),
]


@pytest.mark.parametrize(("text", "published", "span", "value"), CASES)
def test_year_phrase_gives_the_year(text: str, published: str, span: str, value: str) -> None:
    found = find_times(text, dt.date.fromisoformat(published))
    assert [(t.text, t.value) for t in found] == [(span, value)]


def test_month_of_last_year_and_month_last_stay_apart() -> None:
    """«5 ديسمبر الماضي» is the last December; «مارس من العام الماضي» (published in August) is March of the
    year before, not the last March."""
    pub = dt.date(2015, 8, 6)
    assert [t.value for t in find_times("في 5 مارس الماضي", pub)] == ["2015-03-05"]
    assert [t.value for t in find_times("في 5 مارس من العام الماضي", pub)] == ["2014-03-05"]


def test_without_a_publication_date_the_year_stays_open() -> None:
    assert [(t.text, t.value) for t in find_times("في 21 سبتمبر من العام الماضي", None)] == [
        ("21 سبتمبر من العام الماضي", "XXXX-09-21")
    ]


def test_a_bare_year_before_a_joined_verb_is_a_year() -> None:
    """snn-20150724-01703: «ثم بايع "القاعدة" في 2004 وانفصل عنها» — a word joined by «و» cannot be the noun
    2004 counts, so the year stands (before session 40 only «في 2014» further on was read, and the
    pledge was dated 2014)."""
    found = find_times('ثم بايع "القاعدة" في 2004 وانفصل عنها بعد 10 سنوات في 2014', dt.date(2015, 7, 24))
    assert [(t.text, t.value) for t in found][:1] == [("2004", "2004")]


@pytest.mark.parametrize("text", ["وزعت الكتب في 2000 وخمسمائة مدرسة", "وصل في 2000 وستة آلاف راكب"])
def test_a_number_word_joined_after_a_bare_number_keeps_it_a_number(text: str) -> None:
    assert not find_times(text, dt.date(2015, 7, 24))
