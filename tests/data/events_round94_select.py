"""The draw of the ninety-fourth-round blind event set (events_r94a/b/c.jsonl).

Round 94 draws 30 more from the same pool, drawn together with round 93 (its draw is skipped).
Seed 9494; three parts of ten. Drawn in session 24 with round 93, annotated by reading only and committed
before the coder was scored on it (the committed JSONL files are the record).

Run: python tests/data/events_round94_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(94)
