"""Saudi governorate seats the gazetteer lacked until session 36 (`data/places/curated_sa.tsv`)."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.analysis import analyze
from marsad.places.gazetteer import default_gazetteer


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("بيشة", "Bisha"),
        ("الخفجي", "Khafji"),
        ("رفحاء", "Rafha"),
        ("تيماء", "Tayma"),
        ("دومة الجندل", "Dumat al-Jandal"),
        ("محافظة المجاردة", "Al-Majardah"),
        ("وادي الدواسر", "Wadi ad-Dawasir"),
    ],
)
def test_governorate_seats_resolve_in_saudi_arabia(name: str, english: str) -> None:
    saudi = [p for p in default_gazetteer().lookup(name) if p.country == "SA"]
    assert saudi and saudi[0].name_en == english
    assert 16.0 < saudi[0].lat < 32.5 and 34.5 < saudi[0].lon < 55.7


def test_a_seat_named_by_an_ordinary_word_needs_its_governorate() -> None:
    # «الحريق» is «the fire», «فرسان» «knights»: only «محافظة الحريق», «جزر فرسان» name the places
    g = default_gazetteer()
    assert not [p for p in g.lookup("الحريق") if p.country == "SA"]
    assert [p.name_en for p in g.lookup("محافظة الحريق") if p.country == "SA"] == ["Al-Hariq"]
    assert [p.name_en for p in g.lookup("جزر فرسان") if p.country == "SA"] == ["Farasan"]


def test_an_arrest_in_a_governorate_is_placed_there() -> None:
    # snn-20150724-00301 (round 121, read after its blind score): «تمكنت … في محافظة المجاردة من القبض على»
    article = analyze(
        "علمت “عين اليوم” من خلال مصادرها أن الجهات الأمنية تمكنت قبل قليل في محافظة المجاردة من القبض على "
        "المطلوب الأمني أنس أسامة الشهري بعد محاصرته في أحد الشقق المفروشة.",
        published=dt.date(2015, 7, 24),
    )
    (arrest,) = [e for e in article.events if e.sub_event_type == "Arrests"]
    place = article.entity(arrest.place)
    assert place is not None and place.geo is not None and place.geo.country == "SA"
    assert "المجاردة" in place.name
