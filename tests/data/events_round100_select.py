"""The draw of the hundredth-round blind event set (events_r100a/b/c.jsonl).

Round 100 draws 21 of the 22 world-pool articles of 4,001–10,000 characters that were left (4 of
4,001–6,000 and 18 of 6,001–10,000; one is then left in the world pool). Seed 10000; three parts of
seven: long features and opinion pieces. Drawn in session 28 after round 99 had been scored, annotated
by reading only and committed before the coder was scored on it (the committed JSONL files are the
record).

Run: python tests/data/events_round100_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(100)
