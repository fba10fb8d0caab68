"""The draw of the 104th-round blind event set (events_r104a/b/c.jsonl).

Round 103 draws 24 more of the world-pool articles of 300–4,000 characters that name exactly three
event words (rounds 101–102's pool, their articles excluded). Seed 10303; three parts of eight. Drawn in
session 29 after round 102 was scored, annotated by reading only and committed before the coder was
scored on it (the committed JSONL files are the record).

Run: python tests/data/events_round103_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(104)
