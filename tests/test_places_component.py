"""The places component on whole articles: LOC entities with geo, merging with NER entities, robustness."""

from __future__ import annotations

import pytest

from marsad.doc import Article, Entity, Mention
from marsad.pipeline import Pipeline
from marsad.places.component import PlaceResolver

# SaudiNewsNet snn-20150722-01657 (CC BY-NC-SA 4.0), excerpt.
SNN = (
    "كما قتل 26 شخصا في غارات شنتها طائرات النظام السوري على مدينة منبج بريف حلب الشرقي بعد يوم من قصف مماثل "
    "على هذه المدينة الواقعة تحت سيطرة تنظيم داعش. يذكر أن بلدتي الفوعة وكفريا من آخر المناطق التي ما زالت "
    "قوات النظام تسيطر عليها في ريف إدلب."
)


@pytest.fixture(scope="module")
def pipe() -> Pipeline:
    return Pipeline(["text", PlaceResolver()])


def _check_offsets(a: Article) -> None:
    for e in a.entities:
        for m in e.mentions:
            assert a.text[m.start : m.end] == m.text


def test_creates_loc_entities_with_geo(pipe: Pipeline) -> None:
    a = pipe(Article(SNN, id="snn-20150722-01657"))
    _check_offsets(a)
    by_name = {e.mentions[0].text: e for e in a.entities}
    assert by_name["منبج"].geo.gazetteer_id == "ocha:C1767"
    assert by_name["منبج"].kb_id == "ocha:C1767" and by_name["منبج"].name_en == "Menbij"
    assert by_name["كفريا"].geo.admin1 == "Idleb"
    assert by_name["ريف حلب الشرقي"].geo.precision == 3
    assert [e.id for e in a.entities] == [f"E{i}" for i in range(1, len(a.entities) + 1)]
    layer = a.layer("places")
    assert {p.entity for p in layer} == {e.id for e in a.entities}
    assert all(e.geo.rule and 0 < e.geo.confidence <= 1 for e in a.entities)


def test_repeated_place_is_one_entity(pipe: Pipeline) -> None:
    a = pipe(Article("قصف على حمص. وفي حمص أيضا سقط قتلى، وبحمص انقطعت الكهرباء."))
    homs = [e for e in a.entities if e.name_en == "Homs"]
    assert len(homs) == 1 and len(homs[0].mentions) == 3


def test_sets_geo_on_existing_loc_entity_and_continues_ids(pipe: Pipeline) -> None:
    text = "قتل مدنيان في خشام بريف دير الزور."
    a = Article(text)
    s = text.index("خشام")
    a.entities.append(Entity(id="E7", type="LOC", name="خشام", mentions=[Mention(s, s + 4, "خشام")]))
    pipe(a)
    assert a.entities[0].geo is not None and a.entities[0].geo.gazetteer_id == "ocha:C5140"
    assert a.entities[0].kb_id == "ocha:C5140"
    assert [e.id for e in a.entities] == ["E7", "E8"]  # «ريف دير الزور» is new


def test_place_inside_an_organisation_is_left_alone(pipe: Pipeline) -> None:
    text = "أعلنت جامعة دمشق نتائج الامتحانات"
    a = Article(text)
    s = text.index("جامعة دمشق")
    a.entities.append(
        Entity(id="E1", type="ORG", name="جامعة دمشق", mentions=[Mention(s, s + 10, "جامعة دمشق")])
    )
    pipe(a)
    assert len(a.entities) == 1 and a.entities[0].geo is None


def test_unknown_place_does_not_break_the_article(pipe: Pipeline) -> None:
    text = "هاجم مسلحون قرية الشعيطات شرقي دير الزور وقرية زززتستان."
    a = Article(text)
    s = text.index("الشعيطات")
    a.entities.append(Entity(id="E1", type="LOC", name="الشعيطات", mentions=[Mention(s, s + 8, "الشعيطات")]))
    pipe(a)
    # Not in any gazetteer, but the text anchors it: east of Deir ez-Zor (the town's point, precision 2).
    geo = a.entities[0].geo
    assert geo is not None and geo.rule == "anchor:admin-unit" and geo.country == "SY" and geo.precision == 2
    assert a.entities[0].kb_id is None  # the anchor's id is in geo, not the entity's link
    assert any(e.geo and e.geo.name_en == "Deir-ez-Zor" for e in a.entities)
    assert not a.warnings


def test_ner_entity_not_matched_is_looked_up(pipe: Pipeline) -> None:
    text = "وصل الوفد إلى بنغازي أمس"
    a = Article(text)
    a.entities.append(Entity(id="E1", type="LOC", name="بنغازي", mentions=[Mention(100, 106, "xxxxxx")]))
    pipe(a)
    assert a.entities[0].geo is not None and a.entities[0].geo.country == "LY"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Breaking news from Damascus and Aleppo.",
        "<p>قصف على <b>حلب</b></p>" * 3,
        "حلب " * 20000,
        "ـــ ،،، ...",
    ],
)
def test_bad_input_never_crashes(pipe: Pipeline, text: str) -> None:
    a = pipe(Article(text))
    _check_offsets(a)
    assert a.layer("places") is not None


def test_contract_json_has_geo(pipe: Pipeline) -> None:
    d = pipe(Article("سقطت قذائف على مخيم اليرموك جنوب دمشق")).to_json()
    geos = [e["geo"] for e in d["entities"]]
    assert geos and all(
        set(g) >= {"lat", "lon", "country", "admin1", "feature", "gazetteer_id", "precision"} for g in geos
    )
    assert {g["country"] for g in geos} == {"SY"}
