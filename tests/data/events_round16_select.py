"""The draw of the sixteenth-round blind event set (events_r16a/b/c.jsonl).

Like round 15, this round draws from the longer SaudiNewsNet politics articles: 901–1,500 characters, a
conflict place named as a word, an event word, no `dup_of`, not reserved, in no other tests/data set (so
none of round 15), and no near-copy of an annotated article (the same first 80 letters after folding, or
a shared run of 12 words). Seed 1616; 42 articles, draw positions 0–13 to events_r16a, 14–27 to
events_r16b, 28–41 to events_r16c.

Run: python tests/data/events_round16_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(16)
