"""The draw of the seventy-sixth-round blind event set (events_r76a/b/c.jsonl).

Round 76 draws what is left of ANT's local news section (Jawhara FM, Tunisia; Apache-2.0, so the texts
are stored in the set), now 300–8,000 characters: 18 fresh articles with a conflict place named as a
word, an event word, no `dup_of`, not reserved, in no other tests/data set, and no near-copy of an
annotated article (the same first 80 letters after folding, or a shared run of 12 words). Seed 7676;
draw positions 0–5 to events_r76a, 6–11 to events_r76b, 12–17 to events_r76c.

Round 76 was drawn in session 20 (rounds 76, 77 and 78 from disjoint pools); it was annotated by reading
only and committed before the coder was scored on it (a draw run after later rounds' files exist may
skip a near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round76_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(76)
