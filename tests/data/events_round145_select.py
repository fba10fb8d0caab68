"""The draw of the 145th-round event set (events_r145a/b/c.jsonl), a training round.

Round 145 draws 24 more of the same short one-word pool, drawn after round 144. Seed 14545; three parts of eight;
session 40, annotated by reading only from tests/data/events_annotation_brief.md, to train the
learned parts on (not kept blind: the models are trained on it).

Run: python tests/data/events_round145_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(145)
