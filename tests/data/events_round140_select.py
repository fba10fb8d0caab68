"""The draw of the 140th-round blind event set (events_r140a/b/c.jsonl).

Round 140 draws 18 world-pool articles of 4,001–8,000 characters that name exactly one event word
(the pool of rounds 131, 133–134, 136 and 138). Seed 14040; three parts of six;
session 39, annotated by reading only and committed before the coder was scored on it.

Run: python tests/data/events_round140_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(140)
