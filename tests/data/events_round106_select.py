"""The draw of the 106th-round blind event set (events_r106a/b/c.jsonl).

Round 106 draws 24 more of the world-pool articles of 300–4,000 characters that name exactly three
event words (rounds 101–105's pool, their articles excluded). Seed 10606; three parts of eight; drawn in
session 30 after rounds 104–105 were scored, together with round 107 (which skips this draw), annotated by
reading only and committed before the coder was scored on it.

Run: python tests/data/events_round106_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(106)
