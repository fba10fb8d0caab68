"""The draw of the forty-fifth-round blind event set (events_r45a/b/c.jsonl).

Like round 36, this round draws from the longest SaudiNewsNet politics articles: 2,501–4,000 characters, a
conflict place named as a word, an event word, no `dup_of`, not reserved, in no other tests/data set (so
none of the earlier rounds), and no near-copy of an annotated article (the same first 80 letters after folding, or
a shared run of 12 words). Seed 4545; 30 articles, draw positions 0–9 to events_r45a, 10–19 to
events_r45b, 20–29 to events_r45c.

Round 45 was drawn after rounds 25-44 were committed, alone (fewer than 30 articles of the pool were left for a round 46), before it was annotated (a draw run after later rounds'
files exist may skip a near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round45_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(45)
