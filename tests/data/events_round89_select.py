"""The draw of the eighty-ninth-round blind event set (events_r89a/b/c.jsonl).

Round 89 draws 30 more from the same pool as rounds 85–88 (SaudiNewsNet outside the politics subset,
300–2,500 characters, `events_rounds._world_pool`). Seed 8989; three parts of ten. Drawn at the end of
session 23 to score its final coder, annotated by reading only and committed before the coder was
scored on it (the committed JSONL files are the record).

Run: python tests/data/events_round89_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(89)
