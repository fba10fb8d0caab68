"""Resolution in context: villages, facilities, ambiguous names, governorate regions and precision."""

from __future__ import annotations

import pytest

from marsad.places.gazetteer import default_gazetteer
from marsad.places.resolve import Resolution, resolve_text
from marsad.text.normalize import normalize


def _resolve(text: str, title: str = "") -> dict[str, Resolution]:
    view = normalize(text)
    out = {}
    for r in resolve_text(view.text, default_gazetteer(), normalize(title).text if title else ""):
        s, e = view.span_to_original(r.match.phrase_start, r.match.phrase_end)
        out[text[s:e]] = r
    return out


def test_syrian_village_with_countryside_of_governorate() -> None:
    got = _resolve("قتل ثلاثة مدنيين في قرية خشام بريف دير الزور الشرقي.")
    village = got["خشام"]
    assert village.place is not None and village.place.id == "ocha:C5140"
    assert (village.precision, village.feature) == (1, "village")
    region = got["ريف دير الزور الشرقي"]
    assert region.place is not None and region.place.id == "pcode:SY09"
    assert (region.precision, region.feature) == (3, "region")
    assert region.place.country == "SY"


@pytest.mark.parametrize(
    ("text", "facility_id", "kind"),
    [
        ("سيطرت القوات على حقل العمر النفطي شرق الفرات", "fac:sy-omar-field", "oil_field"),
        ("استهدفت الغارات مطار كويرس العسكري شرق حلب", "fac:sy-kuweires", "air_base"),
        ("أعيد فتح معبر باب الهوى أمام المساعدات", "fac:sy-bab-al-hawa", "border_crossing"),
        ("نقل المعتقلون إلى سجن صيدنايا", "fac:sy-saydnaya-prison", "prison"),
        ("توتر في مخيم عين الحلوة للاجئين الفلسطينيين", "fac:lb-ain-al-hilweh", "camp"),
        ("سيطر التنظيم على سد الموصل", "fac:iq-mosul-dam", "dam"),
    ],
)
def test_facilities_resolve_to_the_curated_point(text: str, facility_id: str, kind: str) -> None:
    hits = [r for r in _resolve(text).values() if r.place is not None and r.place.feature == "facility"]
    assert [(r.place.id, r.place.kind, r.precision) for r in hits] == [(facility_id, kind, 1)]


def test_raqqa_in_syria_when_the_article_is_about_syria() -> None:
    got = _resolve("قصفت طائرات التحالف مواقع في الرقة ودير الزور شرق سوريا")
    assert got["الرقة"].place.country == "SY"


def test_raqqa_in_kuwait_when_the_article_is_about_kuwait() -> None:
    got = _resolve("افتتح الوزير مدرسة في الرقة بحضور محافظ الأحمدي، وزار الجهراء والفروانية في الكويت")
    assert got["الرقة"].place.country == "KW"


def test_same_village_name_resolved_by_the_adjacent_admin_unit() -> None:
    # Two OCHA communities are called ذيبان: Deir ez-Zor (C5202) and Ar-Raqqa (C5832).
    deir = _resolve("قرية ذيبان على الضفة الشرقية لنهر الفرات شرق دير الزور")["ذيبان"]
    raqqa = _resolve("نزح الأهالي من قرية ذيبان بريف تل أبيض في محافظة الرقة")["ذيبان"]
    assert deir.place.id == "ocha:C5202"
    assert raqqa.place.id == "ocha:C5832"


def test_mansura_of_the_ghab_not_of_raqqa_or_aleppo() -> None:
    # SaudiNewsNet snn-20150809-00341 (CC BY-NC-SA 4.0), excerpt.
    got = _resolve("في محيط قريتي المشيك والبحصة وأطراف بلدة المنصورة بسهل الغاب في ريف حماة الشمالي الغربي")
    assert got["المنصورة"].place.admin1_en == "Hama"
    assert got["ريف حماة الشمالي الغربي"].precision == 3


def test_direction_gives_precision_two_and_region_three() -> None:
    got = _resolve("اشتباكات شمال حلب وجنوب سوريا")
    assert (got["شمال حلب"].precision, got["شمال حلب"].place.name_en) == (2, "Aleppo")
    assert got["جنوب سوريا"].precision == 3


@pytest.mark.parametrize(
    "text",
    [
        "قال محمد علي إن الباب مفتوح أمام الحوار",  # الباب (door), محمد, علي are also place names
        "أكد الرئيس أن الحكومة ستعلن قرارها يوم الخميس",
        "وفي المقابل يرى الخبراء أن السوق مستقرة",
    ],
)
def test_common_words_are_not_places(text: str) -> None:
    assert [r.match.key for r in resolve_text(normalize(text).text, default_gazetteer()) if r.place] == []


def test_word_like_name_counts_with_a_cue() -> None:
    got = _resolve("سيطرت فصائل المعارضة على مدينة الباب شمال حلب")
    assert got["الباب"].place.name_en == "Al Bab"


def test_tunisian_governorates_and_towns() -> None:
    # ANT ant-JA-economy-16-20170108 (Apache-2.0), excerpt.
    text = "سجل المعبر الحدودي بملولة، التابع لمعتمدية طبرقة من ولاية جندوبة، إلى موفى ديسمبر"
    got = _resolve(text)
    assert got["طبرقة"].place.country == "TN"
    assert (got["ولاية جندوبة"].place.feature, got["ولاية جندوبة"].precision) == ("admin1", 3)


def test_capital_after_name_means_the_city() -> None:
    assert _resolve("الطريق الرابطة بين ولاية سوسة وتونس العاصمة")["تونس"].place.feature == "city"
    assert _resolve("زار الوفد تونس والجزائر")["تونس"].place.feature == "country"
