"""The draw of the tenth-round blind event set (events_r10a.jsonl, events_r10b.jsonl).

Same pool as events_fresh_source.py (300–900 characters, a conflict place named as a word, an event
word, no `dup_of`, not reserved, in no other tests/data set), a new seed (1010): 24 SaudiNewsNet
politics articles then 16 ANT internationalNews articles. Draw positions 0–11 (SaudiNewsNet) and 0–7
(ANT) go to events_r10a, the rest to events_r10b: two annotators, twenty articles each, annotated by
reading only, before the event coder is run on them.

Run: python tests/data/events_round10_select.py   (prints the draw: half, id, characters, title)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import events_fresh_source as fresh  # noqa: E402
from events_dev_source import NEWS  # noqa: E402

HERE = Path(__file__).parent
SEED = 1010
OUTS = (HERE / "events_r10a.jsonl", HERE / "events_r10b.jsonl")


def _used() -> set[str]:
    saved = fresh.OUT
    used: set[str] = set()
    for out in OUTS:  # the round's own files never exclude their own articles
        fresh.OUT = out
        ids = fresh._used_ids()
        used = ids if not used else used & ids
    fresh.OUT = saved
    return used


def select() -> dict[str, list[dict]]:
    used = _used()
    rng = random.Random(SEED)
    snn = fresh._pool(NEWS / "saudinewsnet/saudinewsnet_politics.jsonl", used)
    ant = fresh._pool(NEWS / "ant/ant.jsonl", used, "internationalNews")
    s, a = rng.sample(snn, 24), rng.sample(ant, 16)
    return {"r10a": s[:12] + a[:8], "r10b": s[12:] + a[8:]}


if __name__ == "__main__":
    for half, arts in select().items():
        for art in arts:
            print(half, art["id"], len(art["text"]), (art.get("title") or "")[:60], sep="\t")
