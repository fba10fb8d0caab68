"""The draw of the 109th-round blind event set (events_r109a/b/c.jsonl).

Round 109 draws 24 of the world-pool articles of 300–4,000 characters that name exactly two event
words (the three-word pool had 8 articles left after round 108): sparser news still. Seed 10909; three parts
of eight; session 31, annotated by reading only and committed before the coder was scored on it.

Run: python tests/data/events_round109_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(109)
