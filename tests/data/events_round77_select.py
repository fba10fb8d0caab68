"""The draw of the seventy-seventh-round blind event set (events_r77a/b.jsonl).

Round 77 draws what is left of ANT's world, politics, society and miscellany sections (Apache-2.0, so
the texts are stored in the set), 300–4,000 characters: 10 fresh articles with a conflict place named
as a word, an event word, no `dup_of`, not reserved, in no other tests/data set, and no near-copy of an
annotated article. Seed 7777; draw positions 0–4 to events_r77a, 5–9 to events_r77b.

Round 77 was drawn in session 20 (rounds 76, 77 and 78 from disjoint pools); it was annotated by reading
only and committed before the coder was scored on it (a draw run after later rounds' files exist may
skip a near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round77_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(77)
