"""The draw of the fifty-sixth-round blind event set (events_r56a/b/c.jsonl).

The 2,501–4,000-character pool was used up by round 45 and the 4,001–6,000-character one by round 55
(8 articles left that are no near-copy of an annotated one), so rounds 56 and 57 draw from the next
length band of SaudiNewsNet politics articles: 6,001–8,000 characters, a conflict place named as a word, an
event word, no `dup_of`, not reserved, in no other tests/data set (so none of the earlier rounds), and no
near-copy of an annotated article (the same first 80 letters after folding, or a shared run of 12
words). Seed 5656; 18 articles, draw positions 0–5 to events_r56a, 6–11 to events_r56b, 12–17 to
events_r56c.

Rounds 56 and 57 were drawn together (round 57 skips round 56's draw) after rounds 5–55 were committed and the shipped models were trained on them,
before either was annotated (a draw run after later rounds' files exist may skip a near-copy of them:
the committed JSONL files are the record).

Run: python tests/data/events_round56_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(56)
