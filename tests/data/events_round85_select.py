"""The draw of the eighty-fifth-round blind event set (events_r85a/b/c.jsonl).

Round 85 leaves the politics subset: it draws 30 articles of 300–2,500 characters from the rest of
SaudiNewsNet (`events_rounds._world_pool`: the 27,800 articles the subset's Syria/Iraq/Yemen keyword
filter left out, sports papers excluded, at least four event words; CC BY-NC-SA, so the sets store
offsets, ids and sha1 only, and `marsad.devsets.fill_texts` reads the text back from the original
daily zips). These are the conflicts the subset does not name: Egypt's Sinai, Turkey, Afghanistan,
Mali, Somalia, Nigeria and Cameroon, Burundi, shootings in the United States, the mosque bombing in
Asir. Seed 8585; three parts of ten.

Round 85 was drawn in session 23; it was annotated by reading only and committed before the coder
was scored on it (the committed JSONL files are the record).

Run: python tests/data/events_round85_select.py   (prints the draw: part, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(85)
