import datetime as dt

import pytest

from marsad.time import resolve as R

WED = dt.date(2017, 3, 8)  # a Wednesday


@pytest.mark.parametrize(
    "iso,direction,strict,expected",
    [
        (3, -1, True, "2017-03-01"),  # «الأربعاء الماضي» on a Wednesday: a week before
        (3, 1, True, "2017-03-15"),  # «الأربعاء المقبل»: a week after
        (3, -1, False, "2017-03-08"),  # a bare «الأربعاء» in a past clause: today
        (3, 1, False, "2017-03-08"),
        (5, -1, False, "2017-03-03"),
        (5, 1, False, "2017-03-10"),
        (5, None, False, "2017-03-10"),  # no cue: the nearest Friday (2 days ahead, 5 back)
        (1, 0, False, "2017-03-06"),  # «هذا الاثنين»: the Monday of this week
    ],
)
def test_time_resolve_weekday(iso, direction, strict, expected):
    assert R.weekday(WED, iso, direction, strict=strict) == expected


def test_time_resolve_weekday_without_reference():
    assert R.weekday(None, 3, -1) == "XXXX-WXX-3"


def test_time_resolve_months_and_days_follow_direction():
    assert R.month(WED, 7, -1, strict=True) == "2016-07"
    assert R.month(WED, 7, 1, strict=True) == "2017-07"
    assert R.month(WED, 3, -1, strict=True) == "2016-03"
    assert R.month(WED, 3, 0) == "2017-03"
    assert R.month(WED, 12, None) == "2016-12"
    assert R.day_month(WED, 14, 7, -1) == "2016-07-14"
    assert R.day_month(WED, 14, 7, 1) == "2017-07-14"
    assert R.day_month(dt.date(2017, 1, 4), 12, 1, None) == "2017-01-12"
    assert R.day_month(None, 22, 10, None) == "XXXX-10-22"


def test_time_resolve_relative_units():
    assert R.relative_unit(WED, "W", -1) == "2017-W09"
    assert R.relative_unit(WED, "W", 0) == "2017-W10"
    assert R.relative_unit(dt.date(2017, 1, 4), "M", -1) == "2016-12"
    assert R.relative_unit(WED, "Y", 1) == "2018"
    assert R.relative_unit(None, "M", -1) == "XXXX-XX"


def test_time_resolve_hijri_umm_al_qura():
    assert R.hijri_day(25, 10, 1436) == "2015-08-10"
    assert R.hijri_day(34, 7, 1436) is None  # an impossible day is no date
    assert R.hijri_month(None, 9, 1436, None) == "2015-07"  # Ramadan 1436: its 15th is 2015-07-02
    assert R.hijri_month(dt.date(2015, 8, 9), 9, None, -1) == "2015-07"


def test_time_resolve_years_and_durations():
    assert R.two_digit_year(48, WED) == 1948
    assert R.two_digit_year(15, WED) == 2015
    assert R.ago(WED, 2, "D") == "2017-03-06"
    assert R.ago(WED, 4, "Y") == "2013"
    assert R.ago(WED, 6, "M") == "2016-09"
    assert R.duration(4, "Y") == "P4Y"
    assert R.duration(48, "H") == "PT48H"
    assert R.duration(0.5, "H") == "PT30M"
    assert R.duration(None, "Y") == "PXY"
    assert R.clock("2017-03-08", 9, 5) == "2017-03-08T09:05"
