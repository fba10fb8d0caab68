"""The draw of the eighty-fourth-round blind event set (events_r84a/b/c.jsonl).

Round 84 draws 6 of SaudiNewsNet's long politics articles (15,001–20,000 characters; CC BY-NC-SA, so
the sets store offsets, ids and sha1 only, never the text) that are not reserved, in no other
tests/data set and no near-copy of an annotated article. Seed 8484; two articles per part.

Round 84 was drawn in session 22 (six of the eight of that length); it was annotated by reading
only and committed before the coder was scored on it (a draw run after later rounds' files exist may
skip a near-copy of them: the committed JSONL files are the record).

Run: python tests/data/events_round84_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(84)
