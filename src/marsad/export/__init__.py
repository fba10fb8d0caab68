"""Exports of the knowledge base in the field's formats (docs/export.md).

`export(fmt, engine, out, filters)` writes one format: ``acled`` (CSV, 31 columns), ``plover``
(JSON Lines), ``gdelt`` (TSV, 61 columns), ``jsonl`` (articles per CONTRACT.md), ``parquet`` (a folder:
every table plus flat events). It returns ``(written, skipped)`` counts.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import IO

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from marsad.store import query
from marsad.store.query import Filters

__all__ = ["FORMATS", "export", "Filters"]

FORMATS = ("acled", "plover", "gdelt", "parquet", "jsonl")


def export(
    fmt: str,
    engine: Engine,
    out: IO[bytes] | Path,
    filters: Filters | None = None,
    *,
    evidence: bool = False,
    header: bool = False,
) -> tuple[int, int]:
    """Write ``fmt`` to ``out`` (a binary stream; a folder path for parquet)."""
    f = filters or Filters()
    with Session(engine) as s:
        if fmt == "parquet":
            from marsad.export.parquet import write_parquet
            from marsad.store.kb import flat_event

            if not isinstance(out, Path):
                raise ValueError("parquet needs an output folder (-o DIR)")
            counts = write_parquet(s, out, (flat_event(e) for e in query.event_rows(s, f)))
            return sum(counts.values()), 0
        if isinstance(out, Path):
            raise ValueError(f"{fmt} writes a stream, not a folder")
        if fmt == "jsonl":
            from marsad.export.jsonl import write_jsonl

            return write_jsonl(query.iter_article_json(s, f, evidence=evidence), out)
        events = query.event_rows(s, f)
        if fmt == "plover":
            from marsad.export.plover import write_plover

            return write_plover(events, out)
        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        try:
            if fmt == "acled":
                from marsad.export.acled import write_acled

                return write_acled(events, text)
            if fmt == "gdelt":
                from marsad.export.gdelt import write_gdelt

                return write_gdelt(events, text, header=header)
        finally:
            text.flush()
            text.detach()
    raise ValueError(f"unknown format {fmt!r}; known: {', '.join(FORMATS)}")
