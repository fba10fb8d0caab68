"""The draw of the ninety-fifth-round blind event set (events_r95a/b/c.jsonl).

Round 95 draws the last 24 articles of the world pool of rounds 85–94 (300–2,500 characters, no near-copy of an
annotated article). Seed 9595; three parts of eight. Drawn in session 25 with round 96, annotated by reading only and committed
before the coder was scored on it (the committed JSONL files are the record).

Run: python tests/data/events_round95_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(95)
