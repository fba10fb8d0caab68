"""The draw of the sixty-third-round blind event set (events_r63a/b/c.jsonl).

Round 63 draws 12 of the fresh 6,001–8,000-character SaudiNewsNet politics articles: a conflict
place named as a word, an event word, no `dup_of`, not reserved, in no other tests/data set, and no
near-copy of an annotated article (the same first 80 letters after folding, or a shared run of 12
words). Seed 6363; 12 articles, draw positions 0–3 to events_r63a, 4–7 to events_r63b, 8–11 to events_r63c.

Rounds 62 and 63 were drawn at the start of session 12, after rounds 5–61 were committed and the shipped
models were trained on them, before either was annotated (a draw run after later rounds' files exist
may skip a near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round63_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(63)
