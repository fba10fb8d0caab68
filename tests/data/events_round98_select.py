"""The draw of the ninety-eighth-round blind event set (events_r98a/b/c.jsonl).

Round 98 draws 24 of the world pool's articles of 4,001–6,000 characters (23 of 2,501–4,000 are left).
Seed 9898; three parts of eight. Drawn in session 26 after round 97 had been scored and read, annotated by reading only and committed
before the coder was scored on it (the committed JSONL files are the record).

Run: python tests/data/events_round98_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(98)
