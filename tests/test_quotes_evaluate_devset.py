"""`marsad eval quotes`: the dev set is well formed, the scorer counts right, and the targets hold."""

from __future__ import annotations

import json

from marsad.quotes.evaluate import DEV, corpus_dir, load_gold, score

TEXT = "قال رضا بلحاج، الممثل القانوني لحزب نداء تونس إن محسن مرزوق تسرّع عند مغادرته لحزب نداء تونس."


def gold_record(content: str, speaker: str) -> dict:
    s = TEXT.index(content)
    p = TEXT.index(speaker)
    return {
        "id": "t1",
        "text": TEXT,
        "quotes": [
            {
                "start": s,
                "end": s + len(content),
                "text": content,
                "kind": "indirect",
                "cue": {"start": 0, "end": 3, "text": "قال"},
                "speaker": {"start": p, "end": p + len(speaker), "text": speaker},
                "speaker_aliases": [],
            }
        ],
    }


def test_scorer_counts_matches_and_speakers() -> None:
    ok = score([gold_record("محسن مرزوق تسرّع عند مغادرته لحزب نداء تونس", "رضا بلحاج")])
    assert (ok.tp, ok.fp, ok.fn, ok.speaker_ok) == (1, 0, 0, 1)
    wrong_speaker = score([gold_record("محسن مرزوق تسرّع عند مغادرته لحزب نداء تونس", "محسن مرزوق")])
    assert wrong_speaker.tp == 1 and wrong_speaker.speaker_ok == 0
    too_short = score([gold_record("محسن مرزوق", "رضا بلحاج")])  # overlap < 50 % of the longer span
    assert (too_short.tp, too_short.fp, too_short.fn) == (0, 1, 1)


def test_dev_set_is_well_formed() -> None:
    recs = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()]
    assert len(recs) >= 30
    assert sum(len(r["quotes"]) for r in recs) >= 150
    news = corpus_dir()
    if news is not None:
        reserved = set((news / "RESERVED_IDS.txt").read_text().split())
        assert not reserved & {r["id"] for r in recs}
    for r in recs:
        if r["text"] is None:
            continue
        for q in r["quotes"]:
            assert r["text"][q["start"] : q["end"]] == q["text"]
            assert r["text"][q["cue"]["start"] : q["cue"]["end"]] == q["cue"]["text"]
            assert q["kind"] in ("direct", "indirect", "mixed")
            sp = q["speaker"]
            assert sp is None or r["text"][sp["start"] : sp["end"]] == sp["text"]


def test_dev_set_targets() -> None:
    gold = load_gold()
    assert len(gold) >= 22  # the ANT articles are stored with their text
    sc = score(gold)
    assert sc.f1 >= 0.90
    assert sc.speaker_accuracy >= 0.90
