"""The draw of the ninety-seventh-round blind event set (events_r97a/b/c.jsonl).

Round 97 draws 24 more of the world pool's longer articles (2,501–4,000 characters).
Seed 9797; three parts of eight. Drawn in session 26, annotated by reading only and committed
before the coder was scored on it (the committed JSONL files are the record).

Run: python tests/data/events_round97_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(97)
