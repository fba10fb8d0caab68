"""The draw of the 101st-round blind event set (events_r101a/b/c.jsonl).

Round 101 turns to a new pool: the world-pool articles (SaudiNewsNet outside the politics subset) of
300–4,000 characters that name exactly three event words (the pool of four or more is used up; 219
articles were left in this one). Less dense in events than earlier rounds, closer to what a user's
archive holds. Seed 10101; 24 articles in three parts of eight. Drawn in session 29, annotated by
reading only and committed before the coder was scored on it (the committed JSONL files are the
record).

Run: python tests/data/events_round101_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(101)
