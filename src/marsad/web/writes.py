"""The API's write path: JSON article records → analyzed and stored, exactly as `marsad ingest` does."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from marsad.ingest.readers import record_to_article
from marsad.ingest.runner import ingest_items

__all__ = ["ingest_records"]


def ingest_records(engine: Engine, records: list[dict[str, Any]]) -> dict[str, Any]:
    """Store ``records`` (``id``, ``text``, optional ``title``, ``published``, ``source``, ``url``)."""
    items = [record_to_article(r, f"api[{i}]", f"api-{i}") for i, r in enumerate(records, 1)]
    failed: list[dict[str, str]] = []
    report = ingest_items(
        items, engine, on_error=lambda origin, reason: failed.append({"origin": origin, "reason": reason})
    )
    out = report.as_dict()
    out["failed"] = failed
    return out
