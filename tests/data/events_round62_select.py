"""The draw of the sixty-second-round blind event set (events_r62a/b/c.jsonl).

Round 62 draws 18 of the fresh 801–2,500-character SaudiNewsNet politics articles: a conflict
place named as a word, an event word, no `dup_of`, not reserved, in no other tests/data set, and no
near-copy of an annotated article (the same first 80 letters after folding, or a shared run of 12
words). Seed 6262; 18 articles, draw positions 0–5 to events_r62a, 6–11 to events_r62b, 12–17 to events_r62c.

Rounds 62 and 63 were drawn at the start of session 12, after rounds 5–61 were committed and the shipped
models were trained on them, before either was annotated (a draw run after later rounds' files exist
may skip a near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round62_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(62)
