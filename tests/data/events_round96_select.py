"""The draw of the ninety-sixth-round blind event set (events_r96a/b/c.jsonl).

Round 96 draws 24 of the world pool's longer articles (2,501–4,000 characters; the shorter ones are used up).
Seed 9696; three parts of eight. Drawn in session 25 with round 95, annotated by reading only and committed
before the coder was scored on it (the committed JSONL files are the record).

Run: python tests/data/events_round96_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(96)
