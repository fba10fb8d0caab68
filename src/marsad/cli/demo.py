"""`marsad demo`: the main job on the embedded default — sample corpus → SQLite → web UI."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

__all__ = ["demo_command", "sample_path", "build_demo"]


def sample_path() -> Path:
    """The bundled sample corpus (300 ANT articles, Apache-2.0; see data/sample/SOURCE.md)."""
    return Path(str(resources.files("marsad").joinpath("data/sample/ant_sample.jsonl")))


def build_demo(db: Path, *, limit: int = 0, console: Console | None = None) -> dict[str, object]:
    """Ingest the sample corpus into the SQLite knowledge base at ``db`` (idempotent); returns counts."""
    from itertools import islice

    from marsad.ingest.readers import read_path
    from marsad.ingest.runner import ingest_items
    from marsad.store.db import open_engine
    from marsad.store.kb import KnowledgeBase

    console = console or Console(stderr=True)
    engine = open_engine(str(db))
    items = read_path(str(sample_path()))
    if limit:
        items = islice(items, limit)
    with console.status("analyzing and storing the sample corpus…"):
        report = ingest_items(items, engine)
    stats = KnowledgeBase(engine=engine).stats()
    table = Table(title=f"marsad demo — knowledge base {db}")
    table.add_column("")
    table.add_column("count", justify="right")
    for key, value in report.as_dict().items():
        if key in ("stored", "unchanged", "duplicates", "failed", "seconds"):
            table.add_row(f"ingest: {key}", str(value))
    for key, value in stats.items():
        table.add_row(key, f"{value:,}")
    console.print(table)
    for origin, reason in report.failed:
        console.print(f"[red]failed[/red] {origin}: {reason}")
    return {"report": report.as_dict(), "stats": stats}


def demo_command(
    db: Annotated[Path, typer.Option("--db", help="SQLite file for the demo knowledge base.")] = Path(
        "demo-data/marsad-demo.sqlite"
    ),
    serve: Annotated[
        bool,
        typer.Option("--serve/--no-serve", help="Serve the observatory when the knowledge base is built."),
    ] = True,
    host: Annotated[str, typer.Option(help="Address to bind.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    limit: Annotated[int, typer.Option(help="Ingest only the first N sample articles (0 = all 300).")] = 0,
) -> None:
    """Build a knowledge base from the bundled sample corpus and serve it (Ctrl-C stops)."""
    console = Console(stderr=True)
    result = build_demo(db, limit=limit, console=console)
    if not serve:
        raise typer.Exit(1 if result["report"]["failed"] else 0)
    from marsad.cli.serve import serve as run_server

    console.print(
        f"[bold]open http://{host}:{port}/[/bold]  (English: http://{host}:{port}/?lang=en; API: /docs)"
    )
    run_server(str(db), host, port)
