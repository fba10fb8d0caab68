"""A phone call or a sanction has no place; an agreement only the place its trigger states (taxonomy
``place``)."""

from __future__ import annotations

import datetime as dt

import msgspec
import pytest

import marsad.events.component as component
from marsad.events.fixtures import build_article
from marsad.events.taxonomy import _checked_place, taxonomy


def _events(text: str, entities: list[tuple]) -> list:
    art = build_article(text, published=dt.date(2015, 8, 1), entities=entities)
    return art, component.extract_events(art, use_filter=False)


def _place(art, event) -> str | None:
    ent = art.entity(event.place)
    return ent.name if ent is not None else None


def test_the_taxonomy_says_where_each_kind_of_happening_takes_place():
    tax = taxonomy()
    assert tax.get("Diplomacy", "Phone call").place == "none"
    assert tax.get("Diplomacy", "Sanction").place == "none"
    assert tax.get("Diplomacy", "Agreement").place == "stated"
    assert tax.get("Strategic developments", "Agreement").place == "stated"
    assert tax.get("Diplomacy", "Visit").place == "any"
    assert tax.get("Battles", "Armed clash").place == "any"
    with pytest.raises(ValueError):
        _checked_place("Diplomacy", "Visit", "somewhere")


def test_a_sanction_has_no_place_even_with_a_place_after_fi():
    art, (ev,) = _events(
        "فرضت الولايات المتحدة عقوبات على شركات في لبنان.",
        [("LOC", "الولايات المتحدة", "country"), ("LOC", "لبنان", "country")],
    )
    assert ev.sub_event_type == "Sanction"
    assert ev.place is None and "place" not in ev.evidence
    # the rules did read «في لبنان»: without the finishing step the sanction is placed there
    (raw,) = component.extract_events(art, use_filter=False, finish=False)
    assert _place(art, raw) == "لبنان"


def test_a_phone_call_has_no_place():
    art, events = _events(
        "وتلقى الرئيس عبد الفتاح السيسي اتصالا هاتفيا من الرئيس فلاديمير بوتين تناول الأوضاع في سوريا.",
        [("PER", "عبد الفتاح السيسي"), ("PER", "فلاديمير بوتين"), ("LOC", "سوريا", "country")],
    )
    (call,) = [e for e in events if e.sub_event_type == "Phone call"]
    assert call.place is None and "place" not in call.evidence
    (raw,) = component.extract_events(art, use_filter=False, finish=False)
    assert _place(art, raw) == "سوريا"  # what the call was about, not where it happened


def test_an_agreement_keeps_the_signing_place_its_trigger_states():
    art, (ev,) = _events(
        "ووقع البلدان اتفاقا للتعاون الأمني في الرياض.",
        [("LOC", "الرياض", "city")],
    )
    assert ev.sub_event_type == "Agreement"
    assert _place(art, ev) == "الرياض" and ev.evidence["place"].rule.startswith("prep-")


def test_an_agreement_drops_a_place_no_preposition_of_its_own_introduces():
    # the nearest country of the clause («الاتفاق النووي مع إيران … في سوريا») is a party or a subject,
    # a place before the trigger belongs to another clause
    art, (ev,) = _events("ووقع البلدان اتفاقا للتعاون الأمني في الرياض.", [("LOC", "الرياض", "city")])
    for rule, kept in (
        ("nearest-loc-clause", False),
        ("nearest-loc-sentence", False),
        ("prep-في-before", False),
        ("previous-event-place", False),
        ("learned-place@1.2.0", False),
        ("prep-في", True),
        ("genitive", True),
    ):
        e = msgspec.structs.replace(ev, evidence=dict(ev.evidence))
        e.evidence["place"] = msgspec.structs.replace(ev.evidence["place"], rule=rule)
        component._place_kind(e, taxonomy())
        assert (e.place is not None, "place" in e.evidence) == (kept, kept), rule
