"""The draw of the thirteenth-round blind event set (events_r13a.jsonl, events_r13b.jsonl).

Same pool as events_fresh_source.py (300–900 characters, a conflict place named as a word, an event
word, no `dup_of`, not reserved, in no other tests/data set), a new seed (1313), and — new in this
round — no near-copies of annotated articles: an article is skipped when its first 80 letters (after
folding and removing non-letters) equal those of any article of the other sets, or when it shares a
run of 12 words with one (a fifth of the earlier rounds' draws were SaudiNewsNet reposts). 24
SaudiNewsNet politics articles then 16 ANT internationalNews articles (ANT: up to 1,500 characters, the
shorter pool being used up); draw positions 0–11 and 0–7 go to events_r13a, the rest to events_r13b. This round: 26 SaudiNewsNet and 14 ANT articles (positions 0–12
and 0–6 to r13a), the ANT pool being down to 15 fresh articles.

Run: python tests/data/events_round13_select.py   (prints the draw: half, id, characters, title)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_rounds import main  # noqa: E402

if __name__ == "__main__":
    main(13)
