"""The draw of the forty-sixth-round blind event set (events_r46a/b/c.jsonl).

Like round 36, this round draws from the longest SaudiNewsNet politics articles: 2,501–4,000 characters, a
conflict place named as a word, an event word, no `dup_of`, not reserved, in no other tests/data set (so
none of the earlier rounds), and no near-copy of an annotated article (the same first 80 letters after folding, or
a shared run of 12 words). Seed 4646; 30 articles, draw positions 0–9 to events_r46a, 10–19 to
events_r46b, 20–29 to events_r46c.

Round 46 was drawn after rounds 25-44 were committed, together with round 45 (its draw is skipped), before it was annotated (a draw run after later rounds'
files exist may skip a near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round46_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(46)
