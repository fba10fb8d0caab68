"""`marsad train …`: rebuild the shipped models from the shared data.

``marsad train ner`` learns word clusters from the unlabeled news, fits the CRF on ANERcorp train
(scoring a held-out dev block first), reports the official test split, writes the model folder and,
when that folder is the shipped one, updates its entry in the data catalogue.
"""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import typer

app = typer.Typer(
    help="Train a model from the shared data and write it (with its catalogue entry).", no_args_is_help=True
)


def _split(s: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in s.split(",") if x.strip())


@app.command("ner")
def ner(
    data_dir: Path = typer.Option(None, "--data-dir", help="the shared data folder (default ../shared/data)"),
    out: Path = typer.Option(None, "--out", help="model folder to write (default: the shipped model folder)"),
    train: str = typer.Option("anercorp", "--train", help="training corpus: a data set name or a CoNLL file"),
    extra: str = typer.Option("", "--extra", help="extra training sets, comma-separated (aqmar, wikiann)"),
    unlabeled: str = typer.Option(
        "news/ant/ant.jsonl",
        "--unlabeled",
        help="unlabeled news for word clusters (JSONL files or folders of SaudiNewsNet zips), relative to --data-dir",
    ),
    iterations: int = typer.Option(150, "--iterations", help="L-BFGS iterations"),
    c1: float = typer.Option(0.03, "--c1", help="L1 penalty"),
    c2: float = typer.Option(0.1, "--c2", help="L2 penalty"),
    vocab: int = typer.Option(40_000, "--vocab", help="words that get clusters"),
    granularities: str = typer.Option("64,256,1024", "--clusters", help="k-means cluster counts"),
    dev_fraction: float = typer.Option(0.1, "--dev-fraction", help="share of train held out as dev"),
    no_refit: bool = typer.Option(False, "--no-refit", help="ship the model fitted without the dev block"),
    no_test: bool = typer.Option(False, "--no-test", help="do not score the test split"),
    no_actors: bool = typer.Option(False, "--no-actors", help="leave the actor lexicon out of the gazetteer"),
    no_silver: bool = typer.Option(
        False, "--no-silver", help="leave out the WikiANN-derived name words and multi-word names"
    ),
    version: str = typer.Option("1.0.0", "--version", help="model version to record"),
    self_lexicon: int = typer.Option(
        0, "--self-lexicon", help="words of news to tag for a self-trained name lexicon (0: none)"
    ),
    model: str = typer.Option(
        "crf", "--model", help="crf (shipped) or nn (BiLSTM-CRF; needs the train extra)"
    ),
    epochs: int = typer.Option(15, "--epochs", help="nn: epochs (the best on dev is kept)"),
) -> None:
    """Train the NER tagger; prints dev (and test) micro F1 and the model's sha256."""
    if model not in ("crf", "nn"):
        typer.echo(f"marsad: --model must be 'crf' or 'nn', not {model!r}", err=True)
        raise typer.Exit(2)
    from marsad import catalogue
    from marsad.entities.evaluate import shared_data_dir
    from marsad.entities.ner import MODEL_DIR
    from marsad.entities.train import TrainConfig, build_model, model_digest

    shipped = Path(str(catalogue.data_root().parent / MODEL_DIR))
    out_dir = out or shipped
    cfg = TrainConfig(
        data_dir=data_dir or shared_data_dir(),
        out_dir=out_dir,
        unlabeled=_split(unlabeled),
        train=train,
        extra=_split(extra),
        dev_fraction=dev_fraction,
        refit_full=not no_refit,
        c1=c1,
        c2=c2,
        iterations=iterations,
        vocab=vocab,
        granularities=tuple(int(x) for x in _split(granularities)),
        version=version,
        test=not no_test,
        actors=not no_actors,
        self_lexicon=self_lexicon,
        name_words=() if no_silver else TrainConfig.name_words,
        model=model,
        nn={"epochs": epochs},
    )
    meta = build_model(cfg, log=lambda m: typer.echo(m, err=True))
    digest = model_digest(out_dir)
    typer.echo(f"model: {out_dir}  sha256 {digest}  ({meta['train_seconds']} s)")
    if out_dir.resolve() == shipped.resolve():
        catalogue.update_entry(
            "ner",
            {
                "kind": "model",
                "version": meta["version"],
                "path": MODEL_DIR.removeprefix("data/"),
                "sha256": digest,
                "files": catalogue.files_record(out_dir),
                "source_data": meta["source_data"],
                "licence": "CC BY-SA 4.0 (trained on ANERcorp, CC BY-SA 4.0); see docs/models/ner.md for the "
                "licences of the cluster and gazetteer sources",
                "scores": meta["scores"],
                "train_command": "marsad train ner",
                "eval_command": "marsad eval ner --data anercorp",
                "card": "docs/models/ner.md",
            },
        )
        typer.echo("catalogue entry 'ner' updated")


