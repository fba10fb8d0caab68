"""The draw of the fifty-eighth-round blind event set (events_r58a/b/c.jsonl).

The longer pools being nearly used up, round 58 draws from the short SaudiNewsNet politics articles
that are left: 801–2,500 characters, a conflict place named as a word, an event word, no `dup_of`, not
reserved, in no other tests/data set (so none of the earlier rounds), and no near-copy of an annotated
article (the same first 80 letters after folding, or a shared run of 12 words). Seed 5858; 24
articles, draw positions 0–7 to events_r58a, 8–15 to events_r58b, 16–23 to events_r58c.

Rounds 58 and 59 were drawn after rounds 5–57 were committed and the shipped models were trained on
them (session 10), before either was annotated (a draw run after later rounds' files exist may skip a
near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round58_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(58)
