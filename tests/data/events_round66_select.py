"""The draw of the sixty-sixth-round blind event set (events_r66a/b/c.jsonl).

Round 66 draws 9 more fresh 8,001–10,000-character SaudiNewsNet politics articles: a conflict
place named as a word, an event word, no `dup_of`, not reserved, in no other tests/data set, and no
near-copy of an annotated article (the same first 80 letters after folding, or a shared run of 12
words). Seed 6666; 9 articles, draw positions 0–2 to events_r66a, 3–5 to events_r66b, 6–8 to events_r66c.

Round 66 was drawn in session 15, after rounds 5–65 were committed and the shipped models were trained
on them, before it was annotated and before the session's coder was scored on it (a draw run after
later rounds' files exist may skip a near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round66_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(66)
