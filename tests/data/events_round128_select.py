"""The draw of the 128th-round blind event set (events_r128a/b/c.jsonl).

Round 128 draws 18 world-pool articles of 4,001–8,000 characters that name two to four
event words (longer articles, more events each), drawn together with round 127 (its draw skipped). Seed 12828; three parts of six;
session 36, annotated by reading only and committed before the coder was scored on it.

Run: python tests/data/events_round128_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(128)
