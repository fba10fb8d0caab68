"""The learned event filter: features without words, the keep decision, training on a tiny set."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import msgspec
import pytest

import marsad.events.component as component
from marsad import catalogue
from marsad.events.filter import EventFilter, default_filter, features
from marsad.events.fixtures import build_article
from marsad.events.train_filter import THRESHOLDS, train_filter

DEV = Path(__file__).parent / "data" / "events_dev.jsonl"
# SaudiNewsNet 20150731-01539 (a drone strike in Abyan)
TEXT = (
    "قال سكان ومسؤولون محليون اليوم الخميس إن طائرة بدون طيار هاجمت سيارة في جنوب اليمن خلال الليل "
    "وقتلت أربعة يشتبه أنهم أعضاء في تنظيم القاعدة."
)
ENTS = [("LOC", "اليمن", "country", None, "YE"), ("ORG", "تنظيم القاعدة")]


def _article():
    return build_article(TEXT, published=dt.date(2015, 7, 31), entities=ENTS)


def test_features_are_rule_names_and_unit_values_not_words():
    art = _article()
    events = component.extract_events(art, min_confidence=0.0, use_filter=False)
    assert events
    for ev in events:
        feats = features(art, ev)
        assert all(0.0 <= v <= 1.0 for v in feats.values())
        assert not any(w in name for name in feats for w in ("طائرة", "سيارة", "اليمن"))
        assert "row=" + ev.evidence["trigger"].rule.split(":")[1] in feats


def test_the_filter_decides_and_records_its_probability(monkeypatch):
    keep_all = EventFilter("t", {"type=Explosions/Remote violence": 5.0}, bias=0.0, threshold=0.5)
    drop_all = EventFilter("t", {}, bias=-5.0, threshold=0.5)
    monkeypatch.setattr(component, "default_filter", lambda: keep_all)
    kept = component.extract_events(_article())
    assert kept and all(e.evidence["filter"].rule == "filter:events-filter@t" for e in kept)
    assert all(
        e.confidence == pytest.approx(min(e.evidence["filter"].confidence, 0.98), abs=1e-3) for e in kept
    )
    monkeypatch.setattr(component, "default_filter", lambda: drop_all)
    assert component.extract_events(_article()) == []
    # without a filter the rules' own cut applies
    rules = component.extract_events(_article(), use_filter=False)
    assert [e.sub_event_type for e in rules] == ["Air/drone strike"]


def test_training_on_a_tiny_set_is_deterministic(tmp_path):
    rows = [line for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()][:12]
    small = tmp_path / "events_tiny.jsonl"
    small.write_text("\n".join(rows) + "\n", encoding="utf-8")
    a = train_filter([small], tmp_path / "a.json", log=lambda _m: None)
    train_filter([small], tmp_path / "b.json", log=lambda _m: None)
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert a.trained_on == ["events_tiny.jsonl"] and a.weights and 0.0 <= a.scores["cv_f1"] <= 1.0
    assert json.loads((tmp_path / "a.json").read_text())["threshold"] in THRESHOLDS
    # the rows its row weights were learned on, by key, so the weights follow them when lines move
    weighted = {k.removeprefix("row=") for k in a.weights if k.startswith("row=row")}
    assert weighted and weighted <= set(a.rows)


def test_the_shipped_filter_loads_and_matches_its_catalogue_entry():
    flt = default_filter()
    assert flt is not None and flt.threshold in THRESHOLDS
    assert not any(n.startswith("sent") for n in flt.weights)  # no sentence-position features
    assert catalogue.verify("events-filter") == []
    assert "events_dev.jsonl" in flt.trained_on and len(flt.trained_on) >= 20  # every annotated set


def test_the_environment_can_switch_the_filter_off_or_to_another_file(monkeypatch, tmp_path):
    other = EventFilter("mine", {}, bias=-9.0, threshold=0.5)
    path = tmp_path / "mine.json"
    path.write_bytes(msgspec.json.encode(other))
    try:
        monkeypatch.setenv("MARSAD_EVENTS_FILTER", "off")
        default_filter.cache_clear()
        assert default_filter() is None
        monkeypatch.setenv("MARSAD_EVENTS_FILTER", str(path))
        default_filter.cache_clear()
        assert default_filter() == other
        assert component.extract_events(_article()) == []  # that filter keeps nothing
    finally:
        default_filter.cache_clear()


def test_sentence_and_article_features():
    # ANT internationalNews-1146-20170609 style: a strike named inside what someone said
    art = build_article(
        "وقال المسؤول إن طائرة بدون طيار هاجمت سيارة في جنوب اليمن. وقصفت الطائرة السيارة.",
        published=dt.date(2015, 7, 31),
        entities=ENTS[:1],
    )
    events = component.extract_events(art, min_confidence=0.0, use_filter=False)
    assert events
    f = features(art, events[0], events)
    assert f.get("speech") == 1.0
    assert f["first_of_type"] == 1.0
    assert any(k.startswith("same_type=") for k in f)


def test_train_events_with_out_learns_each_model_from_the_ones_written_before_it(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import marsad.cli.train as cli_train
    from marsad.cli import app

    rows = [line for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()][:12]
    small = tmp_path / "events_tiny.jsonl"
    small.write_text("\n".join(rows) + "\n", encoding="utf-8")
    monkeypatch.delenv("MARSAD_EVENTS_FILTER", raising=False)
    seen = []
    real = cli_train._coding_with

    def spy(**files):
        seen.append({k: v and v.name for k, v in files.items()})
        return real(**files)

    monkeypatch.setattr(cli_train, "_coding_with", spy)
    out = tmp_path / "m"
    res = CliRunner().invoke(
        app,
        ["train", "events", "--sets", str(small), "--out", str(out / "filter.json"), "--roles-dir", str(out)],
    )
    assert res.exit_code == 0, res.output
    names = (
        "merge.json",
        "filter.json",
        "context.crfsuite",
        "actor.json",
        "target.json",
        "place.json",
        "date.json",
    )
    assert all((out / n).is_file() for n in names)
    assert seen == [
        {"merge": "merge.json"},
        {"merge": "merge.json", "filter": "filter.json", "context": "context.crfsuite"},
    ]
    # the environment is restored: this process codes with the shipped filter again
    assert "MARSAD_EVENTS_FILTER" not in os.environ
    assert default_filter() is not None and default_filter().trained_on != ["events_tiny.jsonl"]
