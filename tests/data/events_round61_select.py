"""The draw of the sixty-first-round blind event set (events_r61a/b.jsonl).

Round 61 draws the last 4,001–6,000-character SaudiNewsNet politics articles that are fresh: a conflict
place named as a word, an event word, no `dup_of`, not reserved, in no other tests/data set, and no
near-copy of an annotated article (the same first 80 letters after folding, or a shared run of 12
words). Seed 6161; 8 articles, draw positions 0–3 to events_r61a, 4–7 to events_r61b.

Rounds 60 and 61 were drawn at the start of session 11, after rounds 5–59 were committed and the shipped
models were trained on them, before either was annotated (a draw run after later rounds' files exist
may skip a near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round61_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(61)
