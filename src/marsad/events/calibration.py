"""What an event's confidence means on unseen articles: the shipped calibration bands.

``data/events/calibration.json`` holds, per tenth of confidence, how many of the coder's events were
kept and how many matched an annotated event when every learned part was cross-validated
(`bench/events_cv.py --calibration`; docs/events.md, «What an event's confidence means»). The web
shows the share beside an event's confidence so a reader knows what 0.74 is worth. Rebuild the file
with the bench after retraining the models.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["CALIBRATION_PATH", "bands", "share_right"]

CALIBRATION_PATH = "data/events/calibration.json"


@lru_cache(maxsize=1)
def bands() -> dict[str, Any]:
    """The file's content (empty bands when it is missing)."""
    ref = resources.files("marsad").joinpath(CALIBRATION_PATH)
    if not ref.is_file():
        return {"bands": {}}
    return json.loads(ref.read_text("utf-8"))


def share_right(confidence: float | None) -> float | None:
    """The share of events right out of fold in ``confidence``'s tenth (None when unmeasured)."""
    if confidence is None:
        return None
    band = f"{min(int(max(confidence, 0.0) * 10), 9) / 10:.1f}"
    row = bands()["bands"].get(band)
    if not row or not row["kept"]:
        return None
    return row["right"] / row["kept"]
