"""The draw of the fifty-ninth-round blind event set (events_r59a/b/c.jsonl).

Round 59 draws, like rounds 56–57, from the 6,001–8,000-character SaudiNewsNet politics articles: a
conflict place named as a word, an event word, no `dup_of`, not reserved, in no other tests/data set
(so none of the earlier rounds), and no near-copy of an annotated article (the same first 80 letters
after folding, or a shared run of 12 words). Seed 5959; 18 articles, draw positions 0–5 to
events_r59a, 6–11 to events_r59b, 12–17 to events_r59c.

Rounds 58 and 59 were drawn after rounds 5–57 were committed and the shipped models were trained on
them (session 10), before either was annotated (a draw run after later rounds' files exist may skip a
near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round59_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(59)
