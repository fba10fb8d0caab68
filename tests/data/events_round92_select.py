"""The draw of the ninety-second-round blind event set (events_r92a/b/c.jsonl).

Round 92 draws 30 more from the same pool, drawn together with round 91 (its draw is skipped).
Seed 9292; three parts of ten. Drawn at the start of session 24, annotated by reading only and committed
before the coder was scored on it (the committed JSONL files are the record).

Run: python tests/data/events_round92_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(92)
