"""The draw of the 141th-round event set (events_r141a/b/c.jsonl), a training round.

Round 141 draws 24 world-pool articles of 300–4,000 characters that name exactly one event word
(the pool of rounds 123–126, 132, 135, 137 and 139). Seed 14141; three parts of eight;
session 40, annotated by reading only from tests/data/events_annotation_brief.md, to train the
learned parts on (not kept blind: the models are trained on it).

Run: python tests/data/events_round141_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(141)
