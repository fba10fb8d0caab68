"""`marsad ingest PATH ... [--db URL]`: analyze and store articles in the knowledge base (docs/ingest.md).

A thin layer over `marsad.ingest.sources.iter_sources` and `marsad.ingest.runner.ingest_items`: it adds
the progress bar (rate and ETA, on a terminal only), the end summary and the exit code (0 all stored,
1 some inputs failed — each named on stderr with its reason —, 2 bad usage, 130 interrupted).
Also runnable as ``python -m marsad.cli.ingest``.
"""

from __future__ import annotations

import signal
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from marsad.ingest.feeds import fetch_url
from marsad.ingest.runner import IngestReport, ingest_items
from marsad.ingest.sources import count_inputs, iter_sources
from marsad.pipeline import Pipeline, PipelineError, default_pipeline

__all__ = ["ingest_command", "summary_lines"]


def summary_lines(r: IngestReport) -> list[str]:
    rate = r.read / r.seconds if r.seconds > 0 else 0.0
    lines = [
        f"marsad ingest: {r.read} read in {r.seconds:.1f} s ({rate:.1f}/s): {r.stored} stored, "
        f"{r.updated} updated, {r.unchanged} unchanged, {r.duplicates} exact duplicates, "
        f"{r.near_duplicates} near-duplicates linked, {len(r.failed)} failed",
        f"events: {r.event_reports} reports stored, {r.events_merged} merged into events already known "
        "from other articles",
    ]
    if r.interrupted:
        lines.append("interrupted: everything committed so far is kept; run the same command again to resume")
    if r.failed:
        lines.append("failed:")
        reasons: dict[str, int] = {}
        for _, reason in r.failed:
            key = reason.split(" (")[0][:80]
            reasons[key] = reasons.get(key, 0) + 1
        lines += [f"  {n} × {reason}" for reason, n in sorted(reasons.items(), key=lambda t: -t[1])]
    return lines


def _raise_interrupt(signum, frame) -> None:  # noqa: ANN001 - signal handler signature
    raise KeyboardInterrupt


def _pipeline(components: str | None) -> Pipeline:
    if components is None:
        return default_pipeline()
    names = [c.strip() for c in components.split(",") if c.strip()]
    return Pipeline(names)


def ingest_command(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files, folders, JSON Lines, HTML pages, RSS/Atom feeds (paths or URLs), WARC archives; "
            "'-' or nothing reads standard input."
        ),
    ] = None,
    db: Annotated[
        str | None,
        typer.Option(
            "--db", help="Knowledge base URL or SQLite path (default: $MARSAD_DB, then the embedded file)."
        ),
    ] = None,
    watch: Annotated[
        bool, typer.Option("--watch", help="Keep polling the RSS/Atom feeds given and ingest new entries.")
    ] = False,
    interval: Annotated[
        float, typer.Option("--interval", help="Seconds between feed polls with --watch.")
    ] = 300.0,
    max_polls: Annotated[
        int | None, typer.Option("--max-polls", help="Stop --watch after this many polls (default: never).")
    ] = None,
    fetch: Annotated[
        bool,
        typer.Option(
            "--fetch/--no-fetch", help="Fetch linked pages of feed entries that carry only a teaser."
        ),
    ] = True,
    batch_size: Annotated[int, typer.Option("--batch-size", help="Articles per committed transaction.")] = 20,
    components: Annotated[
        str | None,
        typer.Option(
            "--components", help="Comma-separated pipeline components (default: the full pipeline)."
        ),
    ] = None,
    progress: Annotated[
        bool | None, typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal).")
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", help="Processes that analyze in parallel (one writer; same results).")
    ] = 1,
    engine_name: Annotated[
        str,
        typer.Option(
            "--engine", help="'local' (this machine) or 'dask' (a Dask cluster; see docs/scale.md)."
        ),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler address (default: start a LocalCluster)."),
    ] = None,
    workdir: Annotated[
        str, typer.Option("--workdir", help="Folder for the Dask engine's partitioned Parquet (resumable).")
    ] = "marsad-partitions",
    partition_size: Annotated[
        int, typer.Option("--partition-size", help="Articles per Dask partition (the unit of resumption).")
    ] = 500,
) -> None:
    """Analyze articles and store them in the knowledge base (idempotent: re-ingesting changes nothing)."""
    from marsad.store.db import open_engine

    err = Console(stderr=True)
    if batch_size < 1 or interval <= 0 or workers < 1 or partition_size < 1:
        print(
            "marsad: --batch-size, --workers and --partition-size must be ≥ 1 and --interval > 0",
            file=sys.stderr,
        )
        raise typer.Exit(2)
    if engine_name not in ("local", "dask"):
        print(f"marsad: --engine must be 'local' or 'dask', not {engine_name!r}", file=sys.stderr)
        raise typer.Exit(2)
    if watch and (workers > 1 or engine_name == "dask"):
        print(
            "marsad: --watch ingests feed entries as they come, in one process (no --workers/--engine dask)",
            file=sys.stderr,
        )
        raise typer.Exit(2)
    try:
        pipe = _pipeline(components)
    except PipelineError as exc:
        print(f"marsad: --components: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None
    try:
        engine = open_engine(db)
    except Exception as exc:  # a bad URL, an unreachable server, a read-only path
        print(
            f"marsad: cannot open the knowledge base {db or ''}: {type(exc).__name__}: {exc}", file=sys.stderr
        )
        raise typer.Exit(2) from None
    signal.signal(signal.SIGTERM, _raise_interrupt)
    items = iter_sources(
        paths, fetch=fetch_url if fetch else None, watch=watch, interval=interval, max_polls=max_polls
    )
    show = err.is_terminal if progress is None else progress

    def on_error(origin: str, reason: str) -> None:
        err.print(f"marsad: {origin}: {reason}", markup=False, highlight=False, soft_wrap=True)

    names = [c.strip() for c in components.split(",") if c.strip()] if components else None

    def run(step) -> IngestReport:  # noqa: ANN001 - a progress callback or None
        if engine_name == "dask":
            from marsad.ingest.dask_engine import ingest_dask

            return ingest_dask(
                items,
                engine,
                workdir=workdir,
                scheduler=scheduler,
                n_workers=workers if workers > 1 else None,
                partition_size=partition_size,
                components=names,
                on_error=on_error,
                step=step,
            )
        if workers > 1:
            from marsad.ingest.parallel import ingest_parallel

            return ingest_parallel(
                items, engine, workers=workers, components=names, on_error=on_error, step=step
            )
        return ingest_items(
            items, engine, pipeline=pipe, batch_size=1 if watch else batch_size, on_error=on_error, step=step
        )

    if show:
        total = None if watch else count_inputs(paths)
        bar = Progress(
            SpinnerColumn(),
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[status]}"),
            console=err,
            transient=False,
        )
        with bar:
            task = bar.add_task("ingest", total=total, rate="", status="")

            def step(r: IngestReport, _origin: str) -> None:
                speed = bar.tasks[0].speed
                bar.update(
                    task,
                    advance=1,
                    rate=f"{speed:.1f} art/s" if speed else "",
                    status=f"new {r.stored} · same {r.unchanged} · dup {r.duplicates} · failed {len(r.failed)}",
                )

            report = run(step)
    else:
        report = run(None)
    engine.dispose()
    for line in summary_lines(report):
        err.print(line, markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(report.exit_code)


def main() -> None:
    app = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    app.command()(ingest_command)
    app()


if __name__ == "__main__":
    main()
