"""Parquet for analysts: every table of the knowledge base, plus one flat table of merged events.

``marsad export --format parquet -o DIR`` writes ``DIR/<table>.parquet`` for each table of
`marsad.store.models` (streamed in chunks, JSON columns as JSON text, dates and times typed) and
``DIR/events_flat.parquet`` (one row per merged event, the columns of `marsad.store.kb.flat_event`).
Filters (dates, actor, place, type) apply to ``events_flat``; the table files are complete dumps.
DuckDB, pandas, polars and Spark read them directly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import JSON, BigInteger, Date, DateTime, Float, Integer, LargeBinary, Table, select
from sqlalchemy.orm import Session

from marsad.store.models import Base

__all__ = ["EVENT_SCHEMA", "arrow_schema", "write_table", "write_parquet"]

CHUNK = 5000

EVENT_SCHEMA = pa.schema(
    [
        ("event_id", pa.int64()),
        ("date", pa.string()),
        ("date_precision", pa.string()),
        ("event_type", pa.string()),
        ("sub_event_type", pa.string()),
        ("plover", pa.string()),
        ("plover_mode", pa.string()),
        ("status", pa.string()),
        ("fatalities", pa.int64()),
        ("confidence", pa.float64()),
        ("actor", pa.string()),
        ("actor_en", pa.string()),
        ("actor_kb_id", pa.string()),
        ("target", pa.string()),
        ("target_en", pa.string()),
        ("target_kb_id", pa.string()),
        ("place", pa.string()),
        ("place_en", pa.string()),
        ("country", pa.string()),
        ("admin1", pa.string()),
        ("admin2", pa.string()),
        ("lat", pa.float64()),
        ("lon", pa.float64()),
        ("num_mentions", pa.int64()),
        ("num_articles", pa.int64()),
        ("num_sources", pa.int64()),
        ("sources", pa.string()),
        ("articles", pa.string()),
        ("trigger", pa.string()),
        ("snippet", pa.string()),
    ]
)


def _arrow_type(col) -> pa.DataType:  # noqa: ANN001 - a SQLAlchemy Column
    t = col.type
    if isinstance(t, Integer | BigInteger):
        return pa.int64()
    if isinstance(t, Float):
        return pa.float64()
    if isinstance(t, DateTime):
        return pa.timestamp("us")
    if isinstance(t, Date):
        return pa.date32()
    if isinstance(t, LargeBinary):
        return pa.binary()
    return pa.string()


def arrow_schema(table: Table) -> pa.Schema:
    return pa.schema([(c.name, _arrow_type(c)) for c in table.columns])


def _cell(value: Any, is_json: bool) -> Any:
    if is_json:
        return None if value is None else json.dumps(value, ensure_ascii=False)
    return value


def write_table(session: Session, table: Table, path: Path) -> int:
    """Stream one table to a Parquet file; returns its row count."""
    schema = arrow_schema(table)
    json_cols = [isinstance(c.type, JSON) for c in table.columns]
    names = [c.name for c in table.columns]
    order = list(table.primary_key.columns) or list(table.columns)[:1]
    result = session.execute(select(table).order_by(*order)).yield_per(CHUNK)
    n = 0
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for part in result.partitions(CHUNK):
            cols = {name: [_cell(r[i], json_cols[i]) for r in part] for i, name in enumerate(names)}
            writer.write_table(pa.Table.from_pydict(cols, schema=schema))
            n += len(part)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n


def write_parquet(session: Session, out_dir: Path, flat_events: Iterable[dict[str, Any]]) -> dict[str, int]:
    """All tables and ``events_flat`` into ``out_dir``; returns rows written per file."""
    out_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, table in sorted(Base.metadata.tables.items()):
        counts[name] = write_table(session, table, out_dir / f"{name}.parquet")
    rows = list(flat_events)
    pq.write_table(
        pa.Table.from_pylist(rows, schema=EVENT_SCHEMA), out_dir / "events_flat.parquet", compression="zstd"
    )
    counts["events_flat"] = len(rows)
    return counts
