"""The draw of the thirty-fifth-round blind event set (events_r35a/b/c.jsonl).

Like rounds 18, 21 and 23, this round draws from the longer SaudiNewsNet politics articles: 1,501–2,500 characters (the
901–1,500 pool has fewer than 42 fresh articles left), a
conflict place named as a word, an event word, no `dup_of`, not reserved, in no other tests/data set (so
none of the earlier rounds), and no near-copy of an annotated article (the same first 80 letters after folding, or
a shared run of 12 words). Seed 3535; 30 articles, draw positions 0–9 to events_r35a, 10–19 to
events_r35b, 20–29 to events_r35c.

Round 35 was drawn after rounds 25-34 were committed, before it was annotated (a draw run after later rounds'
files exist may skip a near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round35_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(35)
