"""The draw of the 138th-round blind event set (events_r138a/b/c.jsonl).

Round 138 draws 18 world-pool articles of 4,001–8,000 characters that name exactly one event word
(the pool of rounds 131, 133–134 and 136). Seed 13838; three parts of six;
session 39, annotated by reading only and committed before the coder was scored on it.

Run: python tests/data/events_round138_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(138)
