"""`marsad serve`: the observatory (web UI and JSON API) over a knowledge base."""

from __future__ import annotations

from typing import Annotated

import typer

__all__ = ["serve_command", "serve"]


def serve(db: str | None, host: str, port: int, token: str | None = None) -> None:
    import uvicorn

    from marsad.web.app import create_app

    app = create_app(db, token=token)
    if host not in ("127.0.0.1", "localhost", "::1"):
        typer.echo(
            f"marsad: serving on {host}: anyone who can reach it can read the knowledge base", err=True
        )
    uvicorn.run(app, host=host, port=port, log_level="warning")


def serve_command(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="Knowledge base URL or SQLite path (default: $MARSAD_DB, then the embedded SQLite file).",
        ),
    ] = None,
    host: Annotated[
        str, typer.Option(help="Address to bind; the default keeps the server private to this machine.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None, typer.Option(envvar="MARSAD_TOKEN", help="Bearer token that enables POST /api/ingest.")
    ] = None,
) -> None:
    """Serve the web UI and JSON API over the knowledge base."""
    typer.echo(f"marsad: http://{host}:{port}/  (API docs at /docs; Ctrl-C stops)", err=True)
    serve(db, host, port, token)
