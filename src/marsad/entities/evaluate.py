"""``marsad eval ner``: exact-match (CoNLL) scores of the NER tagger on a test split, plus tokens/s.

Scoring follows conlleval (`marsad.entities.train.score`): a predicted entity counts only when its
type and both boundaries equal a gold entity's; the official test split is read with its tokens as
given.
"""

from __future__ import annotations

import time
from pathlib import Path

import typer

from marsad.entities.train import DATASETS, format_scores, read_conll, score, shared_data_dir

__all__ = ["ner_command"]


def ner_command(
    data: str = typer.Option(
        "anercorp", "--data", help="anercorp | aqmar | aqmar-dev | wikiann, or a CoNLL file"
    ),
    data_dir: Path = typer.Option(None, "--data-dir", help="the shared data folder (default ../shared/data)"),
    model: Path = typer.Option(None, "--model", help="model folder (default: the shipped model)"),
) -> None:
    """Exact-match (CoNLL) micro and per-type P/R/F1 of the NER tagger on a test split, plus tokens/s."""
    from marsad.entities.ner import NerTagger, default_tagger

    path = (data_dir or shared_data_dir()) / DATASETS[data][1] if data in DATASETS else Path(data)
    if not path.exists():
        typer.echo(f"no such data file: {path}", err=True)
        raise typer.Exit(2)
    tagger = NerTagger.load(model) if model else default_tagger()
    sents = read_conll(path)
    t0 = time.perf_counter()
    pred = [tagger.tag(toks) for toks, _ in sents]
    dt = time.perf_counter() - t0
    n_tok = sum(len(t) for t, _ in sents)
    typer.echo(f"data: {path}  model: {tagger.name}")
    typer.echo(format_scores(score([g for _, g in sents], pred), n_tok, dt))


def _register() -> None:
    from marsad.cli.evaluate import app

    app.command("ner")(ner_command)


_register()
