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

__all__ = ["CALIBRATION_PATH", "bands", "share_right", "confidence_band", "calibration_record"]

CALIBRATION_PATH = "data/events/calibration.json"


def confidence_band(confidence: float) -> str:
    """The tenth of [0, 1] ``confidence`` falls in, by its lower edge ("0.7"); 1.0 is in "0.9"."""
    return f"{min(int(max(confidence, 0.0) * 10), 9) / 10:.1f}"


def calibration_record(counts: dict[str, list[int]], measured: str) -> dict[str, Any]:
    """The file's content from band counts (band → [events kept, of them right]) and how they were
    measured (`bench/events_cv.py --calibration`)."""
    return {
        "about": "Share of the event coder's events that matched an annotated event, per tenth of "
        "confidence, on articles its learned parts never saw (bench/events_cv.py). See docs/events.md.",
        "measured": measured,
        "bands": {b: {"kept": n, "right": m} for b, (n, m) in sorted(counts.items(), reverse=True)},
    }


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
    row = bands()["bands"].get(confidence_band(confidence))
    if not row or not row["kept"]:
        return None
    return row["right"] / row["kept"]
