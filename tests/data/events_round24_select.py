"""The draw of the twenty-fourth-round blind event set (events_r24a/b/c.jsonl).

Like rounds 15–17, 19 and 20, this round draws from the longer SaudiNewsNet politics articles: 901–1,500 characters, a
conflict place named as a word, an event word, no `dup_of`, not reserved, in no other tests/data set (so
none of the earlier rounds), and no near-copy of an annotated article (the same first 80 letters after folding, or
a shared run of 12 words). Seed 2424; 42 articles, draw positions 0–13 to events_r24a, 14–27 to
events_r24b, 28–41 to events_r24c.

Rounds 23 and 24 were drawn together, before either was annotated (a draw run after the other round's files
exist may skip a near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round24_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(24)
