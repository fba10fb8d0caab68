"""The dev set is well formed and the evaluation runs end to end (a regression floor, not a target)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marsad.events.evaluate import (
    confidence_band,
    evaluate_dev,
    evaluate_gsr,
    load_dev,
    reliability,
    reliability_table,
)
from marsad.events.taxonomy import taxonomy

DEV = Path(__file__).parent / "data" / "events_dev.jsonl"
CHECK = Path(__file__).parent / "data" / "events_check.jsonl"
NEW_DEV = Path(__file__).parent / "data" / "events_new_dev.jsonl"
BLIND = Path(__file__).parent / "data" / "events_blind.jsonl"
FRESH = Path(__file__).parent / "data" / "events_fresh.jsonl"  # blind test set of session 2
SETS = (DEV, CHECK, NEW_DEV, BLIND, FRESH)
GSR = Path("/work/shared/data/events/arabic_event_gsr")


@pytest.mark.slow
def test_every_annotated_set_uses_the_taxonomy_resolves_its_spans_and_shares_no_article():
    """All the sets `marsad train events` learns from (rounds 5–57 included): a type under the wrong
    event type («Strategic developments» / «Government regains territory») would teach the coder a
    happening it can never code."""
    seen: dict[str, str] = {}
    paths = sorted(DEV.parent.glob("events_*.jsonl"))
    assert len(paths) > 100
    for path in paths:
        for r in load_dev(path):
            assert seen.setdefault(r["id"], path.name) == path.name, (r["id"], path.name)
            for e in r["events"]:
                assert taxonomy().has(e["event_type"], e["sub_event_type"]), (path.name, e["id"])
                assert e["status"] in ("reported", "planned", "denied", "historical"), (path.name, e["id"])
                for span in [e["trigger"], *e["also"]] + [e[f] for f in ("actor", "target", "place") if e[f]]:
                    assert r["text"][span["start"] : span["end"]] == span["text"], (path.name, e["id"])


@pytest.mark.parametrize(
    ("path", "articles"), [(DEV, 40), (CHECK, 20), (NEW_DEV, 20), (BLIND, 20), (FRESH, 20)]
)
def test_dev_and_check_sets_are_well_formed_and_not_reserved(path, articles):
    rows = load_dev(path)
    assert len(rows) >= articles and sum(len(r["events"]) for r in rows) >= articles
    others = {r["id"] for other in SETS if other != path for r in load_dev(other)}
    assert not {r["id"] for r in rows} & others  # the sets share no article
    reserved_path = Path("/work/shared/data/news/RESERVED_IDS.txt")
    reserved = set(reserved_path.read_text().split()) if reserved_path.exists() else set()
    for r in rows:
        assert r["id"] not in reserved
        for e in r["events"]:
            assert taxonomy().has(e["event_type"], e["sub_event_type"])
            for span in [e["trigger"], *e["also"]] + [e[f] for f in ("actor", "target", "place") if e[f]]:
                assert r["text"][span["start"] : span["end"]] == span["text"]
            assert e["status"] in ("reported", "planned", "denied", "historical")


@pytest.mark.parametrize("path", [DEV, NEW_DEV])
def test_dev_evaluation_runs_and_stays_above_a_floor(path):
    s = evaluate_dev(path)
    p, r, f = s.prf()
    assert s.articles == len(load_dev(path)) and s.matched > 0
    assert f >= 0.6, (p, r, f)  # floor well below the measured figures (docs/events.md)
    assert json.dumps(s.by_type)
    # every kept event falls in one tenth of confidence, and the bands' matches are the true positives
    bands = s.by_confidence
    assert sum(n for n, _ in bands.values()) == sum(v["tp"] + v["fp"] for v in s.by_type.values())
    assert sum(m for _, m in bands.values()) == sum(v["tp"] for v in s.by_type.values())
    table = s.reliability()
    assert table[-1]["at_least_precision"] == pytest.approx(p) and table[-1][
        "at_least_recall"
    ] == pytest.approx(r)


def test_confidence_bands_and_reliability_table():
    assert [confidence_band(c) for c in (0.0, 0.349, 0.35, 0.7, 0.799, 0.99, 1.0)] == [
        "0.0", "0.3", "0.3", "0.7", "0.7", "0.9", "0.9"
    ]  # fmt: skip
    rows = reliability({"0.9": [10, 9], "0.4": [10, 4], "0.7": [20, 15]}, gold=40)
    assert [r["band"] for r in rows] == ["0.9", "0.7", "0.4"]  # highest first
    assert [r["precision"] for r in rows] == [0.9, 0.75, 0.4]
    assert [r["at_least_precision"] for r in rows] == [0.9, 24 / 30, 28 / 40]
    assert [r["at_least_recall"] for r in rows] == [9 / 40, 24 / 40, 28 / 40]
    text = reliability_table(rows)
    assert "0.7–0.8:    20 kept, 0.750 right;  ≥ 0.7: P 0.800 R 0.600" in text


@pytest.mark.skipif(not GSR.exists(), reason="arabic_event_gsr not available")
def test_gsr_evaluation_runs_on_a_slice():
    res = evaluate_gsr(GSR, limit=40)
    assert set(res) == {"ASSAULT", "PROTEST"}
    for r in res.values():
        assert r["sentences"] == 40 and 0.0 <= r["f1"] <= 1.0


def test_the_shipped_calibration_reads_back_per_tenth():
    from marsad.events.calibration import bands, calibration_record, share_right

    made = calibration_record({"0.9": [10, 9], "0.4": [20, 9]}, "test")
    assert list(made["bands"]) == ["0.9", "0.4"] and made["bands"]["0.4"] == {"kept": 20, "right": 9}
    shipped = bands()["bands"]
    assert shipped and all(0 <= b["right"] <= b["kept"] for b in shipped.values())
    for band, b in shipped.items():  # the share of a confidence is its tenth's, whatever the digits
        assert share_right(float(band) + 0.05) == pytest.approx(b["right"] / b["kept"])
    assert share_right(None) is None
    # out of fold the shares rise with confidence (what makes a floor meaningful)
    shares = [b["right"] / b["kept"] for _, b in sorted(shipped.items())]
    assert shares == sorted(shares)
