"""The draw of the sixtieth-round blind event set (events_r60a/b.jsonl).

Round 60 draws the last 2,501–4,000-character SaudiNewsNet politics articles that are fresh: a conflict
place named as a word, an event word, no `dup_of`, not reserved, in no other tests/data set, and no
near-copy of an annotated article (the same first 80 letters after folding, or a shared run of 12
words). Seed 6060; 14 articles, draw positions 0–6 to events_r60a, 7–13 to events_r60b.

Rounds 60 and 61 were drawn at the start of session 11, after rounds 5–59 were committed and the shipped
models were trained on them, before either was annotated (a draw run after later rounds' files exist
may skip a near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round60_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(60)
