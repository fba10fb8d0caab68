"""The draw of the 139th-round blind event set (events_r139a/b/c.jsonl).

Round 139 draws 24 world-pool articles of 300–4,000 characters that name exactly one event word
(the pool of rounds 123–126, 132, 135 and 137). Seed 13939; three parts of eight;
session 39, annotated by reading only and committed before the coder was scored on it.

Run: python tests/data/events_round139_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(139)
