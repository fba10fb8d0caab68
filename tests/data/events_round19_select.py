"""The draw of the nineteenth-round blind event set (events_r19a/b/c.jsonl).

Like rounds 15, 16 and 17, this round draws from the longer SaudiNewsNet politics articles: 901–1,500 characters, a
conflict place named as a word, an event word, no `dup_of`, not reserved, in no other tests/data set (so
none of the earlier rounds), and no near-copy of an annotated article (the same first 80 letters after folding, or
a shared run of 12 words). Seed 1919; 42 articles, draw positions 0–13 to events_r19a, 14–27 to
events_r19b, 28–41 to events_r19c.

The last round of session 4, drawn to measure its final code.

Run: python tests/data/events_round19_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(19)
