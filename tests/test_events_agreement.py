"""`marsad eval events --against`: a second annotation scored like the coder (inter-annotator agreement)."""

from __future__ import annotations

import json
from pathlib import Path

from marsad.events.evaluate import annotated_events, evaluate_dev, load_dev

DATA = Path(__file__).parent / "data"
FIRST = DATA / "events_r32a.jsonl"


def _rows(n: int) -> list[dict]:
    return [json.loads(line) for line in FIRST.read_text("utf-8").splitlines()[:n]]


def test_an_annotation_agrees_with_itself(tmp_path: Path) -> None:
    part = tmp_path / "part.jsonl"
    part.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _rows(3)), "utf-8")
    s = evaluate_dev(part, against=part)
    assert s.articles == 3
    assert s.prf() == (1.0, 1.0, 1.0)
    for field in ("actor", "target", "place", "date", "status"):
        assert s.accuracy(field) in (0.0, 1.0) and s.fields.get(field, [0, 0])[0] == s.fields[field][1]


def test_a_dropped_event_and_a_changed_type_count_against_the_second_annotator(tmp_path: Path) -> None:
    rows = [r for r in _rows(10) if len(r["events"]) >= 2][:2]
    assert rows, "the set has articles with two events"
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    changed = json.loads(json.dumps(rows))
    dropped = changed[0]["events"].pop()
    changed[1]["events"][0]["event_type"] = (
        "Protests" if changed[1]["events"][0]["event_type"] != "Protests" else "Riots"
    )
    second.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in changed), "utf-8")
    s = evaluate_dev(first, against=second)
    total = sum(len(r["events"]) for r in rows)
    tp = sum(r["tp"] for r in s.by_type.values())
    fn = sum(r["fn"] for r in s.by_type.values())
    fp = sum(r["fp"] for r in s.by_type.values())
    assert (tp, fn, fp) == (total - 2, 2, 1), (tp, fn, fp, dropped["trigger"]["text"])


def test_annotated_events_keep_the_annotators_spans_and_values() -> None:
    row = load_dev(FIRST)[0]
    events = annotated_events(row)
    assert len(events) == len(row["events"])
    for ev, g in zip(events, row["events"], strict=True):
        assert (ev.trigger.start, ev.trigger.end) == (g["trigger"]["start"], g["trigger"]["end"])
        assert (ev.event_type, ev.date, ev.status) == (g["event_type"], g["date"], g["status"])
        if g["actor"] is not None:
            assert ev.evidence["actor"].span.text == g["actor"]["text"]
