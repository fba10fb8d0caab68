"""The draw of the thirty-fourth-round blind event set (events_r34a/b/c.jsonl).

Like rounds 18, 21 and 23, this round draws from the longer SaudiNewsNet politics articles: 1,501–2,500 characters (the
901–1,500 pool has fewer than 42 fresh articles left), a
conflict place named as a word, an event word, no `dup_of`, not reserved, in no other tests/data set (so
none of the earlier rounds), and no near-copy of an annotated article (the same first 80 letters after folding, or
a shared run of 12 words). Seed 3434; 30 articles, draw positions 0–9 to events_r34a, 10–19 to
events_r34b, 20–29 to events_r34c.

Rounds 33 and 34 were drawn together (after rounds 25-32 were committed), before either was annotated (a draw run after the other round's files
exist may skip a near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round34_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(34)
