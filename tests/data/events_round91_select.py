"""The draw of the ninety-first-round blind event set (events_r91a/b/c.jsonl).

Round 91 draws 30 more from the same pool as rounds 85–90 (SaudiNewsNet outside the politics subset,
300–2,500 characters, `events_rounds._world_pool`). Seed 9191; three parts of ten. Drawn at the start of
session 24 to score its starting coder, annotated by reading only and committed before the coder was
scored on it (the committed JSONL files are the record).

Run: python tests/data/events_round91_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(91)
