"""The draw of the seventy-second-round blind event set (events_r72a/b/c.jsonl).

Round 72 draws from ANT's local news section (Jawhara FM, Tunisia; Apache-2.0, so the texts are stored
in the set): 24 fresh articles of 300–2,500 characters with a conflict place named as a word, an event
word, no `dup_of`, not reserved, in no other tests/data set, and no near-copy of an annotated article
(the same first 80 letters after folding, or a shared run of 12 words). Seed 7272; draw positions 0–7
to events_r72a, 8–15 to events_r72b, 16–23 to events_r72c.

Round 72 was drawn in session 18 together with round 73 (round 73 has `after=72`); it was
annotated by reading only and committed before the coder was scored on it (a draw run after later
rounds' files exist may skip a near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round72_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(72)
