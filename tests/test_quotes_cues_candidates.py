"""Cues are searched only where a form's first word occurs, and found exactly as a full scan finds them."""

from __future__ import annotations

from conftest_store import ant_records
from marsad.quotes.cues import lexicon
from marsad.text.normalize import normalize


def test_candidate_positions_find_what_a_full_scan_finds() -> None:
    lx = lexicon()
    total = 0
    for r in ant_records(300):
        view = normalize(r["text"]).text
        got = [(m.start(), m.end(), m.group()) for m in lx._matches(view)]
        assert got == [(m.start(), m.end(), m.group()) for m in lx.pattern.finditer(view)]
        total += len(got)
    assert total > 300


def test_prefixed_and_glued_forms() -> None:
    view = normalize("وقال الوزير، وأضاف أن الاتفاق تم وفقا لمصادر مطلعة").text
    forms = [m.cue.lemma for m in lexicon().find(view)]
    assert len(forms) >= 3
