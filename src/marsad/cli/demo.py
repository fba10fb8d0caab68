"""`marsad demo`: the main job on the embedded default, run on the bundled sample corpus."""

from __future__ import annotations

import time
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich.console import Console
from rich.table import Table

from marsad.cli.analyze import BatchReport, analyzed
from marsad.ingest.readers import read_path

__all__ = ["demo_command", "sample_path"]


def sample_path() -> Path:
    """The bundled sample corpus (300 ANT articles, Apache-2.0; see data/sample/SOURCE.md)."""
    return Path(str(resources.files("marsad").joinpath("data/sample/ant_sample.jsonl")))


def demo_command(
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the demo outputs.")] = Path("demo-data"),
    limit: Annotated[int, typer.Option(help="Analyze only the first N sample articles (0 = all).")] = 0,
) -> None:
    """Analyze the bundled sample corpus and summarize what was extracted."""
    console = Console(stderr=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    out_file = out_dir / "sample.analyzed.jsonl"
    report = BatchReport()
    counts: Counter[str] = Counter()
    t0 = time.perf_counter()
    items = read_path(str(sample_path()))
    with out_file.open("wb") as fh:
        for n, article in enumerate(analyzed(items, report), 1):
            fh.write(orjson.dumps(article.to_json(evidence=True)) + b"\n")
            counts["tokens"] += len(article.tokens)
            counts["sentences"] += len(article.sentences)
            counts["entities"] += len(article.entities)
            counts["times"] += len(article.times)
            counts["quotes"] += len(article.quotes)
            counts["events"] += len(article.events)
            if limit and n >= limit:
                break
    elapsed = time.perf_counter() - t0
    table = Table(title=f"marsad demo — {report.ok} sample articles analyzed in {elapsed:.1f} s")
    table.add_column("layer")
    table.add_column("count", justify="right")
    for key in ("sentences", "tokens", "entities", "times", "quotes", "events"):
        table.add_row(key, f"{counts[key]:,}")
    console.print(table)
    console.print(f"articles as JSON Lines (with evidence): [bold]{out_file}[/bold]")
    if report.failed:
        for origin, reason in report.failed:
            console.print(f"[red]failed[/red] {origin}: {reason}")
        raise typer.Exit(1)
