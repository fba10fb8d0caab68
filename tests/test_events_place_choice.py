"""The learned place choice (a second look at the rules' place) and the trigger rows added with it."""

from __future__ import annotations

import datetime as dt

import msgspec

import marsad.events.component as component
from marsad.doc import Evidence, Span
from marsad.events.filter import EventFilter
from marsad.events.fixtures import build_article
from marsad.events.place_choice import choose_place, current
from marsad.events.role_choice import default_role_model

# a strike on «مواقع جنوبية» (an adjective the NER took for a place) in a town of a country
STRIKE = "قصفت طائرات حربية مواقع جنوبية في مدينة تدمر بسوريا."
ENTS = [
    ("ORG", "طائرات حربية"),
    ("LOC", "جنوبية"),
    ("LOC", "تدمر", "city", None, "SY"),
    ("LOC", "سوريا", "country", None, "SY"),
]
PREFER_COUNTRY = EventFilter("t", {"geo=country": 4.0}, bias=-2.0, threshold=0.5)
PREFER_PICK = EventFilter("t", {"pick": 4.0, "geo=country": 1.0}, bias=-2.0, threshold=0.5)


def _strike():
    return build_article(STRIKE, published=dt.date(2015, 7, 31), entities=ENTS)


def _coded(monkeypatch, place_model):
    monkeypatch.setattr(component, "default_filter", lambda: None)
    monkeypatch.setattr(component, "default_role_model", lambda r: place_model if r == "place" else None)
    art = _strike()
    return art, component.extract_events(art)[0]


def test_options_describe_every_place_of_the_sentence_and_mark_the_rules_pick(monkeypatch):
    art, ev = _coded(monkeypatch, None)
    assert ev.evidence["place"].span.text == "تدمر"  # the rules' pick
    opts = art.layer("place_options")[ev.id]
    by_text = {o.arg.span.text: o.feats for o in opts}
    assert set(by_text) == {"جنوبية", "تدمر", "سوريا"}
    assert by_text["تدمر"]["pick"] == 1.0 and by_text["تدمر"]["geo=city"] == 1.0
    assert by_text["جنوبية"]["adjective_like"] == 1.0 and by_text["جنوبية"]["geo=none"] == 1.0
    assert by_text["سوريا"]["pick_same_country"] == 1.0 and by_text["سوريا"]["geo=country"] == 1.0


def test_another_place_replaces_the_pick_only_when_the_model_prefers_it(monkeypatch):
    art, ev = _coded(monkeypatch, PREFER_COUNTRY)
    assert ev.evidence["place"].span.text == "سوريا"
    assert ev.evidence["place"].rule == "learned-place@t"
    assert art.entity(ev.place).name == "سوريا"
    _art, ev = _coded(monkeypatch, PREFER_PICK)
    assert ev.evidence["place"].span.text == "تدمر" and ev.evidence["place"].rule == "prep-في"


def test_a_model_that_trusts_no_place_of_the_sentence_leaves_the_place_empty(monkeypatch):
    doubt = EventFilter("t", {"pick": 1.0}, bias=-4.0, threshold=0.5, drop=0.2)  # the pick: p ≈ 0.05
    _art, ev = _coded(monkeypatch, doubt)
    assert ev.place is None and "place" not in ev.evidence
    assert ev.evidence["place_rejected"].rule == "learned-place@t:none"
    assert ev.evidence["place_rejected"].span.text == "تدمر"


def test_a_place_that_came_from_elsewhere_is_not_reranked(monkeypatch):
    art, ev = _coded(monkeypatch, None)
    opts = art.layer("place_options")[ev.id]
    assert current(ev, opts) == opts
    moved = msgspec.structs.replace(
        ev, evidence=dict(ev.evidence, place=Evidence("previous-event-place", 0.5, Span(0, 4, "قصفت")))
    )
    assert current(moved, opts) == []
    choose_place(PREFER_COUNTRY, moved, opts)
    assert moved.evidence["place"].rule == "previous-event-place"


def test_the_shipped_place_model_loads(monkeypatch):
    default_role_model.cache_clear()
    try:
        model = default_role_model("place")
        assert model is not None and "events_dev.jsonl" in model.trained_on
        monkeypatch.setenv("MARSAD_EVENTS_PLACE", "off")
        default_role_model.cache_clear()
        assert default_role_model("place") is None
    finally:
        default_role_model.cache_clear()


def test_captures_are_arrests_but_a_family_is_not(rules_only):
    # SaudiNewsNet 20150731-00975 style
    art = build_article(
        "أفادت مصادر قبلية يمنية امس بأن المقاومة الشعبية أسرت 40 من مسلحي جماعة الحوثي في محافظة أبين.",
        published=dt.date(2015, 7, 31),
        entities=[("ORG", "المقاومة الشعبية"), ("ORG", "الحوثي"), ("LOC", "أبين", "admin1", None, "YE")],
    )
    assert [e.sub_event_type for e in component.extract_events(art)] == ["Arrests"]
    family = build_article(
        "وقال إن أسرته من حلب وإنها تعيش في تركيا منذ سنوات.",
        published=dt.date(2015, 7, 31),
        entities=[("LOC", "حلب", "city", None, "SY"), ("LOC", "تركيا", "country", None, "TR")],
    )
    assert component.extract_events(family) == []


def test_an_aid_plane_landing_is_aid(rules_only):
    # SaudiNewsNet 20150724-01339 style
    art = build_article(
        "وصلت إلى مطار عدن الدولي عصر امس الخميس طائرة عسكرية سعودية محملة بالمساعدات الإغاثية والإنسانية.",
        published=dt.date(2015, 7, 24),
        entities=[("LOC", "مطار عدن الدولي", "airport", None, "YE")],
    )
    events = component.extract_events(art)
    assert [e.sub_event_type for e in events] == ["Aid"]
    assert events[0].evidence["place"].span.text == "مطار عدن الدولي"
