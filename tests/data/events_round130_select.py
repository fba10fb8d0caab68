"""The draw of the 130th-round blind event set (events_r130a/b/c.jsonl).

Round 130 draws 12 world-pool articles of 8,001–30,000 characters that name one event word or more
(the longest articles; 28 are left). Seed 13030; three parts of four;
session 37, annotated by reading only and committed before the coder was scored on it.

Run: python tests/data/events_round130_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(130)
