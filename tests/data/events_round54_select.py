"""The draw of the fifty-fourth-round blind event set (events_r54a/b/c.jsonl).

The 2,501–4,000-character pool was used up by round 45, so rounds 46 to 55 draw from the next length
band of SaudiNewsNet politics articles: 4,001–6,000 characters, a conflict place named as a word, an
event word, no `dup_of`, not reserved, in no other tests/data set (so none of the earlier rounds), and no
near-copy of an annotated article (the same first 80 letters after folding, or a shared run of 12
words). Seed 5454; 24 articles, draw positions 0–7 to events_r54a, 8–15 to events_r54b, 16–23 to
events_r54c.

Rounds 54 and 55 were drawn together (round 55 skips round 54's draw) after rounds 5–53 were committed and the shipped models were trained on them,
before either was annotated (a draw run after later rounds' files exist may skip a near-copy of them:
the committed JSONL files are the record).

Run: python tests/data/events_round54_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(54)
