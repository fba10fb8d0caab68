"""The draw of the 126th-round blind event set (events_r126a/b/c.jsonl).

Round 126 draws 24 more of the world-pool articles of 300–4,000 characters that name exactly one
event word (the two-word pool is used up), drawn together with round 125 (its draw skipped). Seed 12626; three parts of eight;
session 36, annotated by reading only and committed before the coder was scored on it.

Run: python tests/data/events_round126_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(126)
