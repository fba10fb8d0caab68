"""The draw of the ninetieth-round blind event set (events_r90a/b/c.jsonl).

Round 90 draws 30 more from the same pool, drawn together with round 89 (its draw is skipped).
Seed 9090; three parts of ten. Drawn at the end of session 23, annotated by reading only and committed
before the coder was scored on it (the committed JSONL files are the record).

Run: python tests/data/events_round90_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(90)
