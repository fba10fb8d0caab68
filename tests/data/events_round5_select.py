"""The draw of the fifth-round blind event set (events_r5a.jsonl, events_r5b.jsonl).

Same pool as events_fresh_source.py (300–900 characters, a conflict place named as a word, an event
word, no `dup_of`, not reserved, in no other tests/data set), a new seed (5151): 24 SaudiNewsNet
politics articles then 16 ANT internationalNews articles. Draw positions 0–11 (SaudiNewsNet) and 0–7
(ANT) go to events_r5a, the rest to events_r5b: two annotators, twenty articles each, annotated by
reading only, before the event coder is run on them.

Run: python tests/data/events_round5_select.py   (prints the draw: half, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(5)
