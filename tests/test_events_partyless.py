"""A weak diplomatic trigger with no party named («الاستفادة من الاتفاق النووي») is a candidate below the
rules' cut that the learned filter decides on (session 12); before, it was never emitted."""

from __future__ import annotations

import datetime as dt

import pytest

import marsad.events.component as component
from marsad.events.filter import features
from marsad.events.fixtures import build_article


@pytest.mark.parametrize(
    "text",
    [
        "قال الجبير إن على إيران الاستفادة من الاتفاق النووي لتعزيز وضع شعبها.",  # SNN 20150724-01888
        "وأشاد الأسد بالاتفاق النووي الإيراني واعتبره انتصارا.",  # SNN 20150727-00126
    ],
)
def test_a_weak_diplomatic_trigger_with_no_party_is_left_below_the_rules_cut_for_the_filter(text):
    art = build_article(text, published=dt.date(2015, 7, 25))
    every = component.extract_events(art, min_confidence=0.0, use_filter=False)
    assert [e.sub_event_type for e in every] == ["Agreement"]
    ev = every[0]
    assert ev.evidence["trigger"].rule.endswith(component.PARTYLESS)
    assert ev.confidence < component.MIN_CONFIDENCE
    assert features(art, ev)["partyless"] == 1.0
    # the rules alone keep no event
    art = build_article(text, published=dt.date(2015, 7, 25))
    assert component.extract_events(art, use_filter=False) == []


def test_a_weak_diplomatic_trigger_with_its_party_is_not_marked():
    text = "وقعت إيران الاتفاق النووي مع الدول الست في فيينا."
    art = build_article(
        text, published=dt.date(2015, 7, 25), entities=[("LOC", "إيران", "country", None, "IR")]
    )
    every = component.extract_events(art, min_confidence=0.0, use_filter=False)
    assert every and not any(e.evidence["trigger"].rule.endswith(component.PARTYLESS) for e in every)
    assert features(art, every[0])["partyless"] == 0.0
