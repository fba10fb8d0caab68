"""Building the neural NER tagger's model folder: vocabulary, fit with the epoch chosen on dev, refit.

`build_nn` is the neural path of `marsad.entities.train.build_model` (``TrainConfig(model="nn")``);
``python -m marsad.entities.ner_nn_build --out DIR`` runs it from the command line. Training needs
PyTorch (the ``train`` extra); the model it writes runs in numpy (`marsad.entities.ner_nn`).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from marsad.entities.ner_nn import WordCoder
from marsad.entities.ner_nn_train import NnConfig, export_npz, fit_nn

__all__ = ["build_nn", "coder_for", "silver_sentences", "main"]


def coder_for(sents, vectors, clusters, name_words: dict[str, str], min_count: int = 2) -> WordCoder:
    """A `WordCoder` whose vocabulary is the embedding words plus the words seen at least ``min_count``
    times in the training sentences (the rarer ones are left to the unknown-word vector)."""
    from marsad.text.normalize import fold_cached

    known = set(vectors.words)
    counts = Counter(fold_cached(t) for toks, _ in sents for t in toks)
    extra = sorted(w for w, c in counts.items() if c >= min_count and w not in known)
    return WordCoder(WordCoder.build_vocabs([*vectors.words, *extra], clusters), clusters, name_words)


def silver_sentences(path: str | Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of a silver CoNLL file (WikiANN-ar) for pretraining, without the Wikipedia redirect
    artefacts (sentences that start with «تحويل», about half of WikiANN-ar)."""
    from marsad.entities.evaluate import read_conll

    return [(t, g) for t, g in read_conll(path) if t and t[0] != "تحويل"]


def build_nn(
    out: Path,
    train,
    dev,
    full,
    clusters,
    gazetteer,
    name_words: dict[str, str],
    vectors,
    cfg: NnConfig,
    doc_sentences: int,
    log=print,
) -> dict:
    """Fit on ``train`` choosing the epoch on ``dev``, score dev with the numpy tagger (documents of
    ``doc_sentences``), then, when ``full`` is given, refit on it for the chosen number of epochs.
    Writes ``out/model.npz``; returns the dev `Scores`, the chosen epoch and the dev F1 per epoch."""
    from marsad.entities.evaluate import score
    from marsad.entities.ner_nn import NnTagger
    from marsad.entities.train import tag_corpus

    vecs = dict(zip(vectors.words, vectors.vectors, strict=True))
    gold = [g for _, g in dev]

    def f1(pred: list[list[str]]) -> float:
        return score(gold, pred).micro()[2]

    pre = silver_sentences(cfg.pretrain_data) if cfg.pretrain_epochs and cfg.pretrain_data else None
    if pre:
        log(f"nn: {len(pre)} silver sentences for {cfg.pretrain_epochs} pretraining epochs")
    coder = coder_for(train, vectors, clusters, name_words, cfg.min_count)
    log(f"nn: {len(coder.vocabs['word'])} words ({len(vectors.words)} with vectors); fit on the train part…")
    state, best_epoch, history = fit_nn(
        train, coder, gazetteer, cfg, vecs, dev or None, f1 if dev else None, log, pretrain=pre
    )
    export_npz(out / "model.npz", state, coder, cfg)
    dev_scores = None
    if dev:
        pred, _ = tag_corpus(NnTagger.load(out), dev, doc_sentences)
        dev_scores = score(gold, pred)
        log(f"nn: best epoch {best_epoch}; dev micro F1 {dev_scores.micro()[2]:.2f} (numpy tagger)")
    if full is not None:
        log(f"nn: refit on all of train for {best_epoch} epochs…")
        coder = coder_for(full, vectors, clusters, name_words, cfg.min_count)
        state, _, _ = fit_nn(full, coder, gazetteer, cfg, vecs, log=log, stop_after=best_epoch, pretrain=pre)
        export_npz(out / "model.npz", state, coder, cfg)
    return {"dev": dev_scores, "best_epoch": best_epoch, "dev_history": [round(x, 2) for x in history]}


def main(argv: list[str] | None = None) -> None:
    """``python -m marsad.entities.ner_nn_build --out DIR``: build the neural tagger's model folder
    with `marsad.entities.train.build_model` (until ``marsad train ner`` has a ``--model`` option)."""
    import argparse

    from marsad.entities.evaluate import DATASETS, shared_data_dir
    from marsad.entities.train import TrainConfig, build_model, model_digest

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--data-dir", type=Path, default=None, help="the shared data folder")
    ap.add_argument("--out", type=Path, required=True, help="model folder to write")
    ap.add_argument("--epochs", type=int, default=NnConfig.epochs, help="epochs (the best on dev is kept)")
    ap.add_argument(
        "--pretrain-epochs", type=int, default=0, help="epochs on WikiANN-ar train (silver) before ANERcorp"
    )
    ap.add_argument("--no-refit", action="store_true", help="keep the model fitted without the dev block")
    ap.add_argument("--no-test", action="store_true", help="do not score the test split")
    ap.add_argument("--version", default="2.0.0")
    args = ap.parse_args(argv)
    data_dir = args.data_dir or shared_data_dir()
    silver = str(data_dir / DATASETS["wikiann"][0]) if args.pretrain_epochs else ""
    cfg = TrainConfig(
        data_dir=data_dir,
        out_dir=args.out,
        model="nn",
        nn={"epochs": args.epochs, "pretrain_epochs": args.pretrain_epochs, "pretrain_data": silver},
        refit_full=not args.no_refit,
        test=not args.no_test,
        version=args.version,
    )
    meta = build_model(cfg, log=lambda m: print(m, flush=True))
    print(f"model: {args.out}  sha256 {model_digest(args.out)}  ({meta['train_seconds']} s)")


if __name__ == "__main__":
    main()
