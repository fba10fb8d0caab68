"""Context rules added for the coverage round: lists of one kind (Amman vs Oman), quarters («حي X»), a country
adjective after the name, plural cues, glued proclitics, alternate names abroad, curated Tunisian and Yemeni places.

Sentences are real corpus excerpts: ANT (Apache-2.0) and SaudiNewsNet (CC BY-NC-SA 4.0, short excerpts, ids given).
"""

from __future__ import annotations

import pytest

from marsad.places.gazetteer import default_gazetteer
from marsad.places.resolve import Resolution, resolve_text
from marsad.text.normalize import normalize


def _resolve(text: str, title: str = "") -> dict[str, Resolution]:
    view = normalize(text)
    out = {}
    gaz = default_gazetteer()
    for r in resolve_text(view.text, gaz, normalize(title).text if title else "", view=view):
        s, e = view.span_to_original(r.match.phrase_start, r.match.phrase_end)
        out.setdefault(text[s:e], r)
    return out


def _country(text: str, name: str) -> str | None:
    r = _resolve(text).get(name)
    return r.place.country if r is not None and r.place is not None else None


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # snn-20150723-00893: a list of capitals
        ("تنسيق بين أربع عواصم إقليمية هي الرياض وأنقرة وعمان ودمشق، ويستثني", "JO"),
        # snn-20150724-00838: a list of countries
        ("تليها السعودية ثم إثيوبيا 9 في المائة وعمان وتركيا 7 في المائة", "OM"),
        # snn-20150809-00942
        ("نقل 80 مصابًا يمنيًا إلى العاصمة الأردنية عمان اليوم لاستكمال علاجهم", "JO"),
        ("زار الوزير الكويت وقطر وعمان والبحرين", "OM"),
    ],
)
def test_amman_or_oman_from_the_list_it_stands_in(text: str, country: str) -> None:
    assert _country(text, "عمان") == country


def test_quarter_goes_to_the_town_named_with_it() -> None:
    # ant-JA-localNews-1028-20161216: «حي الرياض» is a quarter of Sousse, not Riyadh.
    r = _resolve("تجمع المياه في منطقة واقعة بين القلعة الصغرى وحي الرياض بسوسة.")["الرياض"]
    assert r.place is not None and r.place.name_en == "Sousse"
    assert r.precision == 2 and r.rule == "gazetteer:quarter-of-town"


def test_quarter_listed_near_its_city_keeps_its_own_point() -> None:
    # snn-20150724-00736
    r = _resolve("اشتباكات جرت بين جبهة النصرة وقوات النظام في حي القابون في دمشق")["حي القابون"]
    assert r.place is not None and r.place.id == "fac:sy-qaboun" and r.precision == 1
    r = _resolve("سقطت قذائف على حي القدم في دمشق")["حي القدم"]
    assert r.place is not None and r.place.id == "cur:sy-dam-qadam"


def test_quarter_of_an_unnamed_town_is_not_a_village_elsewhere() -> None:
    r = _resolve("وقعت المداهمة في حي الشريعة فجر اليوم")
    assert "الشريعة" not in r or r["الشريعة"].place is None


def test_country_adjective_after_the_name_picks_the_country() -> None:
    # snn-20150727-00103
    r = _resolve("الهجوم الانتحاري الذي تعرضت له مدينة سروج التركية، ذات الأكثرية الكردية")["سروج"]
    assert r.place is not None and r.place.country == "TR" and r.place.name_en == "Suruç"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "كما تستمر المواجهات في تعز، ثالث اكبر مدن البلاد والتي تتوجه الانظار",
            "البلاد",
        ),  # snn-20150811-01184
        ("لا يكترث لنصائح وكالة الاستخبارات الأمريكية في باريس", "كالة"),  # snn-20150721-02008: و + «كالة»
        ("فرض سيطرتها على وادي عقان الإستراتيجي الذي يفصل محافظتي لحج وعدن", "وادي"),  # snn-20150724-01771
        ("فجر الانتحاري سترة ناسفة في المسجد", "سترة"),
        ("تتمنى لهما حياة سعيدة", "سعيدة"),  # ant-JA-sport-120-20170130
        ("قالت إن القوات هي في وسط معركة التوازنات", "هي في"),  # snn-20150724-00714
        ("قرب الحي العسكري بسوسة", "الحي"),  # ant-JA-society-585-20150525
    ],
)
def test_ordinary_words_are_not_places(text: str, word: str) -> None:
    r = _resolve(text).get(word)
    assert r is None or r.place is None


def test_a_cue_still_makes_a_wordlike_name_a_place() -> None:
    # snn-20150807-01082
    r = _resolve("مقتل رجلي أمن في جزيرة سترة بالبحرين بتفجير")["سترة"]
    assert r.place is not None and r.place.country == "BH"


@pytest.mark.parametrize(
    ("text", "name", "name_en"),
    [
        ("انقطاع حركة المرور بين ولاية المنستير ومعتمدية الجم من ولاية المهدية", "الجم", "El Jem"),
        ("تزويد المدرسة الابتدائية التابعة لمعتمدية النفيضة من ولاية سوسة", "النفيضة", "Enfidha"),
        ("حادث مرور على الطريق الرابطة بين بوفيشة والنفيضة", "بوفيشة", "Bou Ficha"),
        ("انقطاع الماء بمعتمدية ساقية سيدي يوسف من ولاية الكاف", "ساقية سيدي يوسف", "Sakiet Sidi Youssef"),
        ("قصف الحوثيون حي الدمينة بمنطقة دار سعد في عدن", "دار سعد", "Dar Saad (Aden)"),
    ],
)
def test_curated_places_resolve_in_context(text: str, name: str, name_en: str) -> None:
    r = _resolve(text)[name]
    assert r.place is not None and r.place.name_en == name_en


# ant-JA-localNews-* style sentences (ANT, Apache-2.0): «تونس» is the state unless the context is a city's.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("أعلنت تونس عن إجراءات جديدة", ["cc:TN"]),
        ("نظمت وقفة احتجاجية بتونس أمام مقر البلدية في شارع الحبيب بورقيبة", ["gn:2464470"]),
        ("وقع انفجار في وسط تونس اليوم", ["gn:2464470"]),
        ("في تونس والقيروان وسوسة. وأعلنت تونس عن إجراءات", ["gn:2464470", "cc:TN"]),
        ("زار الرئيس تونس والجزائر والمغرب", ["cc:TN", "cc:DZ", "cc:MA"]),
        ("سافر إلى الكويت", ["cc:KW"]),
    ],
)
def test_state_or_its_namesake_capital(text: str, expected: list[str]) -> None:
    got = [r.place.id for r in resolve_text(normalize(text).text, default_gazetteer()) if r.place]
    want = [x for x in got if x in ("cc:TN", "cc:DZ", "cc:MA", "cc:KW", "gn:2464470")]
    assert want == expected


def test_a_capital_mention_leaves_the_state_entity() -> None:
    from marsad import analyze

    a = analyze("في تونس والقيروان وسوسة. وأعلنت تونس عن إجراءات", published="2017-01-01")
    by_kb = {e.kb_id: e for e in a.entities}
    assert [m.start for m in by_kb["Q948"].mentions] == [32]
    assert by_kb["Q948"].geo.gazetteer_id == "cc:TN"
    assert [m.start for m in by_kb["gn:2464470"].mentions] == [3]
    assert by_kb["gn:2464470"].geo.feature == "city"
