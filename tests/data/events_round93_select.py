"""The draw of the ninety-third-round blind event set (events_r93a/b/c.jsonl).

Round 93 draws 30 more from the same pool as rounds 85–92 (SaudiNewsNet outside the politics subset,
300–2,500 characters, `events_rounds._world_pool`). Seed 9393; three parts of ten. Drawn in session 24,
after rounds 91–92 were scored and before the gazetteer was curated from the rest of the pool, to score
its final coder; annotated by reading only and committed before the coder was scored on it (the committed
JSONL files are the record).

Run: python tests/data/events_round93_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(93)
