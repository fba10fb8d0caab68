"""Patterns searched only around their key hits find exactly what a whole-text search finds."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from marsad.time import grammar, tagger
from marsad.time.tagger import find_times

ANT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "ant" / "ant.jsonl"


def _articles(n: int) -> list[tuple[str, dt.date]]:
    out = []
    with ANT.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["text"]:
                out.append((r["text"], dt.date.fromisoformat(r["date"][:10])))
            if len(out) >= n:
                break
    return out


def _found(text: str, day: dt.date) -> list[tuple[int, int, str, str]]:
    return [(t.start, t.end, t.value, t.rule) for t in find_times(text, day)]


@pytest.mark.skipif(not ANT.exists(), reason="needs ../shared/data")
def test_windowed_search_equals_whole_text_search(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = _articles(250)
    windowed = [_found(t, d) for t, d in docs]
    everything = frozenset(p.name for p in grammar.patterns())
    monkeypatch.setattr(tagger, "WINDOWED_EXCEPT", everything)
    whole = [_found(t, d) for t, d in docs]
    assert sum(map(len, whole)) > 500
    assert windowed == whole


def test_window_never_ends_inside_a_word() -> None:
    view = "قال " + "س" * 400 + " في 12 يناير " + "ب" * 300 + " انتهى"
    ((lo, hi),) = grammar.windows(view, [(view.index("يناير"), view.index("يناير") + 5)])
    assert hi == len(view) or not view[hi].isalnum()
    assert lo <= view.index("12")


def test_duration_trigger_with_present_prefix_is_found_alone() -> None:
    # «تستمر» is the only key-bearing word: its key must gate the duration pattern by itself
    got = find_times("في الرحلة التي تستمر أسبوعا", dt.date(2016, 3, 1))
    assert [(t.text, t.value) for t in got] == [("أسبوعا", "P1W")]
