"""Articles as JSON Lines, one contract object per line (CONTRACT.md), rebuilt from the knowledge base.

Each line is what ``marsad analyze`` printed for the article (entities with mentions and ``geo``, times,
quotes, events), plus ``kb_event`` on each event (the merged event it joined) and ``duplicate_of`` on
an exact copy. ``evidence=True`` adds rules, confidences and event evidence.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson

__all__ = ["write_jsonl"]


def write_jsonl(articles: Iterable[dict[str, Any]], out) -> tuple[int, int]:  # noqa: ANN001 - binary stream
    n = 0
    for a in articles:
        out.write(orjson.dumps(a, option=orjson.OPT_NON_STR_KEYS) + b"\n")
        n += 1
    return n, 0