@app.command("events")
def events(
    sets: str = typer.Option(
        "",
        "--sets",
        help="annotated event sets (JSONL), comma-separated; default: every tests/data/events_*.jsonl",
    ),
    exclude: str = typer.Option(
        "", "--exclude", help="file names to leave out (blind sets kept for scoring)"
    ),
    out: Path = typer.Option(None, "--out", help="filter file to write (default: the shipped one)"),
    roles_dir: Path = typer.Option(
        None,
        "--roles-dir",
        help="folder for the merge, actor, target, place and date models (default: shipped)",
    ),
    l2: float = typer.Option(3.0, "--l2", help="L2 penalty of the logistic regressions"),
    version: str = typer.Option("1.3.0", "--version", help="filter version to record"),
    roles_version: str = typer.Option(
        "2.0.0", "--roles-version", help="merge/actor/target/place/date version"
    ),
) -> None:
    """Train the learned parts of the event coder on the annotated sets — the merge veto, the event
    filter, the actor, target and place choice — and print their cross-validated figures."""
    from marsad import catalogue
    from marsad.events.context_tagger import CONTEXT_PATH
    from marsad.events.evaluate import DEFAULT_DEV
    from marsad.events.filter import FILTER_PATH
    from marsad.events.merge_model import MERGE_MODEL_PATH
    from marsad.events.role_choice import ROLES, model_path
    from marsad.events.train_filter import train_filter
    from marsad.events.train_merge import train_merge
    from marsad.events.train_roles import train_role

    paths = [Path(p) for p in _split(sets)] or sorted(DEFAULT_DEV.parent.glob("events_*.jsonl"))
    skip = set(_split(exclude))
    paths = [p for p in paths if p.name not in skip]
    if not paths:
        typer.echo("marsad: no annotated event sets found (pass --sets)", err=True)
        raise typer.Exit(2)
    say = lambda m: typer.echo(m, err=True)  # noqa: E731
    # order: the merge veto shapes the candidates the filter learns from; the filter decides which
    # events the argument choices learn from
    root = catalogue.data_root().parent
    target = (roles_dir / "merge.json") if roles_dir else root / MERGE_MODEL_PATH
    model = train_merge(paths, target, version=roles_version, log=say)
    _record_events_model("events-merge", model, target, MERGE_MODEL_PATH, exclude, "merge veto")
    merge = target
    target = out or root / FILTER_PATH
    context = (target.parent / "context.crfsuite") if out or roles_dir else root / CONTEXT_PATH
    with _coding_with(merge=merge):  # the filter learns from the candidates the new veto leaves
        model = train_filter(paths, target, l2=l2, version=version, log=say, context_out=context)
    _record_events_model("events-filter", model, target, FILTER_PATH, exclude, "filter")
    _record_events_model(
        "events-context", model, context, CONTEXT_PATH, exclude, "context CRF", weights=False
    )
    with _coding_with(merge=merge, filter=target, context=context):  # the events the new filter keeps
        for role in (*ROLES, "place", "date"):
            target = (roles_dir / f"{role}.json") if roles_dir else root / model_path(role)
            model = train_role(role, paths, target, l2=l2, version=roles_version, log=say)
            _record_events_model(f"events-{role}", model, target, model_path(role), exclude, f"{role} model")


@contextmanager
def _coding_with(**files: Path | None):
    """Code events with the models just written (``merge``, ``filter``, ``context``: files or None for
    the shipped one) while the next models learn from them; the environment is restored after."""
    import os

    from marsad.events.context_tagger import default_context_tagger
    from marsad.events.filter import default_filter
    from marsad.events.merge_model import default_merge_model

    names = {
        "merge": "MARSAD_EVENTS_MERGE",
        "filter": "MARSAD_EVENTS_FILTER",
        "context": "MARSAD_EVENTS_CONTEXT",
    }
    saved = {v: os.environ.get(v) for v in names.values()}
    caches = (default_merge_model, default_filter, default_context_tagger)
    try:
        for key, path in files.items():
            if path is not None:
                os.environ[names[key]] = str(path)
        for cached in caches:
            cached.cache_clear()
        yield
    finally:
        for var, value in saved.items():
            if value is None:
                os.environ.pop(var, None)
            else:
                os.environ[var] = value
        for cached in caches:
            cached.cache_clear()


def _record_events_model(
    entry: str, model, target: Path, path: str, exclude: str, what: str, *, weights: bool = True
) -> None:
    """Print the written model's digest; a shipped one also updates its catalogue entry (``model`` gives
    the version, sources and scores; the context CRF takes the filter's, trained with it)."""
    from marsad import catalogue

    digest = catalogue.file_sha256(target)
    typer.echo(
        f"{what}: {target}  sha256 {digest}"
        + (f"  ({len(model.weights)} weights)" if weights and hasattr(model, "weights") else "")
    )
    if target.resolve() != (catalogue.data_root().parent / path).resolve():
        return
    catalogue.update_entry(
        entry,
        {
            "kind": "model",
            "version": model.version,
            "path": path.removeprefix("data/"),
            "sha256": digest,
            "source_data": [f"tests/data/{n}" for n in model.trained_on],
            "licence": "Apache-2.0 (weights or trees over the coder's own rule and feature names; no corpus text)",
            "scores": model.scores,
            "train_command": "marsad train events" + (f" --exclude {exclude}" if exclude else ""),
            "eval_command": "marsad eval events",
            "card": "docs/events.md",
        },
    )
    typer.echo(f"catalogue entry '{entry}' updated")
