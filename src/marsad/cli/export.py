"""`marsad export --format acled|plover|gdelt|parquet|jsonl [--db URL] [-o PATH]` (docs/export.md).

Filters: ``--since/--until`` (dates, inclusive), ``--actor``, ``--place``, ``--type``,
``--min-confidence``. Writes to
standard output unless ``-o`` names a file (a folder for parquet). Exit codes: 0 done, 2 bad usage.
Also runnable as ``python -m marsad.cli.export``.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from marsad.export import FORMATS, Filters, export

__all__ = ["export_command"]


def _check_date(name: str, value: str | None) -> None:
    if value is None:
        return
    try:
        if len(value) == 10:
            dt.date.fromisoformat(value)
        elif len(value) == 7:
            dt.date.fromisoformat(value + "-01")
        elif len(value) == 4 and value.isdigit():
            pass
        else:
            raise ValueError
    except ValueError:
        print(f"marsad: {name}: not a date (want YYYY-MM-DD, YYYY-MM or YYYY): {value!r}", file=sys.stderr)
        raise typer.Exit(2) from None


def export_command(
    format: Annotated[str, typer.Option("--format", "-f", help="acled | plover | gdelt | parquet | jsonl")],
    db: Annotated[
        str | None,
        typer.Option(
            "--db", help="Knowledge base URL or SQLite path (default: $MARSAD_DB, then the embedded file)."
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("-o", "--output", help="Output file (a folder for parquet); default stdout."),
    ] = None,
    since: Annotated[str | None, typer.Option("--since", help="Events on or after this date.")] = None,
    until: Annotated[str | None, typer.Option("--until", help="Events on or before this date.")] = None,
    actor: Annotated[
        str | None, typer.Option("--actor", help="Actor or target: name (Arabic/English) or QID.")
    ] = None,
    place: Annotated[
        str | None, typer.Option("--place", help="Place name, ISO country code or gazetteer id.")
    ] = None,
    type: Annotated[
        str | None, typer.Option("--type", help="Event type, sub-event type or PLOVER type.")
    ] = None,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            help="Only events at this confidence or more (jsonl: articles reporting one); "
            "out of sample, 0.7 keeps events right 4 times in 5 (docs/events.md).",
        ),
    ] = None,
    evidence: Annotated[
        bool, typer.Option("--evidence", help="jsonl: add rules, confidences, evidence.")
    ] = False,
    header: Annotated[
        bool, typer.Option("--header", help="gdelt: write a header row (GDELT files have none).")
    ] = False,
) -> None:
    """Export the knowledge base's events (and articles) in the field's formats."""
    from marsad.store.db import open_engine

    if format not in FORMATS:
        print(f"marsad: --format must be one of {', '.join(FORMATS)}", file=sys.stderr)
        raise typer.Exit(2)
    _check_date("--since", since)
    _check_date("--until", until)
    if format == "parquet" and output is None:
        print("marsad: --format parquet needs -o DIR", file=sys.stderr)
        raise typer.Exit(2)
    try:
        engine = open_engine(db)
    except Exception as exc:  # a bad URL, an unreachable server
        print(
            f"marsad: cannot open the knowledge base {db or ''}: {type(exc).__name__}: {exc}", file=sys.stderr
        )
        raise typer.Exit(2) from None
    filters = Filters.of(since, until, actor, place, type, min_confidence=min_confidence)
    try:
        if format == "parquet":
            written, skipped = export(format, engine, output, filters)
        elif output is None:
            written, skipped = export(
                format, engine, sys.stdout.buffer, filters, evidence=evidence, header=header
            )
            sys.stdout.flush()
        else:
            with open(output, "wb") as fh:
                written, skipped = export(format, engine, fh, filters, evidence=evidence, header=header)
    finally:
        engine.dispose()
    note = f", {skipped} skipped (no equivalent in {format})" if skipped else ""
    print(f"marsad export: {written} {format} records written{note}", file=sys.stderr)


def main() -> None:
    app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    app.command()(export_command)
    app()


if __name__ == "__main__":
    main()
