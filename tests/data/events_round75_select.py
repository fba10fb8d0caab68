"""The draw of the seventy-fifth-round blind event set (events_r75a/b/c.jsonl).

Round 75 draws from ANT's local news section (Jawhara FM, Tunisia; Apache-2.0, so the texts are stored
in the set): 24 fresh articles of 300–2,500 characters with a conflict place named as a word, an event
word, no `dup_of`, not reserved, in no other tests/data set, and no near-copy of an annotated article
(the same first 80 letters after folding, or a shared run of 12 words). Seed 7575; draw positions 0–7
to events_r75a, 8–15 to events_r75b, 16–23 to events_r75c.

Round 75 was drawn in session 19 (rounds 74 and 75 from disjoint sections); it was annotated by reading
only and committed before the coder was scored on it (a draw run after later rounds' files exist may
skip a near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round75_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(75)
