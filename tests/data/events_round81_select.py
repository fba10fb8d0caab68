"""The draw of the eighty-first-round blind event set (events_r81a/b/c.jsonl).

Round 81 draws 9 of SaudiNewsNet's long politics articles (10,001–12,000 characters; CC BY-NC-SA, so
the sets store offsets, ids and sha1 only, never the text) that are not reserved, in no other
tests/data set and no near-copy of an annotated article. Seed 8181; three articles per part.

Round 81 was drawn in session 21 (the last nine of that length); it was annotated by reading
only and committed before the coder was scored on it (a draw run after later rounds' files exist may
skip a near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round81_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(81)
