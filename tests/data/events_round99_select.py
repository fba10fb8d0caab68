"""The draw of the ninety-ninth-round blind event set (events_r99a/b/c.jsonl).

Round 99 draws the 21 world-pool articles of 2,501–4,000 characters that were left (the pool is then
used up). Seed 9999; three parts of seven. Drawn in session 27 after rounds 97–98 had been scored, annotated by reading only and committed
before the coder was scored on it (the committed JSONL files are the record).

Run: python tests/data/events_round99_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(99)
