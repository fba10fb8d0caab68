"""The `marsad` command line: a thin layer over importable functions.

Each command group lives in its own module and is listed in `SUBCOMMANDS` (module path, name);
`marsad eval <stage>` commands register on `marsad.cli.evaluate.app` from the modules listed in
`marsad.cli.evaluate.EVAL_MODULES`.
"""

from __future__ import annotations

import importlib
import sys

import typer

from marsad.cli.analyze import analyze_command
from marsad.cli.demo import demo_command
from marsad.cli.export import export_command
from marsad.cli.ingest import ingest_command
from marsad.cli.serve import serve_command

app = typer.Typer(
    name="marsad",
    help="marsad (مرصد): Arabic news → events, quotes, entities, places and dates with evidence.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("analyze")(analyze_command)
app.command("ingest")(ingest_command)
app.command("export")(export_command)
app.command("serve")(serve_command)
app.command("demo")(demo_command)

# (module, command name): each module defines `app`, a typer.Typer group (or `load()` returning it).
SUBCOMMANDS: list[tuple[str, str]] = [
    ("marsad.cli.evaluate", "eval"),
    ("marsad.cli.places", "places"),
    ("marsad.cli.actors", "actors"),
    ("marsad.cli.train", "train"),
]


def _mount() -> None:
    for module, name in SUBCOMMANDS:
        mod = importlib.import_module(module)
        sub = mod.load() if hasattr(mod, "load") else mod.app
        app.add_typer(sub, name=name)


_mount()


def main() -> None:
    try:
        app()
    except BrokenPipeError:  # `marsad analyze ... | head`
        sys.stderr.close()
        sys.exit(0)
