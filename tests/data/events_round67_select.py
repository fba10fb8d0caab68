"""The draw of the sixty-seventh-round blind event set (events_r67a/b/c.jsonl).

Round 67 turns from SaudiNewsNet (its politics pool is nearly used up, and what is left is long opinion
pieces) to ANT's own politics and world sections (Jawhara FM, Tunisia; Apache-2.0, so the texts are
stored in the set): 24 fresh articles of 300–4,000 characters with a conflict place named as a word,
an event word, no `dup_of`, not reserved, in no other tests/data set, and no near-copy of an annotated
article (the same first 80 letters after folding, or a shared run of 12 words). Seed 6767; draw
positions 0–7 to events_r67a, 8–15 to events_r67b, 16–23 to events_r67c.

Round 67 was drawn in session 16, after rounds 5–66 were committed and the shipped models were trained
on them, before it was annotated and before the session's coder was scored on it (a draw run after
later rounds' files exist may skip a near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round67_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(67)
