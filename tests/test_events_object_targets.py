"""People and things no entity covers as options of the learned target choice («القبض على أربعة
أشخاص», «أحرقوا منزلا»): the phrases, the options, the entities made of them, the shipped model."""

from __future__ import annotations

import datetime as dt

import pytest

import marsad.events.component as component
from marsad import analyze
from marsad.doc import Article, Event, Evidence, Span
from marsad.events.fixtures import build_article
from marsad.events.generic import add_generic_entities
from marsad.events.phrases import is_thing, object_phrases
from marsad.events.stages import upstream


def _phrases(text: str, taken=()) -> list[tuple[str, str]]:
    art = Article(text)
    for comp in upstream():
        comp(art)
    words = [t.norm for t in art.tokens]
    return [
        (" ".join(words[a : b + 1]), kind) for a, b, kind in object_phrases(words, art.tokens, list(taken))
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # SaudiNewsNet / ANT sentences of the annotated sets whose annotators named these targets
        (
            "ألقت قوات الأمن اللبناني القبض على أربعة أشخاص ينتمون إلى مجموعات مسلحة",
            ("اربعه اشخاص", "people"),
        ),
        ("قتل ما لا يقل عن 40 شخصا في تفجيرين استهدفا زوارا شيعة بدمشق", ("زوارا", "people")),
        (
            "الحوثيين اختطفوا عددا كبيرا من المعتقلين السياسيين من قاعدة العند",
            ("المعتقلين السياسيين", "people"),
        ),
        ("أعلنت السلطات المصرية الإفراج عن 13 مصريا كانوا مختطفين في ليبيا", ("13 مصريا", "people")),
        ("وتعرضت حافلتان للنقل العام لهجوم في قضاء نارلي دره", ("حافلتان", "thing")),
        ("ألقى مستوطنون زجاجات حارقة على منزل في قرية دوما", ("منزل", "thing")),
        # «عدد من» + a people's nisba with «ال» (session 38): ANT, «تم إلقاء القبض على عدد من التونسيين
        # والليبيين المنتمين إلى تنظيم القاعدة»
        (
            "تم إلقاء القبض على عدد من التونسيين والليبيين المنتمين إلى تنظيم القاعدة",
            ("التونسيين والليبيين المنتمين", "people"),
        ),
        ("قتل العشرات من اليمنيين في قصف على عدن", ("العشرات من اليمنيين", "people")),
        # target heads v3 (session 39): quarters, police stations, camps; peoples by a broken plural
        ("وأطلق الحوثيون صواريخ على أحياء سكنية في مدينة عدن", ("احياء سكنيه", "thing")),
        ("أطلق مسلحون مجهولون النار على قسم شرطة الفشن في بني سويف", ("قسم", "thing")),
        ("وألقت الشرطة القبض على اثنين من الأتراك بعد أن سبوا المارة", ("اثنين من الاتراك", "people")),
    ],
)
def test_object_phrases_find_people_and_things_by_their_head(text, found):
    assert found in _phrases(text)


def test_an_object_phrase_stops_at_a_verb_and_never_takes_a_busy_token():
    # «ينتمون» ends like a plural but is a verb: the phrase is the count and its noun
    got = _phrases("ألقت الشرطة القبض على أربعة أشخاص ينتمون إلى خلية")
    assert ("اربعه اشخاص", "people") in got and not any("ينتمون" in p for p, _ in got)
    # the tokens an entity mention or the trigger hold are not an object's
    assert _phrases("ألقت الشرطة القبض على أربعة أشخاص", taken=[(4, 5)]) == []


def test_a_nisba_after_min_needs_a_count_or_some_before_it():
    # «عدد من التونسيين» is people; «مجموعة من السياسيين» is not found by the nisba (no count before «من»),
    # nor is a bare «التونسيين» with no count
    assert not any(p == "التونسيين" for p, _ in _phrases("تحدث الرئيس إلى التونسيين أمس"))


def test_things_are_told_from_people_a_count_aside():
    assert is_thing(["ثلاث", "قاطرات"]) and is_thing(["منزلا"])
    assert not is_thing(["اربعه", "اشخاص"]) and not is_thing(["13", "مصريا"])


def test_object_phrases_are_target_options_only(monkeypatch):
    monkeypatch.setattr(component, "default_filter", lambda: None)
    art = build_article(
        "ألقت قوات الأمن اللبناني القبض أمس على أربعة أشخاص في طرابلس.",
        published=dt.date(2015, 7, 22),
        entities=[("LOC", "طرابلس", "city", None, "LB")],
        times=[("أمس", "2015-07-21")],
    )
    events = component.extract_events(art, learned_roles=False)
    arrest = next(e for e in events if e.sub_event_type == "Arrests")
    opened = art.layer("role_options")[arrest.id]
    people = [o for o in opened["target"] if o.arg.span.text == "أربعة أشخاص"]
    assert len(people) == 1 and people[0].arg.entity is None
    f = people[0].feats
    assert f["object=PEOPLE"] == 1.0 and f["type=PEOPLE"] == 1.0 and f["object_indefinite"] == 1.0
    assert f["sub=Arrests:object=PEOPLE"] == 1.0 and f["verb:after:prep=علي"] == 1.0
    assert not any(o.arg.span.text == "أربعة أشخاص" for o in opened["actor"])


def test_a_thing_chosen_as_target_stays_in_the_evidence_and_people_get_an_entity():
    # a house hit is no party of the ACLED row (actor2 stays empty); counted people are ("People")
    art = build_article(
        "أحرق مستوطنون منزلا وخطفوا أربعة أشخاص في قرية دوما.", published=dt.date(2015, 7, 31)
    )
    events = []
    for trigger, text, sub in (
        ("أحرق", "منزلا", "Looting/property destruction"),
        ("خطفوا", "أربعة أشخاص", "Abduction/forced disappearance"),
    ):
        t, k = art.text.index(trigger), art.text.index(text)
        target = Evidence("learned-target@t", 0.6, Span(k, k + len(text), text))
        events.append(
            Event(
                "V",
                "Violence against civilians",
                sub,
                Span(t, t + len(trigger), trigger),
                evidence={"target": target},
            )
        )
    add_generic_entities(art, events)
    house, people = events
    assert house.target is None and house.evidence["target"].span.text == "منزلا"
    ent = art.entity(people.target)
    assert ent is not None and ent.name == "أربعة أشخاص" and ent.name_en.startswith("People")


def test_the_shipped_target_model_names_the_people_arrested():
    # SaudiNewsNet 2015-07-22 (an annotated set): the annotator's target is «أربعة أشخاص»
    text = "ألقت قوات الأمن اللبناني القبض أمس على أربعة أشخاص ينتمون إلى مجموعات مسلحة في طرابلس."
    art = analyze(text, published=dt.date(2015, 7, 22))
    arrest = next(e for e in art.events if e.sub_event_type == "Arrests")
    assert arrest.evidence["target"].span.text == "أربعة أشخاص"
    assert arrest.evidence["target"].rule.startswith("learned-target")
