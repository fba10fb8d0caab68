"""The draw of the 129th-round blind event set (events_r129a/b/c.jsonl).

Round 129 draws the last 18 world-pool articles of 4,001–8,000 characters that name two to four
event words (too few are left for a second round). Seed 12929; three parts of six;
session 36, annotated by reading only and committed before the coder was scored on it.

Run: python tests/data/events_round129_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(129)
