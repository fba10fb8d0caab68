"""The draw of the fourteenth-round blind event set (events_r14a.jsonl, events_r14b.jsonl).

Same pool as events_fresh_source.py (300–900 characters, a conflict place named as a word, an event
word, no `dup_of`, not reserved, in no other tests/data set), a new seed (1414), and — new in this
round — no near-copies of annotated articles: an article is skipped when its first 80 letters (after
folding and removing non-letters) equal those of any article of the other sets, or when it shares a
run of 12 words with one (a fifth of the earlier rounds' draws were SaudiNewsNet reposts). 24
SaudiNewsNet politics articles then 16 ANT internationalNews articles (ANT: up to 1,500 characters, the
shorter pool being used up); draw positions 0–11 and 0–7 go to events_r14a, the rest to events_r14b. This round: 26 SaudiNewsNet and 14 ANT articles (positions 0–12
and 0–6 to r13a), the ANT pool being down to 15 fresh articles.

Run: python tests/data/events_round14_select.py   (prints the draw: half, id, characters, title)
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import events_fresh_source as fresh  # noqa: E402
from events_dev_source import NEWS  # noqa: E402

HERE = Path(__file__).parent
SEED = 1414
OUTS = (HERE / "events_r14a.jsonl", HERE / "events_r14b.jsonl")
RUN = 12  # words shared in a row that make two articles copies


def _letters(text: str) -> str:
    return re.sub(r"[^\u0621-\u064a]", "", text.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا"))


def _used() -> set[str]:
    saved = fresh.OUT
    used: set[str] = set()
    for out in OUTS:  # the round's own files never exclude their own articles
        fresh.OUT = out
        ids = fresh._used_ids()
        used = ids if not used else used & ids
    fresh.OUT = saved
    return used


def _annotated_texts() -> list[str]:
    ids = {
        json.loads(line)["id"]
        for p in HERE.glob("events_*.jsonl")
        if p not in OUTS
        for line in p.open(encoding="utf-8")
        if line.strip()
    }
    texts = []
    for path in (NEWS / "saudinewsnet/saudinewsnet_politics.jsonl", NEWS / "ant/ant.jsonl"):
        with path.open(encoding="utf-8") as f:
            for line in f:
                a = json.loads(line)
                if a["id"] in ids:
                    texts.append(a["text"])
    return texts


def _grams(text: str) -> set[tuple[str, ...]]:
    w = text.split()
    return {tuple(w[i : i + RUN]) for i in range(max(0, len(w) - RUN + 1))}


def select() -> dict[str, list[dict]]:
    used = _used()
    known = _annotated_texts()
    heads = {_letters(t)[:80] for t in known}
    grams = set().union(*(_grams(t) for t in known))

    def fresh_text(a: dict) -> bool:
        return _letters(a["text"])[:80] not in heads and not (_grams(a["text"]) & grams)

    rng = random.Random(SEED)
    snn = [a for a in fresh._pool(NEWS / "saudinewsnet/saudinewsnet_politics.jsonl", used) if fresh_text(a)]
    ant = [a for a in _long_ant_pool(used) if fresh_text(a)]
    s = rng.sample(snn, min(36, len(snn)))
    a = rng.sample(ant, min(4, len(ant)))  # the ANT pools are nearly used up
    half = (len(s) + len(a)) // 2
    picked = s + a
    return {"r14a": picked[:half], "r14b": picked[half:]}


def _long_ant_pool(used: set[str]) -> list[dict]:
    """ANT internationalNews articles of 300–1,500 characters (the 300–900 pool is used up: 3 left)."""
    out = []
    with (NEWS / "ant/ant.jsonl").open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            t = a["text"]
            if "internationalNews" not in a["id"] or a["id"] in used or a.get("dup_of"):
                continue
            if 300 <= len(t) <= 1500 and fresh.PLACE_RE.search(t) and fresh.EVENT_RE.search(t):
                out.append(a)
    return out


if __name__ == "__main__":
    for half, arts in select().items():
        for art in arts:
            print(half, art["id"], len(art["text"]), (art.get("title") or "")[:60], sep="\t")
