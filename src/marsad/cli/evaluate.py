"""`marsad eval …`: evaluation commands, one per pipeline stage.

Stage modules listed in `EVAL_MODULES` add their command with ``@app.command("<stage>")`` on this
module's `app`; `load()` imports them (the CLI calls it when it mounts the group).
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    help="Evaluate a pipeline stage on a gold data set and print its scores.", no_args_is_help=True
)

EVAL_MODULES: list[str] = [
    "marsad.text.evaluate",
    "marsad.entities.evaluate",
    "marsad.quotes.evaluate",
    "marsad.time.evaluate",
    "marsad.places.evaluate",
    "marsad.events.evaluate",
]


def load() -> typer.Typer:
    for module in EVAL_MODULES:
        importlib.import_module(module)
    return app
