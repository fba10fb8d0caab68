"""`marsad places …`: look a place name up in the shipped gazetteer."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from marsad.places.gazetteer import Place, default_gazetteer

app = typer.Typer(
    help="Gazetteer look-ups (GeoNames, OCHA Syria, OpenSyria, curated facilities).", no_args_is_help=True
)


@app.callback()
def places() -> None:
    """Gazetteer look-ups."""


def _row(p: Place) -> dict[str, object]:
    return {
        "id": p.id,
        "name_ar": p.name_ar,
        "name_en": p.name_en,
        "lat": p.lat,
        "lon": p.lon,
        "country": p.country,
        "admin1": p.admin1_en or None,
        "admin1_ar": p.admin1_ar or None,
        "admin2": p.admin2_en or None,
        "feature": p.feature,
        "kind": p.kind,
        "population": p.population or None,
        "source": p.source,
    }


@app.command("lookup")
def lookup_command(
    name: Annotated[
        str, typer.Argument(help="Place name in Arabic, any spelling («ديرالزور», «بالرقة», «سورية»).")
    ],
    country: Annotated[
        str | None, typer.Option("--country", "-c", help="Only this ISO alpha-2 country.")
    ] = None,
    limit: Annotated[int, typer.Option(help="At most this many places.")] = 10,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per line instead of a table.")
    ] = False,
) -> None:
    """Places called NAME, most plausible first (kind of place and population; no article context)."""
    hits = default_gazetteer().lookup(name, country=country, limit=limit)
    if as_json:
        for p in hits:
            typer.echo(json.dumps(_row(p), ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    if not hits:
        console.print(f"no place called {name!r}" + (f" in {country.upper()}" if country else ""))
        raise typer.Exit(1)
    table = Table(title=f"{name} — {len(hits)} place(s)")
    for col in ("id", "name", "English", "country", "admin1", "feature", "lat", "lon", "population"):
        table.add_column(col)
    for p in hits:
        table.add_row(
            p.id,
            p.name_ar,
            p.name_en,
            p.country,
            p.admin1_en or "",
            p.feature,
            f"{p.lat:.4f}",
            f"{p.lon:.4f}",
            f"{p.population:,}" if p.population else "",
        )
    console.print(table)
