"""The draw of the 147th-round event set (events_r147a/b/c.jsonl), a training round.

Round 147 draws 18 world-pool articles of 4,001–8,000 characters that name exactly one event word
(the long pool of rounds 131, 133–134, 136, 138 and 140). Seed 14747; three parts of six;
session 40, annotated by reading only from tests/data/events_annotation_brief.md, to train the
learned parts on (not kept blind: the models are trained on it).

Run: python tests/data/events_round147_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(147)
