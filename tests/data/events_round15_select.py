"""The draw of the fifteenth-round blind event set (events_r15a/b/c.jsonl).

The pools of rounds 5–14 (300–900 characters) are used up, so this round draws from the longer
SaudiNewsNet politics articles: 901–1,500 characters, a conflict place named as a word, an event word, no
`dup_of`, not reserved, in no other tests/data set, and no near-copy of an annotated article (the same
first 80 letters after folding, or a shared run of 12 words). Seed 1515; 42 articles, draw positions
0–13 to events_r15a, 14–27 to events_r15b, 28–41 to events_r15c.

Run: python tests/data/events_round15_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(15)
